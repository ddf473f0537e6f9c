// Boots the real x86_64 guest (built from Debian packages, or reused when current) under QEMU
// with the guest's TEST MODE (`tandem.mode=shell`: /init answers shell lines on the agent port
// instead of starting the agent), and checks the pieces the agent will rely on: the ready marker,
// the virtio-serial channel, a 9p share written with ownership kept, port forwarding (at boot and
// added at run time through QMP), and a clean stop. One boot for the whole file.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import net from 'node:net';
import http from 'node:http';
import type { Duplex } from 'node:stream';
import { ensureGuestImage, defaultBuildOptions } from '../../src/linuxvm/image/ensure.js';
import { readManifest } from '../../src/linuxvm/image/manifest.js';
import { QemuBackend } from '../../src/linuxvm/backends/qemu.js';
import type { QemuInstance } from '../../src/linuxvm/backends/qemu-instance.js';
import type { VmInstance } from '../../src/linuxvm/backends/vm-backend.js';

/** Talks to the test shell: one command per line, answered by its output and `<<exit N>>`. */
class TestShell {
  private buf = '';
  private waiter?: () => void;
  /** Says what the guest was doing when a command got no answer (the boot log, the vCPUs). */
  constructor(
    private readonly s: Duplex,
    private readonly diagnose: () => Promise<string> = async () => '',
  ) {
    s.setEncoding('utf8');
    s.on('data', (d: string) => {
      this.buf += d;
      this.waiter?.();
    });
  }
  async run(cmd: string, timeoutMs = 30_000): Promise<{ out: string; code: number }> {
    this.buf = '';
    this.s.write(cmd + '\n');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const m = /<<exit (\d+)>>\n/.exec(this.buf);
      if (m) return { out: this.buf.slice(0, m.index), code: Number(m[1]) };
      if (Date.now() > deadline) throw new Error(`no answer to ${cmd} in ${timeoutMs / 1000} s: ${this.buf}; ${await this.diagnose()}`);
      await new Promise<void>((r) => {
        this.waiter = r;
        setTimeout(r, 200);
      });
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

function httpGet(port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, timeout: 20_000 }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve(body));
      })
      .on('error', reject);
  });
}

/** A bundle made on the host: static busybox as the rootfs, `runc spec` for the config. */
function busyboxBundle(b: string, args: string[]): string {
  mkdirSync(`${b}/rootfs/bin`, { recursive: true });
  copyFileSync('/bin/busybox', `${b}/rootfs/bin/busybox`);
  symlinkSync('busybox', `${b}/rootfs/bin/sh`);
  execFileSync('runc', ['spec'], { cwd: b });
  const spec = JSON.parse(readFileSync(`${b}/config.json`, 'utf8'));
  spec.process.terminal = false;
  spec.root.readonly = false;
  spec.process.args = args;
  writeFileSync(`${b}/config.json`, JSON.stringify(spec));
  return b;
}

describe('guest boot under QEMU (test shell mode)', () => {
  let vm: VmInstance;
  /** The backend's log lines. */
  const logs: string[] = [];
  let shell: TestShell;
  let stateDir: string;
  let shareDir: string;
  let imageDir: string;
  let bootPort: number;
  let bootMs: number;

  beforeAll(async () => {
    imageDir = await ensureGuestImage(defaultBuildOptions('amd64', (m) => console.log(m)));
    stateDir = mkdtempSync('/tmp/tg-boot-');
    shareDir = mkdtempSync('/tmp/tg-share-');
    chmodSync(shareDir, 0o755);
    writeFileSync(`${shareDir}/from-host.txt`, 'hello from the host\n');
    writeFileSync(`${shareDir}/index.html`, 'served from the guest\n');
    bootPort = await freePort();
    const t0 = Date.now();
    vm = await new QemuBackend().start({
      stateDir,
      arch: 'amd64',
      cpus: 2,
      memoryMiB: 512,
      imageDir,
      shares: [{ tag: 'data', hostPath: shareDir, kind: '9p' }],
      portForwards: [{ proto: 'tcp', hostAddr: '127.0.0.1', hostPort: bootPort, guestPort: 8080 }],
      cmdlineExtra: ['tandem.mode=shell'],
      readyTimeoutMs: 120_000,
      log: (m) => (console.log(m), logs.push(m)),
    });
    bootMs = Date.now() - t0;
    shell = new TestShell(await vm.connectAgent(), async () => {
      const cpus = await (vm as QemuInstance).cpuSummary().catch((err: Error) => `vCPU state unavailable: ${err.message}`);
      const tail = readFileSync(vm.bootLog, 'utf8').trimEnd().split('\n').slice(-8).join(' | ');
      return `${cpus}; boot log ends: ${tail}`;
    });
  });

  afterAll(async () => {
    await vm?.kill();
    if (stateDir) rmSync(stateDir, { recursive: true, force: true });
    if (shareDir) rmSync(shareDir, { recursive: true, force: true });
  });

  test('boots to the ready marker and logs the boot', () => {
    console.log(`boot to ready: ${bootMs} ms (${vm.accelerator})`);
    expect(['tcg', 'kvm']).toContain(vm.accelerator);
    expect(readFileSync(vm.bootLog, 'utf8')).toMatch(/tandem-guest: \[[\d.]+\] ready/);
  });

  test('the agent channel carries bytes both ways', async () => {
    const { out, code } = await shell.run('uname -r; head -c 200000 /dev/zero | wc -c');
    expect(code).toBe(0);
    const [kver, count] = out.trim().split('\n');
    expect(kver).toBe(readManifest(imageDir).kernel.kver);
    expect(count!.trim()).toBe('200000');
    expect((await shell.run('exit 3')).code).toBe(3);
  });

  test('the guest has runc, crun, node and cgroup v2', async () => {
    const { out, code } = await shell.run(
      'runc --version | head -1; crun --version | head -1; node --version; cat /sys/fs/cgroup/cgroup.subtree_control',
    );
    expect(code).toBe(0);
    expect(out).toMatch(/^runc version/m);
    expect(out).toMatch(/^crun version/m);
    expect(out).toMatch(/^v18\./m);
    expect(out).toMatch(/\bpids\b/);
  });

  test("the agent's start-up snapshot deserialises, serves, and says so", async (ctx) => {
    // The blob the image build made with this node under TCG's CPU (TANDEM_VM_AGENT_SNAPSHOT=1
    // starts the agent from it): it serves, and leaves at once when no host comes
    // (--orphan-timeout-ms 1). Made natively on an AVX-512 host, the guest's V8 refused it. On
    // the host's CPU (KVM) the backends never ask for it (qemu-args.test.ts).
    if (vm.accelerator !== 'tcg') ctx.skip();
    const { out, code } = await shell.run(
      // The launcher's own snapshot line (its V8 flags are the blob's), with the test's arguments.
      `$(sed -n 's/.*&& exec \\$pre \\(.*\\) "\\$@" ;; esac$/\\1/p' /etc/tandem/agent) --listen /tmp/snap.sock --orphan-timeout-ms 1 2>&1 | grep -o "start=[a-z]*\\|serving\\|shutting down\\|different V8 configurations"`,
      120_000,
    );
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toEqual(['start=snapshot', 'serving', 'shutting down']);
  });

  test("the modules stage 1 leaves for later are loaded beside the agent's start, from the root's tmpfs, then removed", async () => {
    // Stage 1 loads only what reaches the agent (images/guest/init.sh); the rest (balloon, fuse
    // and virtiofs, the network, binfmt_misc …) loads in the background, and the share needs them.
    const { out, code } = await shell.run(
      'for m in virtio_console virtio_blk virtio_balloon virtio_net fuse virtiofs binfmt_misc bridge; do [ -d /sys/module/$m ] && echo $m; done; ls /.rw; cat /proc/sys/fs/binfmt_misc/status',
    );
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toEqual([
      'virtio_console',
      'virtio_blk',
      'virtio_balloon',
      'virtio_net',
      'fuse',
      'virtiofs',
      'binfmt_misc',
      'bridge',
      'upper',
      'work',
      'enabled',
    ]);
    expect(readFileSync(vm.bootLog, 'utf8')).toMatch(
      /tandem-guest: \[[\d.]+\] late modules loaded\r?\n[\s\S]*tandem-guest: \[[\d.]+\] late boot done/,
    );
  });

  test('socat for the vsock bridge is there; without tandem.vsock no vsock module is loaded', async () => {
    // vsock is not namespaced: with vsock_loopback a container could dial the agent's vsock port.
    // /init loads the vsock modules only for tandem.vsock= (vfkit; guest-bridge.test.ts boots that).
    const { out, code } = await shell.run('socat -h | grep -c -i vsock; ls /sys/module | grep vsock; echo end');
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(Number(lines[0])).toBeGreaterThanOrEqual(2);
    expect(lines.slice(1)).toEqual(['end']);
  });

  test('a 9p share is readable and writable, ownership kept on the host', async () => {
    const dir = '/run/tandem/shares/data';
    expect((await shell.run(`cat ${dir}/from-host.txt`)).out).toBe('hello from the host\n');
    const w = await shell.run(
      `echo written by the guest > ${dir}/from-guest.txt && chown 1234:5678 ${dir}/from-guest.txt && mkdir ${dir}/d`,
    );
    expect(w.code).toBe(0);
    expect(readFileSync(`${shareDir}/from-guest.txt`, 'utf8')).toBe('written by the guest\n');
    const st = statSync(`${shareDir}/from-guest.txt`);
    expect([st.uid, st.gid]).toEqual([1234, 5678]);
    expect(statSync(`${shareDir}/d`).isDirectory()).toBe(true);
  });

  test('runc runs a container from a bundle on the share (namespaces, cgroup v2, pivot_root)', async () => {
    const b = busyboxBundle(`${shareDir}/bundle`, [
      '/bin/busybox',
      'sh',
      '-c',
      'busybox hostname; echo $$; busybox cat /proc/self/cgroup; echo hi > /out',
    ]);
    const r = await shell.run('cd /run/tandem/shares/data/bundle && runc --root /run/runc run c1');
    expect(r).toEqual({ out: 'runc\n1\n0::/c1\n', code: 0 });
    expect(readFileSync(`${b}/rootfs/out`, 'utf8')).toBe('hi\n');
  });

  test('crun runs as itself from the read-only system image, which nothing in the guest can write', async () => {
    // On a writable root crun re-executes itself from a detached mount or a copy of its binary
    // (its CVE-2019-5736 guard), and /proc/<pid>/exe no longer names /usr/bin/crun.
    busyboxBundle(`${shareDir}/bundle-crun`, ['/bin/busybox', 'sleep', '60']);
    const r = await shell.run(
      [
        'cd /run/tandem/shares/data/bundle-crun',
        'crun --root /run/crun run c2 >/dev/null 2>&1 & p=$!',
        'i=0; until crun --root /run/crun state c2 2>/dev/null | grep -q running; do i=$((i+1)); [ $i -gt 600 ] && break; sleep 0.1; done',
        'readlink /proc/$p/exe',
        'crun --root /run/crun kill c2 KILL; wait $p',
        'grep " /usr/bin/crun " /proc/mounts | cut -d" " -f3,4 | cut -d, -f1',
        '(echo x > /usr/bin/crun) 2>/dev/null || echo refused',
      ].join('; '),
      120_000,
    );
    expect(r.out.trim().split('\n')).toEqual(['/usr/bin/crun', 'erofs ro', 'refused']);
  });

  test('ports forward to the guest, set at boot and added while running', async () => {
    expect((await shell.run(`httpd -p 8080 -h /run/tandem/shares/data && httpd -p 8081 -h /run/tandem/shares/data`)).code).toBe(0);
    expect(await httpGet(bootPort, '/index.html')).toBe('served from the guest\n');
    const added = await freePort();
    await vm.addPortForward!({ proto: 'tcp', hostAddr: '127.0.0.1', hostPort: added, guestPort: 8081 });
    expect(await httpGet(added, '/from-host.txt')).toBe('hello from the host\n');
    await expect(vm.addPortForward!({ proto: 'tcp', hostAddr: '127.0.0.1', hostPort: added, guestPort: 8081 })).rejects.toThrow(
      /hostfwd_add/,
    );
  });

  test('the guest reaches the host through the NAT (10.0.2.2 is the host)', async () => {
    const srv = http.createServer((_req, res) => res.end('host says hi\n'));
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
    try {
      const port = (srv.address() as net.AddressInfo).port;
      const r = await shell.run(`cat /etc/resolv.conf; ip route | grep default; wget -q -O - http://10.0.2.2:${port}/`);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/nameserver 10\.0\.2\.3/);
      expect(r.out).toMatch(/default via 10\.0\.2\.2/);
      expect(r.out).toMatch(/host says hi\n$/);
    } finally {
      srv.close();
    }
  });

  test('idle memory of the QEMU process', async () => {
    await new Promise((r) => setTimeout(r, 2000));
    const rss = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${vm.pid}/status`, 'utf8'))![1]) / 1024;
    console.log(`idle QEMU RSS: ${rss.toFixed(0)} MiB (guest memory 512 MiB, ${vm.accelerator})`);
    expect(rss).toBeGreaterThan(10);
  });

  test("after boot QEMU's copies of the kernel and initrd, and its own start-up code, are paged out (tandem-pageout)", async () => {
    // Resident KiB of QEMU's mappings of the image's kernel and initrd files, from its smaps.
    const resident = () => {
      let kib = 0;
      let ours = false;
      for (const line of readFileSync(`/proc/${vm.pid}/smaps`, 'utf8').split('\n')) {
        if (/^[0-9a-f]+-[0-9a-f]+ /.test(line)) ours = line.endsWith(`${imageDir}/kernel`) || line.endsWith(`${imageDir}/initrd.img`);
        else if (ours && line.startsWith('Rss:')) kib += Number(/(\d+)/.exec(line)![1]);
      }
      return kib;
    };
    expect(readFileSync(`/proc/${vm.pid}/maps`, 'utf8')).toContain(`${imageDir}/kernel`);
    // The page-out runs in the background from the ready marker on: wait for it, boundedly.
    const pagedOut = () => logs.find((l) => l.startsWith('qemu: paged out after boot'));
    let kib = resident();
    for (let i = 0; i < 300 && (kib > 1024 || !pagedOut()); i++) {
      await new Promise((r) => setTimeout(r, 100));
      kib = resident();
    }
    expect(kib, 'KiB of kernel and initrd still resident in QEMU 30 s after boot').toBeLessThanOrEqual(1024);
    // QEMU's own start-up code went with them (the line is logged once the page-out is done).
    const line = pagedOut();
    expect(line, logs.filter((l) => l.includes('page')).join('; ') || 'no page-out line logged').toBeDefined();
    expect(Number(/QEMU's own code and libraries ([\d.]+) MiB/.exec(line!)?.[1])).toBeGreaterThan(0);
  });

  test("/init powers the guest off on SIGUSR1 (Agent.Poweroff's signal) and stop() waits for QEMU to exit", async () => {
    // No agent in test mode: the shell sends what the agent's Poweroff sends (the vmd's side of it
    // is in vm-restore.test.ts, whose VMs stop on their idle timeout).
    expect((await shell.run('(sleep 0.2; kill -USR1 1) </dev/null >/dev/null 2>&1 &')).code).toBe(0);
    const t0 = Date.now();
    await vm.stop(15_000);
    const exit = await vm.exited;
    console.log(`stop: ${Date.now() - t0} ms, ${JSON.stringify(exit)}`);
    expect(exit.code).toBe(0);
    expect(exit.reason).toBe('stopped by the host');
    expect(() => process.kill(vm.pid, 0)).toThrow();
    expect(readFileSync(vm.bootLog, 'utf8')).toMatch(/shutdown: requested by host/);
    await vm.stop(); // idempotent
    expect(await vm.exited).toBe(exit);
  });
});
