// native/tandem-drained against a real FIFO: it waits for the reader to take what is left.
import { closeSync, constants as fsc, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fifoDrained } from './drained.js';

let dir: string;
const fds: number[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tdrain-'));
  execFileSync('mkfifo', [join(dir, 'out')]);
});
afterEach(() => {
  for (const fd of fds.splice(0)) closeSync(fd);
  rmSync(dir, { recursive: true, force: true });
});

const open = (flags: number) => {
  const fd = openSync(join(dir, 'out'), flags | fsc.O_NONBLOCK);
  fds.push(fd);
  return fd;
};

it('an empty FIFO is drained at once; one with bytes left only once the client read them', async () => {
  const ours = open(fsc.O_RDONLY);
  const client = open(fsc.O_RDONLY);
  const writer = open(fsc.O_WRONLY);
  expect(await fifoDrained(ours, 5_000)).toBe(true);
  writeSync(writer, 'run-1\n');
  expect(await fifoDrained(ours, 50)).toBe(false); // nobody read them: the bound
  const waiting = fifoDrained(ours, 60_000);
  setTimeout(() => readSync(client, Buffer.alloc(64)), 100);
  expect(await waiting).toBe(true);
});
