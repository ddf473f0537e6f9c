// The per-container log FIFO: when its reader goes away (containerd killed) the daemon must not
// keep the FIFO's fd open for its whole life.
import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readdirSync, readlinkSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, expect, test } from 'vitest';
import { containerLogger } from './log.js';

const dir = mkdtempSync(join(tmpdir(), 'log-fifo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const openOn = (path: string) =>
  readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === path;
    } catch {
      return false;
    }
  });

async function until(check: () => boolean, what: string): Promise<void> {
  for (const deadline = Date.now() + 10_000; !check(); await new Promise((r) => setTimeout(r, 20)))
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
}

test('a log FIFO whose reader went away: the write fails, the fd is closed, later lines and close() do nothing', async () => {
  const fifo = join(dir, 'log');
  execFileSync('mkfifo', [fifo]);
  const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  const { log, close } = containerLogger(pino({ level: 'info' }, pino.destination({ dest: join(dir, 'daemon.log'), sync: true })), dir, {
    id: 'c',
  });
  expect(openOn(fifo)).toHaveLength(2); // ours and the reader
  closeSync(reader); // containerd is gone
  log.info('nobody reads this');
  await until(() => openOn(fifo).length === 0, 'the writer fd to be closed');
  log.info('nor this'); // no throw
  close();
  close();
});

test('a log FIFO with its reader still there: close() flushes and closes the fd', async () => {
  const sub = mkdtempSync(join(dir, 'b-'));
  const fifo = join(sub, 'log');
  execFileSync('mkfifo', [fifo]);
  const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  const { log, close } = containerLogger(pino({ level: 'info' }), sub, { id: 'c' });
  log.info('one line');
  close();
  await until(() => openOn(fifo).length === 1, 'the writer fd to be closed');
  const buf = Buffer.alloc(4096);
  expect(buf.toString('utf8', 0, readSync(reader, buf))).toContain('one line');
  closeSync(reader);
});
