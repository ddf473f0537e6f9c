import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { expect, it } from 'vitest';
import { Pty } from './pty.js';

function run(p: Pty, script: string): { out: () => string; done: Promise<void> } {
  const child = spawn('sh', ['-c', script], { stdio: [p.slave, p.slave, p.slave], detached: true });
  p.releaseSlave();
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (d: Buffer) => chunks.push(d));
  const copied = p.copy(null, sink);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return { out: () => Buffer.concat(chunks).toString(), done: Promise.all([copied, exited]).then(() => {}) };
}

it('starts at the size asked for, and a resize reaches the program', async () => {
  const p = Pty.open(120, 40);
  // The program polls its size (it has no controlling terminal for SIGWINCH) until the resize lands.
  const r = run(p, `stty size; echo ready; while [ "$(stty size)" = '40 120' ]; do sleep 0.05; done; stty size`);
  for (let i = 0; i < 400 && !r.out().includes('ready'); i++) await new Promise((res) => setTimeout(res, 25));
  p.resize(100, 30);
  await r.done;
  expect(r.out().split(/\r?\n/).filter(Boolean)).toEqual(['40 120', 'ready', '30 100']);
});

it('a resize after the terminal ended is a no-op, not an ioctl on a closed fd', async () => {
  const p = Pty.open();
  const r = run(p, 'stty size');
  await r.done;
  expect(r.out().trim()).toBe('24 80');
  expect(() => p.resize(100, 30)).not.toThrow();
  await p.close();
});
