import { expect, test } from 'vitest';
import { Code } from '../../common/errdefs.js';
import type { ContainerRecord } from './types.js';
import { psMatches } from './views.js';

/** Just what psMatches reads of a container: a published 8080->80/tcp and an exposed 9000/tcp. */
const c = {
  Id: 'a'.repeat(64),
  Name: '/web',
  Image: 'sha256:x',
  Config: { Image: 'web', ExposedPorts: { '80/tcp': {}, '9000/tcp': {} }, Labels: {} },
  HostConfig: { NetworkMode: 'host' },
  State: { Status: 'running', ExitCode: 0 },
  Mounts: [],
  Networks: {},
  Ports: [{ hostIp: '0.0.0.0', host: 8080, container: 80, proto: 'tcp' }],
} as unknown as ContainerRecord;
const f = (k: string, ...v: string[]) => new Map([[k, v]]);

test('publish matches a host port published; expose a container port exposed or published; ranges and protocols', () => {
  expect(psMatches(c, f('publish', '8080'), undefined)).toBe(true);
  expect(psMatches(c, f('publish', '8000-8100/tcp'), undefined)).toBe(true);
  expect(psMatches(c, f('publish', '8080/udp'), undefined)).toBe(false);
  expect(psMatches(c, f('publish', '80'), undefined)).toBe(false);
  expect(psMatches(c, f('expose', '80'), undefined)).toBe(true);
  expect(psMatches(c, f('expose', '9000/tcp'), undefined)).toBe(true);
  expect(psMatches(c, f('expose', '8080'), undefined)).toBe(false);
  expect(
    psMatches(
      c,
      new Map([
        ['publish', ['1']],
        ['expose', ['9000']],
      ]),
      undefined,
    ),
  ).toBe(true);
});

test("is-task: no container is a swarm task; bad port filters are dockerd's errors", () => {
  expect(psMatches(c, f('is-task', 'true'), undefined)).toBe(false);
  expect(psMatches(c, f('is-task', 'false'), undefined)).toBe(true);
  expect(() => psMatches(c, f('publish', '127.0.0.1:8080'), undefined)).toThrow(
    expect.objectContaining({ code: Code.InvalidArgument, message: "filter for 'publish' should not contain ':': 127.0.0.1:8080" }),
  );
  expect(() => psMatches(c, f('expose', 'http'), undefined)).toThrow(/error while looking up for expose http: invalid port range/);
});
