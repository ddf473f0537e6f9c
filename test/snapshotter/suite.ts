// Conformance suite for a containerd snapshotter, written for tandem after what containerd's own
// snapshots/testsuite checks: chains of prepare/commit, views (read-only for real), removal
// order, labels, kinds, usage, name reuse, missing parents, concurrent prepares, and file
// content and metadata across layers (deletions are made the way the walking differ applies
// whiteouts on a plain directory: by removing the path). Mounts are really mounted with
// mount(8), as containerd would. Run against the class in-process and through containerd.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe as group, expect, test } from 'vitest';
import { wallClockNs } from '../../src/common/clock.js';
import { Code, TandemError } from '../../src/common/errdefs.js';
import { Kind, type Info, type Mount, type Snapshotter } from '../../src/snapshotter/types.js';
import { allocated, apply, canXattr, describe, dir, expectedTree, file, rm, type Op } from './fstree.js';

export interface SuiteTarget {
  sn: Snapshotter;
  dispose(): Promise<void>;
}

export interface SuiteOptions {
  /** Through containerd: Remove only drops containerd's record (the backend tree goes at GC). */
  viaContainerd?: boolean;
}

const SECOND = 1_000_000_000n;

async function code(p: Promise<unknown>): Promise<Code | 'ok'> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    if (err instanceof TandemError) return err.code;
    throw err;
  }
}

export function snapshotterSuite(name: string, factory: () => Promise<SuiteTarget>, opts: SuiteOptions = {}): void {
  group(`snapshotter suite: ${name}`, () => {
    let t: SuiteTarget;
    let sn: Snapshotter;
    let work: string;
    const mounted: string[] = [];

    beforeEach(async () => {
      t = await factory();
      sn = t.sn;
      work = mkdtempSync('/tmp/tsuite-');
    });
    afterEach(async () => {
      while (mounted.length) execFileSync('umount', [mounted.pop()!]);
      await t.dispose();
      rmSync(work, { recursive: true, force: true });
    });

    /** Mounts like containerd's mount.All: each bind mount onto a fresh target. */
    function mount(ms: Mount[]): string {
      expect(ms).toHaveLength(1);
      const m = ms[0]!;
      expect(m.type).toBe('bind');
      const target = mkdtempSync(join(work, 'mnt-'));
      execFileSync('mount', ['-t', m.type, '-o', m.options.join(','), m.source, target]);
      mounted.push(target);
      return target;
    }

    function unmount(target: string): void {
      execFileSync('umount', [target]);
      mounted.splice(mounted.indexOf(target), 1);
    }

    /** Builds a chain of committed layers; returns the committed names, bottom first. */
    async function chain(prefix: string, layers: Op[][]): Promise<string[]> {
      const names: string[] = [];
      for (const [i, layer] of layers.entries()) {
        const key = `${prefix}-active-${i}`;
        const target = mount(await sn.prepare(key, names.at(-1) ?? ''));
        apply(target, layer);
        unmount(target);
        names.push(`${prefix}-${i}`);
        await sn.commit(names.at(-1)!, key);
      }
      return names;
    }

    /** The tree a view of `top` shows must equal the layers applied to a plain directory. */
    async function expectChain(layers: Op[][], xattrs = false): Promise<string> {
      const names = await chain('chain', layers);
      const view = mount(await sn.view('chain-view', names.at(-1)!));
      expect(describe(view, { xattrs })).toEqual(describe(expectedTree(layers, work), { xattrs }));
      return view;
    }

    test('basic: prepare, write, commit, stat, next layer, view, walk, removal order', async () => {
      const l1 = [file('foo', 'foo\n', 0o777), dir('a'), dir('a/b'), dir('a/b/c')];
      const l2 = [file('bar', 'bar\n', 0o777), file('foo', 'bar\n', 0o777), rm('a/b')];
      const p = mount(await sn.prepare('preparing', ''));
      apply(p, l1);
      await sn.commit('committed', 'preparing');
      const si = await sn.stat('committed');
      expect(si).toMatchObject({ name: 'committed', parent: '', kind: Kind.Committed });
      expect(await code(sn.stat('preparing'))).toBe(Code.NotFound);

      const n = mount(await sn.prepare('next', 'committed'));
      expect(describe(n)).toEqual(describe(expectedTree([l1], work)));
      apply(n, l2);
      expect(await sn.stat('next')).toMatchObject({ parent: 'committed', kind: Kind.Active });
      await sn.commit('committed-next', 'next');
      const si2 = await sn.stat('committed-next');
      expect(si2).toMatchObject({ parent: 'committed', kind: Kind.Committed });

      const walked = new Map((await sn.list()).map((i) => [i.name, i]));
      expect(walked.get('committed')).toEqual(si);
      expect(walked.get('committed-next')).toEqual(si2);

      const v = mount(await sn.view('nextnext', 'committed-next'));
      expect(describe(v)).toEqual(describe(expectedTree([l1, l2], work)));
      unmount(v);
      await sn.remove('nextnext');
      expect(await code(sn.remove('committed'))).toBe(Code.FailedPrecondition);
      await sn.remove('committed-next');
      await sn.remove('committed');
      expect(await code(sn.stat('committed'))).toBe(Code.NotFound);
    });

    test('stat of active and committed snapshots; transitivity of parents', async () => {
      const a = mount(await sn.prepare('a-active', ''));
      writeFileSync(join(a, 'foo'), 'foo\n');
      expect(await sn.stat('a-active')).toMatchObject({ name: 'a-active', kind: Kind.Active, parent: '' });
      await sn.commit('A', 'a-active');
      const b = mount(await sn.prepare('b-active', 'A'));
      writeFileSync(join(b, 'foo'), 'foo bar\n');
      await sn.commit('B', 'b-active');
      const sb = await sn.stat('B');
      expect(sb).toMatchObject({ name: 'B', kind: Kind.Committed, parent: 'A' });
      expect((await sn.stat(sb.parent)).parent).toBe('');
    });

    test('a key is taken by Prepare and View alike (AlreadyExists)', async () => {
      await sn.prepare('base', '');
      await sn.commit('snapA', 'base');
      await sn.prepare('newlayer', 'snapA');
      expect(await code(sn.view('newlayer', 'snapA'))).toBe(Code.AlreadyExists);
      expect(await code(sn.prepare('newlayer', 'snapA'))).toBe(Code.AlreadyExists);
      await sn.view('viewlayer', 'snapA');
      expect(await code(sn.view('viewlayer', 'snapA'))).toBe(Code.AlreadyExists);
      expect(await code(sn.prepare('viewlayer', ''))).toBe(Code.AlreadyExists);
      await sn.prepare('other', '');
      expect(await code(sn.commit('snapA', 'other'))).toBe(Code.AlreadyExists);
    });

    test('missing or uncommitted parents, unknown keys, commit of a view or a committed snapshot', async () => {
      expect(await code(sn.prepare('x', 'does-not-exist'))).toBe(Code.NotFound);
      expect(await code(sn.view('y', 'does-not-exist'))).toBe(Code.NotFound);
      await sn.prepare('active', '');
      expect(await code(sn.prepare('z', 'active'))).not.toBe('ok');
      const ops = [
        () => sn.stat('nope'),
        () => sn.mounts('nope'),
        () => sn.remove('nope'),
        () => sn.usage('nope'),
        () => sn.commit('c', 'nope'),
      ];
      for (const op of ops) expect(await code(op())).toBe(Code.NotFound);
      expect(await code(sn.update({ name: 'nope', labels: {} }))).toBe(Code.NotFound);
      await sn.commit('c1', 'active');
      await sn.view('v1', 'c1');
      expect(await code(sn.commit('c2', 'v1'))).toBe(Code.FailedPrecondition);
      expect(await code(sn.commit('c3', 'c1'))).not.toBe('ok');
      expect((await sn.list()).map((i) => i.name).sort()).toEqual(['c1', 'v1']);
    });

    test('kinds, labels on prepare/view/commit, Update with field paths, timestamps', async () => {
      const t1 = wallClockNs();
      await sn.prepare('c1-a', '', { 'containerd.io/snapshot/x': '1' });
      await sn.commit('c1', 'c1-a', { 'containerd.io/snapshot.ref': 'sha256:abc' });
      await sn.prepare('a1', 'c1');
      await sn.view('v1', 'c1', { l0: 'v0' });
      const t2 = wallClockNs();
      const want: [string, Kind, string][] = [
        ['c1', Kind.Committed, ''],
        ['a1', Kind.Active, 'c1'],
        ['v1', Kind.View, 'c1'],
      ];
      for (const [name, kind, parent] of want) {
        const st = await sn.stat(name);
        expect(st).toMatchObject({ name, kind, parent });
        expect(st.created).toBeGreaterThanOrEqual(t1 - SECOND);
        expect(st.created).toBeLessThanOrEqual(t2 + SECOND);
        expect(st.updated).toBe(st.created);

        const u1 = wallClockNs();
        let up = await sn.update({ ...st, parent: 'doesnotexist', labels: { l1: 'v1', l2: 'v2', l3: 'v3' } });
        expect(up).toMatchObject({ name, kind, parent, created: st.created, labels: { l1: 'v1', l2: 'v2', l3: 'v3' } });
        expect(up.updated).toBeGreaterThanOrEqual(u1 - SECOND);
        up = await sn.update({ name, labels: { l1: 'updated', l4: 'v4' } }, ['labels.l1', 'labels.l2']);
        expect(up.labels).toEqual({ l1: 'updated', l3: 'v3' });
        up = await sn.update({ name, labels: { l4: 'v4' } }, ['labels']);
        expect(up.labels).toEqual({ l4: 'v4' });
        expect((await sn.stat(name)).labels).toEqual({ l4: 'v4' });
        expect(await code(sn.update({ name, parent: 'x', labels: {} }, ['parent']))).toBe(Code.InvalidArgument);
      }
      expect((await sn.stat('c1')).labels).toEqual({ l4: 'v4' });
      const big = 'x'.repeat(5000);
      expect(await code(sn.prepare('big', '', { 'containerd.io/snapshot/big': big }))).toBe(Code.InvalidArgument);
    });

    test('created and updated in nanoseconds: each lies between clock readings taken around its call', async () => {
      // containerd's testsuite (checkUpdate) does this with time.Now(): a timestamp truncated
      // to the millisecond lands before the first reading. Several rounds, so that a clock
      // that only looks right at some sub-millisecond offsets would be caught. Through
      // containerd the times are its own, and a call takes longer than a millisecond, so
      // there the sub-millisecond digits show that nothing on the way truncates them.
      const stamps: bigint[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = wallClockNs();
        await sn.prepare(`ns-${i}`, '');
        const t1 = wallClockNs();
        const st = await sn.stat(`ns-${i}`);
        expect(st.created).toBeGreaterThanOrEqual(t0);
        expect(st.created).toBeLessThanOrEqual(t1);
        const t2 = wallClockNs();
        const up = await sn.update({ name: `ns-${i}`, labels: { round: String(i) } });
        const t3 = wallClockNs();
        expect(up.updated).toBeGreaterThanOrEqual(t2);
        expect(up.updated).toBeLessThanOrEqual(t3);
        expect(up.created).toBe(st.created);
        // Stored as returned, not truncated on the way to the database.
        expect((await sn.stat(`ns-${i}`)).updated).toBe(up.updated);
        stamps.push(st.created, up.updated);
      }
      expect(stamps.filter((ns) => ns % 1_000_000n !== 0n)).not.toEqual([]);
    });

    test('List: every snapshot with kind and parent; filters containerd sends, OR-ed', async () => {
      await sn.prepare('l1-a', '');
      await sn.commit('l1', 'l1-a', { 'containerd.io/snapshot.ref': 'sha256:one' });
      await sn.prepare('l2-a', 'l1');
      await sn.commit('l2', 'l2-a', { 'containerd.io/snapshot.ref': 'sha256:two' });
      await sn.prepare('act', 'l2');
      await sn.view('vw', 'l1');
      const all = new Map((await sn.list()).map((i) => [i.name, i]));
      expect([...all.keys()].sort()).toEqual(['act', 'l1', 'l2', 'vw']);
      expect(all.get('act')).toMatchObject({ kind: Kind.Active, parent: 'l2' });
      expect(all.get('vw')).toMatchObject({ kind: Kind.View, parent: 'l1' });
      const names = async (f: string[]) => (await sn.list(f)).map((i: Info) => i.name).sort();
      expect(await names(['labels."containerd.io/snapshot.ref"==sha256:two,parent==l1'])).toEqual(['l2']);
      expect(await names(['labels."containerd.io/snapshot.ref"==sha256:two,parent=="l2"'])).toEqual([]);
      expect(await names(['labels."containerd.io/snapshot.ref"==sha256:one', 'parent==l2'])).toEqual(['act', 'l1']);
      expect(await names(['parent==l1'])).toEqual(['l2', 'vw']);
    });

    test('removal order and name reuse', async () => {
      await sn.prepare('committed-a', '');
      await sn.commit('committed-1', 'committed-a');
      await sn.prepare('reuse-1', 'committed-1');
      await sn.remove('reuse-1');
      await sn.view('reuse-1', 'committed-1');
      await sn.remove('reuse-1');
      await sn.prepare('reuse-1', '');
      await sn.remove('committed-1');
      await sn.commit('committed-1', 'reuse-1');
      expect(await sn.stat('committed-1')).toMatchObject({ kind: Kind.Committed, parent: '' });

      await sn.prepare('inter-a', 'committed-1');
      await sn.commit('inter', 'inter-a');
      await sn.prepare('top', 'inter');
      expect(await code(sn.remove('inter'))).toBe(Code.FailedPrecondition);
      expect(await code(sn.remove('committed-1'))).toBe(Code.FailedPrecondition);
      await sn.remove('top');
      await sn.remove('inter');
      await sn.remove('committed-1');
      expect(await sn.list()).toEqual([]);
    });

    test('a view is mounted read-only for real; an active snapshot read-write', async () => {
      await sn.prepare('p', '');
      await sn.commit('c', 'p');
      const v = mount(await sn.view('v', 'c'));
      expect(() => writeFileSync(join(v, 'testfile'), 'x')).toThrow(/EROFS|read-only/);
      expect((await sn.mounts('v'))[0]!.options).toContain('ro');
      const a = mount(await sn.prepare('a', 'c'));
      writeFileSync(join(a, 'testfile'), 'x');
      expect((await sn.mounts('a'))[0]!.options).toContain('rw');
      expect(await code(sn.mounts('c'))).not.toBe('ok');
    });

    test('layers: file update, directory removed in a lower layer, chown, permissions, rename, hard link moved', async () => {
      await expectChain([
        [
          dir('etc'),
          file('etc/hosts', 'mydomain 10.0.0.1'),
          file('etc/profile', 'PATH=/usr/bin'),
          dir('lib'),
          dir('lib/deep'),
          file('lib/deep/x', 'x'),
        ],
        [
          file('etc/hosts', 'mydomain 10.0.0.2'),
          { op: 'chmod', path: 'etc/profile', mode: 0o666 },
          rm('lib'),
          dir('lib'),
          file('lib/new', 'n'),
        ],
        [{ op: 'chown', path: 'etc/hosts', uid: 1000, gid: 50 }, { op: 'chown', path: 'lib', uid: 2, gid: 3 }, dir('private', 0o700)],
        [
          dir('dir1', 0o700),
          file('dir1/f1', 'Hello'),
          dir('dir2', 0o700),
          file('dir2/f2', '...'),
          { op: 'rename', from: 'etc/profile', to: 'etc/profile.old' },
        ],
        [dir('dir3', 0o700), file('dir3/f1', 'Hello'), rm('dir1'), { op: 'link', from: 'dir2/f2', to: 'dir3/f2' }, rm('dir2/f2')],
      ]);
    });

    test('metadata preserved across layers: modes, owners, times, symlinks, hard links, devices, fifos, sparse files, xattrs', async () => {
      const l1: Op[] = [
        dir('bin'),
        file('bin/tool', '#!/bin/sh\n', 0o4755),
        { op: 'chown', path: 'bin/tool', uid: 0, gid: 50 },
        dir('tmp', 0o1777),
        { op: 'symlink', target: '../bin/tool', path: 'tmp/link' },
        { op: 'link', from: 'bin/tool', to: 'bin/tool2' },
        { op: 'mtime', path: 'bin/tool', seconds: 1_000_000_000 },
        { op: 'mknod', path: 'null', kind: 'c', major: 1, minor: 3 },
        { op: 'mknod', path: 'fifo', kind: 'p' },
        { op: 'sparse', path: 'sparse', size: 16 << 20, at: 8 << 20, data: 'middle' },
        dir('home/u', 0o750),
        { op: 'chown', path: 'home/u', uid: 1000, gid: 1000 },
        { op: 'chown', path: 'tmp/link', uid: 7, gid: 8 },
      ];
      if (canXattr)
        l1.push(
          { op: 'xattr', path: 'bin/tool', name: 'user.origin', value: 'layer1' },
          { op: 'xattr', path: 'home/u', name: 'trusted.t', value: 'dir' },
        );
      const l2: Op[] = [file('home/u/new', 'new'), { op: 'chmod', path: 'bin/tool2', mode: 0o2750 }, rm('fifo')];
      const view = await expectChain([l1, l2], canXattr);
      // Holes stay holes: 16 MiB apparent, a few KiB allocated.
      expect(allocated(join(view, 'sparse'))).toBeLessThan(1 << 20);
      expect(
        readFileSync(join(view, 'sparse'))
          .subarray(8 << 20, (8 << 20) + 6)
          .toString(),
      ).toBe('middle');
    });

    test('usage: size and inodes of a tree, cached once committed', async () => {
      const a = mount(await sn.prepare('u-a', ''));
      const empty = await sn.usage('u-a');
      expect(empty.inodes).toBeGreaterThanOrEqual(1);
      writeFileSync(join(a, 'blob'), Buffer.alloc(1 << 20, 7));
      mkdirSync(join(a, 'd'));
      writeFileSync(join(a, 'd/small'), 'x');
      const active = await sn.usage('u-a');
      expect(active.size - empty.size).toBeGreaterThanOrEqual(1 << 20);
      expect(active.inodes - empty.inodes).toBe(3);
      unmount(a);
      await sn.commit('u', 'u-a');
      const committed = await sn.usage('u');
      expect(committed).toEqual(active);
      await sn.prepare('u-child', 'u');
      expect((await sn.usage('u-child')).inodes).toBe(active.inodes);
    });

    test('concurrent prepares: many keys on one parent, and one key raced', async () => {
      const base = mount(await sn.prepare('base-a', ''));
      for (let i = 0; i < 50; i++) writeFileSync(join(base, `f${i}`), `content ${i}\n`);
      unmount(base);
      await sn.commit('base', 'base-a');
      const many = await Promise.all(Array.from({ length: 8 }, (_, i) => sn.prepare(`c-${i}`, 'base')));
      expect(new Set(many.map((m) => m[0]!.source)).size).toBe(8);
      for (const [i, m] of many.entries()) {
        const d = mount(m);
        expect(readFileSync(join(d, 'f42'), 'utf8')).toBe('content 42\n');
        writeFileSync(join(d, 'mine'), String(i));
      }
      const raced = await Promise.all(Array.from({ length: 6 }, () => code(sn.prepare('same', 'base'))));
      expect(raced.filter((c) => c === 'ok')).toHaveLength(1);
      expect(raced.filter((c) => c === Code.AlreadyExists)).toHaveLength(5);
      const commits = await Promise.all(many.map((_, i) => code(sn.commit(`done-${i}`, `c-${i}`))));
      expect(commits.every((c) => c === 'ok')).toBe(true);
      expect((await sn.list(['parent==base'])).length).toBe(9);
    });

    test('Cleanup keeps every live snapshot; close twice is harmless', async () => {
      const a = mount(await sn.prepare('k-a', ''));
      writeFileSync(join(a, 'keep'), 'me');
      unmount(a);
      await sn.commit('k', 'k-a');
      await sn.view('kv', 'k');
      // containerd 1.6 does not offer Cleanup to its clients (Unimplemented); it calls the
      // backend's Cleanup itself after garbage collection.
      const cleaned = await code(sn.cleanup());
      expect(cleaned).toBe(opts.viaContainerd ? Code.Unimplemented : 'ok');
      const v = mount(await sn.mounts('kv'));
      expect(readFileSync(join(v, 'keep'), 'utf8')).toBe('me');
      expect((await sn.list()).length).toBe(2);
      if (!opts.viaContainerd) {
        await sn.close();
        await sn.close();
      }
    });
  });
}
