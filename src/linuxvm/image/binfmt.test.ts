import { expect, test } from 'vitest';
import { describedPlatforms, parseBinfmt } from './binfmt.js';
import { parseDebianSpec } from './spec.js';
import { REPO_DIR } from './ensure.js';

const AARCH64 =
  ':qemu-aarch64:M::\\x7f\\x45\\x4c\\x46\\x02\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\xb7\\x00:\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\xff:/usr/libexec/qemu-binfmt/aarch64-binfmt-P:OPF';

test("Debian's binfmt.d entries are kept, with the fix-binary flag made sure of", () => {
  expect(parseBinfmt(`${AARCH64}\n`)).toEqual({
    name: 'qemu-aarch64',
    interpreter: '/usr/libexec/qemu-binfmt/aarch64-binfmt-P',
    flags: 'OPF',
    line: AARCH64,
  });
  const noF = parseBinfmt(AARCH64.replace(/:OPF$/, ':OP'));
  expect(noF.flags).toBe('OPF');
  expect(noF.line.endsWith(':OPF')).toBe(true);
  expect(() => parseBinfmt(':x:M::abc')).toThrow(/not a binfmt_misc entry/);
});

test('emulators per guest architecture in debian.yml', () => {
  const deb = parseDebianSpec(
    'suite: s\nimages:\n  - image: linuxkit/binfmt\n    role: binfmt\n    packages: [qemu-user-static]\n    emulate:\n      amd64: [aarch64]\n      arm64: [x86_64, i386]\n',
  );
  expect(deb.images[0]).toMatchObject({ role: 'binfmt', emulate: { amd64: ['aarch64'], arm64: ['x86_64', 'i386'] } });
});

test("the platforms a guest built from this repository's description runs", () => {
  const specDir = `${REPO_DIR}images/guest`;
  expect(describedPlatforms(specDir, 'amd64')).toEqual([
    'linux/amd64',
    'linux/386',
    'linux/arm64',
    'linux/arm/v7',
    'linux/ppc64le',
    'linux/s390x',
    'linux/riscv64',
  ]);
  expect(describedPlatforms(specDir, 'arm64')).toEqual([
    'linux/arm64',
    'linux/amd64',
    'linux/386',
    'linux/ppc64le',
    'linux/s390x',
    'linux/riscv64',
  ]);
});
