// The guest's output and input ports against a stand-in sysfs/debugfs/dev tree (the real ports
// are checked in the VM suites: vm-executor.test.ts).
import { mkdirSync, mkdtempSync, readFileSync, readSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SerialPorts, parsePortState } from './serial-ports.js';

let root: string;
let paths: { sysfs: string; debugfs: string; dev: string };

function port(dev: string, name: string): void {
  mkdirSync(join(paths.sysfs, dev), { recursive: true });
  writeFileSync(join(paths.sysfs, dev, 'name'), `${name}\n`);
  writeFileSync(join(paths.dev, dev), '');
  state(dev, { guest: 0, host: 0, sent: 0 });
}

function state(dev: string, s: { guest: number; host: number; sent: number }): void {
  writeFileSync(
    join(paths.debugfs, dev),
    `name: x\nguest_connected: ${s.guest}\nhost_connected: ${s.host}\noutvq_full: 0\nbytes_sent: ${s.sent}\nbytes_received: 0\n`,
  );
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tports-'));
  paths = { sysfs: join(root, 'sys'), debugfs: join(root, 'debug'), dev: join(root, 'dev') };
  for (const d of Object.values(paths)) mkdirSync(d);
  port('vport3p1', 'tandem.agent');
  port('vport3p3', 'tandem.out.2');
  port('vport3p4', 'tandem.out.10'); // after .2: numbers in order, not strings
  port('vport4p1', 'tandem.in.0');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('output ports', () => {
  it('parses the debugfs file, and refuses one without a count', () => {
    expect(parsePortState('name: a\nguest_connected: 1\nhost_connected: 0\nbytes_sent: 42\n')).toEqual({
      guestConnected: true,
      hostConnected: false,
      bytesSent: 42,
    });
    expect(() => parsePortState('name: a\n')).toThrow(/bytes_sent/);
  });

  it('hands out only tandem.out.N ports, in order, each once, and skips one either end holds', () => {
    const ports = new SerialPorts(paths);
    const a = ports.take()!;
    expect(a.name).toBe('tandem.out.2');
    state('vport3p4', { guest: 0, host: 1, sent: 0 }); // tandem.out.10: its last host still reads
    expect(ports.take()).toBeUndefined();
    state('vport3p4', { guest: 0, host: 0, sent: 0 });
    expect(ports.take()!.name).toBe('tandem.out.10');
    expect(ports.take()).toBeUndefined();
    a.discard();
    expect(ports.take()!.name).toBe('tandem.out.2');
  });

  it('leaves `spare` ports free for others', () => {
    const ports = new SerialPorts(paths);
    const a = ports.take({ spare: 1 })!;
    expect(a.name).toBe('tandem.out.2');
    expect(ports.take({ spare: 1 })).toBeUndefined(); // the last one stays for a container's stdout
    expect(ports.take()!.name).toBe('tandem.out.10');
  });

  it('counts the bytes from when the stream took the port, once the last holder let go', async () => {
    const ports = new SerialPorts(paths);
    state('vport3p3', { guest: 0, host: 0, sent: 1000 });
    const p = ports.take()!;
    expect(p.name).toBe('tandem.out.2');
    writeSync(p.fd, 'the runtime has it');
    p.handOver();
    expect(() => p.fd).toThrow(/handed over/);
    let exit!: () => void;
    const exited = new Promise<void>((r) => (exit = r));
    state('vport3p3', { guest: 1, host: 1, sent: 1500 });
    const bytes = p.finish(exited, 60_000);
    exit();
    await new Promise((r) => setTimeout(r, 30));
    state('vport3p3', { guest: 0, host: 1, sent: 1700 }); // a background child closed it last
    expect(await bytes).toBe(700);
    expect(readFileSync(join(paths.dev, 'vport3p3'), 'utf8')).toBe('the runtime has it');
  });

  it('a port still held after the grace: the count so far, and it is not handed out while held', async () => {
    const ports = new SerialPorts(paths);
    const p = ports.take()!;
    state('vport3p3', { guest: 1, host: 1, sent: 64 });
    expect(await p.finish(Promise.resolve(), 20)).toBe(64);
    expect(ports.take()!.name).toBe('tandem.out.10');
    expect(ports.take()).toBeUndefined();
  });

  it('no ports without debugfs (nothing could tell their end)', () => {
    rmSync(paths.debugfs, { recursive: true });
    expect(new SerialPorts(paths).take()).toBeUndefined();
  });
});

describe('input ports', () => {
  it('hands out only tandem.in.N ports, opened for reading, and an output pool never one', () => {
    writeFileSync(join(paths.dev, 'vport4p1'), 'stdin bytes');
    const ins = new SerialPorts(paths, 'in');
    const p = ins.take()!;
    expect(p.name).toBe('tandem.in.0');
    const buf = Buffer.alloc(64);
    expect(buf.subarray(0, readSync(p.fd, buf)).toString()).toBe('stdin bytes');
    expect(() => writeSync(p.fd, 'x')).toThrow(/EBADF/); // read-only
    expect(ins.take()).toBeUndefined();
    const outs = new SerialPorts(paths);
    expect([outs.take()!.name, outs.take()!.name, outs.take()]).toEqual(['tandem.out.2', 'tandem.out.10', undefined]);
  });

  it('waits for the host end before the process may read, and says so when it never came', async () => {
    const p = new SerialPorts(paths, 'in').take()!;
    expect(await p.waitHost(20)).toBe(false);
    const waiting = p.waitHost(60_000);
    await new Promise((r) => setTimeout(r, 20));
    state('vport4p1', { guest: 1, host: 1, sent: 0 });
    expect(await waiting).toBe(true);
  });

  it('back to the pool once neither end holds it: not while the last host is still connected', async () => {
    const ins = new SerialPorts(paths, 'in');
    const p = ins.take()!;
    p.handOver();
    state('vport4p1', { guest: 0, host: 1, sent: 0 }); // the process is gone, the host not yet
    await p.finish(Promise.resolve(), 20);
    expect(ins.take()).toBeUndefined();
    state('vport4p1', { guest: 0, host: 0, sent: 0 });
    expect(ins.take()!.name).toBe('tandem.in.0');
  });
});
