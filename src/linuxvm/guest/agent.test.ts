// The guest agent run directly on this Linux host (in-process, over a unix socket) with the
// host's runc and a busybox rootfs: real containers, the real ttrpc wire, the typed client.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Code, TandemError } from '../../common/errdefs.js';
import { tandem } from '../../generated/core-protos.js';
import { TtrpcClient } from '../../ttrpc/client.js';
import { TtrpcServer } from '../../ttrpc/server.js';
import { AgentClient } from '../agent-client.js';
import { busyboxRootfs, collect, containerdLikeSpec, ociProcess } from '../../../test/helpers/vm-testkit.js';
import { AGENT, AGENT_SERVICE, Agent } from './agent.js';
import { Runc } from './runc.js';
import { OUTPUT_WINDOW } from './window.js';

const dir = mkdtempSync(join(tmpdir(), 'tandem-agent-'));
const sock = join(dir, 'agent.sock');
const rootfs = busyboxRootfs(join(dir, 'rootfs'));
const runcRoot = join(dir, 'runc');
const prefix = `t${process.pid}`;
let server: TtrpcServer;
let agent: Agent;
let client: AgentClient;
let n = 0;

const connect = () => AgentClient.connect(net.connect(sock));
const id = () => `${prefix}-${++n}`;

async function create(args: string[], io: { stdin?: boolean; terminal?: boolean } = {}) {
  const cid = id();
  const spec = containerdLikeSpec(cid, args, { terminal: io.terminal });
  const { pid } = await client.createContainer({
    containerId: cid,
    specJson: Buffer.from(JSON.stringify(spec)),
    rootfs,
    stdin: !!io.stdin,
    stdout: true,
    stderr: !io.terminal,
    terminal: !!io.terminal,
  });
  const stdio = client.stdio(cid);
  if (!io.stdin) stdio.eof();
  let out: ReturnType<typeof collect> | undefined;
  return {
    cid,
    pid,
    stdio,
    get out() {
      return (out ??= collect(stdio.output));
    },
  };
}

beforeAll(async () => {
  agent = new Agent({
    tools: { runc: new Runc({ root: runcRoot }), script: 'script', telnetd: ['busybox', 'telnetd'], stty: 'stty', outputGraceMs: 500 },
    bundles: join(dir, 'bundles'),
    noPivot: false,
    cgroupParent: `/${prefix}`,
  });
  execFileSync('mkdir', ['-p', join(dir, 'bundles')]);
  server = new TtrpcServer();
  server.serve(AGENT, agent);
  await server.listen(sock);
  client = await connect();
});

afterAll(async () => {
  client?.close();
  await agent?.shutdown();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
  // runc removes each container's cgroup but not the parent we gave them.
  execFileSync('sh', ['-c', `rmdir /sys/fs/cgroup/*/${prefix} /sys/fs/cgroup/${prefix} 2>/dev/null || true`]);
});

describe('guest agent on the host', () => {
  it('relays a TCP connection with flow control and half-close (DialPort)', async () => {
    // The agent runs on this host, so the "guest port" is a port here.
    let received = '';
    const server = net.createServer((s) => {
      s.on('data', (d) => (received += d));
      s.on('end', () => s.end(Buffer.alloc(2 * OUTPUT_WINDOW, 1))); // answers once the client half-closed
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const conn = client.dialPort((server.address() as net.AddressInfo).port);
    conn.write(Buffer.from('request'));
    conn.eof();
    let got = 0;
    const reading = (async () => {
      for await (const { data } of conn.data) got += data.length;
    })();
    await new Promise((r) => setTimeout(r, 1500));
    expect(received).toBe('request');
    const stalled = got;
    expect(stalled).toBeGreaterThanOrEqual(OUTPUT_WINDOW);
    expect(stalled).toBeLessThan(OUTPUT_WINDOW + (1 << 18));
    const acker = setInterval(() => conn.ack(1 << 19), 5);
    await reading;
    await conn.done;
    clearInterval(acker);
    expect(got).toBe(2 * OUTPUT_WINDOW);
    server.close();
  });

  it('acks stdin only as the process takes it in', async () => {
    const c = await create(['sh', '-c', 'sleep 2; wc -c'], { stdin: true });
    let acked = 0;
    let out = '';
    const reading = (async () => {
      for await (const { data, ack } of c.stdio.output) {
        acked += ack;
        out += Buffer.from(data).toString();
      }
    })();
    await client.start(c.cid);
    const chunk = Buffer.alloc(1 << 16, 7);
    for (let i = 0; i < 64; i++) c.stdio.write(chunk); // 4 MiB
    c.stdio.eof();
    await new Promise((r) => setTimeout(r, 1000));
    // Not read yet: at most a pipe's worth (plus Node's buffer) was written into the process.
    expect(acked).toBeLessThan(1 << 19);
    expect((await client.wait(c.cid)).status).toBe(0);
    await reading;
    expect(acked).toBe(4 << 20);
    expect(out.trim()).toBe(String(4 << 20));
    await client.delete(c.cid);
  });

  it("sends output no further than its window ahead of the host's acks", async () => {
    const c = await create(['sh', '-c', `head -c ${2 * OUTPUT_WINDOW} /dev/zero`]);
    let got = 0;
    const reading = (async () => {
      for await (const { data } of c.stdio.output) got += data.length;
    })();
    await client.start(c.cid);
    // Nothing acknowledged: the agent stops at its window, plus what was read already.
    await new Promise((r) => setTimeout(r, 1500));
    const stalled = got;
    expect(stalled).toBeGreaterThanOrEqual(OUTPUT_WINDOW);
    expect(stalled).toBeLessThan(OUTPUT_WINDOW + (1 << 18));
    await new Promise((r) => setTimeout(r, 500));
    expect(got).toBe(stalled);
    // Acks release the rest, a window at a time.
    const acker = setInterval(() => c.stdio.ack(1 << 19), 5);
    expect((await client.wait(c.cid)).status).toBe(0);
    await reading;
    clearInterval(acker);
    expect(got).toBe(2 * OUTPUT_WINDOW);
    await client.delete(c.cid);
  });

  it('says hello with facts about the guest and refuses another API version', async () => {
    expect(client.info?.version).toBe(2);
    expect(client.info?.runtime).toMatch(/^runc version/);
    const raw = new TtrpcClient(net.connect(sock));
    const req = tandem.agent.v1.HelloRequest.encode({ minVersion: 3, maxVersion: 4, host: 'future-host' }).finish();
    const err = await raw.call(AGENT_SERVICE, 'Hello', req).catch((e: TandemError) => e);
    expect(err).toBeInstanceOf(TandemError);
    expect((err as TandemError).code).toBe(Code.FailedPrecondition);
    expect((err as TandemError).message).toMatch(/guest agent speaks v2.*v3\.\.v4/);
    raw.close();
  });

  it("answers Hello only once /init's late boot steps are done, and names the marker when they never finish", async () => {
    const marker = join(dir, 'boot.done');
    const tools = { runc: new Runc({ root: runcRoot }), telnetd: ['busybox', 'telnetd'], stty: 'stty', outputGraceMs: 500 };
    const late = new Agent({ tools, bundles: join(dir, 'bundles'), noPivot: false, bootDone: marker, bootWaitMs: 300 });
    const hello = tandem.agent.v1.HelloRequest.create({ minVersion: 2, maxVersion: 2, host: 'test' });
    const err = await late.Hello(hello).catch((e: TandemError) => e);
    expect(err).toBeInstanceOf(TandemError);
    expect((err as TandemError).code).toBe(Code.Unavailable);
    expect((err as TandemError).message).toContain(`no ${marker}`);
    // A Hello waits, and answers once the marker is there.
    // What runs after the boot (boot-cache.ts) runs once, with the marker there, before the answer.
    const afterBoot: { marker: boolean; answered: boolean }[] = [];
    let answered = false;
    const patient = new Agent({
      tools,
      bundles: join(dir, 'bundles'),
      noPivot: false,
      bootDone: marker,
      afterBoot: () => afterBoot.push({ marker: existsSync(marker), answered }),
    });
    const waiting = patient.Hello(hello).then((r) => {
      answered = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(answered).toBe(false);
    expect(afterBoot).toEqual([]);
    writeFileSync(marker, '');
    expect((await waiting).version).toBe(2);
    expect((await patient.Hello(hello)).version).toBe(2);
    expect(afterBoot).toEqual([{ marker: true, answered: false }]);
    rmSync(marker);
  });

  it('answers Poweroff, then asks /init (after the answer); an agent that does not own its guest refuses it', async () => {
    const tools = { runc: new Runc({ root: runcRoot }), telnetd: ['busybox', 'telnetd'], stty: 'stty', outputGraceMs: 500 };
    let asked = 0;
    const owner = new Agent({ tools, bundles: join(dir, 'bundles'), noPivot: false, poweroff: () => asked++ });
    expect(owner.Poweroff()).toEqual({});
    expect(asked).toBe(0); // the answer goes out first
    for (let i = 0; i < 100 && !asked; i++) await new Promise((r) => setTimeout(r, 10));
    expect(asked).toBe(1);
    const guest = new Agent({ tools, bundles: join(dir, 'bundles'), noPivot: false });
    expect(() => guest.Poweroff()).toThrow(expect.objectContaining({ code: Code.Unimplemented }));
  });

  it('runs a container: stdout, stderr and the exit code', async () => {
    const c = await create(['sh', '-c', 'echo hello; echo oops >&2; exit 3']);
    expect(c.pid).toBeGreaterThan(1);
    const wait = client.wait(c.cid);
    expect(await client.start(c.cid)).toBe(c.pid);
    expect((await wait).status).toBe(3);
    expect(await c.out).toEqual({ stdout: 'hello\n', stderr: 'oops\n' });
    await client.delete(c.cid);
    // Delete answers once nothing of the container runs; the runtime's clean-up and the bundle's
    // removal go on after it, and a Create of the same id right away waits for them.
    const again = await client.createContainer({
      containerId: c.cid,
      specJson: Buffer.from(JSON.stringify(containerdLikeSpec(c.cid, ['true']))),
      rootfs,
      stdin: false,
      stdout: false,
      stderr: false,
      terminal: false,
    });
    expect(again.pid).toBeGreaterThan(1);
    const waitAgain = client.wait(c.cid);
    await client.start(c.cid);
    expect((await waitAgain).status).toBe(0);
    await client.delete(c.cid);
    for (let i = 0; i < 400 && existsSync(join(dir, 'bundles', c.cid)); i++) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(join(dir, 'bundles', c.cid))).toBe(false);
  });

  it('feeds stdin and delivers EOF', async () => {
    const c = await create(['sh', '-c', 'cat; echo done'], { stdin: true });
    await client.start(c.cid);
    c.stdio.write(Buffer.from('abc\n'));
    c.stdio.write(Buffer.from('def\n'));
    c.stdio.eof();
    expect((await client.wait(c.cid)).status).toBe(0);
    expect((await c.out).stdout).toBe('abc\ndef\ndone\n');
    await client.delete(c.cid);
  });

  it('runs with a terminal and resizes it', async () => {
    // runc applies a resize when it handles SIGWINCH: give it a moment before reading the size.
    const c = await create(['sh', '-c', 'tty; read x; sleep 0.5; stty size; exit 4'], { stdin: true, terminal: true });
    await client.start(c.cid);
    await client.resizePty(c.cid, '', 123, 45);
    c.stdio.write(Buffer.from('go\r'));
    expect((await client.wait(c.cid)).status).toBe(4);
    const out = (await c.out).stdout;
    expect(out).toMatch(/\/dev\/pts\/\d+\r\n/);
    expect(out).toContain('45 123\r\n');
    await client.delete(c.cid);
  });

  it('runs a terminal through busybox telnetd when the guest has no script', async () => {
    const tools = { runc: new Runc({ root: runcRoot }), telnetd: ['busybox', 'telnetd'], stty: 'stty', outputGraceMs: 500 };
    const a2 = new Agent({ tools, bundles: join(dir, 'bundles'), noPivot: false, cgroupParent: `/${prefix}` });
    const s2 = new TtrpcServer();
    s2.serve(AGENT, a2);
    const sock2 = join(dir, 'agent2.sock');
    await s2.listen(sock2);
    const c2 = await AgentClient.connect(net.connect(sock2));
    const cid = id();
    const spec = containerdLikeSpec(cid, ['sh', '-c', 'tty; read x; echo "got:$x"; sleep 0.5; stty size; exit 6'], { terminal: true });
    await c2.createContainer({
      containerId: cid,
      specJson: Buffer.from(JSON.stringify(spec)),
      rootfs,
      stdin: true,
      stdout: true,
      terminal: true,
    });
    const st = c2.stdio(cid);
    const out = collect(st.output);
    await c2.start(cid);
    await c2.resizePty(cid, '', 77, 22);
    st.write(Buffer.from([0x41, 0xff, 0x42, 0x0d]));
    expect((await c2.wait(cid)).status).toBe(6);
    const text = (await out).stdout;
    expect(text).toMatch(/^\/dev\/pts\/\d+\r\n/);
    expect(Buffer.from(text, 'utf8').includes(Buffer.from('got:A'))).toBe(true);
    expect(text).toContain('22 77\r\n');
    await c2.delete(cid);
    c2.close();
    await s2.close();
  });

  it('execs into a running container, lists pids, kills with 128+signal', async () => {
    const c = await create(['sleep', '1000']);
    await client.start(c.cid);
    await client.exec({
      containerId: c.cid,
      execId: 'e1',
      processJson: Buffer.from(JSON.stringify(ociProcess(['sh', '-c', 'echo in-exec; exit 5']))),
      stdout: true,
      stderr: true,
    });
    const es = client.stdio(c.cid, 'e1');
    es.eof();
    const eout = collect(es.output);
    const epid = await client.start(c.cid, 'e1');
    expect(epid).toBeGreaterThan(1);
    expect((await client.wait(c.cid, 'e1')).status).toBe(5);
    expect((await eout).stdout).toBe('in-exec\n');
    await client.delete(c.cid, 'e1');
    const dup = await client.start(c.cid, 'e1').catch((e: TandemError) => e);
    expect((dup as TandemError).code).toBe(Code.NotFound);
    expect(await client.pids(c.cid)).toContain(c.pid);
    await client.kill(c.cid, '', 9);
    expect((await client.wait(c.cid)).status).toBe(137);
    const again = await client.kill(c.cid, '', 9).catch((e: TandemError) => e);
    expect((again as TandemError).code).toBe(Code.NotFound);
    await client.delete(c.cid);
  });

  it('pauses and resumes, kills all', async () => {
    const c = await create(['sh', '-c', 'while true; do echo x; sleep 0.05; done']);
    let count = 0;
    const counting = (async () => {
      for await (const o of c.stdio.output) count += Buffer.from(o.data).toString().split('x').length - 1;
    })().catch(() => {});
    void counting;
    await client.start(c.cid);
    await new Promise((r) => setTimeout(r, 300));
    await client.pause(c.cid);
    await new Promise((r) => setTimeout(r, 100));
    const frozen = count;
    await new Promise((r) => setTimeout(r, 400));
    expect(count).toBe(frozen);
    await client.resume(c.cid);
    await new Promise((r) => setTimeout(r, 400));
    expect(count).toBeGreaterThan(frozen);
    // pid 1 of a pid namespace ignores SIGTERM unless it traps it: SIGKILL everything.
    await client.kill(c.cid, '', 9, true);
    expect((await client.wait(c.cid)).status).toBe(137);
    await client.delete(c.cid);
  });

  it('fails Create for a missing program, naming it, as runc does for an init; leaves nothing', async () => {
    const cid = id();
    const err = await client
      .createContainer({ containerId: cid, specJson: Buffer.from(JSON.stringify(containerdLikeSpec(cid, ['/no/such/program']))), rootfs })
      .catch((e: TandemError) => e);
    expect(err).toMatchObject({ code: Code.FailedPrecondition, message: 'exec: "/no/such/program": no such file or directory' });
    expect(execFileSync('runc', ['--root', runcRoot, 'list', '-q'], { encoding: 'utf8' })).not.toContain(cid);
  });

  it('finds a program that only a mount of the container brings (a volume), not just the rootfs', async () => {
    // The agent first looks in the rootfs while the runtime sets up; a miss there is looked up
    // again in the container's mount namespace, where the volume is.
    const vol = join(dir, 'vol');
    execFileSync('mkdir', ['-p', vol]);
    writeFileSync(join(vol, 'tool'), '#!/bin/sh\necho from-volume\n', { mode: 0o755 });
    const cid = id();
    const spec = containerdLikeSpec(cid, ['/opt/vol/tool'], {
      mounts: [{ destination: '/opt/vol', type: 'bind', source: vol, options: ['rbind', 'ro'] }],
    });
    await client.createContainer({ containerId: cid, specJson: Buffer.from(JSON.stringify(spec)), rootfs, stdout: true, stderr: true });
    const stdio = client.stdio(cid);
    stdio.eof();
    const out = collect(stdio.output);
    await client.start(cid);
    expect((await client.wait(cid)).status).toBe(0);
    expect(await out).toEqual({ stdout: 'from-volume\n', stderr: '' });
    await client.delete(cid);
  });

  it('starts a program that cannot be executed, which exits non-zero with runc saying why on its stderr (as runc does)', async () => {
    // runc's init finds the file (an executable bit, so LookPath passes) and fails only in
    // execve, after Start: runc's own shim sees the same.
    writeFileSync(join(rootfs, 'not-a-program'), 'just text\n', { mode: 0o755 });
    const c = await create(['/not-a-program']);
    expect(await client.start(c.cid)).toBeGreaterThan(0);
    expect((await client.wait(c.cid)).status).not.toBe(0);
    expect((await c.out).stderr).toMatch(/exec \/not-a-program: exec format error/);
    await client.delete(c.cid);
  });

  it('accepts an exec of a missing program and fails its Start, naming it', async () => {
    const c = await create(['sleep', '1000']);
    await client.start(c.cid);
    await client.exec({
      containerId: c.cid,
      execId: 'x',
      processJson: Buffer.from(JSON.stringify(ociProcess(['/bin/nosuch']))),
      stdout: true,
    });
    const err = await client.start(c.cid, 'x').catch((e: TandemError) => e);
    expect(err).toMatchObject({ code: Code.FailedPrecondition, message: 'exec: "/bin/nosuch": no such file or directory' });
    await client.delete(c.cid, 'x');
    await client.kill(c.cid, '', 9);
    await client.wait(c.cid);
    await client.delete(c.cid);
  });

  it('deletes a created container that never started, leaving nothing behind', async () => {
    const c = await create(['sleep', '1000']);
    expect(existsSync(`/proc/${c.pid}`)).toBe(true);
    await client.delete(c.cid);
    expect((await client.wait(c.cid).catch((e: TandemError) => e)) as TandemError).toMatchObject({ code: Code.NotFound });
    expect(execFileSync('runc', ['--root', runcRoot, 'list', '-q'], { encoding: 'utf8' })).not.toContain(c.cid);
    expect(existsSync(`/proc/${c.pid}`) && !/State:\s+Z/.test(execFileSync('cat', [`/proc/${c.pid}/status`], { encoding: 'utf8' }))).toBe(
      false,
    );
  });

  it('refuses bad input with kinded errors', async () => {
    const bad = (p: Promise<unknown>) =>
      p.then(
        () => undefined,
        (e: TandemError) => e.code,
      );
    expect(await bad(client.start('nope'))).toBe(Code.NotFound);
    expect(await bad(client.touch('nope', ['/src/app.js']))).toBe(Code.NotFound);
    expect(
      await bad(
        client.createContainer({ containerId: '../x', specJson: Buffer.from(JSON.stringify(containerdLikeSpec('x', ['true']))), rootfs }),
      ),
    ).toBe(Code.InvalidArgument);
    expect(await bad(client.createContainer({ containerId: id(), specJson: Buffer.from('{'), rootfs }))).toBe(Code.InvalidArgument);
    expect(
      await bad(
        client.createContainer({
          containerId: id(),
          specJson: Buffer.from(JSON.stringify(containerdLikeSpec('x', ['true']))),
          rootfs: 'relative',
        }),
      ),
    ).toBe(Code.InvalidArgument);
  });

  it('relays a TCP connection to a port (DialPort)', async () => {
    const srv = net.createServer((s) => s.on('data', (d) => s.end(`echo:${d}`)));
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
    const port = (srv.address() as net.AddressInfo).port;
    const conn = client.dialPort(port);
    conn.write(Buffer.from('ping'));
    let got = '';
    let ended = false;
    for await (const { data, eof } of conn.data) {
      got += Buffer.from(data).toString();
      // The server's end comes through; the connection lasts until our side ends too (half-close).
      if (!eof) continue;
      ended = true;
      conn.eof();
    }
    expect(got).toBe('echo:ping');
    expect(ended).toBe(true);
    srv.close();
  });

  it('listens at a forwarded socket: a connection made before the host asks is announced, then relayed (Sockets)', async () => {
    const cid = id();
    const path = join(dir, 'fwd', cid, '0');
    await client.createContainer({
      containerId: cid,
      specJson: Buffer.from(JSON.stringify(containerdLikeSpec(cid, ['sleep', '600']))),
      rootfs,
      sockets: [{ path, mode: 0o660, uid: 0, gid: 0 }],
    });
    expect(statSync(path).mode & 0o7777).toBe(0o660);
    const early = net.connect({ path, allowHalfOpen: true });
    let reply = '';
    early.on('data', (d) => (reply += d));
    const replied = new Promise((r) => early.on('end', r));
    early.write('early');
    await new Promise((r) => early.once('connect', r));
    const sockets = client.sockets(cid);
    const it = sockets.connections[Symbol.asyncIterator]();
    const { value } = await it.next();
    expect(value).toMatchObject({ index: 0 });
    const conn = client.dialPort(0, false, { containerId: cid, connId: value!.connId });
    let got = '';
    for await (const { data } of conn.data) {
      got += Buffer.from(data).toString();
      if (got === 'early') break;
    }
    conn.write(Buffer.from('answer'));
    conn.eof();
    await replied;
    expect(reply).toBe('answer');
    // A connection id the agent never announced.
    const unknown = client.dialPort(0, false, { containerId: cid, connId: 999 });
    expect((await unknown.done.catch((e: TandemError) => e)) as TandemError).toMatchObject({ code: Code.NotFound });
    await client.delete(cid);
    await sockets.done;
    expect(existsSync(path)).toBe(false);
    early.destroy();
    // A path no unix socket can have: refused, nothing created.
    const cid2 = id();
    const err = await client
      .createContainer({
        containerId: cid2,
        specJson: Buffer.from(JSON.stringify(containerdLikeSpec(cid2, ['true']))),
        rootfs,
        sockets: [{ path: `/${'x'.repeat(120)}` }],
      })
      .catch((e: TandemError) => e);
    expect(err).toMatchObject({ code: Code.InvalidArgument });
    expect(await client.wait(cid2).catch((e: TandemError) => e)).toMatchObject({ code: Code.NotFound });
  });
});
