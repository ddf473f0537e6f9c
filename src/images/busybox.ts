// The sample linux image used by the demo, tests and benchmarks: Debian's static busybox with
// its applet links, a passwd/group with root, a normal user and nobody, and the usual dirs.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { ImageSpec, LayerEntry } from './oci-archive.js';

export const BUSYBOX_IMAGE = 'docker.io/tandem/busybox:latest';

/** The applets a busybox binary offers (it must run here: for a foreign one, ask a native build of the same version). */
export function busyboxApplets(busyboxPath: string): string[] {
  return execFileSync(busyboxPath, ['--list'], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

export function busyboxImage(
  busyboxPath = '/bin/busybox',
  arch = 'amd64',
  name = BUSYBOX_IMAGE,
  applets: string[] = busyboxApplets(busyboxPath),
): ImageSpec {
  const entries: LayerEntry[] = [];
  for (const d of [
    'bin',
    'sbin',
    'usr',
    'usr/bin',
    'usr/sbin',
    'etc',
    'root',
    'home',
    'home/user',
    'var',
    'run',
    'proc',
    'sys',
    'dev',
    'mnt',
    'data',
  ]) {
    entries.push({
      type: 'directory',
      path: d,
      mode: d === 'root' ? 0o700 : 0o755,
      uid: d === 'home/user' ? 1000 : 0,
      gid: d === 'home/user' ? 1000 : 0,
    });
  }
  entries.push({ type: 'directory', path: 'tmp', mode: 0o1777 });
  entries.push({ type: 'file', path: 'bin/busybox', mode: 0o755, content: readFileSync(busyboxPath) });
  for (const a of applets) if (a !== 'busybox') entries.push({ type: 'symlink', path: `bin/${a}`, target: 'busybox' });
  entries.push({
    type: 'file',
    path: 'etc/passwd',
    content: Buffer.from(
      'root:x:0:0:root:/root:/bin/sh\nuser:x:1000:1000:user:/home/user:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n',
    ),
  });
  entries.push({ type: 'file', path: 'etc/group', content: Buffer.from('root:x:0:\nuser:x:1000:\nstaff:x:50:user\nnogroup:x:65534:\n') });
  entries.push({ type: 'file', path: 'etc/hostname', content: Buffer.from('tandem\n') });
  return { name, os: 'linux', architecture: arch, layers: [entries], cmd: ['sh'] };
}
