import { describe, expect, test } from 'vitest';
import { parseReadahead, readaheadBack } from './readahead.js';

describe('readaheadBack', () => {
  test('writes the KiB /init passed back to the disk, and keeps the variable from what the agent starts', () => {
    const file = '/sys/block/vda/queue/read_ahead_kb';
    const writes: [string, string][] = [];
    const env: NodeJS.ProcessEnv = { TANDEM_READAHEAD: `${file}=128`, PATH: '/bin' };
    expect(readaheadBack(env, (f, v) => void writes.push([String(f), String(v)]))).toBe('128 KiB');
    expect(writes).toEqual([[file, '128']]);
    expect(env).toEqual({ PATH: '/bin' });
  });

  test('nothing when /init took nothing (its test shell, an image without the list)', () => {
    const writes: unknown[] = [];
    expect(readaheadBack({}, (...a) => void writes.push(a))).toBeUndefined();
    expect(writes).toEqual([]);
  });

  test('a write that fails is said, not thrown: the agent serves, only slower', () => {
    // The real write: sysfs has no such directory.
    const said = readaheadBack({ TANDEM_READAHEAD: '/sys/block/tandem-none/queue/read_ahead_kb=128' });
    expect(said).toMatch(/^not set back: ENOENT/);
  });

  test.each([
    '',
    '/tmp/x=128',
    '/sys/block/vda/queue/read_ahead_kb',
    '/sys/block/vda/queue/read_ahead_kb=-1',
    '/sys/block/vda/queue/read_ahead_kb=12k',
  ])('a malformed value %j is refused with what was expected', (spec) => {
    expect(() => parseReadahead(spec)).toThrow(/expected \/sys\/…\/read_ahead_kb=<KiB>/);
    expect(readaheadBack({ TANDEM_READAHEAD: spec }, () => undefined)).toMatch(/^not set back: TANDEM_READAHEAD=/);
  });
});
