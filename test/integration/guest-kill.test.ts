// Boots the x86_64 guest once with a virtiofs share (virtiofsd + memfd-backed guest RAM) in the
// guest's test-shell mode, checks the share, then kills QEMU: `exited` must report it, and the
// virtiofsd helper must be gone too.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { ensureGuestImage, defaultBuildOptions } from '../../src/linuxvm/image/ensure.js';
import { QemuBackend } from '../../src/linuxvm/backends/qemu.js';
import type { VmInstance } from '../../src/linuxvm/backends/vm-backend.js';
import { waitFor } from '../helpers/run.js';

/** Pids of processes whose command line mentions `needle`. */
function pidsMentioning(needle: string): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(needle);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function shell(vm: VmInstance, cmd: string): Promise<{ out: string; code: number }> {
  const s = await vm.connectAgent();
  s.setEncoding('utf8');
  let buf = '';
  s.write(cmd + '\n');
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no answer to ${cmd}: ${buf}`)), 30_000);
    s.on('data', (d: string) => {
      buf += d;
      const m = /<<exit (\d+)>>\n/.exec(buf);
      if (m) {
        clearTimeout(t);
        s.destroy();
        resolve({ out: buf.slice(0, m.index), code: Number(m[1]) });
      }
    });
  });
}

describe('guest with a virtiofs share, killed', () => {
  let vm: VmInstance;
  let stateDir: string;
  let shareDir: string;

  beforeAll(async () => {
    const imageDir = await ensureGuestImage(defaultBuildOptions('amd64', (m) => console.log(m)));
    stateDir = mkdtempSync('/tmp/tg-kill-');
    shareDir = mkdtempSync('/tmp/tg-vfs-');
    chmodSync(shareDir, 0o755);
    writeFileSync(`${shareDir}/from-host.txt`, 'over virtiofs\n');
    vm = await new QemuBackend().start({
      stateDir,
      arch: 'amd64',
      cpus: 1,
      memoryMiB: 384,
      imageDir,
      shares: [{ tag: 'vol', hostPath: shareDir, kind: 'virtiofs' }],
      portForwards: [],
      cmdlineExtra: ['tandem.mode=shell'],
      readyTimeoutMs: 120_000,
    });
  });

  afterAll(async () => {
    await vm?.kill();
    if (stateDir) rmSync(stateDir, { recursive: true, force: true });
    if (shareDir) rmSync(shareDir, { recursive: true, force: true });
  });

  test('the share is readable and writable, ownership kept', async () => {
    const dir = '/run/tandem/shares/vol';
    expect((await shell(vm, `cat ${dir}/from-host.txt`)).out).toBe('over virtiofs\n');
    // The channel accepts a new connection after the previous one closed.
    const w = await shell(vm, `printf guest > ${dir}/g.txt && chown 4321:8765 ${dir}/g.txt && grep -c virtiofs /proc/mounts`);
    expect(w).toEqual({ out: '1\n', code: 0 });
    expect(readFileSync(`${shareDir}/g.txt`, 'utf8')).toBe('guest');
    const st = statSync(`${shareDir}/g.txt`);
    expect([st.uid, st.gid]).toEqual([4321, 8765]);
    expect(pidsMentioning(`${stateDir}/vfs-vol.sock`).length).toBeGreaterThanOrEqual(2); // qemu + virtiofsd
  });

  test('kill() is noticed through exited, helpers go too', async () => {
    await vm.kill();
    const exit = await vm.exited;
    expect(exit.signal).toBe('SIGKILL');
    expect(exit.code).toBeNull();
    expect(exit.reason).toBe('killed by the host');
    expect(() => process.kill(vm.pid, 0)).toThrow();
    await waitFor(() => pidsMentioning(`${stateDir}/vfs-vol.sock`).length === 0, 30_000, 'virtiofsd to be gone');
    await vm.stop(); // no-op once exited
    await vm.kill();
    expect(await vm.exited).toBe(exit);
  });
});
