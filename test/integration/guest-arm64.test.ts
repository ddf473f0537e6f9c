// The arm64 guest (what Macs boot) built from Debian's arm64 packages and booted under
// qemu-system-aarch64 (TCG) to ready, in test-shell mode, with a 9p share. Needs apt to know the
// arm64 architecture (`dpkg --add-architecture arm64 && apt-get update`, done by scripts/test.sh
// setups); without it the test is skipped and says why.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { ensureGuestImage, defaultBuildOptions } from '../../src/linuxvm/image/ensure.js';
import { QemuBackend } from '../../src/linuxvm/backends/qemu.js';
import type { VmInstance } from '../../src/linuxvm/backends/vm-backend.js';

const arm64Known = execFileSync('dpkg', ['--print-foreign-architectures'], { encoding: 'utf8' }).split(/\s+/).includes('arm64');

describe.skipIf(!arm64Known)('arm64 guest under qemu-system-aarch64', () => {
  let vm: VmInstance | undefined;
  let imageDir = '';
  const dirs: string[] = [];

  // The build downloads and unpacks Debian's arm64 packages: a hook with the hook timeout, not
  // part of the test's own bound.
  beforeAll(async () => {
    imageDir = await ensureGuestImage(defaultBuildOptions('arm64', (m) => console.log(m)));
  });

  afterAll(async () => {
    await vm?.kill();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  test('builds, boots to ready, runs arm64 node, runc and socat, reads a share, powers off when the agent exits', async () => {
    const stateDir = mkdtempSync('/tmp/tg-arm-');
    const share = mkdtempSync('/tmp/tg-arm-share-');
    dirs.push(stateDir, share);
    chmodSync(share, 0o755);
    writeFileSync(`${share}/x`, 'arm64 share\n');
    copyFileSync('/bin/busybox', `${share}/busybox-amd64`); // the host's static amd64 busybox
    const t0 = Date.now();
    vm = await new QemuBackend().start({
      stateDir,
      arch: 'arm64',
      cpus: 2,
      memoryMiB: 512,
      imageDir,
      shares: [{ tag: 's', hostPath: share }],
      portForwards: [],
      cmdlineExtra: ['tandem.mode=shell'],
      readyTimeoutMs: 180_000,
    });
    console.log(`arm64 boot to ready: ${Date.now() - t0} ms (${vm.accelerator})`);
    expect(readFileSync(vm.bootLog, 'utf8')).toMatch(/tandem-guest: \[[\d.]+\] boot \S+-arm64 aarch64/);
    const s = await vm.connectAgent();
    s.setEncoding('utf8');
    let buf = '';
    s.on('data', (d: string) => (buf += d));
    // socat: the vfkit vsock bridge (arm64 is what vfkit boots); its address list names VSOCK-LISTEN.
    // An amd64 program runs through qemu-x86_64, registered with binfmt_misc at boot.
    s.write(
      `uname -m; cat /run/tandem/shares/s/x; runc --version | head -1; node -p process.arch; socat -h | grep -c -i vsock-listen; ` +
        // The arm64 tini a VM container's --init runs (the guest's own: a Mac has none).
        `tini-static --version | cut -d' ' -f1,2; ` +
        // crun bound read-only from the system image (docs/guest-measurements.md, "The runtime's
        // own binary").
        `grep ' /usr/bin/crun ' /proc/mounts | cut -d' ' -f3,4 | cut -d, -f1; ` +
        `head -1 /proc/sys/fs/binfmt_misc/qemu-x86_64; /run/tandem/shares/s/busybox-amd64 uname -m; ` +
        // The agent from its start-up snapshot, written at image build by this node under the
        // host's qemu-user, started by the launcher's own line (its V8 flags are the blob's): it
        // deserialises here, serves, and leaves when no host comes (1 ms).
        `$(sed -n 's/.*&& exec \\$pre \\(.*\\) "\\$@" ;; esac$/\\1/p' /etc/tandem/agent) --listen /tmp/a.sock --orphan-timeout-ms 1 2>&1 | grep -o 'start=[a-z]*'\n`,
    );
    // Emulated aarch64 under a loaded 2-core machine is slow: wait for the shell's end marker,
    // with a generous bound that shows what arrived.
    for (let i = 0; i < 3000 && !buf.includes('<<exit'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(buf, 'the test shell did not finish within 300 s').toMatch(
      /^aarch64\narm64 share\nrunc version \S+\narm64\n1\ntini version\nerofs ro\nenabled\nx86_64\nstart=snapshot\n<<exit 0>>\n$/,
    );
    expect(readFileSync(vm.bootLog, 'utf8')).toMatch(/binfmt: i386 ppc64le riscv64 s390x x86_64\s/);
    // When the agent (here the test shell standing in for it) exits, /init powers the VM off and
    // the host sees QEMU exit on its own.
    s.write('kill -9 $PPID\n');
    const exit = await vm.exited;
    expect(exit).toEqual({ code: 0, signal: null, reason: expect.stringMatching(/^qemu \(tcg\) exited: guest powered off: .*shutdown/) });
    expect(readFileSync(vm.bootLog, 'utf8')).toMatch(/shutdown: agent exited with status 137/);
  }, 900_000);
});
