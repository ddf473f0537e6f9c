import { describe, expect, test } from 'vitest';
import { mappedRanges } from './pageout.js';

describe('mappedRanges', () => {
  test('picks the mappings of the given files, also once a file was replaced', () => {
    const maps = [
      '5556ab71a000-5556abb21000 r--p 00000000 fe:00 2170913                    /usr/bin/qemu-system-x86_64',
      '7f64efe00000-7f64f3cdb000 rw-p 00000000 fe:00 16072723                   /img/kernel',
      '7f6540600000-7f6540b8e000 r--p 00000000 fe:00 16072737                   /img/initrd.img (deleted)',
      '7f64f3e00000-7f6533e00000 rw-p 00000000 00:00 0 ',
      '7f6533e00000-7f6533e01000 rw-p 00000000 00:00 0                          [heap]',
    ].join('\n');
    expect(mappedRanges(maps, ['/img/kernel', '/img/initrd.img'])).toEqual(['7f64efe00000-7f64f3cdb000', '7f6540600000-7f6540b8e000']);
    expect(mappedRanges(maps, ['/img/other'])).toEqual([]);
  });
});
