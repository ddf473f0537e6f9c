import { expect, test } from 'vitest';
import { decodePlatform, platformNotFound, platformParam } from './platform-param.js';

test("decodePlatform: a JSON OCI platform, refused in moby's words", () => {
  expect(decodePlatform('{"os":"linux","architecture":"arm64","variant":"v8"}')).toEqual({
    os: 'linux',
    architecture: 'arm64',
    variant: 'v8',
  });
  expect(() => decodePlatform('linux/arm64')).toThrow(/^failed to parse platform: /);
  expect(() => decodePlatform('{"os":"linux"}')).toThrow('both OS and Architecture must be provided');
  expect(() => decodePlatform('{"variant":"v7"}')).toThrow('optional platform fields provided, but OS and Architecture are missing');
  expect(() => decodePlatform('[]')).toThrow(/^failed to parse platform: /);
});

test('platformParam: ignored below its API version; more than one refused', () => {
  const q = new URLSearchParams([['platform', '{"os":"linux","architecture":"amd64"}']]);
  expect(platformParam(q, '1.47', '1.48')).toBeUndefined();
  expect(platformParam(q, '1.48', '1.48')).toEqual({ os: 'linux', architecture: 'amd64' });
  q.append('platform', '{"os":"linux","architecture":"arm64"}');
  expect(() => platformParam(q, '1.50', '1.48')).toThrow('multiple platform parameters not supported');
  expect(platformNotFound('busybox', { os: 'linux', architecture: 'riscv64' }).message).toBe(
    'image with reference busybox was found but does not provide the specified platform (linux/riscv64)',
  );
});
