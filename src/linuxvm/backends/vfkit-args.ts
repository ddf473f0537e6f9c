// vfkit's command line for one guest (crc-org/vfkit doc/usage.md), as a pure function:
//   --bootloader linux,kernel=…,initrd=…,cmdline="…"  (arm64: the kernel must be the raw,
//       uncompressed Image; vfkit refuses or hangs on a compressed one, so we check the magic)
//   virtio-blk (the read-only system image), virtio-fs per share, virtio-net NAT (DHCP in the
//   guest), virtio-vsock in `connect` mode (vfkit listens on our unix socket and dials the
//   guest's vsock port for every host connection), virtio-serial console into the boot log,
//   Rosetta's share for arm64 guests (linux/amd64 programs, images/guest/binfmt.sh), and the REST
//   API on a unix socket for Stop / HardStop.
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { failedPrecondition, invalidArgument } from '../../common/errdefs.js';
import type { Manifest } from '../image/manifest.js';
import { checkSocketPath, cmdlineFor, type VmConfig } from './vm-backend.js';

/** The guest agent listens on this vsock port under vfkit (`tandem.vsock=` on the cmdline). */
export const AGENT_VSOCK_PORT = 1024;
/** virtio-fs tag of Virtualization.framework's Rosetta share (`tandem.rosetta=` on the cmdline). */
export const ROSETTA_TAG = 'rosetta';

export interface VfkitPlan {
  args: string[];
  cmdline: string;
  sockets: { agent: string; rest: string };
  bootLog: string;
}

export function vfkitPlan(cfg: VmConfig, m: Manifest): VfkitPlan {
  if (m.arch !== cfg.arch) throw invalidArgument(`image ${cfg.imageDir} is for ${m.arch}, not ${cfg.arch}`);
  const sockets = { agent: checkSocketPath(join(cfg.stateDir, 'agent.sock')), rest: checkSocketPath(join(cfg.stateDir, 'rest.sock')) };
  const bootLog = join(cfg.stateDir, 'console.log');
  const kernel = join(cfg.imageDir, m.kernel.file);
  const shares = cfg.shares.map((s) => {
    // Virtualization.framework offers virtio-fs only; a 9p request is served by virtio-fs.
    if (/[,"\s]/.test(s.hostPath) || /[,"\s]/.test(s.tag))
      throw invalidArgument(`share ${s.tag}: vfkit options cannot contain commas, quotes or spaces`);
    return s;
  });
  // Rosetta runs x86_64 Linux programs in arm64 guests on Apple silicon. ignoreIfMissing: without
  // Rosetta installed vfkit starts anyway, the guest finds no share and keeps qemu-x86_64.
  const rosetta = cfg.rosetta && cfg.arch === 'arm64';
  const cmdline = [
    m.cmdline,
    'console=hvc0',
    'tandem.net=dhcp',
    `tandem.vsock=${AGENT_VSOCK_PORT}`,
    ...shares.map((s) => `tandem.share=${s.tag}:virtiofs${s.readonly ? ':ro' : ''}`),
    ...(rosetta ? [`tandem.rosetta=${ROSETTA_TAG}`] : []),
    ...cmdlineFor(cfg.cmdlineExtra, false),
  ]
    .filter(Boolean)
    .join(' ');
  if (cmdline.includes('"')) throw invalidArgument('the kernel command line cannot contain double quotes under vfkit');
  const args = [
    '--cpus',
    String(cfg.cpus),
    '--memory',
    String(cfg.memoryMiB),
    '--bootloader',
    `linux,kernel=${kernel},initrd=${join(cfg.imageDir, m.initrd.file)},cmdline="${cmdline}"`,
    '--device',
    `virtio-blk,path=${join(cfg.imageDir, m.system.file)}`,
    '--device',
    'virtio-rng',
    '--device',
    'virtio-net,nat',
    '--device',
    `virtio-serial,logFilePath=${bootLog}`,
    '--device',
    `virtio-vsock,port=${AGENT_VSOCK_PORT},socketURL=${sockets.agent},connect`,
    ...shares.flatMap((s) => ['--device', `virtio-fs,sharedDir=${s.hostPath},mountTag=${s.tag}`]),
    ...(rosetta ? ['--device', `rosetta,mountTag=${ROSETTA_TAG},ignoreIfMissing`] : []),
    '--restful-uri',
    `unix://${sockets.rest}`,
  ];
  return { args, cmdline, sockets, bootLog };
}

/** vfkit's linux bootloader on Apple silicon needs an uncompressed kernel: refuse gzip early. */
export function checkUncompressedKernel(path: string): void {
  const fd = openSync(path, 'r');
  try {
    const b = Buffer.alloc(2);
    readSync(fd, b, 0, 2, 0);
    if (b[0] === 0x1f && b[1] === 0x8b) throw failedPrecondition(`${path} is gzip-compressed; vfkit needs the raw kernel Image`);
  } finally {
    closeSync(fd);
  }
}
