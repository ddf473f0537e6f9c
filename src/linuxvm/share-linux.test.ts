// The Linux VM share: a container's overlay rootfs mounted on its bundle and bound under the
// share with its volumes, all in one exec of native/tandem-mount; release() undoes it. A mount
// that fails names itself, and what was mounted before it goes with release().
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { LinuxShare, isMountPoint } from './share-linux.js';
import type { BundleRecord } from './share.js';
import { nativeHelper } from '../common/native-helper.js';

const scratch = mkdtempSync(join(tmpdir(), 'share-linux-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const log = pino({ level: 'silent' });
const mountedUnder = () =>
  readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((l) => l.split(' ')[4] ?? '')
    .filter((p) => p.startsWith(scratch));
const canMount = process.platform === 'linux' && process.getuid?.() === 0 && existsSync(nativeHelper('tandem-mount'));

function layout(name: string) {
  const base = join(scratch, name);
  const dirs = {
    lower: join(base, 'lower'),
    upper: join(base, 'upper'),
    work: join(base, 'work'),
    vol: join(base, 'vol'),
    bundle: join(base, 'bundle'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  writeFileSync(join(dirs.lower, 'from-lower'), 'l');
  writeFileSync(join(dirs.vol, 'in-vol'), 'v');
  const share = new LinuxShare(join(base, 'share'), '/guest/share');
  const record: BundleRecord = { guestId: 'ns--c1', vmDir: base, mounts: [], dirs: [] };
  const saved: string[][] = [];
  const save = async () => void saved.push([...record.mounts]);
  return { base, dirs, share, record, saved, save };
}

describe.skipIf(!canMount)('LinuxShare', () => {
  it('mounts the overlay on the bundle, binds it and each volume under the share in one go, and release undoes it all', async () => {
    const { dirs, share, record, saved, save } = layout('ok');
    await share.setup('9p');
    const overlay = {
      type: 'overlay',
      source: 'overlay',
      options: [`lowerdir=${dirs.lower}`, `upperdir=${dirs.upper}`, `workdir=${dirs.work}`],
    };
    const spec = { ociVersion: '1.0.2', mounts: [{ destination: '/data', type: 'bind', source: dirs.vol, options: ['rbind', 'ro'] }] };
    const got = await share.prepare({ bundle: dirs.bundle, spec, rootfs: [overlay], record, save, log });

    const hostDir = share.layout.hostDir;
    expect(got.rootfs).toBe('/guest/share/ns--c1/rootfs');
    expect(got.spec.mounts).toEqual([{ destination: '/data', type: 'bind', source: '/guest/share/ns--c1/m0', options: ['rbind', 'ro'] }]);
    expect(readFileSync(join(hostDir, 'ns--c1', 'rootfs', 'from-lower'), 'utf8')).toBe('l');
    expect(readFileSync(join(hostDir, 'ns--c1', 'm0', 'in-vol'), 'utf8')).toBe('v');
    // A write through the share lands in the snapshot's upper directory.
    writeFileSync(join(hostDir, 'ns--c1', 'rootfs', 'new'), 'n');
    expect(readFileSync(join(dirs.upper, 'new'), 'utf8')).toBe('n');
    // The directory, then every target, was on record before it was made or mounted.
    expect(saved[0]).toEqual([]);
    expect(saved.at(-1)).toEqual([join(dirs.bundle, 'rootfs'), join(hostDir, 'ns--c1', 'rootfs'), join(hostDir, 'ns--c1', 'm0')]);

    await share.release(record, log);
    expect(mountedUnder().filter((p) => p.startsWith(dirs.bundle) || p.startsWith(join(hostDir, 'ns--c1')))).toEqual([]);
    expect(existsSync(join(hostDir, 'ns--c1'))).toBe(false);
    expect(readFileSync(join(dirs.vol, 'in-vol'), 'utf8')).toBe('v'); // the volume's files are untouched
    await share.teardown();
  });

  it('names the mount that failed, and release leaves nothing of what was mounted before it', async () => {
    const { base, dirs, share, record, save } = layout('bad');
    // Two rootfs mounts: the bind goes in, the overlay over it fails on its missing lower directory.
    const rootfs = [
      { type: 'bind', source: dirs.lower, options: ['rbind'] },
      {
        type: 'overlay',
        source: 'overlay',
        options: [`lowerdir=${join(base, 'missing')}`, `upperdir=${dirs.upper}`, `workdir=${dirs.work}`],
      },
    ];
    await expect(share.prepare({ bundle: dirs.bundle, spec: { ociVersion: '1.0.2' }, rootfs, record, save, log })).rejects.toThrow(
      /^mount for the VM share: mount overlay on \S+\/bundle\/rootfs \(type overlay\): No such file or directory$/,
    );
    expect(await isMountPoint(join(dirs.bundle, 'rootfs'))).toBe(true); // the bind, made before the failure
    await share.release(record, log);
    expect(mountedUnder()).toEqual([]);
    expect(existsSync(join(share.layout.hostDir, 'ns--c1'))).toBe(false);
    expect(readFileSync(join(dirs.lower, 'from-lower'), 'utf8')).toBe('l');
  });
});
