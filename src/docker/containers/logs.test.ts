import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { LogWriter, logFiles, parseTime, readLog } from './logs.js';

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

test('compress: rotated files gzipped aside (.N.gz), a burst that rotates again before that ends compresses at once; logs reads them all in order', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-logs-'));
  dirs.push(dir);
  const path = join(dir, 'c-json.log');
  const w = new LogWriter(path, { maxSize: 300, maxFile: 4, compress: true });
  // One synchronous burst: every rotation after the first finds the last one's compression running.
  for (let i = 0; i < 30; i++) w.write(1, Buffer.from(`line ${i}\n`));
  await w.settled();
  w.close();
  expect(logFiles(path)).toEqual([`${path}.3.gz`, `${path}.2.gz`, `${path}.1.gz`, path]);
  expect(
    readdirSync(dir)
      .filter((f) => f.startsWith('c-json.log'))
      .sort(),
  ).toEqual(['c-json.log', 'c-json.log.1.gz', 'c-json.log.2.gz', 'c-json.log.3.gz']);
  expect(gunzipSync(readFileSync(`${path}.1.gz`)).toString()).toMatch(/^\{"log":"line \d+\\n"/);
  const all = { stdout: true, stderr: true, since: 0, until: 0, tail: -1 };
  const lines = readLog(path, all).map((e) => Number(e.log.split(' ')[1]));
  expect(lines.at(-1)).toBe(29);
  expect(lines).toEqual([...Array(lines.length).keys()].map((k) => 30 - lines.length + k));
  // Rotated while nothing else was: compressed in the background, readable meanwhile.
  const slow = join(dir, 'slow-json.log');
  const w2 = new LogWriter(slow, { maxSize: 100, maxFile: 2, compress: true });
  for (let i = 0; i < 4; i++) w2.write(1, Buffer.from(`slow ${i}\n`));
  expect(readLog(slow, all).map((e) => e.log)).toEqual(['slow 0\n', 'slow 1\n', 'slow 2\n', 'slow 3\n'].slice(-readLog(slow, all).length));
  await w2.settled();
  expect(logFiles(slow)).toEqual([`${slow}.1.gz`, slow]);
  w2.close();
  // The endpoint stopped before a compression ended: the next writer finishes it first.
  writeFileSync(`${slow}.1`, '{"log":"kept\\n","stream":"stdout","time":"2026-12-06T00:00:00Z"}\n');
  rmSync(`${slow}.1.gz`);
  new LogWriter(slow, { maxSize: 100, maxFile: 2, compress: true }).close();
  expect(logFiles(slow)).toEqual([`${slow}.1.gz`, slow]);
  expect(readLog(slow, all)[0]?.log).toBe('kept\n');
});

test('a log file the disk refuses (/dev/full: ENOSPC) loses entries from the file only: listeners get every one, the failure is told once', () => {
  const errors: unknown[] = [];
  const w = new LogWriter('/dev/full', undefined, (err) => errors.push(err));
  const got: string[] = [];
  w.write(1, Buffer.from('one\ntwo\n'), (e) => got.push(e.log));
  w.write(2, Buffer.from('three\n'), (e) => got.push(e.log));
  expect(got).toEqual(['one\n', 'two\n', 'three\n']);
  expect(w.dropped).toBe(3);
  expect(errors).toHaveLength(1);
  expect((errors[0] as NodeJS.ErrnoException).code).toBe('ENOSPC');
});
