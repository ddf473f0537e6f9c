// `tandem guest build` end to end (no boot): the image holds what the guest needs, two builds
// from the same inputs are byte-identical but for the agent's start-up snapshot (V8 does not
// write the same blob twice), a build into the cache removes older images but the newest 4, and bad
// options fail with a clear message.
import { describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { buildGuest } from '../../src/linuxvm/image/build.js';
import type { Manifest } from '../../src/linuxvm/image/manifest.js';
import { defaultBuildOptions, ensureGuestImage, packageCacheDir, REPO_DIR } from '../../src/linuxvm/image/ensure.js';

describe('guest image build', () => {
  test('two builds give the same bytes but the snapshot; the image has kernel, modules, runc, node and the agent', async () => {
    await ensureGuestImage(defaultBuildOptions('amd64')); // warms the package cache
    const tmp = mkdtempSync(join(tmpdir(), 'tg-build-'));
    try {
      const a = await buildGuest({ ...defaultBuildOptions('amd64'), outDir: join(tmp, 'a') });
      const b = await buildGuest({ ...defaultBuildOptions('amd64'), outDir: join(tmp, 'b') });
      expect(b.kernel.sha256).toBe(a.kernel.sha256);
      expect(b.initrd.sha256).toBe(a.initrd.sha256);
      // The system images differ only in the snapshot blob: every other file, its mode and owner match.
      expect(a.agentSnapshot).toMatchObject({ sha256: expect.any(String) });
      // fsck.erofs checks every file's encoding on the way and, run as root, keeps owners and modes.
      for (const d of ['a', 'b']) execFileSync('fsck.erofs', [`--extract=${join(tmp, `${d}/root`)}`, join(tmp, `${d}/system.img`)]);
      const diff = spawnSync('diff', ['-r', '--no-dereference', join(tmp, 'a/root'), join(tmp, 'b/root')], { encoding: 'utf8' });
      expect(diff.stdout.trim().split('\n')).toEqual([
        `Binary files ${tmp}/a/root/opt/tandem/agent.blob and ${tmp}/b/root/opt/tandem/agent.blob differ`,
      ]);
      const find = (d: string, format: string) =>
        execFileSync('find', [join(tmp, `${d}/root`), '-mindepth', '1', '-printf', format], { encoding: 'utf8', maxBuffer: 64 << 20 })
          .split('\n')
          .sort();
      const listing = (d: string) => find(d, '%M %u/%g %s %P\n').join('\n');
      const sameSize = (l: string) => l.replace(/^(\S+ \S+) \d+ (opt\/tandem\/agent\.blob)$/m, '$1 N $2');
      expect(sameSize(listing('b'))).toBe(sameSize(listing('a')));
      const strip = (m: Manifest) => ({ ...m, system: { ...m.system, sha256: '', size: 0 }, agentSnapshot: undefined });
      expect(strip(b)).toEqual(strip(a));

      expect(readFileSync(join(tmp, 'a/kernel')).readUInt32BE(0)).toBe(0x7f454c46); // uncompressed vmlinux
      const initrd = execFileSync('cpio', ['-it', '--quiet', '-F', join(tmp, 'a/initrd.img')], { encoding: 'utf8' }).split('\n');
      expect(initrd).toEqual(expect.arrayContaining(['init', 'usr/bin/busybox', 'etc/tandem/modules', 'dev/console']));
      for (const m of a.modules) expect(initrd).toContain(`usr/lib/modules/${a.kernel.kver}/${m}`);
      expect(a.modules.join(' ')).toMatch(/virtio_console\.ko.*9p\.ko/);
      expect(a.modules.join(' ')).toMatch(/vmw_vsock_virtio_transport\.ko.*vsock_loopback\.ko/);

      const sys = find('a', '/%P\n');
      expect(sys).toEqual(
        expect.arrayContaining([
          '/usr/sbin/runc',
          '/usr/bin/crun', // the default runtime, with its library closure
          '/usr/lib/x86_64-linux-gnu/libyajl.so.2',
          '/usr/bin/socat', // the vsock bridge under vfkit, with its library closure
          '/usr/lib/x86_64-linux-gnu/libwrap.so.0',
          '/usr/bin/tini-static', // what a VM container's --init runs
          '/usr/bin/node',
          '/usr/lib/x86_64-linux-gnu/libnode.so.108',
          '/usr/lib/x86_64-linux-gnu/libseccomp.so.2',
          '/usr/share/nodejs/cjs-module-lexer/lexer.js',
          '/opt/tandem/dist/guest-agent/agent.mjs', // the bundled agent
          '/opt/tandem/package.json',
          '/etc/tandem/agent',
          '/opt/tandem/dist/guest-agent/agent-snapshot.cjs',
          '/opt/tandem/agent.blob', // the agent's start-up snapshot
          '/init',
          // foreign architectures: the emulator, Debian's binfmt entry and the onboot step that registers it
          '/usr/bin/qemu-aarch64-static',
          '/usr/libexec/qemu-binfmt/aarch64-binfmt-P',
          '/etc/binfmt.d/qemu-aarch64.conf',
          '/etc/tandem/onboot/02-binfmt.sh',
        ]),
      );
      expect(a.modules.join(' ')).toContain('binfmt_misc.ko');
      expect(a.platforms).toEqual([
        'linux/amd64',
        'linux/386',
        'linux/arm64',
        'linux/arm/v7',
        'linux/ppc64le',
        'linux/s390x',
        'linux/riscv64',
      ]);
      expect(sys.filter((p) => p.endsWith('.map') || p.endsWith('.d.ts'))).toEqual([]);
      expect(sys.filter((p) => p.startsWith('/opt/tandem/node_modules'))).toEqual([]); // all inside the bundle
      expect(a.packages.map((p) => p.name).find((n) => /^linux-image-.+-amd64$/.test(n) && n !== 'linux-image-amd64')).toBeDefined();
      expect(a.packages.map((p) => p.name)).toEqual(
        expect.arrayContaining([
          'nodejs',
          'libnode108',
          'runc',
          'crun',
          'busybox-static',
          'libc6',
          'socat',
          'libwrap0',
          'tini',
          'qemu-user-static',
        ]),
      );
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('the command builds into the cache and leaves the newest 4 images of the architecture there', async () => {
    await ensureGuestImage(defaultBuildOptions('amd64')); // the package cache, as above
    const cache = mkdtempSync(join(tmpdir(), 'tg-cache-'));
    try {
      // Older images of earlier code (one of arm64, which stays), oldest first.
      const old = ['amd64-0000000000000001', 'amd64-0000000000000002', 'amd64-0000000000000003', 'amd64-0000000000000004'];
      for (const [i, n] of [...old, 'arm64-0000000000000001'].entries()) {
        mkdirSync(join(cache, 'guest', n), { recursive: true });
        utimesSync(join(cache, 'guest', n), 1000 + i, 1000 + i);
      }
      const packages = dirname(packageCacheDir('amd64'));
      const r = spawnSync(join(REPO_DIR, 'bin/tandem'), ['guest', 'build', '--arch', 'amd64', '--cache', packages, '--quiet'], {
        encoding: 'utf8',
        env: { ...process.env, TANDEM_CACHE_DIR: cache },
      });
      expect(r.status, r.stderr).toBe(0);
      const built = r.stdout.split('\n')[0]!;
      expect(dirname(built)).toBe(join(cache, 'guest'));
      expect(r.stdout).toContain(`removed 1 older amd64 image(s) from the cache: ${join(cache, 'guest', old[0]!)}\n`);
      expect(readdirSync(join(cache, 'guest')).sort()).toEqual([...old.slice(1), basename(built), 'arm64-0000000000000001'].sort());
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  test('bad options are refused by the command', () => {
    const r = spawnSync(join(REPO_DIR, 'bin/tandem'), ['guest', 'build', '--arch', 'riscv64'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--arch must be amd64 or arm64/);
    const c = spawnSync(join(REPO_DIR, 'bin/tandem'), ['guest', 'build', '--system-compression', 'zip'], { encoding: 'utf8' });
    expect(c.stderr).toMatch(/--system-compression must be one of/);
  });
});
