import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { waitFor } from '../../../test/helpers/run.js';
import { touchPaths } from './touch.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function root(): string {
  const d = mkdtempSync(join(tmpdir(), 'touch-'));
  dirs.push(d);
  mkdirSync(join(d, 'src/sub'), { recursive: true });
  writeFileSync(join(d, 'src/app.js'), 'x');
  return d;
}

test('a watcher of the directory hears of a touched file, whose mode and times stay as they were', async () => {
  const r = root();
  const before = statSync(join(r, 'src/app.js'));
  const heard: string[] = [];
  const w = watch(join(r, 'src'), (event, name) => heard.push(`${event} ${name}`));
  try {
    expect(touchPaths(['/src/app.js'], r)).toEqual({ touched: 1, missing: [] });
    await waitFor(() => heard.includes('change app.js'), 30_000, 'the watcher to hear of app.js');
  } finally {
    w.close();
  }
  const after = statSync(join(r, 'src/app.js'));
  expect([after.mode, after.mtimeMs, after.size]).toEqual([before.mode, before.mtimeMs, before.size]);
});

test('a path not found (or a symlink) has its directory touched once; relative paths are refused', () => {
  const r = root();
  symlinkSync('/etc/passwd', join(r, 'src/link'));
  const passwd = statSync('/etc/passwd').ctimeMs;
  expect(touchPaths(['/src/sub/gone.js', '/src/sub/also-gone.js', '/src/link'], r)).toEqual({
    touched: 2,
    missing: ['/src/sub/gone.js', '/src/sub/also-gone.js', '/src/link'],
  });
  // The link is not followed out of the container's root.
  expect(statSync('/etc/passwd').ctimeMs).toBe(passwd);
  expect(touchPaths(['/nothing-here'], r)).toEqual({ touched: 0, missing: ['/nothing-here'] });
  expect(() => touchPaths(['src/app.js'], r)).toThrow(/not an absolute path/);
});
