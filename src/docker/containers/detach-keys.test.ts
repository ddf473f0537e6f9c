import { expect, test } from 'vitest';
import { Code } from '../../common/errdefs.js';
import { DEFAULT_DETACH_KEYS, escapeScanner, parseDetachKeys } from './detach-keys.js';

test("keys as dockerd reads them: ctrl-<x>, single characters; anything else is dockerd's 400", () => {
  expect([...parseDetachKeys(DEFAULT_DETACH_KEYS)]).toEqual([16, 17]);
  expect([...parseDetachKeys('ctrl-@,ctrl-a,ctrl-z,ctrl-[,ctrl-\\,ctrl-],ctrl-^,ctrl-_')]).toEqual([0, 1, 26, 27, 28, 29, 30, 31]);
  expect([...parseDetachKeys('a,ctrl-x,b')]).toEqual([97, 24, 98]);
  for (const bad of ['ctrl-1', 'ctrl-A', 'shift-a', 'ab', ''])
    expect(() => parseDetachKeys(bad)).toThrow(
      expect.objectContaining({ code: Code.InvalidArgument, message: `Invalid detach keys (${bad}) provided` }),
    );
});

test('the sequence typed key by key detaches and is not passed on', () => {
  const scan = escapeScanner(parseDetachKeys(DEFAULT_DETACH_KEYS));
  expect(scan(Buffer.from('ls\r'))).toEqual({ pass: Buffer.from('ls\r'), detached: false });
  expect(scan(Buffer.from([16]))).toEqual({ pass: Buffer.alloc(0), detached: false });
  expect(scan(Buffer.from([17]))).toEqual({ pass: Buffer.alloc(0), detached: true });
});

test('no keys: everything passes', () => {
  expect(escapeScanner(Buffer.alloc(0))(Buffer.from([16]))).toEqual({ pass: Buffer.from([16]), detached: false });
});

test('a partial sequence not continued is given on with the next key; a paste holding the bytes passes', () => {
  const scan = escapeScanner(parseDetachKeys(DEFAULT_DETACH_KEYS));
  scan(Buffer.from([16]));
  expect(scan(Buffer.from('x'))).toEqual({ pass: Buffer.from([16, 0x78]), detached: false });
  expect(scan(Buffer.from([16, 17]))).toEqual({ pass: Buffer.from([16, 17]), detached: false });
  scan(Buffer.from([16]));
  expect(scan(Buffer.from([16]))).toEqual({ pass: Buffer.from([16, 16]), detached: false });
});
