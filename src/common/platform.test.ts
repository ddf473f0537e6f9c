import { describe, expect, test } from 'vitest';
import {
  defaultPlatforms,
  formatPlatform,
  hostPlatform,
  nativePlatforms,
  normalizePlatform,
  parsePlatform,
  pickManifest,
  runsAs,
  type Platform,
} from './platform.js';

const p = (s: string) => parsePlatform(s);

test('names are normalised the way containerd does', () => {
  expect(formatPlatform(normalizePlatform({ os: 'Linux', architecture: 'x86_64' }))).toBe('linux/amd64');
  expect(formatPlatform(p('linux/aarch64/v8'))).toBe('linux/arm64');
  expect(formatPlatform(p('linux/arm64/v8'))).toBe('linux/arm64');
  expect(formatPlatform(p('linux/armhf'))).toBe('linux/arm/v7');
  expect(formatPlatform(p('linux/arm'))).toBe('linux/arm/v7');
  expect(formatPlatform(p('linux/arm/6'))).toBe('linux/arm/v6');
  expect(formatPlatform(p('linux/i386'))).toBe('linux/386');
  expect(formatPlatform(p('macos/arm64'))).toBe('darwin/arm64');
  expect(() => p('linux')).toThrow(/want os\/architecture/);
});

test("the host's platform from Node's names", () => {
  expect(hostPlatform('linux', 'x64')).toEqual({ os: 'linux', architecture: 'amd64' });
  expect(hostPlatform('darwin', 'arm64')).toEqual({ os: 'darwin', architecture: 'arm64' });
});

describe('what a host runs natively', () => {
  const linuxAmd = nativePlatforms(p('linux/amd64'));
  const linuxArm = nativePlatforms(p('linux/arm64'));
  const macArm = nativePlatforms(p('darwin/arm64'));
  const macArmRosetta = nativePlatforms(p('darwin/arm64'), { rosetta: true });
  const macIntel = nativePlatforms(p('darwin/amd64'), { rosetta: true });

  test.each([
    ['linux/amd64', linuxAmd, true],
    ['linux/amd64/v3', linuxAmd, true],
    ['linux/386', linuxAmd, true],
    ['linux/arm64', linuxAmd, false],
    ['darwin/amd64', linuxAmd, false],
    ['linux/arm64', linuxArm, true],
    ['linux/arm64/v8.2', linuxArm, true],
    ['linux/arm/v7', linuxArm, false],
    ['linux/amd64', linuxArm, false],
    ['darwin/arm64', macArm, true],
    ['darwin/amd64', macArm, false],
    ['darwin/amd64', macArmRosetta, true],
    ['linux/arm64', macArmRosetta, false],
    ['darwin/amd64', macIntel, true],
    ['darwin/arm64', macIntel, false],
  ] as const)('%s on %j: %s', (plat, natives, yes) => {
    expect(runsAs(p(plat), natives)).toBe(yes);
  });

  test('arm variants up to the host arm variant', () => {
    expect(runsAs(p('linux/arm/v6'), [p('linux/arm/v7')])).toBe(true);
    expect(runsAs(p('linux/arm/v7'), [p('linux/arm/v6')])).toBe(false);
  });
});

describe('pull side', () => {
  const index = [
    { digest: 'a', platform: p('linux/arm/v6') },
    { digest: 'b', platform: p('linux/arm64') },
    { digest: 'c', platform: p('linux/arm/v7') },
    { digest: 'd', platform: p('linux/amd64') },
    { digest: 'e', platform: { os: 'unknown', architecture: 'unknown' } },
  ];

  test('tandem asks for what it can run: native first, then linux of the host architecture', () => {
    expect(defaultPlatforms(p('linux/amd64')).map(formatPlatform)).toEqual(['linux/amd64', 'linux/386']);
    expect(defaultPlatforms(p('darwin/arm64')).map(formatPlatform)).toEqual(['darwin/arm64', 'linux/arm64']);
    expect(defaultPlatforms(p('darwin/arm64'), { rosetta: true }).map(formatPlatform)).toEqual([
      'darwin/arm64',
      'darwin/amd64',
      'linux/arm64',
    ]);
  });

  test('the best manifest of an index', () => {
    expect(pickManifest('img', index, defaultPlatforms(p('linux/amd64'))).digest).toBe('d');
    expect(pickManifest('img', index, defaultPlatforms(p('darwin/arm64'))).digest).toBe('b');
    expect(pickManifest('img', index, [p('linux/arm/v7')]).digest).toBe('c');
    expect(pickManifest('img', [index[0]!, index[2]!], [p('linux/arm/v8')]).digest).toBe('c');
  });

  test('no manifest for the host: the error lists what the image has', () => {
    const only = [index[1]!, index[0]!];
    expect(() => pickManifest('docker.io/x/y:1', only, defaultPlatforms(p('linux/amd64')))).toThrow(
      'image docker.io/x/y:1 has no manifest for linux/amd64 or linux/386: it has linux/arm64, linux/arm/v6 (choose one with --platform)',
    );
    const untagged: { digest: string; platform?: Platform }[] = [{ digest: 'x' }];
    expect(() => pickManifest('img', untagged, [p('linux/amd64')])).toThrow(/it names no platforms/);
  });
});
