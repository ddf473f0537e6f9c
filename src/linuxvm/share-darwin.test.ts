// The darwin VM share: the guest gets one directory (never the host's /), and each container's
// rootfs and volumes are bindfs mounts under it. On this Linux host the same code runs with
// real bindfs (LINUX_SHARE_TOOLS); vfkit itself cannot run here.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it, test } from 'vitest';
import { parseMountList } from '../common/mount-list.js';
import { DarwinShare, LINUX_SHARE_TOOLS } from './share-darwin.js';
import { LinuxShare } from './share-linux.js';
import type { BundleRecord } from './share.js';

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
