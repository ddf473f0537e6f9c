// VmExecutor end to end on this host, fast: the real agent runs in-process as a stand-in VM
// (LocalAgentBackend: host paths are guest paths), containers are real runc containers, stdio
// goes through real FIFOs the way containerd's client sets them up. The same executor against
// a real guest under QEMU is test/integration/vm-executor.test.ts.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  appendFileSync,
  chmodSync,
  closeSync,
  constants as fsc,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Code, TandemError } from '../common/errdefs.js';
import { parsePlatform } from '../common/platform.js';
import type { OciSpec } from '../common/oci.js';
import type { ExecutorContainer, StdioConfig } from '../executor/executor.js';
import { joinsGuestProcesses, VmExecutor } from './executor.js';
import { vmSettings } from './settings.js';
import { LinuxShare } from './share-linux.js';
import { guestSocketPath } from './share.js';
import { LocalAgentBackend, busyboxRootfs, containerdLikeSpec, ociProcess } from '../../test/helpers/vm-testkit.js';
import { VM_LOST_STATUS } from './vm-process.js';
import { inProcessVmd, newClient, type InProcessVmd } from '../../test/helpers/vmd-in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'tandem-vmexec-'));
const stateDir = join(dir, 'state');
const image = busyboxRootfs(join(dir, 'image'));
const cgroupParent = `/tandem-vmexec-${process.pid}`;
const backend = new LocalAgentBackend(cgroupParent);
const log = pino({ level: 'silent' });
const vmDir = join(stateDir, 'vm');
const share = join(vmDir, 'share');
let executor: VmExecutor;
let vmd: InProcessVmd;
let settings: ReturnType<typeof vmSettings>;
let n = 0;
const live: ExecutorContainer[] = [];

const mounted = (p: string) =>
  readFileSync('/proc/self/mountinfo', 'utf8').includes(` ${p} `) || readFileSync('/proc/self/mountinfo', 'utf8').includes(` ${p}/`);
/** Container mounts under the share (the share itself is a mount point: virtiofs set-up). */
const mountedUnder = (p: string) => readFileSync('/proc/self/mountinfo', 'utf8').includes(` ${p}/`);

/** A bundle with FIFOs opened the way containerd's client does it (its ends first). */
function bundle(args: string[], o: { stdin?: boolean; terminal?: boolean; spec?: Partial<OciSpec> } = {}) {
  const id = `c${++n}`;
  const b = join(dir, 'bundles', id);
  mkdirSync(join(b, 'rootfs'), { recursive: true });
  const spec = { ...containerdLikeSpec(id, args, { terminal: o.terminal }), ...o.spec };
  const fifo = (name: string) => {
    const p = join(b, name);
    execFileSync('mkfifo', [p]);
    return p;
  };
  const stdio: StdioConfig = {
    stdin: o.stdin ? fifo('stdin') : '',
    stdout: fifo('stdout'),
    stderr: o.terminal ? '' : fifo('stderr'),
    terminal: !!o.terminal,
  };
  const reader = (p: string) => {
    const s = new net.Socket({ fd: openSync(p, fsc.O_RDONLY | fsc.O_NONBLOCK), readable: true, writable: false });
    let text = '';
    s.on('data', (d) => (text += d));
    return {
      get text() {
        return text;
      },
      done: new Promise<string>((r) => s.on('close', () => r(text))),
    };
  };
  const out = reader(stdio.stdout);
  const err = stdio.stderr ? reader(stdio.stderr) : undefined;
  return { id, bundle: b, spec, stdio, out, err };
}

async function create(b: ReturnType<typeof bundle>, rootfs = [{ type: 'bind', source: image, options: ['rbind', 'rw'] }]) {
  const c = await executor.create({
    id: b.id,
    namespace: 'testns',
    bundle: b.bundle,
    spec: b.spec as OciSpec,
    rootfs,
    stdio: b.stdio,
    log,
  });
  live.push(c);
  return c;
}

beforeAll(async () => {
  mkdirSync(join(dir, 'bundles'));
  mkdirSync(vmDir, { recursive: true });
  settings = {
    ...vmSettings(
      {
        TANDEM_STATE_DIR: stateDir,
        TANDEM_VM_IDLE_TIMEOUT_MS: '300',
        TANDEM_VM_PING_INTERVAL_MS: '200',
        TANDEM_VM_PING_TIMEOUT_MS: '1000',
      },
      'linux',
    ),
  };
  vmd = await inProcessVmd({
    settings,
    share: new LinuxShare(share, share),
    loadBackend: async () => backend,
    log,
    socket: join(vmDir, 'vmd.sock'),
    vmDir,
  });
  executor = new VmExecutor({ settings, platform: 'linux', log, host: vmd.client, share: new LinuxShare(share, share) });
});

afterAll(async () => {
  for (const c of live) await c.destroy().catch(() => {});
  await executor.shutdown();
  await vmd.close();
  execFileSync('sh', [
    '-c',
    `umount -R -l ${dir}/* 2>/dev/null; rmdir /sys/fs/cgroup/*${cgroupParent} /sys/fs/cgroup${cgroupParent} 2>/dev/null; true`,
  ]);
  rmSync(dir, { recursive: true, force: true });
});

describe('VmExecutor (agent on this host)', () => {
  it('runs a container from a bind snapshot: output, exit code, writes land in the snapshot', async () => {
    const b = bundle(['sh', '-c', 'echo out; echo err >&2; echo data > /written; exit 7']);
    const c = await create(b);
    expect(c.init.pid).toBeGreaterThan(1);
    await c.init.start();
    expect((await c.init.exited).status).toBe(7);
    expect(await b.out.done).toBe('out\n');
    expect(await b.err!.done).toBe('err\n');
    expect(readFileSync(join(image, 'written'), 'utf8')).toBe('data\n');
    await c.destroy();
    expect(mountedUnder(share)).toBe(false);
    expect(existsSync(join(b.bundle, 'tandem-vm.json'))).toBe(false);
  });

  it('refuses a platform its guest image cannot run, before anything starts', async () => {
    const imageDir = join(dir, 'guest-image');
    mkdirSync(imageDir, { recursive: true });
    const manifest = { arch: 'amd64', kernel: { file: 'k' }, initrd: { file: 'i' }, system: { file: 's' } };
    writeFileSync(join(imageDir, 'manifest.json'), JSON.stringify({ ...manifest, platforms: ['linux/amd64', 'linux/386', 'linux/arm64'] }));
    let leases = 0;
    const host = { acquire: () => (leases++, vmd.client.acquire()), shutdown: async () => {} };
    const e = new VmExecutor({ settings: { ...settings, imageDir }, platform: 'linux', log, host, share: new LinuxShare(share, share) });
    const b = bundle(['true']);
    const req = { id: b.id, namespace: 'testns', bundle: b.bundle, spec: b.spec as OciSpec, rootfs: [], stdio: b.stdio, log };
    await expect(e.create({ ...req, platform: parsePlatform('linux/s390x') })).rejects.toMatchObject({
      code: Code.FailedPrecondition,
      message:
        'linux/s390x: the guest VM has no emulator for it (it runs linux/amd64, linux/386, linux/arm64); add one to images/guest/debian.yml',
    });
    expect(leases).toBe(0); // the VM was not even asked for
    expect(e.lingerMs()).toBe(0); // nothing a new shim daemon would pay again: it may leave as usual
    // An image that does not list its platforms (built before the list existed) is not second-guessed.
    writeFileSync(join(imageDir, 'manifest.json'), JSON.stringify(manifest));
    // No explicit image: the cache's image is built from images/guest/, whose binfmt recipe says.
    const cached = new VmExecutor({
      settings: { ...settings, imageDir: undefined },
      platform: 'linux',
      log,
      host,
      share: new LinuxShare(share, share),
    });
    await expect(cached.create({ ...req, platform: parsePlatform('linux/mips64le') })).rejects.toMatchObject({
      code: Code.FailedPrecondition,
      message: expect.stringMatching(
        /^linux\/mips64le: the guest VM has no emulator for it \(it runs linux\/amd64, linux\/386, linux\/arm64, /,
      ),
    });
    expect(leases).toBe(0);
    const c = await e.create({
      ...req,
      rootfs: [{ type: 'bind', source: image, options: ['rbind', 'rw'] }],
      platform: parsePlatform('linux/arm64'),
    });
    expect(leases).toBe(1);
    // Having reached the VM, the daemon stays as long as the vmd keeps the VM idle.
    expect(e.lingerMs()).toBe(settings.idleTimeoutMs);
    await c.destroy();
  });

  it("streams more output than the agent's window: the host acknowledges what it wrote out", async () => {
    const b = bundle(['sh', '-c', 'head -c 3145728 /dev/zero; echo end >&2']);
    const c = await create(b);
    await c.init.start();
    expect((await c.init.exited).status).toBe(0);
    expect((await b.out.done).length).toBe(3 << 20);
    expect(await b.err!.done).toBe('end\n');
    await c.destroy();
  });

  it("reads no stdin before Start: a client's writer waits at the FIFO, as with runc (ctr's CloseIO needs its task first)", async () => {
    const b = bundle(['wc', '-c'], { stdin: true });
    const c = await create(b);
    const w = openSync(b.stdio.stdin, fsc.O_WRONLY | fsc.O_NONBLOCK);
    const chunk = Buffer.alloc(1 << 16, 7);
    let before = 0;
    // Fill the FIFO until it stays full across a pause in which a reader could make room.
    for (let last = -1; before !== last && before < 2 << 20; await new Promise((r) => setTimeout(r, 100))) {
      last = before;
      for (;;) {
        try {
          before += writeSync(w, chunk);
        } catch {
          break; // EAGAIN: full
        }
      }
    }
    // The FIFO (64 KiB) and at most one read's buffer: the old shim took 4 MiB into its window,
    // so a short stdin could end before ctr had the task and the process never got its EOF.
    expect(before).toBeLessThan(1 << 20);
    await c.init.start();
    const writer = new net.Socket({ fd: w, readable: false, writable: true });
    for (let i = 0; i < 16; i++) if (!writer.write(chunk)) await new Promise((r) => writer.once('drain', r));
    await new Promise<void>((r) => writer.end(() => r()));
    await c.init.closeStdin();
    expect((await c.init.exited).status).toBe(0);
    expect((await b.out.done).trim()).toBe(String(before + (16 << 16)));
    await c.destroy();
  });

  it('streams more stdin than the window into a process that reads it late', async () => {
    const b = bundle(['sh', '-c', 'sleep 1; wc -c'], { stdin: true });
    const c = await create(b);
    await c.init.start();
    const w = openSync(b.stdio.stdin, fsc.O_WRONLY);
    const writer = new net.Socket({ fd: w, readable: false, writable: true });
    const chunk = Buffer.alloc(1 << 16, 7);
    for (let i = 0; i < 48; i++) if (!writer.write(chunk)) await new Promise((r) => writer.once('drain', r)); // 3 MiB
    await new Promise<void>((r) => writer.end(() => r()));
    await c.init.closeStdin();
    expect((await c.init.exited).status).toBe(0);
    expect((await b.out.done).trim()).toBe(String(3 << 20));
    await c.destroy();
  });

  it('two shim daemons share one VM; one that goes away takes only its own containers', async () => {
    const other = newClient(join(vmDir, 'vmd.sock'), settings, log, 'other daemon');
    const second = new VmExecutor({ settings, platform: 'linux', log, host: other, share: new LinuxShare(share, share) });
    const boots = backend.instances.length;
    const a = bundle(['sleep', '1000']);
    const ca = await create(a);
    await ca.init.start();
    const b = bundle(['sleep', '1000']);
    const cb = await second.create({
      id: b.id,
      namespace: 'otherns',
      bundle: b.bundle,
      spec: b.spec as OciSpec,
      rootfs: [{ type: 'bind', source: image, options: ['rbind', 'rw'] }],
      stdio: b.stdio,
      log,
    });
    await cb.init.start();
    expect(backend.instances.length).toBe(Math.max(boots, 1)); // at most the one boot, if none ran
    expect(other.vm!.generation).toBe(vmd.daemon.manager.vm!.generation);
    const agent = vmd.daemon.manager.vm!.agent;
    expect((await agent.pids(`testns--${a.id}`)).length).toBe(1);
    expect((await agent.pids(`otherns--${b.id}`)).length).toBe(1);
    // The other daemon dies (its connection closes without a goodbye): its container is ended
    // in the guest and deleted; ours runs on.
    other.vm!.markDead('test: daemon killed');
    expect((await cb.init.exited).status).toBe(VM_LOST_STATUS);
    await expect
      .poll(
        () =>
          agent.pids(`otherns--${b.id}`).then(
            () => 'still there',
            (e: TandemError) => e.code,
          ),
        { timeout: 15_000 },
      )
      .toBe(Code.NotFound);
    expect((await agent.pids(`testns--${a.id}`)).length).toBe(1);
    await cb.destroy();
    await ca.init.kill(9);
    expect((await ca.init.exited).status).toBe(137);
    await ca.destroy();
  });

  it('relays agent calls only after Attach, and answers Status and Stop', async () => {
    const { TtrpcClient } = await import('../ttrpc/client.js');
    const { tandem } = await import('../generated/protos.js');
    const c = await TtrpcClient.connect(join(vmDir, 'vmd.sock'));
    await expect(c.call('tandem.agent.v1.Agent', 'Ping', Buffer.alloc(0))).rejects.toMatchObject({ code: Code.FailedPrecondition });
    const keep = await vmd.client.acquire();
    const st = tandem.vmd.v1.StatusResponse.decode(await c.call('tandem.vmd.v1.Vmd', 'Status', Buffer.alloc(0)));
    expect(st.clients).toEqual(['test client']);
    expect(st.vm?.generation).toBe(keep.vm.generation);
    await expect(c.call('tandem.vmd.v1.Vmd', 'Stop', Buffer.alloc(0))).rejects.toMatchObject({
      code: Code.FailedPrecondition,
      message: expect.stringContaining('test client'),
    });
    await expect(c.call('tandem.vmd.v1.Vmd', 'Nope', Buffer.alloc(0))).rejects.toMatchObject({ code: Code.Unimplemented });
    keep.release();
    c.close();
  });

  it('mounts an overlay snapshot on <bundle>/rootfs, writes go to its upperdir, stdin and CloseIO', async () => {
    const upper = join(dir, 'upper');
    const work = join(dir, 'work');
    mkdirSync(upper);
    mkdirSync(work);
    const b = bundle(['sh', '-c', 'cat > /from-stdin; cat /from-stdin'], { stdin: true });
    const c = await create(b, [
      { type: 'overlay', source: 'overlay', options: [`workdir=${work}`, `upperdir=${upper}`, `lowerdir=${image}`] },
    ]);
    expect(mounted(join(b.bundle, 'rootfs'))).toBe(true);
    await c.init.start();
    const w = openSync(b.stdio.stdin, fsc.O_WRONLY | fsc.O_NONBLOCK);
    writeSync(w, 'through stdin\n');
    closeSync(w);
    await c.init.closeStdin();
    expect((await c.init.exited).status).toBe(0);
    expect(await b.out.done).toBe('through stdin\n');
    expect(readFileSync(join(upper, 'from-stdin'), 'utf8')).toBe('through stdin\n');
    expect(existsSync(join(image, 'from-stdin'))).toBe(false);
    await c.destroy();
    expect(mounted(join(b.bundle, 'rootfs'))).toBe(false);
  });

  it('bind-mounts a volume; execs with a terminal and resizes it; kill gives 128+signal', async () => {
    const vol = join(dir, 'vol');
    mkdirSync(vol);
    const b = bundle(['sleep', '1000'], {
      spec: {
        mounts: [
          ...containerdLikeSpec('x', ['true']).mounts!,
          { destination: '/data', type: 'bind', source: vol, options: ['rbind', 'rw'] },
        ],
      },
    });
    const c = await create(b);
    await c.init.start();
    const x = bundle([], { terminal: true });
    const p = await c.exec('e1', ociProcess(['sh', '-c', 'echo from-guest > /data/f; sleep 0.3; stty size']), x.stdio);
    await p.start();
    expect(p.pid).toBeGreaterThan(1);
    await p.resize(90, 30);
    expect((await p.exited).status).toBe(0);
    expect(await x.out.done).toContain('30 90');
    expect(readFileSync(join(vol, 'f'), 'utf8')).toBe('from-guest\n');
    expect(await c.pids()).toContain(c.init.pid);
    await c.init.kill(9);
    expect((await c.init.exited).status).toBe(137);
    await c.destroy();
    expect(mounted(vol)).toBe(false);
    expect(readFileSync(join(vol, 'f'), 'utf8')).toBe('from-guest\n');
  });

  it('publishes a container port on 127.0.0.1', async () => {
    const free = () =>
      new Promise<number>((r) => {
        const s = net.createServer().listen(0, '127.0.0.1', () => {
          const p = (s.address() as net.AddressInfo).port;
          s.close(() => r(p));
        });
      });
    const hostPort = await free();
    const ctrPort = await free();
    const b = bundle(['nc', '-l', '-p', String(ctrPort), '-e', 'echo', 'hello-from-container'], {
      spec: { annotations: { 'io.containerd.tandem.publish': `${hostPort}:${ctrPort}/tcp` } },
    });
    const c = await create(b);
    await c.init.start();
    let got = '';
    for (let i = 0; i < 50 && !got; i++) {
      got = await new Promise<string>((resolve) => {
        const s = net.connect(hostPort, '127.0.0.1');
        let t = '';
        s.on('data', (d) => (t += d));
        s.on('close', () => resolve(t));
        s.on('error', () => resolve(''));
      });
      if (!got) await new Promise((r) => setTimeout(r, 50));
    }
    expect(got).toBe('hello-from-container\n');
    await c.destroy();
    const refused = await new Promise<boolean>((r) =>
      net
        .connect(hostPort, '127.0.0.1')
        .on('error', () => r(true))
        .on('connect', () => r(false)),
    );
    expect(refused).toBe(true);
  });

  it('forwards a host unix socket bound into the container: both directions whole, half-close, gone with the container', async () => {
    // The host's service: answers once the client half-closed, with the digest of what it got and 8 MiB.
    const hostSock = join(dir, 'host-service.sock');
    const service = net.createServer({ allowHalfOpen: true }, (s) => {
      const h = createHash('md5');
      s.on('data', (d) => h.update(d));
      s.on('end', () => (s.write(`${h.digest('hex')}\n`), s.end(Buffer.alloc(8 << 20, 9))));
    });
    await new Promise<void>((r) => service.listen(hostSock, () => r()));
    chmodSync(hostSock, 0o640);
    const b = bundle(['sh', '-c', 'test -S /var/run/service.sock && stat -c %a /var/run/service.sock; sleep 600']);
    b.spec.mounts = [
      ...(b.spec.mounts ?? []),
      { destination: '/var/run/service.sock', type: 'bind', source: hostSock, options: ['rbind'] },
    ];
    const c = await create(b);
    await c.init.start();
    // The container sees a socket at the bind's destination, with the host socket's mode.
    for (let i = 0; i < 200 && !b.out.text; i++) await new Promise((r) => setTimeout(r, 25));
    expect(b.out.text).toBe('640\n');
    // The agent runs on this host: its listener, which the container's mount shows, is reachable here.
    const guestPath = guestSocketPath('testns--' + b.id, 0);
    const request = randomBytes(6 << 20);
    const answer = await new Promise<Buffer>((resolve, reject) => {
      const s = net.connect({ path: guestPath, allowHalfOpen: true });
      const got: Buffer[] = [];
      s.on('data', (d) => got.push(d));
      s.on('end', () => resolve(Buffer.concat(got)));
      s.on('error', reject);
      s.end(request);
    });
    const digest = createHash('md5').update(request).digest('hex');
    expect(answer.subarray(0, 33).toString()).toBe(`${digest}\n`);
    expect(answer.length).toBe(33 + (8 << 20));
    // The host's service is down: a connection is closed, the forwarding goes on for the next.
    await new Promise<void>((r) => service.close(() => r()));
    const closed = await new Promise<string>((resolve) => {
      const s = net.connect({ path: guestPath });
      let t = '';
      s.on('data', (d) => (t += d));
      s.on('close', () => resolve(`closed:${t}`));
      s.on('error', () => {});
    });
    expect(closed).toBe('closed:');
    await c.destroy();
    expect(existsSync(guestPath)).toBe(false);
  });

  it('refuses bad publish annotations and missing volume sources, leaving nothing mounted', async () => {
    const b = bundle(['true'], { spec: { annotations: { 'io.containerd.tandem.publish': '80' } } });
    await expect(create(b)).rejects.toMatchObject({ code: Code.InvalidArgument });
    const b2 = bundle(['true'], {
      spec: { mounts: [{ destination: '/x', type: 'bind', source: '/nonexistent/dir', options: ['rbind'] }] },
    });
    const err = await create(b2).catch((e: TandemError) => e);
    expect(err).toMatchObject({ code: Code.InvalidArgument });
    expect((err as TandemError).message).toContain('/nonexistent/dir');
    expect(mountedUnder(share)).toBe(false);
  });

  it('reports exits when the VM dies, then boots a new VM for the next container', async () => {
    const m = vmd.daemon.manager;
    const b = bundle(['sleep', '1000']);
    const c = await create(b);
    await c.init.start();
    const gen = m.vm!.generation;
    await backend.instances.at(-1)!.kill();
    const exit = await c.init.exited;
    expect(exit.status).toBe(VM_LOST_STATUS);
    await expect(c.init.kill(9)).rejects.toMatchObject({ code: Code.NotFound });
    await c.destroy();
    const b2 = bundle(['echo', 'again']);
    const c2 = await create(b2);
    await c2.init.start();
    expect((await c2.init.exited).status).toBe(0);
    expect(await b2.out.done).toBe('again\n');
    expect(m.vm!.generation).toBe(gen + 1);
    await c2.destroy();
  });

  it('kills a VM whose agent stops answering pings, and reports the exits', async () => {
    const m = vmd.daemon.manager;
    const b = bundle(['sleep', '1000']);
    const c = await create(b);
    await c.init.start();
    const vm = m.vm!;
    backend.instances.at(-1)!.freeze();
    expect(await vm.dead).toMatch(/nothing came from the agent for \d+ s while a ping was waiting/);
    expect((await c.init.exited).status).toBe(VM_LOST_STATUS);
    await c.destroy();
  });

  /**
   * A container running in a VM whose agent then stops answering (the connection stays open, as
   * a locked-up guest's port does); `body` gets that VM. The container's exit and removal after.
   */
  async function withHungVm(body: (vm: NonNullable<typeof vmd.daemon.manager.vm>) => Promise<void>): Promise<void> {
    const k = await create(bundle(['sleep', '1000']));
    try {
      await k.init.start();
      const vm = vmd.daemon.manager.vm!;
      const instance = backend.instances.at(-1)!;
      instance.freeze();
      // What a locked-up guest kernel prints on its console (the vmd reads it when the agent goes quiet).
      appendFileSync(instance.bootLog, '[   40.463885] watchdog: BUG: soft lockup - CPU#1 stuck for 26s! [crun:225]\n');
      await body(vm);
      expect((await k.init.exited).status).toBe(VM_LOST_STATUS);
    } finally {
      await k.destroy();
    }
    expect(mountedUnder(share)).toBe(false);
  }

  it("a create whose VM hangs under it is made again on a new VM; the hung VM is the vmd's verdict", () =>
    withHungVm(async (vm) => {
      const b = bundle(['echo', 'made again']);
      const c = await create(b);
      await c.init.start();
      expect((await c.init.exited).status).toBe(0);
      expect(await b.out.done).toBe('made again\n');
      expect(vmd.daemon.manager.vm!.generation).toBe(vm.generation + 1);
      // The vmd's watchdog ended the hung VM (the shim's waits twice as long), saying why.
      expect(await vm.dead).toMatch(
        /^nothing came from the agent for \d+ s .*; the guest kernel reported: watchdog: BUG: soft lockup - CPU#1 stuck for 26s! \[crun:225\]$/,
      );
      await c.destroy();
    }));

  it('a create whose VM goes away, and then no new VM starts, says both and leaves nothing behind', () =>
    withHungVm(async (vm) => {
      backend.refuse = 'the VMM cannot start';
      try {
        const b = bundle(['true']);
        const err = await create(b).catch((e: TandemError) => e);
        expect(err).toMatchObject({ code: Code.Unavailable });
        expect((err as Error).message).toMatch(
          new RegExp(
            `^create ${b.id}: the VM went away meanwhile \\(.*nothing came from the agent.*\\) and no new VM started: .*the VMM cannot start`,
          ),
        );
        expect(existsSync(join(b.bundle, 'tandem-vm.json'))).toBe(false);
        expect(vm.isDead).toBe(true);
      } finally {
        backend.refuse = undefined;
      }
    }));

  it("a create that joins another container's namespaces is not made again: that container died with the hung VM", () =>
    withHungVm(async () => {
      const b = bundle(['true']);
      const linux = b.spec.linux as { namespaces?: { type: string; path?: string }[] };
      linux.namespaces = (linux.namespaces ?? []).filter((n) => n.type !== 'ipc').concat({ type: 'ipc', path: '/proc/4242/ns/ipc' });
      const started = backend.instances.length;
      const err = await create(b).catch((e: TandemError) => e);
      expect(err).toMatchObject({ code: Code.Unavailable });
      expect((err as Error).message).toMatch(
        new RegExp(`^create ${b.id}: the VM went away meanwhile \\(.*nothing came from the agent.*\\); the next create starts a new VM$`),
      );
      expect(backend.instances.length).toBe(started);
      expect(existsSync(join(b.bundle, 'tandem-vm.json'))).toBe(false);
    }));

  it('stops the VM after the idle timeout', async () => {
    const m = vmd.daemon.manager;
    const b = bundle(['true']);
    const c = await create(b);
    await c.init.start();
    await c.init.exited;
    const vm = m.vm!;
    await c.destroy();
    expect(await Promise.race([vm.dead, new Promise((r) => setTimeout(() => r('still up after 30 s'), 30_000))])).toBe('idle timeout');
    expect(m.vm).toBeUndefined();
  });

  it('cleanup() from a fresh executor removes the host mounts of a container', async () => {
    const b = bundle(['sleep', '1000']);
    const c = await create(b);
    expect(mountedUnder(share)).toBe(true);
    const fresh = new VmExecutor({
      settings: vmSettings({ TANDEM_STATE_DIR: stateDir }, 'linux'),
      platform: 'linux',
      log,
      share: new LinuxShare(share, share),
    });
    await fresh.cleanup(b.bundle, log);
    await fresh.cleanup(b.bundle, log);
    expect(mountedUnder(share)).toBe(false);
    await c.destroy();
    writeFileSync(join(dir, 'done'), '');
  });
});

describe('joinsGuestProcesses', () => {
  const spec = (namespaces: unknown) => ({ ociVersion: '1.0.2', linux: { namespaces } }) as unknown as OciSpec;
  it('is true for a namespace joined by /proc/<pid>/ns/<type> (a guest pid), false otherwise', () => {
    expect(joinsGuestProcesses(spec([{ type: 'pid' }, { type: 'ipc', path: '/proc/12/ns/ipc' }]))).toBe(true);
    expect(joinsGuestProcesses(spec([{ type: 'pid' }, { type: 'network', path: '/var/run/netns/cni-1' }]))).toBe(false);
    // The guest never joins a network namespace (guest/spec.ts drops it), so nothing is joined here.
    expect(joinsGuestProcesses(spec([{ type: 'network', path: '/proc/12/ns/net' }]))).toBe(false);
    expect(joinsGuestProcesses(spec(undefined))).toBe(false);
    expect(joinsGuestProcesses({ ociVersion: '1.0.2' } as OciSpec)).toBe(false);
  });
});
