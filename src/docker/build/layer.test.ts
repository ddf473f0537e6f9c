import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tar from 'tar-stream';
import { openContext, resolveSources } from './context.js';
import { writeCopyLayer } from './layer.js';
import type { RootfsIndex } from './rootfs.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-layer-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function files(root: string, map: Record<string, string>): void {
  for (const [p, c] of Object.entries(map)) {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), c);
  }
}

async function entries(path: string): Promise<{ name: string; type?: string | null; uid?: number; mode?: number; mtime?: Date }[]> {
  const ex = tar.extract();
  const out: { name: string; type?: string | null; uid?: number; mode?: number; mtime?: Date }[] = [];
  const reading = (async () => {
    for await (const e of ex) {
      out.push({ name: e.header.name, type: e.header.type, uid: e.header.uid, mode: e.header.mode, mtime: e.header.mtime });
      e.resume();
    }
  })();
  ex.end(readFileSync(path));
  await reading;
  return out;
}

const parent = (dirs: string[]): RootfsIndex => ({ paths: new Map(dirs.map((d) => [d, { type: 'directory' }])), files: new Map() });

describe('COPY layers', () => {
  test("missing parents only, owners and modes, each file's own mtime; the cache key leaves the times out", async () => {
    const ctx = join(dir, 'ctx');
    files(ctx, { 'a.txt': 'a', 'd/b.txt': 'b' });
    const when = new Date('2021-03-04T05:06:07Z');
    utimesSync(join(ctx, 'a.txt'), when, when);
    const req = {
      sources: [
        { root: ctx, rel: 'a.txt' },
        { root: ctx, rel: 'd' },
      ],
      dest: '/opt/app/',
      owner: { uid: 7, gid: 8 },
      unpack: false,
      parent: parent(['opt']),
    };
    const one = await writeCopyLayer(req, join(dir, '1.tar'));
    const got = await entries(one.path);
    expect(got.map((e) => e.name)).toEqual(['opt/app/', 'opt/app/a.txt', 'opt/app/b.txt']);
    expect(got.every((e) => e.uid === 7)).toBe(true);
    // The directory the COPY made has the fixed time; the copied file keeps its own.
    expect(got.map((e) => e.mtime?.getTime())).toEqual([
      0,
      when.getTime(),
      Math.floor(statSync(join(ctx, 'd/b.txt')).mtimeMs / 1000) * 1000,
    ]);
    const two = await writeCopyLayer(req, join(dir, '2.tar'));
    expect(two).toMatchObject({ diffId: one.diffId, contentKey: one.contentKey });
    // A touched file: another layer, the same cache key; changed content: another key.
    utimesSync(join(ctx, 'a.txt'), new Date(0), new Date(0));
    const touched = await writeCopyLayer(req, join(dir, '3.tar'));
    expect(touched.diffId).not.toBe(one.diffId);
    expect(touched.contentKey).toBe(one.contentKey);
    writeFileSync(join(ctx, 'a.txt'), 'A');
    expect((await writeCopyLayer(req, join(dir, '4.tar'))).contentKey).not.toBe(one.contentKey);
  });

  test('ADD unpacks a local tar under the destination; --chmod applies to copied files', async () => {
    files(join(dir, 'src'), { 'in/x.txt': 'x' });
    const ctx = join(dir, 'ctx');
    mkdirSync(ctx);
    execFileSync('tar', ['-czf', join(ctx, 'b.tgz'), '-C', join(dir, 'src'), 'in']);
    files(ctx, { 'y.sh': 'y' });
    const added = await writeCopyLayer(
      { sources: [{ root: ctx, rel: 'b.tgz' }], dest: '/u/', unpack: true, parent: parent([]) },
      join(dir, 'a.tar'),
    );
    expect((await entries(added.path)).map((e) => e.name)).toEqual(['u/', 'u/in/', 'u/in/x.txt']);
    const chmod = await writeCopyLayer(
      { sources: [{ root: ctx, rel: 'y.sh' }], dest: '/bin/y', chmod: 0o755, unpack: false, parent: parent(['bin']) },
      join(dir, 'c.tar'),
    );
    expect(await entries(chmod.path)).toMatchObject([{ name: 'bin/y', mode: 0o755 }]);
  });
});

describe('the context', () => {
  test('.dockerignore removes what it excludes, re-includes with !, keeps the Dockerfile for the build', async () => {
    files(dir, {
      Dockerfile: 'FROM x\n',
      '.dockerignore': '*.log\nsecret\n!secret/keep\nDockerfile\n',
      'a.log': '',
      'secret/k': '',
      'secret/keep': '',
      'b.txt': '',
    });
    const ctx = await openContext(dir, 'Dockerfile');
    expect(ctx.dockerfile).toBe('FROM x\n');
    expect(await resolveSources(dir, '*', 'COPY failed')).toEqual(['.dockerignore', 'b.txt', 'secret']);
    expect(await resolveSources(dir, 'secret/*', 'COPY failed')).toEqual(['secret/keep']);
    await expect(resolveSources(dir, 'a.log', 'COPY failed')).rejects.toThrow(/COPY failed: file not found in build context/);
    await expect(resolveSources(dir, '../../etc/passwd', 'COPY failed')).rejects.toThrow(/file not found/);
  });
});
