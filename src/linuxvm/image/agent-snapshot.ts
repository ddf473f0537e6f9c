// The agent's start-up snapshot (docs/guest-measurements.md, "Agent start-up"): a V8 heap in which
// node's bootstrap has run and every module of the agent is compiled and evaluated, so the guest
// skips both at every boot (under TCG: node started → agent code loaded went from ~6.2 s to
// ~3.0 s).
//
// A blob only loads into the node binary that wrote it, on a CPU with the same features (V8's
// cache tag hashes the CPU features it detected), so it is made by the guest's own node in a
// chroot of the staged system image, at image build, under qemu-user's `-cpu max` (Debian's
// qemu-user-static for the host, from the same package cache): the CPU TCG gives the guest. Made
// natively it carried the build host's features (AVX-512 here) and the guest's V8 refused it. So
// the blob is for TCG guests only; under KVM or HVF (`-cpu host`) the backends leave
// `tandem.snapshot=on` out (backends/vm-backend.ts, cmdlineFor). Where none of this can run (not
// root, not Linux) the image is built without it and the agent starts from its bundle:
// /etc/tandem/agent checks for it.
import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DebianCache, type Arch } from './debian.js';
import { FIXED_MAPS_CMDLINE, SETARCH, SNAPSHOT_CMDLINE } from './manifest.js';

const run = promisify(execFile);

/** The bundle node evaluates with `--build-snapshot` (scripts/post-build.mjs). */
export const SNAPSHOT_ENTRY = '/opt/tandem/dist/guest-agent/agent-snapshot.cjs';
/** Where the blob lives in the guest. */
export const SNAPSHOT_BLOB = '/opt/tandem/agent.blob';

const QEMU_CPU: Record<Arch, string> = { amd64: 'x86_64', arm64: 'aarch64' };
const hostArch = (): Arch | undefined => ({ x64: 'amd64', arm64: 'arm64' })[process.arch as string] as Arch | undefined;

export interface SnapshotResult {
  built: boolean;
  /** Why not, in one line, when it was not built. */
  reason?: string;
  ms?: number;
}

/**
 * Writes SNAPSHOT_BLOB into `stage` (a directory holding the whole system image) with the
 * image's own node. Never throws for an environment that cannot do it: the result says why.
 */
export async function buildAgentSnapshot(
  stage: string,
  arch: Arch,
  cacheDir: string,
  log: (m: string) => void,
  nodeFlags: string[] = [],
): Promise<SnapshotResult> {
  if (!existsSync(join(stage, SNAPSHOT_ENTRY)))
    return { built: false, reason: `${SNAPSHOT_ENTRY} is not in the image (run npm run build)` };
  if (process.platform !== 'linux') return { built: false, reason: 'the guest node runs in a chroot, which only a Linux host has' };
  if (process.getuid?.() !== 0) return { built: false, reason: 'chroot needs root' };
  const host = hostArch();
  const emulator = '/.tandem-qemu-static';
  // TCG's CPU (qemu-args: `-cpu max`; the guest's `erms=off` is not among the features V8 hashes,
  // guest-boot.test.ts loads the blob), also when the guest has the host's architecture; and the
  // service's V8 flags (--jitless): a blob loads only under the flags it was made with.
  const argv = [
    emulator,
    '-cpu',
    'max',
    '/usr/bin/node',
    ...nodeFlags,
    '--snapshot-blob',
    SNAPSHOT_BLOB,
    '--build-snapshot',
    SNAPSHOT_ENTRY,
  ];
  try {
    // The host's own qemu-user, from Debian's package for the host architecture (same pinned apt
    // sources as the guest's packages): nothing is installed on the host for it.
    if (!host) return { built: false, reason: `no qemu-user for ${arch} on a ${process.arch} host` };
    const apt = new DebianCache(join(cacheDir, host), host, log);
    const fetched = await apt
      .resolve('qemu-user-static')
      .then((p) => apt.fetchMany([p]))
      .catch((err: Error) => err);
    if (fetched instanceof Error) return { built: false, reason: `qemu-user-static could not be fetched: ${fetched.message}` };
    const [pkg] = fetched;
    const bin = join(pkg!.root, 'usr/bin', `qemu-${QEMU_CPU[arch]}-static`);
    if (!existsSync(bin)) return { built: false, reason: `no qemu-user for ${arch} on a ${process.arch} host` };
    copyFileSync(bin, join(stage, emulator));
    chmodSync(join(stage, emulator), 0o755);
    const t0 = Date.now();
    // A clean environment: nothing of the host's node (NODE_OPTIONS and the like) may reach it.
    await run('chroot', [stage, ...argv], { env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/' }, maxBuffer: 4 << 20 });
    if (!statSync(join(stage, SNAPSHOT_BLOB)).size) throw new Error('node wrote an empty blob');
    return { built: true, ms: Date.now() - t0 };
  } catch (err) {
    rmSync(join(stage, SNAPSHOT_BLOB), { force: true });
    const e = err as Error & { stderr?: string };
    const why = (e.stderr ?? '').split('\n').find((l) => l.trim() && !l.includes('extra certs')) ?? e.message;
    return { built: false, reason: `node --build-snapshot failed: ${why.trim()}` };
  } finally {
    rmSync(join(stage, emulator), { force: true });
  }
}

/**
 * /etc/tandem/agent: the service's command (node and its script), started from the snapshot when
 * the kernel command line has `tandem.snapshot=on` (the VM daemon's default under TCG) and the
 * image has one. `read` is a shell builtin: the check costs no process.
 */
export function agentLauncher(command: string): string {
  const { node, flags, rest } = splitNodeCommand(command.split(' '));
  // The blob is built under the same V8 flags (buildAgentSnapshot's nodeFlags).
  const fromBlob = [node, ...flags, '--snapshot-blob', SNAPSHOT_BLOB, ...rest].join(' ');
  return [
    '#!/bin/sh',
    'read -r cmdline < /proc/cmdline',
    'pre=',
    // Without setarch the agent still runs, only slower under TCG: say so where the boot log shows it.
    `case " $cmdline " in *" ${FIXED_MAPS_CMDLINE} "*) if [ -x ${SETARCH} ]; then pre="${SETARCH} -R"; else echo "tandem-agent launcher: ${FIXED_MAPS_CMDLINE} asks for fixed maps but ${SETARCH} is missing from the guest image: the agent runs with address randomization, so under TCG each new process's code is translated anew (rebuild the image: images/guest/debian.yml)" >&2; fi ;; esac`,
    // TANDEM_AGENT_SNAPSHOT=off: /init starting the agent again after node refused the blob.
    `case " $cmdline " in *" ${SNAPSHOT_CMDLINE} "*) [ "$TANDEM_AGENT_SNAPSHOT" != off ] && [ -f ${SNAPSHOT_BLOB} ] && exec $pre ${fromBlob} "$@" ;; esac`,
    `exec $pre ${command} "$@"`,
    '',
  ].join('\n');
}

/** A service's `node [--flag…] script [arg…]`: its node, the node flags, and the rest. */
export function splitNodeCommand(argv: string[]): { node: string; flags: string[]; rest: string[] } {
  const [node = 'node', ...after] = argv;
  const i = after.findIndex((a) => !a.startsWith('--'));
  const end = i < 0 ? after.length : i;
  return { node, flags: after.slice(0, end), rest: after.slice(end) };
}
