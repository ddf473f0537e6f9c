import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { LogWriter, parseTime, readLog } from './logs.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

test('lines are split, streams kept apart, partial lines flushed at close; tail and stream choice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-logs-'));
  dirs.push(dir);
  const w = new LogWriter(join(dir, 'l.json'));
  const seen: string[] = [];
  w.write(1, Buffer.from('a\nb'), (e) => seen.push(e.log));
  w.write(2, Buffer.from('err\n'), (e) => seen.push(e.log));
  w.write(1, Buffer.from('c\nd'), (e) => seen.push(e.log));
  w.close();
  expect(seen).toEqual(['a\n', 'err\n', 'bc\n']);
  const all = { stdout: true, stderr: true, since: 0, until: 0, tail: -1 };
  expect(readLog(join(dir, 'l.json'), all).map((e) => e.log)).toEqual(['a\n', 'err\n', 'bc\n', 'd']);
  expect(readLog(join(dir, 'l.json'), { ...all, stderr: false, tail: 2 }).map((e) => e.log)).toEqual(['bc\n', 'd']);
  expect(readLog(join(dir, 'l.json'), { ...all, stdout: false }).map((e) => e.stream)).toEqual(['stderr']);
  expect(readLog(join(dir, 'missing'), all)).toEqual([]);
});

test('since/until as unix seconds or RFC 3339', () => {
  expect(parseTime('1700000000.5')).toBe(1700000000.5);
  expect(parseTime('2023-11-14T22:13:20Z')).toBe(1700000000);
  expect(parseTime(null)).toBe(0);
});
