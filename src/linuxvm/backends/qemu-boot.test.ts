// bootTcg's one retry of a silent boot, against a stand-in for QEMU (a shell script that is
// silent the first time it runs and prints the guest's lines after), so no real VM is needed.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { QemuPlan } from './qemu-args.js';
import { bootTcg, QemuInstance, summarizeCpus } from './qemu-instance.js';
import type { VmConfig } from './vm-backend.js';

const dir = mkdtempSync(join(tmpdir(), 'tandem-qemu-boot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in QEMU running `script` (its first argument: a file it may use to tell its first start). */
function fakeQemu(name: string, script: string): QemuPlan {
  const bin = join(dir, `${name}.sh`);
  writeFileSync(bin, `#!/bin/sh\n${script}\nexec sleep 600\n`);
  chmodSync(bin, 0o755);
  const sock = (n: string) => join(dir, `${name}-${n}.sock`);
  return {
    binary: bin,
    args: [join(dir, `${name}.started`)],
    cmdline: '',
    sockets: { agent: sock('agent'), qmp: sock('qmp') },
    outputPorts: {},
    bootLog: join(dir, `${name}.log`),
    virtiofs: [],
  } as unknown as QemuPlan;
}

const cfg = { readyTimeoutMs: 3000 } as VmConfig;
const launches = (plan: QemuPlan) => readFileSync(plan.bootLog, 'utf8').match(/^--- /gm)?.length ?? 0;

describe('bootTcg', () => {
  it('kills a boot that prints nothing and boots once more, saying so', async () => {
    const plan = fakeQemu(
      'silent-once',
      'if [ ! -e "$1" ]; then : > "$1"; else echo "tandem-guest: [0.50] stage 1"; echo "tandem-guest: [0.90] ready"; fi',
    );
    const lines: string[] = [];
    const vm = await bootTcg(plan, cfg, (m) => lines.push(m));
    try {
      expect(vm.running).toBe(true);
      expect(launches(plan)).toBe(2);
      // The stand-in has no monitor: the line says so instead of where the vCPUs were.
      expect(lines.join('\n')).toMatch(
        /the guest printed nothing in 1\.5 s \(its boot hung before \/init; vCPU state unavailable: [^)]+\); booting it once more/,
      );
    } finally {
      await vm.kill();
    }
  });

  it('kills a boot that spoke and then went quiet before its ready marker, and boots once more, saying after what', async () => {
    const plan = fakeQemu(
      'quiet-once',
      'echo "tandem-guest: [0.50] modules loaded"; if [ ! -e "$1" ]; then : > "$1"; else echo "tandem-guest: [0.90] ready"; fi',
    );
    const lines: string[] = [];
    const vm = await bootTcg(plan, cfg, (m) => lines.push(m));
    try {
      expect([vm.running, launches(plan)]).toEqual([true, 2]);
      expect(lines.join('\n')).toMatch(
        /the guest's boot stopped \(.*the console printed nothing for 1\.5 s after: .*tandem-guest: \[0\.50\] modules loaded; vCPU state unavailable: [^)]+\); booting it once more/,
      );
    } finally {
      await vm.kill();
    }
  });

  it('a guest that keeps printing but never gets ready is not booted again: the bound fails it', async () => {
    const plan = fakeQemu('no-ready', 'while :; do echo "tandem-guest: [0.50] still working"; sleep 0.2; done');
    const lines: string[] = [];
    await expect(bootTcg(plan, cfg, (m) => lines.push(m))).rejects.toThrow(/ready/);
    expect(launches(plan)).toBe(1);
    expect(lines.join('\n')).not.toMatch(/printed nothing|stopped/);
  });

  it('a guest that goes quiet twice fails after its one retry', async () => {
    const plan = fakeQemu('quiet-always', 'echo "tandem-guest: [0.50] modules loaded"');
    await expect(bootTcg(plan, cfg, () => {})).rejects.toThrow(/ready/);
    expect(launches(plan)).toBe(2);
  });

  it('a guest silent twice fails after its one retry', async () => {
    const plan = fakeQemu('silent-always', ': > "$1"');
    const lines: string[] = [];
    await expect(bootTcg(plan, cfg, (m) => lines.push(m))).rejects.toThrow(/ready/);
    expect(launches(plan)).toBe(2);
  });
});

describe('QemuInstance', () => {
  it("is not over until its virtiofsd is gone too: a next start on the same socket needs virtiofsd's lock", async () => {
    // QEMU failing at once, as KVM does here; the TCG start that follows reuses the share's socket.
    const plan = fakeQemu('kvm-fails', 'echo "qemu-system-x86_64: error: failed to set MSR 0x10a to 0x69" >&2; exit 1');
    const share = { tag: 'tandem', socket: join(dir, 'vfs.sock'), hostPath: dir, readonly: false };
    const virtiofsd = join(dir, 'virtiofsd.sh');
    // The stand-in records its pid (exec keeps it) and serves until it is killed.
    writeFileSync(virtiofsd, `#!/bin/sh\necho $$ > ${join(dir, 'vfs.pid')}\n: > ${share.socket}\nexec sleep 600\n`);
    chmodSync(virtiofsd, 0o755);
    const vm = await QemuInstance.launch({ ...plan, virtiofs: [share] }, 'kvm', () => {}, undefined, virtiofsd);
    expect((await vm.exited).reason).toMatch(/exited with status 1/);
    const pid = Number(readFileSync(join(dir, 'vfs.pid'), 'utf8'));
    expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
  });
});

describe('summarizeCpus', () => {
  it("reads each vCPU's program counter and halt state from QEMU's `info registers -a`", () => {
    // Trimmed from QEMU 7.2: an x86 guest in long mode (RIP) and in real mode (EIP), an arm64 one (PC).
    const x86 = [
      '',
      'CPU#0',
      'RAX=0000000000000000 RBX=ffffffff82a0c940 RCX=0000000000000001 RDX=0000000000000000',
      'RIP=ffffffff81e8a3b6 RFL=00000246 [---Z-P-] CPL=0 II=0 A20=1 SMM=0 HLT=0',
      'CPU#1',
      'EAX=00000000 EBX=00000000 ECX=00000000 EDX=00060fb1',
      'EIP=0000fff0 EFL=00000002 [-------] CPL=0 II=0 A20=1 SMM=0 HLT=1',
    ].join('\r\n');
    expect(summarizeCpus(x86)).toBe('vCPU 0 pc=ffffffff81e8a3b6, vCPU 1 pc=fff0 halted');
    const arm = ['CPU#0', ' PC=ffff800008010000 X00=0000000000000000 X01=0000000000000000', 'CPU#1', ' PC=0000000000000000 X00=0'].join(
      '\n',
    );
    expect(summarizeCpus(arm)).toBe('vCPU 0 pc=ffff800008010000, vCPU 1 pc=0');
    expect(summarizeCpus('Error: no such command')).toBe("no vCPU in the monitor's answer");
  });
});
