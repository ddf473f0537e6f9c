// A guest restored from a saved VM (the template: docs/guest.md, "Restoring a saved VM") resumes
// with the clock, the kernel's random state and the mounts of the moment it was saved. That was
// before any share was mounted: QEMU cannot save a VM while a 9p share is mounted, nor one with a
// virtiofs device (the host plugs those in after the save or the restore). /init of such a guest
// leaves the shares to the agent (TANDEM_DEFERRED_SHARES), and the agent's first Hello, which
// carries the host's clock and fresh random bytes, sets the clock, reseeds the kernel's generator
// and mounts the shares before it answers.
import { execFile } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { failedPrecondition, invalidArgument } from '../../common/errdefs.js';

// Bound at call time: the agent's start-up snapshot cannot hold child_process (snapshot.ts), and
// promisify looks the function's custom form up, which loads it.
const run = (file: string, args: string[]) => promisify(execFile)(file, args);
/** RNDRESEEDCRNG = _IO('R', 0x07): reseed the CRNG from the input pool now (Linux ≥ 4.17). */
const RNDRESEEDCRNG = '0x5207';
/** The same 9p options /init uses for shares it mounts itself. */
const NINEP = 'trans=virtio,version=9p2000.L,msize=262144,cache=none,access=client';

export interface DeferredShare {
  tag: string;
  kind: '9p' | 'virtiofs';
  readonly: boolean;
}

/** Parses /init's `tag:kind[:ro]` words (space-separated), as the kernel command line gave them. */
export function parseDeferredShares(words: string | undefined): DeferredShare[] {
  return (words ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      const [tag, kind, ro, ...rest] = w.split(':');
      if (!tag || (kind !== '9p' && kind !== 'virtiofs') || (ro !== undefined && ro !== 'ro') || rest.length)
        throw invalidArgument(`deferred share "${w}": want tag:9p|virtiofs[:ro]`);
      return { tag, kind, readonly: ro === 'ro' };
    });
}

export interface ResumeInput {
  clockUnixMs: number;
  entropy: Uint8Array;
  shares: DeferredShare[];
  /** Where shares are mounted (/run/tandem/shares in the guest). */
  sharesDir: string;
  /** How many virtiofs devices the guest's driver has (a test gives its own). */
  virtiofsDevices?: () => Promise<number>;
  /** How long to wait for the plugged-in virtiofs devices (default PLUG_WAIT_MS). */
  plugWaitMs?: number;
}

/**
 * The host plugs virtiofs devices in right after the restore; the guest's PCIe hot-plug takes
 * ~0.15 s under TCG to bind them (measured). The bound only matters when one never comes.
 */
const PLUG_WAIT_MS = 30_000;
const VIRTIOFS_DRIVER = '/sys/bus/virtio/drivers/virtiofs';

async function boundVirtiofs(): Promise<number> {
  try {
    return (await readdir(VIRTIOFS_DRIVER)).filter((e) => /^virtio\d+$/.test(e)).length;
  } catch {
    return 0; // no virtiofs driver (its module not loaded yet): no device either
  }
}

/**
 * The guest's part of a restore; each step failing is an error naming it (Hello then fails). The
 * clock, the reseed and the mounts run side by side: each is a process start under TCG (~0.3 s,
 * more right after a restore, whose translation cache is empty), and none needs another.
 */
export async function resumeGuest(i: ResumeInput, exec = run): Promise<string[]> {
  const clock = async (): Promise<string[]> => {
    if (i.clockUnixMs <= 0) return [];
    // busybox date takes whole seconds only: the guest clock is right to within half a second.
    await step('set the clock', exec('date', ['-u', '-s', `@${Math.round(i.clockUnixMs / 1000)}`]));
    return ['clock'];
  };
  const entropy = async (): Promise<string[]> => {
    if (!i.entropy.length) return [];
    // Mixing the bytes in is not enough: the generator's key, cloned with the VM, is only
    // replaced at its next reseed. socat is the guest's one tool that can issue the ioctl.
    await step('write entropy', writeFile('/dev/urandom', i.entropy));
    await step('reseed the kernel generator', exec('socat', ['-u', '/dev/null', `OPEN:/dev/urandom,wronly,ioctl-void=${RNDRESEEDCRNG}`]));
    return ['entropy'];
  };
  const mounts = async (): Promise<string[]> => {
    const done: string[] = [];
    const want = i.shares.filter((s) => s.kind === 'virtiofs').length;
    if (want)
      await step('find the virtiofs devices', waitForDevices(want, i.virtiofsDevices ?? boundVirtiofs, i.plugWaitMs ?? PLUG_WAIT_MS));
    for (const s of i.shares) {
      const dir = `${i.sharesDir}/${s.tag}`;
      await mkdir(dir, { recursive: true });
      const ro = s.readonly ? ['-o', 'ro'] : [];
      const args =
        s.kind === '9p' ? ['-t', '9p', '-o', NINEP + (s.readonly ? ',ro' : ''), s.tag, dir] : ['-t', 'virtiofs', ...ro, s.tag, dir];
      await step(`mount share ${s.tag} (${s.kind})`, exec('mount', args));
      done.push(`share ${s.tag} (${s.kind})`);
    }
    return done;
  };
  return (await Promise.all([clock(), entropy(), mounts()])).flat();
}

async function waitForDevices(want: number, count: () => Promise<number>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (let have = await count(); have < want; have = await count()) {
    if (Date.now() > deadline) throw new Error(`${have} of ${want} appeared within ${ms} ms (the host plugs them in after the restore)`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function step(what: string, p: Promise<unknown>): Promise<void> {
  try {
    await p;
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw failedPrecondition(`restored guest: cannot ${what}: ${(e.stderr || e.message).trim().split('\n').pop()}`, err);
  }
}
