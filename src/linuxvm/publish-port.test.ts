// A published port whose guest bytes come through an output port: the host's TcpRelay, the real
// agent in-process over ttrpc, and a stand-in for QEMU's side of the port (a FIFO the agent
// writes, relayed to the port's host socket). The real port is run in vm-executor.test.ts.
import { execFileSync } from 'node:child_process';
import { constants as fsc, mkdirSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TtrpcServer } from '../ttrpc/server.js';
import { AgentClient } from './agent-client.js';
import { AGENT, Agent } from './guest/agent.js';
import { SerialPorts } from './guest/serial-ports.js';
import { Runc } from './guest/runc.js';
import { TcpRelay } from './publish.js';

const dir = mkdtempSync(join(tmpdir(), 'tandem-publish-'));
const paths = { sysfs: join(dir, 'sys'), debugfs: join(dir, 'debug'), dev: join(dir, 'dev') };
const BIG = Buffer.alloc(3 << 20);
for (let i = 0; i < BIG.length; i++) BIG[i] = (i * 7) % 251;
let server: TtrpcServer;
let client: AgentClient;
let ports: SerialPorts;
const qemu: net.Server[] = [];
const outputSockets: Record<string, string> = {};
let guest: net.Server;
let relay: TcpRelay;
let carried = 0; // bytes the stand-in port delivered to its host socket
const warnings: string[] = []; // the relay's log lines

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** How many of the two ports are free now (each taken and given back). */
const free = () => {
  const taken = [ports.take(), ports.take()];
  for (const p of taken) p?.discard();
  return taken.filter(Boolean).length;
};
let guestPort = 0;
/**
 * Drops what the guest wrote into a stand-in port nobody read. QEMU lets no such bytes in (a
 * guest's write waits for a host end, and what a host leaves unread is dropped when it goes); a
 * FIFO takes 64 KiB without a reader.
 */
const stale: (() => void)[] = [];

/** One client of a relay (the file's own by default): sends `request`, returns all it got until the relay closed. */
function fetch(request: string, to: TcpRelay = relay): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const s = net.connect(to.address.port, '127.0.0.1');
    const got: Buffer[] = [];
    s.on('connect', () => s.write(request));
    s.on('data', (d) => got.push(d));
    s.on('close', () => resolve(Buffer.concat(got)));
    s.on('error', reject);
  });
}

/** Port `tandem.out.<i>`: a FIFO the agent writes, relayed (as QEMU does) to whoever is connected to its host socket. */
async function standInPort(i: number): Promise<void> {
  const dev = `vport2p${i + 2}`;
  mkdirSync(join(paths.sysfs, dev));
  writeFileSync(join(paths.sysfs, dev, 'name'), `tandem.out.${i}\n`);
  writeFileSync(join(paths.debugfs, dev), 'guest_connected: 0\nhost_connected: 0\nbytes_sent: 0\n');
  const fifo = join(paths.dev, dev);
  execFileSync('mkfifo', [fifo]);
  // A socket on the FIFO (libuv polls it): paused, it reads nothing, as a stream on a thread would.
  const fd = openSync(fifo, fsc.O_RDWR | fsc.O_NONBLOCK);
  const read = new net.Socket({ fd, readable: true, writable: false });
  read.pause();
  stale.push(() => {
    while (read.read() !== null);
    try {
      while (readSync(fd, Buffer.alloc(1 << 16)) > 0);
    } catch {} // EAGAIN: empty
  });
  const server = net.createServer((s) => {
    s.on('error', () => {}); // a reader that lets go mid-write
    const forward = (d: string | Buffer) => {
      carried += d.length;
      if (s.write(d)) return;
      read.pause();
      s.once('drain', () => read.resume());
    };
    read.on('data', forward).resume();
    s.on('close', () => (read.off('data', forward), read.pause()));
  });
  outputSockets[`tandem.out.${i}`] = join(dir, `out${i}.sock`);
  await new Promise<void>((r) => server.listen(outputSockets[`tandem.out.${i}`], r));
  qemu.push(server);
}

beforeAll(async () => {
  for (const d of Object.values(paths)) mkdirSync(d);
  // Two ports: a connection takes one only while another stays free (for containers' stdout).
  for (const i of [0, 1]) await standInPort(i);
  // The container's server: answers each request line with BIG, or with "small".
  guest = net.createServer((s) =>
    s
      .on('error', () => {})
      .once('data', (d) => {
        if (d.toString().startsWith('big')) s.end(BIG);
        else if (d.toString().startsWith('hold'))
          s.write(BIG); // and keeps the connection open
        else s.end('small');
      }),
  );
  await new Promise<void>((r) => guest.listen(0, '127.0.0.1', r));
  ports = new SerialPorts(paths);
  const agent = new Agent({
    tools: { runc: new Runc({ root: join(dir, 'runc') }), telnetd: ['busybox', 'telnetd'], stty: 'stty', outputGraceMs: 500, ports },
    bundles: join(dir, 'bundles'),
    noPivot: false,
  });
  server = new TtrpcServer();
  server.serve(AGENT, agent);
  await server.listen(join(dir, 'agent.sock'));
  client = await AgentClient.connect(net.connect(join(dir, 'agent.sock')));
  const containerPort = (guestPort = (guest.address() as net.AddressInfo).port);
  relay = await TcpRelay.listen(
    { proto: 'tcp', hostAddr: '127.0.0.1', hostPort: 0, containerPort },
    () => ({ agent: client, outputSockets }),
    (m) => warnings.push(m),
  );
});

afterAll(async () => {
  await relay?.close();
  client?.close();
  await server?.close();
  for (const q of qemu) q.close();
  guest?.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A connection to `to` that sends `first`, then (when `afterEnd`, only once the relay ended its
 * side) `rest`, then half-closes; resolves with what it got and whether the relay ended before it did.
 */
function converse(to: TcpRelay, first: Buffer, rest: Buffer, afterEnd: boolean): Promise<{ got: Buffer; endedFirst: boolean }> {
  return new Promise((resolve, reject) => {
    const s = net.connect({ port: to.address.port, host: '127.0.0.1', allowHalfOpen: true });
    const got: Buffer[] = [];
    let endedFirst = false;
    const finish = () => (s.write(rest), s.end());
    s.on('connect', () => (s.write(first), afterEnd || finish()));
    s.on('data', (d) => got.push(d));
    s.on('end', () => ((endedFirst = !s.writableEnded), afterEnd && finish()));
    s.on('close', () => resolve({ got: Buffer.concat(got), endedFirst }));
    s.on('error', reject);
  });
}

describe('published port through an output port', () => {
  it('carries the guest bytes through the port, all of them and in order, then ends the client', async () => {
    const body = await fetch('big\n');
    expect(body.length).toBe(BIG.length);
    expect(sha(body)).toBe(sha(BIG));
    expect(carried).toBe(BIG.length); // through the port, not the stream
  });

  it('uses the stream while the port is taken, and the port again once it is free', async () => {
    const held = ports.take()!; // as a container's stdout would: one port left, kept spare
    carried = 0;
    expect((await fetch('small\n')).toString()).toBe('small');
    expect(carried).toBe(0);
    held.discard();
    expect(sha(await fetch('big\n'))).toBe(sha(BIG));
    expect(carried).toBe(BIG.length);
  });

  it('a client that goes away mid-stream frees the port for the next connection', async () => {
    carried = 0;
    await new Promise<void>((resolve, reject) => {
      const s = net.connect(relay.address.port, '127.0.0.1');
      s.on('connect', () => s.write('hold\n'));
      s.once('data', () => s.destroy()); // gone after the first bytes, the guest still sending
      s.on('close', () => resolve());
      s.on('error', reject);
    });
    // The agent drops its guest connection and lets the port go: the next download takes it.
    for (let i = 0; i < 200 && free() < 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect(free()).toBe(2);
    carried = 0;
    expect(sha(await fetch('big\n'))).toBe(sha(BIG));
    expect(carried).toBe(BIG.length);
    expect(warnings).toEqual([]); // a client that leaves is not the relay's failure
  });

  it('a guest port nothing listens on: the client is closed and the relay says why, once', async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const containerPort = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const lines: string[] = [];
    const refused = await TcpRelay.listen(
      { proto: 'tcp', hostAddr: '127.0.0.1', hostPort: 0, containerPort },
      () => ({ agent: client, outputSockets }),
      (m) => lines.push(m),
    );
    try {
      expect((await fetch('big\n', refused)).length).toBe(0);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        new RegExp(
          `^publish 127\\.0\\.0\\.1:${refused.address.port} -> container port ${containerPort}: .*ECONNREFUSED.*; connection closed$`,
        ),
      );
    } finally {
      await refused.close();
    }
  });

  it('a shim that goes away mid-stream (its agent connection closed) frees the port too', async () => {
    const shim = await AgentClient.connect(net.connect(join(dir, 'agent.sock')));
    const conn = shim.dialPort(guestPort, true);
    conn.write(Buffer.from('hold\n'));
    for await (const m of conn.data) if (m.port) break; // the guest's bytes go through a port now; nobody reads it
    expect(free()).toBe(1); // the connection holds the other
    shim.close();
    for (let i = 0; i < 200 && free() < 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect(free()).toBe(2);
    for (const drop of stale) drop();
  });
});

// Each direction ends on its own, as docker-proxy relays them: a server that stops sending first
// still reads the rest, a client that half-closes its request still gets the whole answer.
describe('published port: half-close', () => {
  let halfOpen: net.Server;
  let relay2: TcpRelay;
  const heard: { bytes: number; sha: string }[] = [];
  beforeAll(async () => {
    halfOpen = net.createServer({ allowHalfOpen: true }, (s) => {
      const got: Buffer[] = [];
      s.on('error', () => {});
      s.once('data', (d) => {
        // "early": answer and end at once, then read on; otherwise answer with what came, at its end.
        if (d.toString().startsWith('early')) s.end(BIG);
        s.on('end', () => {
          const all = Buffer.concat([d, ...got]);
          heard.push({ bytes: all.length, sha: sha(all) });
          if (!s.writableEnded) s.end(`${all.length} ${sha(all)}`);
        });
        s.on('data', (more: Buffer) => got.push(more));
      });
    });
    await new Promise<void>((r) => halfOpen.listen(0, '127.0.0.1', r));
    const containerPort = (halfOpen.address() as net.AddressInfo).port;
    relay2 = await TcpRelay.listen({ proto: 'tcp', hostAddr: '127.0.0.1', hostPort: 0, containerPort }, () => ({
      agent: client,
      outputSockets,
    }));
  });
  afterAll(async () => {
    await relay2?.close();
    halfOpen?.close();
  });

  it('a server that ends first still gets everything the client sends after', async () => {
    heard.length = 0;
    const { got, endedFirst } = await converse(relay2, Buffer.from('early\n'), BIG, true);
    expect(endedFirst).toBe(true); // the server's end came through while the client was still open
    expect(sha(got)).toBe(sha(BIG)); // through a port: its bytes all came before the end
    for (let i = 0; i < 200 && !heard.length; i++) await new Promise((r) => setTimeout(r, 50)); // its end may come after ours
    expect(heard).toEqual([{ bytes: 6 + BIG.length, sha: sha(Buffer.concat([Buffer.from('early\n'), BIG])) }]);
    for (let i = 0; i < 200 && free() < 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect(free()).toBe(2);
  });

  it('a client that half-closes its request gets the whole answer', async () => {
    heard.length = 0;
    const req = Buffer.concat([Buffer.from('upload\n'), BIG]);
    const { got, endedFirst } = await converse(relay2, req.subarray(0, 7), req.subarray(7), false);
    expect(endedFirst).toBe(false);
    expect(got.toString()).toBe(`${req.length} ${sha(req)}`);
  });

  it('the same over the agent stream, while no output port is free', async () => {
    const held = [ports.take(), ports.take()]; // both taken: the guest's bytes come on the stream
    try {
      const { got, endedFirst } = await converse(relay2, Buffer.from('early\n'), BIG, true);
      expect(endedFirst).toBe(true);
      expect(sha(got)).toBe(sha(BIG));
    } finally {
      for (const p of held) p?.discard();
    }
  });
});
