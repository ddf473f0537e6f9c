// withTemplate's way out of a template boot whose agent never serves (its trim did not end once,
// docs/guest.md): the VM is killed and booted plainly, saying why, and this vmd's later starts
// boot plainly at once. Stand-ins for QEMU (shell scripts printing the guest's lines), no real VM.
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { QemuPlan } from './qemu-args.js';
import { FailedTemplateBoots, templateServeMs, withTemplate } from './qemu.js';
import type { Template } from './qemu-template.js';
import type { VmConfig } from './vm-backend.js';

const dir = mkdtempSync(join(tmpdir(), 'tandem-template-boot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in QEMU that prints `lines` as the guest's console and runs on. */
function fakeQemu(name: string, lines: string[]): QemuPlan {
  const bin = join(dir, `${name}.sh`);
  writeFileSync(bin, `#!/bin/sh\necho $$ > ${join(dir, `${name}.pid`)}\n${lines.map((l) => `echo '${l}'`).join('\n')}\nexec sleep 600\n`);
  chmodSync(bin, 0o755);
  const sock = (n: string) => join(dir, `${name}-${n}.sock`);
  return {
    binary: bin,
    args: [],
    cmdline: '',
    sockets: { agent: sock('agent'), qmp: sock('qmp') },
    outputPorts: {},
    bootLog: join(dir, `${name}.log`),
    virtiofs: [],
    hotplug: [],
  } as unknown as QemuPlan;
}

const READY = 'tandem-guest: [0.90] ready';
const TRIMMING = 'tandem-agent info: [1.20] trimming for the save';
const launches = (plan: QemuPlan) => readFileSync(plan.bootLog, 'utf8').match(/^--- /gm)?.length ?? 0;

describe('withTemplate', () => {
  it('kills a template boot whose agent does not serve in time, boots plainly and says why, then boots plainly at once', async () => {
    const templates = join(dir, 'templates');
    const t: Template = {
      dir: join(templates, 'amd64-k'),
      key: 'k',
      file: join(templates, 'amd64-k', 'state'),
      ram: join(templates, 'amd64-k', 'ram'),
    };
    const template = fakeQemu('template', [READY, TRIMMING]);
    const plain = fakeQemu('plain', [READY]);
    const cfg = { arch: 'amd64', readyTimeoutMs: 3000, templateServeTimeoutMs: 500 } as VmConfig;
    const lines: string[] = [];
    const vm = await withTemplate(
      template,
      () => plain,
      t,
      cfg,
      (m) => lines.push(m),
    );
    try {
      expect(vm.running).toBe(true);
      expect(vm.bootLog).toBe(plain.bootLog);
      expect(launches(template)).toBe(1);
      expect(launches(plain)).toBe(1);
      expect(lines.join('\n')).toMatch(
        /the template boot's agent did not serve within 500 ms of the ready marker \(.*last lines: .*trimming for the save.*\); booting the VM without saving a template, as this vmd's VMs will for 30 min/,
      );
      expect(readdirSync(dir)).not.toContain('templates'); // nothing was saved
    } finally {
      await vm.kill();
    }
    // The template QEMU was killed, not left running beside the plain one.
    const templatePid = Number(readFileSync(join(dir, 'template.pid'), 'utf8'));
    expect(() => process.kill(templatePid, 0)).toThrow(/ESRCH/);
    const again: string[] = [];
    const vm2 = await withTemplate(
      template,
      () => plain,
      t,
      cfg,
      (m) => again.push(m),
    );
    try {
      expect(launches(template)).toBe(1);
      expect(launches(plain)).toBe(2);
      expect(again.join('\n')).toMatch(/booting without a template: until \S+Z: the template boot's agent did not serve within 500 ms/);
    } finally {
      await vm2.kill();
    }
  });
});

describe('templateServeMs', () => {
  it('gives half of the boot bound left, at least 15 s, unless set', () => {
    expect(templateServeMs(120_000, 8_000)).toBe(56_000);
    expect(templateServeMs(120_000, 110_000)).toBe(15_000);
    expect(templateServeMs(120_000, 8_000, 1)).toBe(1);
  });
});

describe('FailedTemplateBoots', () => {
  it('keeps a failed template from booting for a while, then lets it be tried again', () => {
    const f = new FailedTemplateBoots(60_000);
    expect(f.blocked('/t/a', 0)).toBeUndefined();
    f.note('/t/a', 'its agent did not serve', 1_000);
    expect(f.blocked('/t/a', 1_000)).toBe('until 1970-01-01T00:01:01.000Z: its agent did not serve');
    expect(f.blocked('/t/a', 60_999)).toMatch(/its agent did not serve/);
    expect(f.blocked('/t/b', 2_000)).toBeUndefined();
    expect(f.blocked('/t/a', 61_000)).toBeUndefined();
    expect(f.blocked('/t/a', 2_000)).toBeUndefined(); // forgotten once it expired
  });
});
