import { describe, expect, test } from 'vitest';
import { privateFileMappings, privateFilePss } from './pageout.js';

const MAPS = [
  '5556ab71a000-5556abb21000 r--p 00000000 fe:00 2170913                    /usr/bin/qemu-system-x86_64',
  '7f64efe00000-7f64f3cdb000 rw-p 00000000 fe:00 16072723                   /img/kernel',
  '7f6540600000-7f6540b8e000 r--p 00000000 fe:00 16072737                   /img/initrd.img (deleted)',
  '7f64f3e00000-7f6533e00000 rw-s 00000000 00:01 1035                       /dev/shm/tandem-1-ab.ram (deleted)',
  '7f6533f00000-7f6573f00000 rw-s 00000000 00:01 1036                       /memfd:mem (deleted)',
  '7f64f3e00000-7f6533e00000 rw-p 00000000 00:00 0 ',
  '7f6533e00000-7f6533e01000 rw-p 00000000 00:00 0                          [heap]',
  '7ffd1a9f1000-7ffd1a9f3000 r-xp 00000000 00:00 0                          [vdso]',
];

describe('privateFileMappings', () => {
  test("picks the private mappings of files (QEMU's binary, the kernel, an initrd replaced since), never the guest's RAM or anonymous memory", () => {
    expect(privateFileMappings(MAPS.join('\n'))).toEqual([
      { range: '5556ab71a000-5556abb21000', file: '/usr/bin/qemu-system-x86_64' },
      { range: '7f64efe00000-7f64f3cdb000', file: '/img/kernel' },
      { range: '7f6540600000-7f6540b8e000', file: '/img/initrd.img' },
    ]);
  });
});

describe('privateFilePss', () => {
  test('adds up the PSS of the given files and of the other private file mappings', () => {
    const smaps = MAPS.flatMap((l, i) => [l, 'Size:  100 kB', `Pss:   ${(i + 1) * 10} kB`, 'VmFlags: rd mr mw me']).join('\n');
    expect(privateFilePss(smaps, ['/img/kernel', '/img/initrd.img'])).toEqual({ files: 20 + 30, rest: 10 });
  });
});
