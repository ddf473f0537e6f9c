// Test fixtures shared by the VM path's unit and integration tests: a busybox root filesystem
// assembled from the host's static busybox, and an OCI spec shaped like the one containerd
// generates for `ctr run` (same namespaces, mounts, capabilities and masked paths).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OciProcess, OciSpec } from '../common/oci.js';

export function busyboxRootfs(dir: string, busybox = '/bin/busybox'): string {
  for (const d of ['bin', 'etc', 'proc', 'sys', 'dev', 'tmp', 'root', 'data', 'run']) mkdirSync(join(dir, d), { recursive: true });
  copyFileSync(busybox, join(dir, 'bin/busybox'));
  for (const a of execFileSync(join(dir, 'bin/busybox'), ['--list'], { encoding: 'utf8' }).split('\n')) {
    if (a && a !== 'busybox') symlinkSync('busybox', join(dir, 'bin', a));
  }
  writeFileSync(join(dir, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n');
  writeFileSync(join(dir, 'etc/group'), 'root:x:0:\nnogroup:x:65534:\n');
  return dir;
}

const CAPS = ['CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_FSETID', 'CAP_FOWNER', 'CAP_MKNOD', 'CAP_NET_RAW', 'CAP_SETGID', 'CAP_SETUID', 'CAP_SETFCAP', 'CAP_SETPCAP', 'CAP_NET_BIND_SERVICE', 'CAP_SYS_CHROOT', 'CAP_KILL', 'CAP_AUDIT_WRITE'];

export function ociProcess(args: string[], terminal = false): OciProcess {
  return {
    terminal,
    user: { uid: 0, gid: 0 },
    args,
    env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    cwd: '/',
    capabilities: { bounding: CAPS, effective: CAPS, permitted: CAPS },
    rlimits: [{ type: 'RLIMIT_NOFILE', hard: 1024, soft: 1024 }],
    noNewPrivileges: true,
  };
}

export function containerdLikeSpec(id: string, args: string[], o: { terminal?: boolean; rootfs?: string; mounts?: OciSpec['mounts'] } = {}): OciSpec {
  return {
    ociVersion: '1.0.2-dev',
    process: ociProcess(args, o.terminal),
    root: { path: o.rootfs ?? 'rootfs' },
    hostname: id,
    mounts: [
      { destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid', 'noexec', 'nodev'] },
      { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
      { destination: '/dev/pts', type: 'devpts', source: 'devpts', options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5'] },
      { destination: '/dev/shm', type: 'tmpfs', source: 'shm', options: ['nosuid', 'noexec', 'nodev', 'mode=1777', 'size=65536k'] },
      { destination: '/dev/mqueue', type: 'mqueue', source: 'mqueue', options: ['nosuid', 'noexec', 'nodev'] },
      { destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['nosuid', 'noexec', 'nodev', 'ro'] },
      { destination: '/run', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
      ...(o.mounts ?? []),
    ],
    annotations: {},
    linux: {
      resources: { devices: [{ allow: false, access: 'rwm' }] },
      cgroupsPath: `/default/${id}`,
      namespaces: [{ type: 'pid' }, { type: 'ipc' }, { type: 'uts' }, { type: 'mount' }, { type: 'network' }],
      maskedPaths: ['/proc/acpi', '/proc/asound', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/timer_list', '/proc/timer_stats', '/proc/sched_debug', '/sys/firmware', '/proc/scsi'],
      readonlyPaths: ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'],
    },
  };
}

/** Collects a process's output from an AgentClient stdio channel. */
export async function collect(output: AsyncIterable<{ fd: number; data: Uint8Array }>): Promise<{ stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  for await (const { fd, data } of output) {
    if (fd === 2) stderr += Buffer.from(data).toString();
    else stdout += Buffer.from(data).toString();
  }
  return { stdout, stderr };
}
