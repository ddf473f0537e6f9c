import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { LogWriter, checkLogConfig, logFiles, openLog, parseTime, readLog, readable, rotationFor, rotationOf } from './logs.js';

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

test("max-size and max-file as dockerd's json-file: units, defaults and refusals", () => {
  expect(rotationOf({})).toBeUndefined();
  expect(rotationOf({ 'max-size': '10m' })).toEqual({ maxSize: 10 << 20, maxFile: 1 });
  expect(rotationOf({ 'max-size': '1.5k', 'max-file': '3' })).toEqual({ maxSize: 1536, maxFile: 3 });
  expect(() => rotationOf({ 'max-file': '3' })).toThrow('max-file cannot be set without max-size');
  expect(() => rotationOf({ 'max-size': '1m', 'max-file': '0' })).toThrow(/invalid max-file "0"/);
});

test('rotation: the full file moves to .1, older ones up, at most max-file files; logs reads them oldest first', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-logs-'));
  dirs.push(dir);
  const path = join(dir, 'c-json.log');
  const w = new LogWriter(path, { maxSize: 200, maxFile: 3 });
  for (let i = 0; i < 20; i++) w.write(1, Buffer.from(`line ${i}\n`));
  w.close();
  expect(logFiles(path)).toEqual([`${path}.2`, `${path}.1`, path]);
  expect(existsSync(`${path}.3`)).toBe(false);
  for (const f of logFiles(path)) expect(readFileSync(f).length).toBeLessThanOrEqual(200);
  const all = { stdout: true, stderr: true, since: 0, until: 0, tail: -1 };
  const lines = readLog(path, all).map((e) => e.log);
  expect(lines.at(-1)).toBe('line 19\n');
  expect(lines.map((l) => Number(l.split(' ')[1]))).toEqual([...Array(lines.length).keys()].map((k) => 20 - lines.length + k));
  // One file: emptied when full.
  const one = join(dir, 'one-json.log');
  const w1 = new LogWriter(one, { maxSize: 100, maxFile: 1 });
  for (let i = 0; i < 10; i++) w1.write(2, Buffer.from(`err ${i}\n`));
  w1.close();
  expect(logFiles(one)).toEqual([one]);
  expect(readLog(one, all).at(-1)?.log).toBe('err 9\n');
  expect(readFileSync(one).length).toBeLessThanOrEqual(100);
});

test('log drivers: json-file, local (its 20m x 5 defaults under the options), none (nothing kept, not readable); others refused', () => {
  expect(rotationFor({ Type: 'json-file' })).toBeUndefined();
  expect(rotationFor({ Type: 'local' })).toEqual({ maxSize: 20 << 20, maxFile: 5 });
  expect(rotationFor({ Type: 'local', Config: { 'max-file': '2' } })).toEqual({ maxSize: 20 << 20, maxFile: 2 });
  expect(checkLogConfig({ Type: 'local', Config: { 'max-size': '1m' } })).toEqual([]);
  expect(checkLogConfig(null)).toEqual([]);
  expect(() => checkLogConfig({ Type: 'local', Config: { tag: 'x' } })).toThrow("unknown log opt 'tag' for local log driver");
  expect(() => checkLogConfig({ Type: 'none', Config: { 'max-size': '1m' } })).toThrow("unknown log opt 'max-size' for none log driver");
  expect(() => checkLogConfig({ Type: 'syslog' })).toThrow(
    '--log-driver syslog: tandem has the json-file, local and none log drivers only',
  );
  expect(readable({ Type: 'none' })).toBe(false);
  expect(readable({ Type: 'local' }) && readable(undefined)).toBe(true);
  const dir = mkdtempSync(join(tmpdir(), 'tandem-logs-'));
  dirs.push(dir);
  const w = openLog(join(dir, 'none.json'), { Type: 'none' });
  const seen: string[] = [];
  w.write(1, Buffer.from('live only\n'), (e) => seen.push(e.log));
  w.close();
  expect(seen).toEqual(['live only\n']);
  expect(existsSync(join(dir, 'none.json'))).toBe(false);
});
