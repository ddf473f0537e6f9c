import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { parseProcess, readProcessDetails, ttyName } from './proc-details.js';

const dir = mkdtempSync(join(tmpdir(), 'tandem-proc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Fields 3.. of a stat line: state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt
// cmajflt utime stime cutime cstime priority nice num_threads itrealvalue starttime ...
const stat = (pid: number, comm: string, ppid: number, ttyNr: number, utime: number, stime: number, start: number) =>
  `${pid} (${comm}) S ${ppid} ${pid} ${pid} ${ttyNr} -1 4194560 100 0 0 0 ${utime} ${stime} 0 0 20 0 1 0 ${start} 1000 100`;

it('names terminals as ps does', () => {
  expect(ttyName(0)).toBe('');
  expect(ttyName((136 << 8) | 3)).toBe('pts/3');
  expect(ttyName((137 << 8) | 1)).toBe('pts/257');
  expect(ttyName((4 << 8) | 1)).toBe('tty1');
  expect(ttyName((4 << 8) | 65)).toBe('ttyS1');
});

it('reads a process: ppid, uid, age by uptime, CPU time, terminal, command; a command name with ") (" is not misread', () => {
  const p = parseProcess(
    7,
    stat(7, 'my ) (prog', 1, (136 << 8) | 0, 150, 50, 1000),
    'Name:\tx\nUid:\t1000\t1000\t1000\t1000\n',
    'sleep\x00600\x00',
    25,
  );
  expect(p).toEqual({ pid: 7, ppid: 1, uid: 1000, ageMs: 15_000, cpuMs: 2000, tty: 'pts/0', cmd: 'sleep 600' });
  // A zombie has no arguments: ps shows its name in brackets.
  expect(parseProcess(8, stat(8, 'sh', 7, 0, 0, 0, 2400), 'Uid:\t0\t0\t0\t0\n', '', 25)?.cmd).toBe('[sh]');
  expect(parseProcess(9, 'garbage', '', '', 25)).toBeUndefined();
});

it('reads pids from a /proc tree; one that is gone is left out', async () => {
  writeFileSync(join(dir, 'uptime'), '100.50 180.00\n');
  mkdirSync(join(dir, '1'));
  writeFileSync(join(dir, '1', 'stat'), stat(1, 'sleep', 0, 0, 10, 0, 5050));
  writeFileSync(join(dir, '1', 'status'), 'Uid:\t0\t0\t0\t0\n');
  writeFileSync(join(dir, '1', 'cmdline'), 'sleep\x00600\x00');
  expect(await readProcessDetails([1, 2], dir)).toEqual([
    { pid: 1, ppid: 0, uid: 0, ageMs: 50_000, cpuMs: 100, tty: '', cmd: 'sleep 600' },
  ]);
});
