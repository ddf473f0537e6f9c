import { describe, expect, it } from 'vitest';
import { reporter } from './progress.js';

describe('progress without a terminal', () => {
  it('announces each step once, then every quarter of the way', () => {
    const out: string[] = [];
    const r = reporter('guest image', { isTTY: false, write: (s: string) => out.push(s) } as unknown as NodeJS.WriteStream);
    for (let i = 1; i <= 8; i++) r.update('download', i, 8);
    r.log('building');
    r.update('assemble', 1, 4);
    r.update('assemble', 1, 4);
    expect(out).toEqual([
      'guest image: download 1/8\n',
      'guest image: download 2/8\n',
      'guest image: download 4/8\n',
      'guest image: download 6/8\n',
      'guest image: download 8/8\n',
      'guest image: building\n',
      'guest image: assemble 1/4\n',
    ]);
  });
});
