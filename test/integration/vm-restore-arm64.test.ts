// The arm64 guest restored from its template (docs/guest-measurements.md, "The arm64 guest's boot
// images in QEMU's heap"): QEMU's arm loader keeps the kernel Image and the initrd it loads in its
// heap, so a restore starts QEMU with the kernel's header only and no initrd
// (backends/qemu-template.ts incomingArgs), and the restored guest runs containers all the same.
// The VM idles out between containers here, so the second `ctr run` starts a new VM, restored.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Containerd } from '../helpers/containerd.js';
import { importBusyboxIndex } from '../helpers/multi-platform.js';
import { waitFor } from '../helpers/run.js';
import { RUNTIME } from '../helpers/shim.js';
import { startWithTemplates, type TemplateContainerd } from '../helpers/vm-templates.js';

// The arm64 guest image is built from Debian's arm64 packages (guest-arm64.test.ts says more).
const arm64Known = execFileSync('dpkg', ['--print-foreign-architectures'], { encoding: 'utf8' }).split(/\s+/).includes('arm64');
const MULTI = 'docker.io/tandem/busybox-multi:latest';
const ARM = ['--runtime', RUNTIME, '--platform', 'linux/arm64'];

describe.skipIf(!arm64Known)('restoring a saved arm64 VM', () => {
  let t: TemplateContainerd;
  let cd: Containerd;
  let templates: string;

  beforeAll(async () => {
    t = await startWithTemplates({ TANDEM_VM_ARCH: 'arm64' }, 'tandem-templates-arm64-');
    ({ cd, templates } = t);
    await importBusyboxIndex(cd, MULTI);
  }, 300_000);
  afterAll(async () => {
    await t?.dispose();
  });
  // A failure here is about what the vmd did: its log goes with the failure (the directory does not stay).
  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') process.stderr.write(`vm-restore-arm64: the vmd's log:\n${t.vmdMessages()}\n`);
  });

  /** QEMU's command line and pid, for this containerd's VM. */
  function qemu(): { pid: number; args: string[] } {
    const q = t.qemus()[0];
    if (!q) throw new Error(`no QEMU of ${cd.tandemState} runs`);
    return q;
  }
  const after = (args: string[], flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  /** Resident KiB of a process's heap. */
  const heapKiB = (pid: number) => Number(/\[heap\]\n(?:.*\n)*?Rss:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/smaps`, 'utf8'))?.[1] ?? 0);

  test(
    "a restored arm64 VM's QEMU gets the kernel's header and no initrd, holds neither in its heap, and runs containers (one under the guest's own init)",
    { timeout: 900_000 },
    async () => {
      // The first VM boots with the image's kernel and initrd, and is saved as the template.
      expect(await cd.ctrOk(['run', '--rm', ...ARM, MULTI, 'first', 'uname', '-m'], { timeoutMs: 300_000 })).toBe('aarch64\n');
      const { vmdLog } = t;
      await waitFor(() => existsSync(vmdLog) && readFileSync(vmdLog, 'utf8').includes('vm idle: stopping'), 120_000, 'the idle VM to stop');
      await waitFor(() => !qemuRuns(), 60_000, "the first VM's QEMU to exit");
      const template = readdirSync(templates).find((d) => d.startsWith('arm64-'));
      expect(template, readdirSync(templates).join(', ')).toBeDefined();

      // The second is restored from it, and stays up with an idle container.
      await cd.ctrOk(['run', '-d', ...ARM, MULTI, 'idle', 'sleep', '3600'], { timeoutMs: 300_000 });
      expect(readFileSync(vmdLog, 'utf8')).toMatch(/qemu: restored the saved VM/);
      const { pid, args } = qemu();
      const head = join(templates, template!, 'kernel-head');
      expect(after(args, '-kernel')).toBe(head);
      expect(args).not.toContain('-initrd');
      expect(args).toContain('-incoming');
      // The header is the image's kernel's first 64 bytes (the arm64 Image magic at byte 56).
      expect(statSync(head).size).toBe(64);
      expect(readFileSync(head).subarray(56, 60).toString('latin1')).toBe('ARM\x64');
      // Booted, QEMU's heap held the 31 MiB Image and the initrd (46 MiB resident, measured); restored, neither.
      expect(heapKiB(pid)).toBeGreaterThan(0);
      expect(heapKiB(pid)).toBeLessThan(24 * 1024);
      // The save left the `virt` machine's empty flash out of the stream (backends/migration-stream.ts),
      // so the restore never read it: on this host's kernel each read page became resident, both
      // 64 MiB devices (measured: 65536 kB each).
      expect(readFileSync(vmdLog, 'utf8')).toMatch(/left out 16384 zero pages of virt\.flash0, 16384 zero pages of virt\.flash1/);
      const flash = anonymousMappings(pid, 64 * 1024);
      expect(flash.length, 'QEMU has two 64 MiB anonymous mappings (the flash)').toBeGreaterThanOrEqual(2);
      const [first, second] = flash.sort((a, b) => a - b);
      expect(
        [first, second].every((kib) => kib! < 1024),
        `resident KiB: ${flash.join(', ')}`,
      ).toBe(true);
      expect(await cd.ctrOk(['tasks', 'exec', '--exec-id', 'uname', 'idle', 'uname', '-m'])).toBe('aarch64\n');
      // An init from the guest image (what `docker run --init` asks for): the arm64 guest's own tini is pid 1.
      const init = ['--annotation', 'io.containerd.tandem.init=/sbin/docker-init'];
      const cmdline = 'tr "\\0" " " < /proc/1/cmdline';
      expect(await cd.ctrOk(['run', '--rm', ...ARM, ...init, MULTI, 'with-init', '/sbin/docker-init', '--', 'sh', '-c', cmdline])).toBe(
        `/sbin/docker-init -- sh -c ${cmdline} `,
      );
      await cd.ctrOk(['tasks', 'kill', '-s', 'SIGKILL', 'idle']);
    },
  );

  const qemuRuns = () => t.qemus().length > 0;
  /** Resident KiB of each of a process's anonymous read-write mappings of exactly `kib` KiB. */
  const anonymousMappings = (pid: number, kib: number) =>
    readFileSync(`/proc/${pid}/smaps`, 'utf8')
      .split(/\n(?=[0-9a-f]+-[0-9a-f]+ )/)
      .filter((m) => /^\S+ rw-p 00000000 00:00 0\s*\n/.test(m) && new RegExp(`^Size:\\s+${kib} kB`, 'm').test(m))
      .map((m) => Number(/^Rss:\s+(\d+) kB/m.exec(m)?.[1]));
});
