// `tandem doctor`: one line per check of what tandem needs on this host, each failure with the
// command that fixes it. Checks ask the real thing (run the shim, probe the filesystem, ask the
// snapshotter) rather than guess from files. macOS-only checks are in doctor-darwin.ts.
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../common/errdefs.js';
import { defaultBuildOptions, isCurrent } from '../linuxvm/image/ensure.js';
import { readManifest } from '../linuxvm/image/manifest.js';
import { guestArch } from '../linuxvm/settings.js';
import { chooseBackend } from '../snapshotter/clone.js';
import { configVersion, ctrFor, findContainerd, installHint, which } from './containerd-bin.js';
import { grpcAnswers } from './containerd-api.js';
import { readStatus } from './control.js';
import { darwinChecks, caseSensitivity } from './doctor-darwin.js';
import { PACKAGE_ROOT, serviceEnv } from './instance.js';
import type { Layout } from './layout.js';

export type CheckStatus = 'ok' | 'info' | 'warn' | 'fail';

export interface Check {
  name: string;
  status: CheckStatus;
  detail: string;
  fix?: string;
}

export interface DoctorContext {
  layout: Layout;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
}

export const run = (cmd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<{ ok: boolean; out: string }> =>
  new Promise((resolve) =>
    execFile(cmd, args, { timeout: 15_000, env }, (err, stdout, stderr) => resolve({ ok: !err, out: `${stdout}${stderr}`.trim() })),
  );

const apt = (pkg: string) => `apt-get install ${pkg}`;

async function containerd(c: DoctorContext): Promise<Check[]> {
  try {
    const bin = await findContainerd(undefined, c.env);
    const ctr = ctrFor(bin, c.env);
    return [
      { name: 'containerd', status: 'ok', detail: `${bin.version} at ${bin.path} (config version ${configVersion(bin)})` },
      ctr
        ? { name: 'ctr', status: 'ok', detail: ctr }
        : { name: 'ctr', status: 'warn', detail: 'no ctr next to containerd or on PATH', fix: installHint(c.platform) },
    ];
  } catch (err) {
    return [{ name: 'containerd', status: 'fail', detail: errorMessage(err), fix: installHint(c.platform) }];
  }
}

/** The shim as containerd of `tandem up` finds it (on the PATH tandem gives it), and whether it answers. */
async function shim(c: DoctorContext): Promise<Check[]> {
  const senv = serviceEnv(c.layout, c.env);
  const shimPath = which('containerd-shim-tandem-v1', senv.PATH);
  const rebuild = existsSync(join(PACKAGE_ROOT, 'src')) ? `npm run build (in ${PACKAGE_ROOT})` : 'npm install -g tandem (reinstall)';
  if (!shimPath) return [{ name: 'shim', status: 'fail', detail: `containerd-shim-tandem-v1 is not in ${PACKAGE_ROOT}bin`, fix: rebuild }];
  const v = await run(shimPath, ['-v'], senv);
  const checks: Check[] = [
    v.ok && v.out.startsWith('containerd-shim-tandem-v1')
      ? { name: 'shim', status: 'ok', detail: `${shimPath} answers: ${v.out}` }
      : { name: 'shim', status: 'fail', detail: `${shimPath} -v failed: ${v.out.split('\n')[0]}`, fix: rebuild },
  ];
  const mine = which('containerd-shim-tandem-v1', c.env.PATH);
  checks.push(
    mine
      ? { name: 'shim on PATH', status: 'ok', detail: `${mine} (a containerd you run yourself finds it there too)` }
      : {
          name: 'shim on PATH',
          status: 'info',
          detail: 'not on your PATH: tandem up does not need it; a containerd you run yourself does',
          fix: `tandem install (or put ${join(PACKAGE_ROOT, 'bin')} on that containerd's PATH)`,
        },
  );
  const helpers = ['tandem-enter', 'tandem-mount', 'tandem-clone', 'tandem-shim', 'tandem-pageout', 'tandem-drained'].filter(
    (h) => !existsSync(join(PACKAGE_ROOT, 'native', 'build', h)),
  );
  checks.push(
    helpers.length
      ? {
          name: 'native helpers',
          status: 'fail',
          detail: `missing ${helpers.join(', ')} in ${join(PACKAGE_ROOT, 'native', 'build')}`,
          fix: `make -C ${join(PACKAGE_ROOT, 'native')}`,
        }
      : { name: 'native helpers', status: 'ok', detail: join(PACKAGE_ROOT, 'native', 'build') },
  );
  return checks;
}

function privileges(): Check {
  const root = process.getuid?.() === 0;
  return root
    ? { name: 'privileges', status: 'ok', detail: 'root (the native executor chroots and mounts)' }
    : {
        name: 'privileges',
        status: 'fail',
        detail: 'not root: containers are chroot process trees with their own mounts',
        fix: 'sudo tandem up',
      };
}

async function snapshotter(c: DoctorContext): Promise<Check[]> {
  const l = c.layout;
  const running = await readStatus(l);
  const checks: Check[] = [];
  if (running) {
    checks.push(
      (await grpcAnswers(l.snapshotterSocket))
        ? { name: 'snapshotter', status: 'ok', detail: `answers on ${l.snapshotterSocket}` }
        : {
            name: 'snapshotter',
            status: 'fail',
            detail: `does not answer on ${l.snapshotterSocket}`,
            fix: 'tandem logs snapshotter; then tandem down && tandem up',
          },
    );
  } else {
    checks.push({ name: 'tandem', status: 'info', detail: `not running in ${l.stateDir}`, fix: 'tandem up' });
  }
  const root = existsSync(l.snapshotterRoot) ? l.snapshotterRoot : existsSync(l.stateDir) ? l.stateDir : undefined;
  if (root) {
    try {
      const b = await chooseBackend(root);
      checks.push(
        b.name === 'copy'
          ? {
              name: 'clone backend',
              status: 'warn',
              detail: `full copy in ${root}: every snapshot copies its parent (${b.reason})`,
              fix:
                c.platform === 'darwin'
                  ? 'keep the state directory on APFS'
                  : 'put the state directory on XFS (mkfs.xfs -m reflink=1) or btrfs',
            }
          : { name: 'clone backend', status: 'ok', detail: `${b.name}: ${b.reason}` },
      );
    } catch (err) {
      checks.push({ name: 'clone backend', status: 'fail', detail: errorMessage(err) });
    }
    checks.push(caseSensitivity(root));
  }
  return checks;
}

async function vm(c: DoctorContext): Promise<Check[]> {
  const checks: Check[] = [];
  const arch = guestArch(process.arch);
  if (c.platform === 'darwin') {
    const vfkit = which('vfkit', c.env.PATH);
    const qemu = which('qemu-system-aarch64', c.env.PATH);
    checks.push(
      vfkit || qemu
        ? { name: 'VMM', status: 'ok', detail: [vfkit && `vfkit ${vfkit}`, qemu && `QEMU ${qemu}`].filter(Boolean).join(', ') }
        : {
            name: 'VMM',
            status: 'fail',
            detail: 'neither vfkit nor qemu-system-aarch64 on PATH: no VM for linux images',
            fix: 'brew install vfkit',
          },
    );
  } else {
    const bin = arch === 'arm64' ? 'qemu-system-aarch64' : 'qemu-system-x86_64';
    const qemu = which(bin, c.env.PATH);
    checks.push(
      qemu
        ? { name: 'QEMU', status: 'ok', detail: qemu }
        : {
            name: 'QEMU',
            status: 'fail',
            detail: `${bin} is not on PATH: no VM for VM containers`,
            fix: apt(arch === 'arm64' ? 'qemu-system-arm' : 'qemu-system-x86'),
          },
    );
    const vfsd = existsSync('/usr/lib/qemu/virtiofsd');
    checks.push(
      vfsd
        ? { name: 'virtiofsd', status: 'ok', detail: '/usr/lib/qemu/virtiofsd' }
        : {
            name: 'virtiofsd',
            status: 'warn',
            detail: 'no /usr/lib/qemu/virtiofsd: the VM cannot share files by virtiofs',
            fix: `${apt('qemu-system-common')} (or TANDEM_VM_SHARE=9p)`,
          },
    );
  }
  checks.push(accelerator(c));
  checks.push(guestImage(c, arch));
  return checks;
}

function accelerator(c: DoctorContext): Check {
  const slow = 'the VM runs under TCG (emulation): containers in the VM will be slow';
  if (c.platform === 'darwin')
    return { name: 'accelerator', status: 'info', detail: 'hvf (Hypervisor.framework; vfkit uses Virtualization.framework)' };
  let kvm = false;
  try {
    accessSync('/dev/kvm', constants.R_OK | constants.W_OK);
    kvm = true;
  } catch {}
  if (!kvm)
    return {
      name: 'accelerator',
      status: 'warn',
      detail: `no usable /dev/kvm: ${slow}`,
      fix: 'modprobe kvm_intel (or kvm_amd) and give this user /dev/kvm',
    };
  const vmDir = join(c.layout.runDir, 'vm');
  const failed = existsSync(vmDir) && readdirSync(vmDir).some((g) => existsSync(join(vmDir, g, 'accel-failed')));
  return failed
    ? {
        name: 'accelerator',
        status: 'warn',
        detail: `/dev/kvm is there but a guest failed under KVM here: ${slow}`,
        fix: 'run on a host whose KVM runs stock kernels (not a nested VM)',
      }
    : { name: 'accelerator', status: 'ok', detail: 'kvm (/dev/kvm usable; QEMU falls back to TCG if a guest fails under it)' };
}

function guestImage(c: DoctorContext, arch: 'amd64' | 'arm64'): Check {
  if (c.env.TANDEM_GUEST_IMAGE) {
    try {
      const m = readManifest(c.env.TANDEM_GUEST_IMAGE);
      return { name: 'guest image', status: 'ok', detail: `${c.env.TANDEM_GUEST_IMAGE} (TANDEM_GUEST_IMAGE, kernel ${m.kernel.kver})` };
    } catch (err) {
      return {
        name: 'guest image',
        status: 'fail',
        detail: errorMessage(err),
        fix: 'unset TANDEM_GUEST_IMAGE or point it at a built image',
      };
    }
  }
  const o = defaultBuildOptions(arch, () => {}, c.env);
  return isCurrent(o)
    ? { name: 'guest image', status: 'ok', detail: `${o.outDir} is current` }
    : {
        name: 'guest image',
        status: 'warn',
        detail: `none for this tandem in ${o.outDir} (tandem up builds it: a few minutes)`,
        fix: `tandem guest build --arch ${arch}`,
      };
}

export async function runChecks(c: DoctorContext): Promise<Check[]> {
  return [
    ...(await containerd(c)),
    ...(await shim(c)),
    privileges(),
    ...(await snapshotter(c)),
    ...(await vm(c)),
    ...(c.platform === 'darwin' ? await darwinChecks(c) : []),
  ];
}

export function formatChecks(checks: Check[]): string {
  const label: Record<CheckStatus, string> = { ok: 'ok  ', info: 'info', warn: 'warn', fail: 'FAIL' };
  return checks
    .map(
      (k) =>
        `${label[k.status]}  ${k.name.padEnd(15)} ${k.detail}${k.fix && k.status !== 'ok' ? `\n      ${''.padEnd(15)} fix: ${k.fix}` : ''}\n`,
    )
    .join('');
}
