import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forgetDir, shareDirOf } from './forget.js';

const base = mkdtempSync(join(tmpdir(), 'forget-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('shareDirOf', () => {
  it("is the container's directory for a rootfs laid out by the share, else nothing", () => {
    expect(shareDirOf('/run/tandem/shares/tandem/ns--c1/rootfs')).toBe('/run/tandem/shares/tandem/ns--c1');
    expect(shareDirOf('/some/bundle/root')).toBeUndefined();
    expect(shareDirOf('/rootfs')).toBeUndefined();
  });
});

describe('forgetDir', () => {
  it('looks the directory up at each delay until it is gone', async () => {
    const dir = join(base, 'goes');
    mkdirSync(dir);
    const slept: number[] = [];
    const sleep = async (ms: number) => {
      slept.push(ms);
      if (slept.length === 2) rmSync(dir, { recursive: true }); // the host removes it meanwhile
    };
    expect(await forgetDir(dir, [10, 30, 70], sleep)).toBe(true);
    expect(slept).toEqual([10, 20]);
  });

  it('gives up after the last delay when the directory stays', async () => {
    const dir = join(base, 'stays');
    mkdirSync(dir);
    const slept: number[] = [];
    expect(await forgetDir(dir, [10, 30, 70], async (ms) => void slept.push(ms))).toBe(false);
    expect(slept).toEqual([10, 20, 40]);
  });
});
