import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readElf } from './elf.js';
import { LinuxSystem, elfArchitecture, ldSoConfDirs } from './system-linux.js';

// Real host binaries (Debian 12): the reader's facts are checked against binutils' readelf and
// the resolver's answer against ldd (run here only as the oracle).
const readelf = (args: string[], f: string) => execFileSync('readelf', [...args, f], { encoding: 'utf8' });
const ARCH = process.arch === 'x64' ? 'amd64' : process.arch;
const dir = mkdtempSync(join(tmpdir(), 'elf-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readElf on host binaries', () => {
  test.each(
    ['/bin/ls', '/usr/bin/env', '/usr/lib/x86_64-linux-gnu/libselinux.so.1', '/usr/lib/aarch64-linux-gnu/libselinux.so.1'].filter((f) =>
      existsSync(f),
    ),
  )('%s: interpreter and DT_NEEDED as readelf says', async (f) => {
    const e = (await readElf(f))!;
    expect(e.class).toBe(64);
    expect(elfArchitecture(e)).toBe(ARCH);
    const needed = [...readelf(['-d'], f).matchAll(/\(NEEDED\)\s+Shared library: \[([^\]]+)\]/g)].map((m) => m[1]);
    expect(needed.length).toBeGreaterThan(0);
    expect(e.needed).toEqual(needed);
    const interp = /Requesting program interpreter: ([^\]]+)\]/.exec(readelf(['-l'], f))?.[1];
    expect(e.interpreter).toBe(interp);
  });

  test('static busybox: no interpreter, nothing needed', async () => {
    const e = (await readElf('/bin/busybox'))!;
    expect(e.interpreter).toBeUndefined();
    expect(e.needed).toEqual([]);
  });

  test('not ELF: undefined (a script, an empty file)', async () => {
    writeFileSync(join(dir, 'empty'), '');
    expect(await readElf('/etc/passwd')).toBeUndefined();
    expect(await readElf(join(dir, 'empty'))).toBeUndefined();
  });

  test('a truncated ELF fails with the cause', async () => {
    const head = Buffer.alloc(64);
    const ls = execFileSync('head', ['-c', '64', '/bin/ls']);
    ls.copy(head);
    writeFileSync(join(dir, 'trunc'), head);
    await expect(readElf(join(dir, 'trunc'))).rejects.toThrow(/truncated ELF/);
  });
});

describe('LinuxSystem', () => {
  const sys = new LinuxSystem(ARCH);
  const ldd = (f: string) =>
    execFileSync('ldd', [f], { encoding: 'utf8' })
      .split('\n')
      .map((l) => /=> (\S+)/.exec(l)?.[1] ?? /^\s*(\/\S+)/.exec(l)?.[1])
      .filter((p): p is string => !!p)
      .map((p) => realpathSync(p));

  test('/bin/ls: its loader and libraries, transitively the same files ldd finds', async () => {
    const seen = new Set<string>();
    const queue = ['/bin/ls'];
    while (queue.length) {
      for (const d of await sys.dependencies(queue.shift()!)) {
        if (seen.has(realpathSync(d))) continue;
        seen.add(realpathSync(d));
        queue.push(d);
      }
    }
    expect([...seen].sort()).toEqual([...new Set(ldd('/bin/ls'))].sort());
  });

  test('a binary of another architecture names itself and the fix', async () => {
    await expect(new LinuxSystem('arm64').dependencies('/bin/ls')).rejects.toThrow(
      /\/bin\/ls is a amd64 binary but the image is arm64: choose --platform linux\/amd64/,
    );
  });

  // systemd's plugins need its private library without a RUNPATH of their own: ld.so finds the
  // copy the executable already loaded (through the executable's RUNPATH) by name.
  const core = '/usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so';
  test.skipIf(!existsSync(core))(
    'a library found only under a name another object loaded: unresolved until that one is in the cut',
    async () => {
      const alone = new LinuxSystem(ARCH);
      await alone.dependencies(core);
      await expect(alone.unresolved(new Set())).rejects.toThrow(
        `${core} needs libsystemd-shared-252.so, which ld.so would not find either (searched `,
      );
      const withExe = new LinuxSystem(ARCH);
      await withExe.dependencies(core);
      expect(await withExe.dependencies('/usr/bin/systemd')).toContain('/usr/lib/x86_64-linux-gnu/systemd/libsystemd-shared-252.so');
      await expect(withExe.unresolved(new Set())).resolves.toBeUndefined();
    },
  );

  test('a non-ELF file has no dependencies', async () => {
    expect(await sys.dependencies('/etc/passwd')).toEqual([]);
  });

  test('ld.so.conf: includes by glob, comments, in order', async () => {
    const d = join(dir, 'conf.d');
    execFileSync('mkdir', ['-p', d]);
    writeFileSync(join(d, 'b.conf'), '/opt/b\n');
    writeFileSync(join(d, 'a.conf'), '# comment\n/opt/a # trailing\n');
    writeFileSync(join(d, 'skip.txt'), '/opt/no\n');
    writeFileSync(join(dir, 'ld.so.conf'), `/first\ninclude ${d}/*.conf\n/last\n`);
    expect(await ldSoConfDirs(join(dir, 'ld.so.conf'))).toEqual(['/first', '/opt/a', '/opt/b', '/last']);
  });
});
