// VmExecutor against the real guest under QEMU (TCG here): the VM boots once for this file, on
// the first container. Containers use a busybox rootfs and FIFOs set up the way containerd's
// client does it. Also measures warm start and exec latency (printed).
import { execFileSync } from 'node:child_process';
import {
  constants as fsc,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  closeSync,
  writeSync,
  createWriteStream,
} from 'node:fs';
import { createHash } from 'node:crypto';
import net from 'node:net';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OciSpec } from '../../src/common/oci.js';
import { defaultBuildOptions, ensureGuestImage } from '../../src/linuxvm/image/ensure.js';
import { readManifest } from '../../src/linuxvm/image/manifest.js';
import { AgentClient } from '../../src/linuxvm/agent-client.js';
import { loadBackend } from '../../src/linuxvm/backends.js';
import { VmExecutor } from '../../src/linuxvm/executor.js';
import { vmSettings } from '../../src/linuxvm/settings.js';
import { busyboxRootfs, containerdLikeSpec, ociProcess } from '../helpers/vm-testkit.js';
import { VM_LOST_STATUS } from '../../src/linuxvm/vm-process.js';
import { LinuxShare } from '../../src/linuxvm/share-linux.js';
import { OUTPUT_PORTS } from '../../src/linuxvm/backends/qemu-args.js';
import { inProcessVmd, type InProcessVmd } from '../helpers/vmd-in-process.js';
import { freePort } from '../helpers/docker.js';
import type { ExecutorContainer, StdioConfig } from '../../src/executor/executor.js';

const dir = mkdtempSync('/tmp/tvm-');
// Warnings are kept (a process lost with its VM says why there), to be shown by a failing check.
const warnings: string[] = [];
/** The in-process vmd's info lines (its pings' pace). */
const infos: string[] = [];
const log = pino(
  { level: process.env.TANDEM_TEST_LOG ? 'debug' : 'info' },
  {
    write: (line: string) => {
      if (process.env.TANDEM_TEST_LOG) process.stdout.write(line);
      // warn, error and fatal lines (levels 40-60) are the warnings, as before the info lines came in
      else if (/"level":[456]\d/.test(line)) warnings.push(line);
      else infos.push(line);
    },
  },
);
/** Every guest console of this file's VMs (the agent logs there). */
function guestConsoles(): string {
  const vmDir = join(dir, 's', 'vm');
  const logs = readdirSync(vmDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('console.log'));
  return logs.map((f) => readFileSync(join(vmDir, f), 'utf8')).join('\n');
}
/** What host and guest said last, for a failing check's message. */
function guestLogTail(lines = 30): string {
  return `host warnings:\n${warnings.join('')}\nguest console:\n${guestConsoles().split('\n').slice(-lines).join('\n')}`;
}
let image: string;
let imageDir: string;
let kernel: string;
let executor: VmExecutor;
let vmd: InProcessVmd;
let n = 0;
/** A 4 MiB file the published-port test downloads (not all zeros: order and content are checked). */
const BIG = Buffer.from(Array.from({ length: 4 << 20 }, (_, i) => (i * 31 + (i >> 12)) & 0xff));
const live: ExecutorContainer[] = [];
const mounted = (p: string) => readFileSync('/proc/self/mountinfo', 'utf8').includes(` ${p}`);

function bundle(args: string[], o: { stdin?: boolean; terminal?: boolean; spec?: Partial<OciSpec> } = {}) {
  const id = `v${++n}`;
  const b = join(dir, 'bundles', id);
  mkdirSync(join(b, 'rootfs'), { recursive: true });
  const spec = { ...containerdLikeSpec(id, args, { terminal: o.terminal }), ...o.spec } as OciSpec;
  const fifo = (name: string) => (execFileSync('mkfifo', [join(b, name)]), join(b, name));
  const stdio: StdioConfig = {
    stdin: o.stdin ? fifo('stdin') : '',
    stdout: fifo('stdout'),
    stderr: o.terminal ? '' : fifo('stderr'),
    terminal: !!o.terminal,
  };
  const sofar = { out: '' };
  const reader = (p: string, fd: 'out' | 'err') => {
    const s = new net.Socket({ fd: openSync(p, fsc.O_RDONLY | fsc.O_NONBLOCK), readable: true, writable: false });
    let text = '';
    s.on('data', (d) => {
      text += d;
      if (fd === 'out') sofar.out = text;
    });
    return new Promise<string>((r) => s.on('close', () => r(text)));
  };
  return {
    id,
    bundle: b,
    spec,
    stdio,
    sofar,
    out: reader(stdio.stdout, 'out'),
    err: stdio.stderr ? reader(stdio.stderr, 'err') : Promise.resolve(''),
  };
}

/** A spec for `sh -c script` that sees the guest's processes (its pid namespace, CAP_SYS_PTRACE to read their /proc). */
function seeGuest(script: string): Partial<OciSpec> {
  const base = containerdLikeSpec('x', ['sh', '-c', script]);
  const caps = Object.fromEntries(Object.entries(base.process!.capabilities!).map(([k, v]) => [k, [...(v as string[]), 'CAP_SYS_PTRACE']]));
  const linux = base.linux as { namespaces: { type: string; path?: string }[] };
  return {
    process: { ...base.process!, capabilities: caps },
    linux: { ...linux, namespaces: [...linux.namespaces.filter((n) => n.type !== 'pid'), { type: 'pid', path: '/proc/1/ns/pid' }] },
  } as Partial<OciSpec>;
}

async function create(b: ReturnType<typeof bundle>) {
  const c = await executor.create({
    id: b.id,
    namespace: 'vmtest',
    bundle: b.bundle,
    spec: b.spec,
    rootfs: [{ type: 'bind', source: image, options: ['rbind', 'rw'] }],
    stdio: b.stdio,
    log,
  });
  live.push(c);
  return c;
}

/** Polls `probe` until it returns a value (not undefined), or fails after `ms` with `what`'s last state. */
async function waitFor<T>(what: string, ms: number, probe: () => T | undefined, state: () => string): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`${what}: not within ${ms / 1000} s (${state()})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** PSS in MiB of this file's VM on the host: QEMU and virtiofsd, which maps the guest's RAM too. */
function vmPssMiB(): number {
  let kib = 0;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      if (!/qemu-system|virtiofsd/.test(cmd) || !cmd.includes(dir)) continue;
      kib += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${d}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // a process that went away meanwhile
    }
  }
  return kib / 1024;
}

async function runToExit(args: string[]) {
  const b = bundle(args);
  const c = await create(b);
  await c.init.start();
  const exit = await c.init.exited;
  const out = await b.out;
  await c.destroy();
  return { status: exit.status, out, err: await b.err };
}

beforeAll(async () => {
  imageDir = await ensureGuestImage(defaultBuildOptions('amd64'));
  kernel = readManifest(imageDir).kernel.kver;
  image = busyboxRootfs(join(dir, 'image'));
  mkdirSync(join(image, 'www'));
  writeFileSync(join(image, 'www/index.html'), 'served from the guest\n');
  writeFileSync(join(image, 'www/big'), BIG);
  mkdirSync(join(dir, 'bundles'));
  const settings = vmSettings(
    {
      TANDEM_STATE_DIR: join(dir, 's'),
      TANDEM_GUEST_IMAGE: imageDir,
      TANDEM_VM_IDLE_TIMEOUT_MS: '600000',
      TANDEM_VM_CPUS: '2',
      // Booted, never restored: the checks below read the agent's start in this VM's console,
      // which a restored VM's has not (vm-restore.test.ts covers restoring).
      TANDEM_VM_RESTORE: '0',
      // The agent's idle reclaim (30 s by default) after 5 s, so that its test waits less.
      TANDEM_VM_IDLE_RECLAIM_MS: '5000',
      // The vmd's pings slow down after 8 s without a call (30 s by default), for the same reason.
      TANDEM_VM_PING_IDLE_INTERVAL_MS: '8000',
    },
    'linux',
  );
  // The VM daemon runs in this process (so the test can reach its VMM); the shim path through
  // ctr (shim-vm.test.ts) runs it as its own process.
  const vmDir = join(settings.stateDir, 'vm');
  mkdirSync(vmDir, { recursive: true });
  vmd = await inProcessVmd({
    settings,
    share: new LinuxShare(join(vmDir, 'share')),
    loadBackend,
    log,
    socket: join(vmDir, 'vmd.sock'),
    vmDir,
  });
  executor = new VmExecutor({ settings, platform: 'linux', log, host: vmd.client });
  const t0 = Date.now();
  const first = await runToExit(['uname', '-r']);
  console.log(`vm cold start (boot + first container output): ${Date.now() - t0} ms`);
  expect(first).toEqual({ status: 0, out: `${kernel}\n`, err: '' });
}, 300_000);

afterAll(async () => {
  for (const c of live) await c.destroy().catch(() => {});
  await executor?.shutdown();
  await vmd?.close();
  execFileSync('sh', ['-c', `umount -R -l ${dir}/s/vm/share 2>/dev/null; true`]);
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('VmExecutor with the real guest (QEMU)', () => {
  it('runs in the guest kernel, not the host one; warm start is measured', async () => {
    expect(kernel).not.toBe(execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim());
    const t0 = Date.now();
    const r = await runToExit(['true']);
    console.log(`vm warm start (create + start + exit of true): ${Date.now() - t0} ms`);
    expect(r.status).toBe(0);
    // Under TCG the agent starts from the image's start-up snapshot by default, on the host's CPU
    // (KVM) from its bundle (docs/guest.md); guest-bridge.test.ts boots one that falls back.
    const consoles = guestConsoles();
    const starts = consoles.match(/tandem-agent info: .* starting .*/g) ?? [];
    expect(starts.length).toBeGreaterThan(0);
    const origin = / -accel tcg/.test(consoles) ? 'snapshot' : 'bundle';
    for (const l of starts) expect(l).toMatch(` start=${origin} `);
  });

  it('exit code, stdout and stderr, stdin with EOF', async () => {
    expect(await runToExit(['sh', '-c', 'echo out; echo err >&2; exit 9'])).toEqual({ status: 9, out: 'out\n', err: 'err\n' });
    const b = bundle(['sh', '-c', 'cat; echo eof'], { stdin: true });
    const c = await create(b);
    await c.init.start();
    const w = openSync(b.stdio.stdin, fsc.O_WRONLY | fsc.O_NONBLOCK);
    writeSync(w, 'line one\n');
    closeSync(w);
    await c.init.closeStdin();
    expect((await c.init.exited).status).toBe(0);
    expect(await b.out).toBe('line one\neof\n');
    await c.destroy();
  });

  it('stdout through an output port: every byte in order, ports used again, a child holding it past the exit', async () => {
    const lines = 300_000;
    const want = Array.from({ length: lines }, (_, i) => i + 1).join('\n') + '\n';
    const big = await runToExit(['seq', '1', String(lines)]);
    expect(big.status).toBe(0);
    expect(big.out.length).toBe(want.length);
    expect(big.out === want).toBe(true);
    // More containers than the VM has ports: each port serves several streams in turn.
    for (let i = 0; i < OUTPUT_PORTS + 2; i++)
      expect(await runToExit(['sh', '-c', `echo run${i}`])).toEqual({ status: 0, out: `run${i}\n`, err: '' });
    // An exec exits first and its background child still writes (within the agent's 2 s grace):
    // the port ends when the child closes it, not at the exec's exit.
    const holder = bundle(['sleep', '600']);
    const c = await create(holder);
    await c.init.start();
    const x = bundle([]);
    const p = await c.exec('late', ociProcess(['sh', '-c', '(sleep 0.5; echo late) & echo early']), x.stdio);
    await p.start();
    expect((await p.exited).status).toBe(0);
    expect(await x.out).toBe('early\nlate\n');
    await c.destroy();
    const created = guestConsoles().match(/tandem-agent info: .* created .*/g) ?? [];
    const viaPort = created.filter((l) => / stdoutPort=tandem\.out\.\d+/.test(l));
    expect(viaPort.length, created.slice(-3).join('\n')).toBeGreaterThanOrEqual(OUTPUT_PORTS + 3);
    expect(new Set(viaPort.map((l) => /stdoutPort=(\S+)/.exec(l)![1])).size).toBe(OUTPUT_PORTS);
  });

  it('stdin through an input port: every byte in order with its EOF, the port used again, an exec, and the channel when it is held', async () => {
    const sum = createHash('sha256').update(BIG).update(BIG).digest('hex');
    /** Runs `args` with stdin fed `chunks` (then EOF) and returns its output and the agent's port for it. */
    const feed = async (c: ExecutorContainer | undefined, args: string[], chunks: Buffer[]) => {
      const b = bundle(c ? [] : args, { stdin: true });
      const proc = c ? await c.exec(`in${++n}`, ociProcess(args), b.stdio) : (await create(b)).init;
      await proc.start();
      const w = createWriteStream(b.stdio.stdin);
      for (const chunk of chunks) if (!w.write(chunk)) await new Promise<void>((r) => w.once('drain', () => r()));
      await new Promise<void>((r) => w.end(r));
      await proc.closeStdin();
      const status = (await proc.exited).status;
      const lines = guestConsoles().match(c ? /tandem-agent info: .*started .*exec=in\d+.*/g : /tandem-agent info: .*created .*/g);
      const line = lines?.at(-1) ?? '';
      return { status, out: await b.out, port: /stdinPort=(\S+)/.exec(line)?.[1] };
    };
    const first = await feed(undefined, ['sha256sum'], [BIG, BIG]);
    expect(first).toEqual({ status: 0, out: `${sum}  -\n`, port: 'tandem.in.0' });
    // The port again, for a process that ends without reading its stdin, then for one that reads it.
    expect((await feed(undefined, ['true'], [BIG])).status).toBe(0);
    expect(await feed(undefined, ['sh', '-c', 'cat; echo eof'], [Buffer.from('again\n')])).toEqual({
      status: 0,
      out: 'again\neof\n',
      port: 'tandem.in.0',
    });
    // A container that holds the port (its stdin open, never ended): an exec's stdin then takes
    // the agent's channel, whole.
    const holder = bundle(['sh', '-c', 'read line; echo "got $line"'], { stdin: true });
    const h = await create(holder);
    await h.init.start();
    const viaChannel = await feed(h, ['sha256sum'], [BIG, BIG]);
    expect(viaChannel).toEqual({ status: 0, out: `${sum}  -\n`, port: undefined });
    const w = openSync(holder.stdio.stdin, fsc.O_WRONLY | fsc.O_NONBLOCK);
    writeSync(w, 'held\n');
    closeSync(w);
    expect((await h.init.exited).status).toBe(0);
    expect(await holder.out).toBe('got held\n');
    await h.destroy();
    // Free again once the holder is gone: an exec's stdin through it.
    const h2 = await create(bundle(['sleep', '600']));
    await h2.init.start();
    expect(await feed(h2, ['sh', '-c', 'wc -c; echo eof'], [BIG])).toEqual({ status: 0, out: `${BIG.length}\neof\n`, port: 'tandem.in.0' });
    await h2.destroy();
  });

  it('with every output port held by a running container, the next stream takes the agent channel, whole', async () => {
    const holders: ExecutorContainer[] = [];
    for (let i = 0; i < OUTPUT_PORTS; i++) {
      const h = await create(bundle(['sleep', '600']));
      await h.init.start();
      holders.push(h);
    }
    const out = await runToExit(['sh', '-c', 'seq 1 20000; echo overflow']);
    expect(out.status).toBe(0);
    expect(out.out).toBe(Array.from({ length: 20000 }, (_, i) => i + 1).join('\n') + '\noverflow\n');
    const last = (guestConsoles().match(/tandem-agent info: .* created .*/g) ?? []).at(-1) ?? '';
    expect(last).not.toMatch(/stdoutPort=/);
    for (const h of holders) await h.destroy();
  });

  it('-t: a terminal with resize', async () => {
    // The container waits for the new size to show (bounded: 60 s) rather than a fixed sleep: on
    // a loaded machine the resize (stty in the guest, under TCG) can take longer than a second.
    const b = bundle(
      ['sh', '-c', 'tty; i=0; while [ "$(stty size)" != "40 100" ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i+1)); done; stty size'],
      { terminal: true },
    );
    const c = await create(b);
    await c.init.start();
    await c.init.resize(100, 40);
    expect((await c.init.exited).status).toBe(0);
    const out = await b.out;
    // One loaded CI run (crun, stop 20) got a blank line (\r\n) before tty's; not reproduced
    // in 4 runs since, not explained: allowed here, named in docs/linuxvm.md.
    expect(out).toMatch(/^(\r\n)?\/dev\/pts\/\d+\r\n/);
    expect(out).toContain('40 100\r\n');
    await c.destroy();
  });

  it('exec (latency measured), pids, kill of one process and of all', async () => {
    const b = bundle(['sh', '-c', 'trap "exit 42" TERM; while true; do sleep 0.2; done']);
    const c = await create(b);
    await c.init.start();
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const x = bundle([]);
      const t0 = Date.now();
      const p = await c.exec(`e${i}`, ociProcess(['sh', '-c', `echo exec${i}; exit ${i + 3}`]), x.stdio);
      await p.start();
      expect((await p.exited).status).toBe(i + 3);
      times.push(Date.now() - t0);
      expect(await x.out).toBe(`exec${i}\n`);
    }
    console.log(`exec latency (exec + start + exit), ms: ${times.join(', ')}`);
    expect((await c.pids()).length).toBeGreaterThanOrEqual(1);
    await c.init.kill(15);
    const status = (await c.init.exited).status;
    // Once, in a loaded CI run, this was 255: the message then carries what host and guest said.
    expect(status, status === 42 ? '' : guestLogTail()).toBe(42);
    await c.destroy();
  });

  it('under TCG the agent runs without address randomization; a container has it, in its init and in an exec', async () => {
    // The agent (the guest's only node process), seen from a container in the guest's pid
    // namespace that may read other processes' /proc entries.
    const find = 'for f in /proc/[0-9]*; do [ "$(readlink $f/exe)" = /usr/bin/node ] && cat $f/personality; done; true';
    const a = bundle(['sh', '-c', find], { spec: seeGuest(find) });
    const ac = await create(a);
    await ac.init.start();
    expect((await ac.init.exited).status).toBe(0);
    const tcg = / -accel tcg/.test(guestConsoles());
    // ADDR_NO_RANDOMIZE (0x0040000): the agent's runtime inherits it (tandem.fixedmaps=on).
    expect(await a.out).toBe(tcg ? '00040000\n' : '00000000\n');
    await ac.destroy();

    const b = bundle(['sh', '-c', 'cat /proc/self/personality; sleep 600']);
    const c = await create(b);
    await c.init.start();
    const x = bundle([]);
    const p = await c.exec('pers', ociProcess(['cat', '/proc/self/personality']), x.stdio);
    await p.start();
    expect((await p.exited).status).toBe(0);
    expect(await x.out).toBe('00000000\n');
    await c.init.kill(9);
    await c.init.exited;
    expect(await b.out).toBe('00000000\n');
    await c.destroy();
  });

  it('the agent runs in a cgroup of its own, gives its page cache back once no call but a ping came for a while, and reads node back a page at a time', async () => {
    // docs/guest-measurements.md, "The agent's memory while idle": 5 s of quiet in this file
    // (beforeAll). /proc/1/root: /init's view (its sysfs); the system disk is the one mounted at
    // /.system.
    const look =
      'cg=/proc/1/root/sys/fs/cgroup; for p in $(cat $cg/tandem.agent/cgroup.procs); do cat /proc/$p/comm; done; echo "swap for containers: $(cat $cg/tandem/memory.swap.max)"; ' +
      'd=$(awk \'$2 == "/.system" { print $1 }\' /proc/1/mounts); echo "readahead: $(cat /proc/1/root/sys/block/${d#/dev/}/queue/read_ahead_kb)"';
    const inAgentCgroup = async () => {
      const a = bundle(['sh', '-c', look], { spec: seeGuest(look) });
      const c = await create(a);
      await c.init.start();
      expect((await c.init.exited).status).toBe(0);
      await c.destroy();
      return (await a.out).split('\n');
    };
    const reclaims = () =>
      guestConsoles()
        .split('\n')
        .filter((l) => l.includes('reclaimed while idle'));
    const seen = reclaims().length;
    const procs = await inAgentCgroup(); // a call: the quiet spell starts over
    expect(procs).toContain('node');
    expect(procs).toContain('swap for containers: 0'); // the agent's heap may swap, containers may not
    // /init read node's files whole and turned the system disk's readahead off while node opened
    // them (guest/readahead.ts); the agent set it back as it started, for what opens later.
    expect(guestConsoles()).toMatch(/ starting .*systemDiskReadahead=\d+ KiB/);
    expect(procs.find((l) => l.startsWith('readahead: '))).toMatch(/^readahead: [1-9]\d*$/);
    // This booted guest dropped what its boot read and nothing maps before it answered its first
    // Hello (guest/boot-cache.ts): 71.0 -> 34.2 MiB of page cache in scratch probes (2026-12-05).
    const consoles = guestConsoles();
    const drop = / dropped the boot's unmapped page cache cachedMiB=([\d.]+) -> ([\d.]+)/.exec(consoles);
    expect(drop, guestLogTail()).not.toBeNull();
    expect(Number(drop![1]) - Number(drop![2]), drop![0]).toBeGreaterThan(8);
    expect(drop!.index, 'the drop before the first hello').toBeLessThan(consoles.search(/ hello host=/));
    const deadline = Date.now() + 120_000;
    while (reclaims().length <= seen) {
      if (Date.now() > deadline) throw new Error(`no "reclaimed while idle" line within 120 s\n${guestLogTail()}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const line = reclaims().at(-1)!;
    const [, before, after] = /fileMiB=([\d.]+) -> ([\d.]+)/.exec(line) ?? [];
    expect(Number(before), line).toBeGreaterThan(4); // node's libraries at least
    expect(Number(after), line).toBeLessThan(Number(before) / 2);
    // What the agent ran meanwhile came back a page at a time: 2.2–2.6 MiB of node's files. With
    // the kernel's readahead (128 KiB around each page) it was 10.5–10.8 (2026-12-05).
    expect(Number(after), line).toBeLessThan(6);
    // Its heap went into the guest's zram swap.
    const [, heapBefore, heapAfter] = /anonMiB=([\d.]+) -> ([\d.]+) swap=true/.exec(line) ?? [];
    expect(Number(heapAfter), line).toBeLessThan(Number(heapBefore) / 2);
    // What the agent runs next is read back: the next container runs as ever.
    expect(await inAgentCgroup()).toContain('node');
  });

  it('the vmd pings a quiet agent every 8 s instead of 5, and every 5 s again from the next call (watchdog.ts)', async () => {
    const said = (re: RegExp) => infos.filter((l) => re.test(l)).length;
    const slow = /no call to the agent for 8 s: pinging it every 8 s until the next/;
    const fast = /a call to the agent: pinging it every 5 s/;
    const [slowBefore, fastBefore] = [said(slow), said(fast)];
    const tail = () => infos.slice(-5).join('');
    await waitFor("the vmd's pings to slow down", 120_000, () => (said(slow) > slowBefore ? true : undefined), tail);
    expect(await runToExit(['true'])).toMatchObject({ status: 0 });
    await waitFor("the vmd's pings to speed up after a call", 60_000, () => (said(fast) > fastBefore ? true : undefined), tail);
  });

  it("the guest's kernel prints its warnings and every CPU's backtrace on a lockup; its cgroup keys are patched at boot; its per-CPU free page lists are capped and free pages of any order reported", async () => {
    // docs/guest.md, "The guest's lockup": level 5 shows a lockup's register dumps on the console,
    // and /init holds a cgroup for the guest's life, so no container's first cgroup patches the
    // kernel's hot static keys under TCG. /proc/1/root is /init's view of the guest. Free pages on
    // per-CPU lists are never reported back to the host, and at the balloon's order 9 no free piece
    // smaller than 2 MiB is ("A removed container's files").
    const look =
      'cut -f1 /proc/sys/kernel/printk; cat /proc/sys/kernel/softlockup_all_cpu_backtrace; cat /proc/1/root/sys/fs/cgroup/tandem.keys/cgroup.controllers /proc/1/root/sys/fs/cgroup/tandem.keys/cpu.max; cat /proc/sys/vm/percpu_pagelist_high_fraction /sys/module/page_reporting/parameters/page_reporting_order';
    const a = bundle(['sh', '-c', look], { spec: seeGuest(look) });
    const c = await create(a);
    await c.init.start();
    expect((await c.init.exited).status).toBe(0);
    const [level, backtraces, controllers, quota, pcpFraction, reportingOrder] = (await a.out).split('\n');
    expect([level, backtraces, quota, pcpFraction, reportingOrder]).toEqual(['5', '1', '1000000 100000', '1024', '0']);
    expect(controllers!.split(' ')).toEqual(expect.arrayContaining(['cpuset', 'memory', 'cpu']));
    await c.destroy();
  });

  it('a volume written from the guest is read on the host', async () => {
    const vol = join(dir, 'vol');
    mkdirSync(vol);
    writeFileSync(join(vol, 'from-host'), 'host\n');
    const mounts = [
      ...containerdLikeSpec('x', ['true']).mounts!,
      { destination: '/data', type: 'bind', source: vol, options: ['rbind', 'rw'] },
    ];
    const b = bundle(['sh', '-c', 'cat /data/from-host; echo guest > /data/from-guest'], { spec: { mounts } });
    const c = await create(b);
    await c.init.start();
    expect((await c.init.exited).status).toBe(0);
    expect(await b.out).toBe('host\n');
    expect(readFileSync(join(vol, 'from-guest'), 'utf8')).toBe('guest\n');
    await c.destroy();
    expect(mounted(vol)).toBe(false);
  });

  it('a published port reaches a server in the container from 127.0.0.1', async () => {
    const hostPort = await freePort();
    const b = bundle(['httpd', '-f', '-p', '8080', '-h', '/www'], {
      spec: { annotations: { 'io.containerd.tandem.publish': `${hostPort}:8080` } },
    });
    const c = await create(b);
    await c.init.start();
    let body = '';
    for (let i = 0; i < 100 && !body.includes('served'); i++) {
      body = await new Promise<string>((resolve) => {
        const s = net.connect(hostPort, '127.0.0.1', () => s.write('GET /index.html HTTP/1.0\r\n\r\n'));
        let t = '';
        s.on('data', (d) => (t += d));
        s.on('close', () => resolve(t));
        s.on('error', () => resolve(''));
      });
      if (!body.includes('served')) await new Promise((r) => setTimeout(r, 200));
    }
    expect(body).toMatch(/^HTTP\/1\.[01] 200/);
    expect(body).toContain('served from the guest');
    // Larger bodies, two at once: the guest's bytes come through output ports (or the agent
    // stream when none is free), complete and in order either way.
    const get = () =>
      new Promise<Buffer>((resolve, reject) => {
        const s = net.connect(hostPort, '127.0.0.1', () => s.write('GET /big HTTP/1.0\r\n\r\n'));
        const got: Buffer[] = [];
        s.on('data', (d) => got.push(d));
        s.on('close', () => resolve(Buffer.concat(got)));
        s.on('error', reject);
      });
    for (const res of await Promise.all([get(), get()])) {
      const at = res.indexOf('\r\n\r\n') + 4;
      expect(res.subarray(0, at).toString()).toMatch(/^HTTP\/1\.[01] 200/);
      expect(res.length - at).toBe(BIG.length);
      expect(res.subarray(at).equals(BIG)).toBe(true);
    }
    await c.init.kill(9);
    await c.init.exited;
    await c.destroy();
  });

  it('a published port ends each direction on its own (half-close both ways, as docker-proxy)', async () => {
    const [answers, reads] = [await freePort(), await freePort()];
    // 8081: wc counts what a connection sends and answers once the client half-closed. 8082: nc,
    // its stdin empty, ends its side at once and reads on; each connection's count is printed.
    const b = bundle(['sh', '-c', 'nc -ll -p 8081 -e wc -c & while :; do nc -l -p 8082 </dev/null | wc -c; done'], {
      spec: { annotations: { 'io.containerd.tandem.publish': `${answers}:8081,${reads}:8082` } },
    });
    const c = await create(b);
    await c.init.start();
    /** Sends BIG (after the server's end, with `afterEnd`), half-closes; what came back, or undefined if nobody listened yet. */
    const converse = (port: number, afterEnd: boolean) =>
      new Promise<{ got: string; endedFirst: boolean } | undefined>((resolve) => {
        const s = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true });
        let got = '';
        let endedFirst = false;
        s.on('connect', () => afterEnd || s.end(BIG));
        s.on('data', (d) => (got += d));
        s.on('end', () => {
          endedFirst = !s.writableEnded;
          if (afterEnd) s.end(BIG);
        });
        // Before nc listens, the relay closes at once: an end first too, but what we send then is refused.
        let failed = false;
        s.on('error', () => (failed = true));
        s.on('close', () => resolve(failed || (afterEnd && !endedFirst) ? undefined : { got, endedFirst }));
      });
    const ask = async (port: number, afterEnd: boolean) => {
      for (let i = 0; i < 300; i++) {
        const r = await converse(port, afterEnd);
        if (r && (afterEnd || r.got)) return r;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`nothing answered on ${port} within 60 s; output so far: ${b.sofar.out}`);
    };
    // The client half-closes its request and still reads the answer.
    expect((await ask(answers, false)).got.trim()).toBe(String(BIG.length));
    // The server ends first, and still gets all the client sends after.
    expect((await ask(reads, true)).endedFirst).toBe(true);
    await waitFor(
      'the count of what nc read',
      60_000,
      () => (b.sofar.out.includes(String(BIG.length)) ? true : undefined),
      () => b.sofar.out,
    );
    await c.init.kill(9);
    await c.init.exited;
    await c.destroy();
  });

  it('memory a container touched goes back to the host after it exits (free page reporting)', async () => {
    const before = vmPssMiB();
    // dd fills a 512 MiB buffer from /dev/zero, then blocks writing it to a pipe nobody drains
    // past its first byte: the memory stays touched until a line comes on the container's stdin
    // (fd 3: inside the pipeline stdin is dd's pipe), then everything exits.
    const b = bundle(
      ['sh', '-c', 'exec 3<&0; dd if=/dev/zero bs=536870912 count=1 2>/dev/null | { head -c 1 >/dev/null; echo touched; read x <&3; }'],
      {
        stdin: true,
      },
    );
    const c = await create(b);
    await c.init.start();
    await waitFor(
      'the container touching 512 MiB',
      300_000,
      () => (b.sofar.out.includes('touched') ? true : undefined),
      () => b.sofar.out,
    );
    const peak = vmPssMiB();
    expect(peak - before).toBeGreaterThan(400); // the guest's pages are the host's memory
    const w = openSync(b.stdio.stdin, fsc.O_WRONLY | fsc.O_NONBLOCK);
    writeSync(w, 'done\n');
    closeSync(w);
    await c.init.closeStdin();
    expect((await c.init.exited).status).toBe(0);
    const t0 = Date.now();
    const samples: string[] = [];
    // Given back: at least 80 % of what the container took (the guest reports freed 2 MiB blocks
    // to QEMU, which punches them out of the guest RAM's memfd).
    const after = await waitFor(
      'memory given back to the host',
      120_000,
      () => {
        const now = vmPssMiB();
        samples.push(`${((Date.now() - t0) / 1000).toFixed(1)}s:${now.toFixed(0)}`);
        return peak - now >= 0.8 * (peak - before) ? now : undefined;
      },
      () => `before ${before.toFixed(0)} MiB, peak ${peak.toFixed(0)} MiB, since the exit: ${samples.slice(-8).join(' ')}`,
    );
    console.log(
      `free page reporting: VM PSS ${before.toFixed(0)} MiB idle, ${peak.toFixed(0)} MiB with 512 MiB touched, ${after.toFixed(0)} MiB ${((Date.now() - t0) / 1000).toFixed(1)} s after the exit`,
    );
    await c.destroy();
  }, 600_000);

  it('killing QEMU gives every process an exit, and the next container boots a new VM', async () => {
    const m = vmd.daemon.manager;
    const b = bundle(['sleep', '1000']);
    const c = await create(b);
    await c.init.start();
    const vm = m.vm!;
    process.kill(vm.instance.pid, 'SIGKILL');
    expect((await c.init.exited).status).toBe(VM_LOST_STATUS);
    expect(await vm.dead).toMatch(/exited|closed/);
    await c.destroy();
    expect(existsSync(join(b.bundle, 'tandem-vm.json'))).toBe(false);
    const again = await runToExit(['uname', '-r']);
    expect(again).toEqual({ status: 0, out: `${kernel}\n`, err: '' });
    expect(m.vm!.generation).toBe(vm.generation + 1);
  }, 300_000);

  it('the agent dying ends the VM too: exits for every process, then a new VM', async () => {
    const m = vmd.daemon.manager;
    const sleeper = bundle(['sleep', '1000']);
    const c = await create(sleeper);
    await c.init.start();
    const vm = m.vm!;
    // A container in the guest's pid namespace kills the agent (root in the guest can).
    const spec = containerdLikeSpec('killer', ['sh', '-c', 'kill -9 $(pidof node)']);
    (spec.linux as { namespaces: { type: string }[] }).namespaces = (spec.linux as { namespaces: { type: string }[] }).namespaces.filter(
      (ns) => ns.type !== 'pid',
    );
    const killer = bundle([], { spec });
    const k = await create(killer);
    await k.init.start();
    expect((await c.init.exited).status).toBe(VM_LOST_STATUS);
    expect((await k.init.exited).status).toBe(VM_LOST_STATUS);
    expect(await vm.dead).toMatch(/exited|closed/);
    await c.destroy();
    await k.destroy();
    expect((await runToExit(['true'])).status).toBe(0);
    expect(m.vm!.generation).toBe(vm.generation + 1);
  }, 300_000);

  it('a guest whose host went away powers itself off (agent orphan timeout)', async () => {
    const backend = await loadBackend('qemu');
    const inst = await backend.start({
      stateDir: join(dir, 'orphan'),
      arch: 'amd64',
      cpus: 1,
      memoryMiB: 512,
      imageDir,
      shares: [],
      portForwards: [],
      readyTimeoutMs: 120_000,
    });
    try {
      const agent = await AgentClient.connect(await inst.connectAgent(), { timeoutMs: 120_000 });
      // 256 KiB first (a stream to no container, refused: its bytes still cross the port), so that
      // the agent's port reader, busybox cat, holds the port when the host goes away.
      agent.stdio('no-such-container').write(Buffer.alloc(256 << 10));
      await waitFor(
        "the agent's port reader taking over",
        120_000,
        () => (readFileSync(inst.bootLog, 'utf8').includes('the port is read by a child') ? true : undefined),
        () => readFileSync(inst.bootLog, 'utf8').split('\n').slice(-3).join(' | '),
      );
      agent.close(); // what the host side looks like when the shim daemon is killed
      const t0 = Date.now();
      const exit = await Promise.race([inst.exited, new Promise<null>((r) => setTimeout(() => r(null), 120_000))]);
      console.log(`orphaned guest powered off ${Date.now() - t0} ms after its host went away`);
      expect(exit).not.toBeNull();
    } finally {
      await inst.kill();
    }
  }, 300_000);
});
