import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { checkLogConfig, openLog, readable, rotationFor, rotationOf } from './log-config.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

test("max-size and max-file as dockerd's json-file: units, defaults and refusals", () => {
  expect(rotationOf({})).toBeUndefined();
  expect(rotationOf({ 'max-size': '10m' })).toEqual({ maxSize: 10 << 20, maxFile: 1, compress: false });
  expect(rotationOf({ 'max-size': '1.5k', 'max-file': '3' })).toEqual({ maxSize: 1536, maxFile: 3, compress: false });
  expect(rotationOf({ 'max-size': '1k', 'max-file': '3', compress: 'true' })).toEqual({ maxSize: 1024, maxFile: 3, compress: true });
  expect(() => rotationOf({ 'max-size': '1k', compress: 'true' })).toThrow('compress cannot be true when max-file is less than 2');
  expect(() => rotationOf({ 'max-size': '1k', 'max-file': '2', compress: 'yes' })).toThrow(/error parsing compress option/);
  expect(() => rotationOf({ 'max-file': '3' })).toThrow('max-file cannot be set without max-size');
  expect(() => rotationOf({ 'max-size': '1m', 'max-file': '0' })).toThrow(/invalid max-file "0"/);
});

test('log drivers: json-file, local (its 20m x 5 compressed defaults under the options), none (nothing kept, not readable); others refused', () => {
  expect(rotationFor({ Type: 'json-file' })).toBeUndefined();
  expect(rotationFor({ Type: 'local' })).toEqual({ maxSize: 20 << 20, maxFile: 5, compress: true });
  expect(rotationFor({ Type: 'local', Config: { 'max-file': '2' } })).toEqual({ maxSize: 20 << 20, maxFile: 2, compress: true });
  expect(rotationFor({ Type: 'local', Config: { 'max-file': '1' } })).toEqual({ maxSize: 20 << 20, maxFile: 1, compress: false });
  expect(() => checkLogConfig({ Type: 'local', Config: { 'max-size': '1m' } })).not.toThrow();
  expect(() => checkLogConfig(null)).not.toThrow();
  expect(() => checkLogConfig({ Type: 'json-file', Config: { 'labels-regex': '^(a' } })).toThrow(
    /log opt labels-regex: Invalid regular expression/,
  );
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
