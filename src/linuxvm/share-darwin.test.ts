// The darwin VM share: the guest gets one directory (never the host's /), and each container's
// rootfs and volumes are bindfs mounts under it. On this Linux host the same code runs with
// real bindfs (LINUX_SHARE_TOOLS); vfkit itself cannot run here.
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it, test } from 'vitest';
import { parseMountList } from '../common/mount-list.js';
import { DarwinShare, LINUX_SHARE_TOOLS } from './share-darwin.js';
import { LinuxShare } from './share-linux.js';
import { guestSocketPath, type BundleRecord } from './share.js';

const scratch = mkdtempSync(join(tmpdir(), 'share-darwin-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const log = pino({ level: 'silent' });
const mounted = () => parseMountList(execFileSync('mount', [], { encoding: 'utf8' })).filter((p) => p.startsWith(scratch));
const canMount = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/dev/fuse') && hasBindfs();
function hasBindfs(): boolean {
  try {
    execFileSync('bindfs', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('DarwinShare', () => {
  it("shares only its own directory with the VM, never the host's /", () => {
    const share = new DarwinShare(join(scratch, 'vm', 'share'), LINUX_SHARE_TOOLS);
    expect(share.vmShares('virtiofs')).toEqual([{ tag: 'tandem', hostPath: join(scratch, 'vm', 'share'), kind: 'virtiofs' }]);
    expect(share.layout.hostDir).not.toBe('/');
  });

  it('refuses a relative or missing volume source and a non-directory rootfs before mounting anything', async () => {
    const share = new DarwinShare(join(scratch, 'refuse'), LINUX_SHARE_TOOLS);
    const record: BundleRecord = { guestId: 'g', vmDir: scratch, mounts: [], dirs: [] };
    const base = { bundle: scratch, record, save: async () => {}, log, rootfs: [] };
    const spec = (source: string) => ({
      ociVersion: '1.0.2',
      root: { path: scratch },
      mounts: [{ destination: '/v', type: 'bind', source }],
    });
    await expect(share.prepare({ ...base, spec: spec('rel/dir') })).rejects.toThrow(/absolute host path/);
    await expect(share.prepare({ ...base, spec: spec('/does/not/exist') })).rejects.toThrow(/does not exist/);
    await expect(
      share.prepare({ ...base, spec: { ociVersion: '1.0.2' }, rootfs: [{ type: 'overlay', source: 'overlay', options: [] }] }),
    ).rejects.toThrow(/directory snapshot/);
    expect(record.mounts).toEqual([]);
  });

  it.skipIf(!canMount)('mounts the rootfs and each volume under the share with bindfs, and release undoes it all', async () => {
    const hostDir = join(scratch, 'vm', 'share');
    const share = new DarwinShare(hostDir, LINUX_SHARE_TOOLS, '/guest/share');
    await share.setup();
    const root = join(scratch, 'snap');
    const vol = join(scratch, 'vol');
    const files = join(scratch, 'files');
    for (const d of [root, vol, files]) mkdirSync(d);
    writeFileSync(join(root, 'in-root'), 'r');
    writeFileSync(join(vol, 'in-vol'), 'v');
    writeFileSync(join(files, 'hosts'), 'h');
    const record: BundleRecord = { guestId: 'g1', vmDir: join(scratch, 'vm'), mounts: [], dirs: [] };
    const out = await share.prepare({
      bundle: scratch,
      spec: {
        ociVersion: '1.0.2',
        mounts: [
          { destination: '/proc', type: 'proc', source: 'proc' },
          { destination: '/data', type: 'bind', source: vol, options: ['rbind', 'ro'] },
          { destination: '/etc/hosts', type: 'bind', source: join(files, 'hosts'), options: ['rbind'] },
        ],
      },
      rootfs: [{ type: 'bind', source: root, options: ['rbind'] }],
      record,
      save: async () => {},
      log,
    });
    try {
      expect(out.rootfs).toBe('/guest/share/g1/rootfs');
      expect(out.spec.mounts).toEqual([
        { destination: '/proc', type: 'proc', source: 'proc' },
        { destination: '/data', type: 'bind', source: '/guest/share/g1/m0', options: ['rbind', 'ro'] },
        { destination: '/etc/hosts', type: 'bind', source: '/guest/share/g1/m1/hosts', options: ['rbind'] },
      ]);
      expect(readFileSync(join(hostDir, 'g1', 'rootfs', 'in-root'), 'utf8')).toBe('r');
      expect(readFileSync(join(hostDir, 'g1', 'm0', 'in-vol'), 'utf8')).toBe('v');
      expect(readFileSync(join(hostDir, 'g1', 'm1', 'hosts'), 'utf8')).toBe('h');
      expect(() => writeFileSync(join(hostDir, 'g1', 'm0', 'x'), 'x')).toThrow(/EROFS|read-only/i);
      expect(mounted().sort()).toEqual([join(hostDir, 'g1', 'm0'), join(hostDir, 'g1', 'm1'), join(hostDir, 'g1', 'rootfs')]);
    } finally {
      await share.release(record, log);
    }
    expect(mounted()).toEqual([]);
    expect(existsSync(join(hostDir, 'g1'))).toBe(false);
    expect(readFileSync(join(root, 'in-root'), 'utf8')).toBe('r'); // the snapshot's files are untouched
  });
});

// Under the share the containers' rootfs and volumes are mounted past their own directories'
// modes (the snapshotter's are 0700): the share must not let other host users in.
test.each([
  ['darwin', (d: string) => new DarwinShare(d, LINUX_SHARE_TOOLS)],
  ['linux (9p)', (d: string) => new LinuxShare(d)],
])('the %s share directory is 0700 whatever the umask, also when it existed', async (_name, make) => {
  const dir = join(scratch, `mode-${_name.replace(/\W/g, '')}`);
  mkdirSync(dir, { mode: 0o755 });
  await make(dir).setup('9p');
  expect(statSync(dir).mode & 0o777).toBe(0o700);
});

// A host unix socket bound in is not shared (a share carries no connections): its mount points
// at a guest path the agent listens at, with the host socket's mode and owner (socket-forward.ts).
test.each([
  ['darwin', (d: string) => new DarwinShare(d, LINUX_SHARE_TOOLS, '/guest/share')],
  ['linux', (d: string) => new LinuxShare(d, '/guest/share')],
])('the %s share forwards a host socket bound in, through a symlink too, and mounts nothing for it', async (name, make) => {
  const dir = join(scratch, `sock-${name}`);
  mkdirSync(dir);
  const sock = join(dir, 'service.sock');
  const server = net.createServer().listen(sock);
  await once(server, 'listening');
  chmodSync(sock, 0o660);
  symlinkSync(sock, join(dir, 'link.sock'));
  try {
    const share = make(join(dir, 'share'));
    const record: BundleRecord = { guestId: `g-${name}`, vmDir: dir, mounts: [], dirs: [] };
    const out = await share.prepare({
      bundle: dir,
      spec: {
        ociVersion: '1.0.2',
        mounts: [
          { destination: '/var/run/docker.sock', type: 'bind', source: join(dir, 'link.sock'), options: ['rbind'] },
          { destination: '/run/b.sock', type: 'bind', source: sock, options: ['rbind', 'ro'] },
        ],
      },
      rootfs: [{ type: 'bind', source: dir, options: ['rbind'] }],
      record,
      save: async () => {},
      log,
    });
    try {
      const paths = [guestSocketPath(record.guestId, 0), guestSocketPath(record.guestId, 1)];
      expect(out.spec.mounts).toEqual([
        { destination: '/var/run/docker.sock', type: 'bind', source: paths[0], options: ['rbind'] },
        { destination: '/run/b.sock', type: 'bind', source: paths[1], options: ['rbind', 'ro'] },
      ]);
      const guest = { mode: 0o660, uid: process.getuid!(), gid: process.getgid!() };
      expect(out.sockets).toEqual([
        { hostPath: join(dir, 'link.sock'), guest: { path: paths[0], ...guest } },
        { hostPath: sock, guest: { path: paths[1], ...guest } },
      ]);
      expect(paths[0]).toMatch(/^\/run\/tandem\/sockets\/[0-9a-f]{16}\/0$/);
      expect(record.mounts.filter((m) => !m.endsWith('/rootfs'))).toEqual([]);
    } finally {
      await share.release(record, log);
    }
  } finally {
    server.close();
  }
});
