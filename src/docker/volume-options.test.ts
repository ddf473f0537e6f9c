import { expect, test } from 'vitest';
import { Code } from '../common/errdefs.js';
import { volumeKind } from './volume-options.js';

test('no options: a plain volume; a bind and a tmpfs from their options', () => {
  expect(volumeKind(undefined)).toEqual({ kind: 'plain' });
  expect(volumeKind({})).toEqual({ kind: 'plain' });
  expect(volumeKind({ type: 'none', o: 'bind', device: '/srv/data' })).toEqual({ kind: 'bind', device: '/srv/data', ro: false });
  expect(volumeKind({ type: 'none', o: 'bind,ro', device: '/srv/data' })).toEqual({ kind: 'bind', device: '/srv/data', ro: true });
  expect(volumeKind({ type: 'tmpfs', device: 'tmpfs', o: 'size=10m,uid=1000' })).toEqual({
    kind: 'tmpfs',
    options: ['size=10m', 'uid=1000'],
  });
});

test.each([
  [{ foo: 'x' }, 'invalid option: "foo"'],
  [{ device: '/x' }, 'missing required option: "type"'],
  [{ type: 'tmpfs' }, 'missing required option: "device"'],
  [{ size: '10m' }, 'quota size requested but no quota support'],
  [{ type: 'none', o: 'bind', device: 'rel/path' }, 'must be an absolute path'],
  [{ type: 'nfs', o: 'addr=10.0.0.1,rw', device: ':/export' }, 'volume type "nfs" (o=addr=10.0.0.1,rw) is not supported'],
  [{ type: 'none', device: '/x' }, 'volume type "none" is not supported'],
])('%j is refused: %s', (opts, message) => {
  expect(() => volumeKind(opts)).toThrow(
    expect.objectContaining({ code: Code.InvalidArgument, message: expect.stringContaining(message) }),
  );
});
