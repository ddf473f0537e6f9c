// The template's key: what the saved state depends on changes it, this VM's own paths do not.
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { invalidArgument } from '../../common/errdefs.js';
import type { Manifest } from '../image/manifest.js';
import { qemuPlan } from './qemu-args.js';
import { allHalted, INCOMING_ARGS, incomingArgs, plugShares, settleCpus, startIncoming, templateFor } from './qemu-template.js';
import { copyRam, openRamFile, pruneRamFiles, pruneTemplates, ramFileFor, touchTemplate } from './qemu-template-files.js';
import type { QmpClient } from './qmp.js';
import type { VmConfig } from './vm-backend.js';

const dir = mkdtempSync(join(tmpdir(), 'qemu-template-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const m = (sha = 'k'): Manifest => ({
  arch: 'amd64',
  kernel: { file: 'kernel', kver: '6.1', format: 'elf', sha256: sha, size: 0 },
  initrd: { file: 'initrd.img', compression: 'none', sha256: 'i', size: 0, cpioSize: 0 },
  system: { file: 'system.img', format: 'erofs', compression: 'lz4', sha256: 's', size: 0 },
  cmdline: 'panic=-1',
  modules: [],
  packages: [],
  sourceDateEpoch: 0,
  inputs: '',
});
const cfg = (over: Partial<VmConfig> = {}): VmConfig => ({
  stateDir: '/run/a/1',
  arch: 'amd64',
  cpus: 2,
  memoryMiB: 512,
  imageDir: '/img/a',
  shares: [{ tag: 'tandem', hostPath: '/run/a/share', kind: '9p' }],
  portForwards: [],
  ...over,
});
// `true --version` prints nothing and succeeds: the QEMU version part of the key is then empty.
const key = (c: VmConfig, manifest = m()) => templateFor(c, { ...qemuPlan(c, manifest, 'tcg'), binary: 'true' }, manifest, 'tcg', dir).key;

test('the same VM in another state directory, image directory, share path or RAM file has the same template', () => {
  const a = key(cfg());
  expect(key(cfg({ stateDir: '/run/b/7', imageDir: '/img/b', shares: [{ tag: 'tandem', hostPath: '/srv/x', kind: '9p' }] }))).toBe(a);
  const t = (c: VmConfig, ramFile: string) => templateFor(c, { ...qemuPlan(c, m(), 'tcg', { ramFile }), binary: 'true' }, m(), 'tcg', dir);
  const tc = cfg({ templateDir: dir });
  expect(t(tc, '/dev/shm/tandem-1-aa.ram').key).toBe(t({ ...tc, stateDir: '/run/c/2' }, '/dev/shm/tandem-2-bb.ram').key);
  expect(t(tc, '/dev/shm/tandem-1-aa.ram')).toMatchObject({
    dir: join(dir, `amd64-${t(tc, '/x').key}`),
    file: join(dir, `amd64-${t(tc, '/x').key}`, 'state'),
    ram: join(dir, `amd64-${t(tc, '/x').key}`, 'ram'),
  });
});

test('memory, CPUs, the image, the share tags or the accelerator change the template', () => {
  const a = key(cfg());
  expect(key(cfg({ memoryMiB: 1024 }))).not.toBe(a);
  expect(key(cfg({ cpus: 1 }))).not.toBe(a);
  expect(key(cfg(), m('other kernel'))).not.toBe(a);
  expect(key(cfg({ shares: [{ tag: 'other', hostPath: '/run/a/share', kind: '9p' }] }))).not.toBe(a);
  expect(templateFor(cfg(), { ...qemuPlan(cfg(), m(), 'kvm'), binary: 'true' }, m(), 'kvm', dir).key).not.toBe(a);
});

test('a plan that boots with a virtiofs device and quoted paths are refused; plugged-in virtiofs is fine', () => {
  const c = cfg({ shares: [{ tag: 'tandem', hostPath: '/x', kind: 'virtiofs' }] });
  expect(() => templateFor(c, { ...qemuPlan(c, m(), 'tcg'), binary: 'true' }, m(), 'tcg', dir)).toThrow(
    /cannot boot with a virtiofs device/,
  );
  const t = cfg({ shares: [{ tag: 'tandem', hostPath: '/x', kind: 'virtiofs' }], templateDir: dir });
  expect(templateFor(t, { ...qemuPlan(t, m(), 'tcg'), binary: 'true' }, m(), 'tcg', dir).key).toMatch(/^[0-9a-f]{16}$/);
});

test('a restore sets x-ignore-shared before it loads the state (the RAM file is already the guest RAM); quotes are refused', async () => {
  const calls: string[] = [];
  const qmp = { execute: async (cmd: string, args?: unknown) => (calls.push(`${cmd} ${JSON.stringify(args)}`), {}) };
  await startIncoming(qmp as never, { dir: '/t', file: '/t/x.vmstate', ram: '/t/x.ram', key: '' });
  expect(calls).toEqual([
    'migrate-set-capabilities {"capabilities":[{"capability":"x-ignore-shared","state":true}]}',
    'migrate-incoming {"uri":"exec:cat \'/t/x.vmstate\'"}',
  ]);
  await expect(startIncoming(qmp as never, { dir: '', file: "/a'b", ram: '', key: '' })).rejects.toThrow(invalidArgument('x').constructor);
});

test("an arm64 restore gets the kernel's header and no initrd (QEMU's arm loader keeps both in its heap); amd64 its own line", () => {
  const t = { dir: join(dir, 'arm64-t'), key: 'k', file: join(dir, 'arm64-t', 'state'), ram: join(dir, 'arm64-t', 'ram') };
  mkdirSync(t.dir);
  const kernel = join(dir, 'Image');
  const image = Buffer.alloc(256 * 1024, 7);
  image.write('ARMd', 56, 'latin1');
  writeFileSync(kernel, image);
  const args = ['-M', 'virt', '-kernel', kernel, '-initrd', join(dir, 'initrd.img'), '-append', 'quiet'];
  expect(incomingArgs(args, t, 'amd64')).toEqual([...args, ...INCOMING_ARGS]);
  const head = join(t.dir, 'kernel-head');
  const arm = incomingArgs(args, t, 'arm64');
  expect(arm).toEqual(['-M', 'virt', '-kernel', head, '-append', 'quiet', ...INCOMING_ARGS]);
  expect(readFileSync(head)).toEqual(image.subarray(0, 64));
  expect(args[3]).toBe(kernel); // the VM's own line (the template's key) is left as it was
  // A later restore reuses the header it finds, without reading the kernel again.
  rmSync(kernel);
  expect(incomingArgs(args, t, 'arm64')).toEqual(arm);
  expect(readdirSync(t.dir)).toEqual(['kernel-head']);
});

test("the RAM copy keeps the file's holes; a running process's open RAM file is found through /proc", async () => {
  const src = join(dir, 'ram-src');
  writeFileSync(src, '');
  // 64 MiB, of which one 4 KiB block in the middle holds data.
  truncateSync(src, 64 * 2 ** 20);
  const fd = openSync(src, 'r+');
  writeSync(fd, Buffer.alloc(4096, 7), 0, 4096, 32 * 2 ** 20);
  expect(openRamFile(process.pid, src)).toBe(`/proc/${process.pid}/fd/${fd}`);
  await copyRam(openRamFile(process.pid, src), join(dir, 'ram-dst'));
  closeSync(fd);
  const dst = join(dir, 'ram-dst');
  expect(statSync(dst).size).toBe(64 * 2 ** 20);
  expect(statSync(dst).blocks * 512).toBeLessThan(2 ** 20);
  expect(
    readFileSync(dst)
      .subarray(32 * 2 ** 20, 32 * 2 ** 20 + 4096)
      .every((b) => b === 7),
  ).toBe(true);
  expect(() => openRamFile(process.pid, join(dir, 'nothing'))).toThrow(/has no open RAM file/);
  await expect(copyRam(join(dir, 'nothing'), dst)).rejects.toThrow(/copying the guest's RAM .*nothing.* failed: cp: /);
});

test("RAM files are named by the vmd's pid and state directory; those of a vmd that is gone are removed", () => {
  const d = mkdtempSync(join(dir, 'shm-'));
  const mine = ramFileFor(d, '/run/a/1');
  expect(mine).toMatch(new RegExp(`/tandem-${process.pid}-[0-9a-f]{12}\\.ram$`));
  expect(ramFileFor(d, '/run/a/2')).not.toBe(mine);
  writeFileSync(mine, '');
  writeFileSync(join(d, 'tandem-999999999-abc.ram'), '');
  writeFileSync(join(d, 'other.ram'), '');
  expect(pruneRamFiles(d)).toEqual(['tandem-999999999-abc.ram']);
  expect(readdirSync(d).sort()).toEqual(['other.ram', mine.split('/').at(-1)].sort());
});

test('pruning keeps the most recently used templates of the architecture, and unfinished saves of live processes', () => {
  const d = mkdtempSync(join(dir, 'prune-'));
  const at = (f: string, s: number) => (mkdirSync(join(d, f)), writeFileSync(join(d, f, 'ram'), ''), utimesSync(join(d, f), s, s));
  at('amd64-a', 100);
  at('amd64-b', 400);
  at('amd64-c', 300);
  at('amd64-d', 200);
  at('arm64-e', 1);
  at(`amd64-f.${process.pid}.tmp`, 1); // a save under way
  at('amd64-g.999999999.tmp', 1); // a save whose process is gone
  expect(pruneTemplates(d, 'amd64', 3).sort()).toEqual(['amd64-a', 'amd64-g.999999999.tmp']);
  expect(readdirSync(d).sort()).toEqual(['amd64-b', 'amd64-c', 'amd64-d', `amd64-f.${process.pid}.tmp`, 'arm64-e']);
  // Restoring one marks it used: it outlives a newer one.
  touchTemplate({ dir: join(d, 'amd64-d'), file: '', ram: '', key: 'd' });
  at('amd64-h', 500);
  expect(pruneTemplates(d, 'amd64', 3)).toEqual(['amd64-c']);
});

test('plugShares adds each chardev then its device, and names the share whose plug failed', async () => {
  const calls: string[] = [];
  const qmp = {
    execute: async (cmd: string, args?: Record<string, unknown>) => {
      calls.push(`${cmd} ${JSON.stringify(args)}`);
      if (cmd === 'device_add' && (args as { tag?: string }).tag === 'bad') throw new Error("QMP GenericError: Bus 'vfsport1' not found");
      return {};
    },
  };
  const c = cfg({
    templateDir: dir,
    shares: [
      { tag: 'good', hostPath: '/a', kind: 'virtiofs' },
      { tag: 'bad', hostPath: '/b', kind: 'virtiofs' },
    ],
  });
  const plan = qemuPlan(c, m(), 'tcg');
  await expect(plugShares(qmp as never, plan.hotplug)).rejects.toThrow(
    "plugging in the virtiofs share bad failed: QMP GenericError: Bus 'vfsport1' not found",
  );
  expect(calls).toEqual([
    'chardev-add {"id":"vfs0","backend":{"type":"socket","data":{"addr":{"type":"unix","data":{"path":"/run/a/1/vfs-good.sock"}},"server":false}}}',
    'device_add {"driver":"vhost-user-fs-pci","id":"vfsdev0","chardev":"vfs0","tag":"good","bus":"vfsport0"}',
    'chardev-add {"id":"vfs1","backend":{"type":"socket","data":{"addr":{"type":"unix","data":{"path":"/run/a/1/vfs-bad.sock"}},"server":false}}}',
    'device_add {"driver":"vhost-user-fs-pci","id":"vfsdev1","chardev":"vfs1","tag":"bad","bus":"vfsport1"}',
  ]);
});

// `info registers -a` of QEMU 7.2, trimmed: x86 says HLT per vCPU, arm says nothing of the kind.
const x86Regs = (hlt0: 0 | 1, hlt1: 0 | 1) =>
  [
    'CPU#0',
    `RIP=ffffffff81e8a3b6 RFL=00000246 [---Z-P-] CPL=0 II=0 A20=1 SMM=0 HLT=${hlt0}`,
    'CPU#1',
    `RIP=ffffffff81e8a3b6 RFL=00000246 [---Z-P-] CPL=0 II=0 A20=1 SMM=0 HLT=${hlt1}`,
  ].join('\n');
const armRegs = ['CPU#0', ' PC=ffff800008010000 X00=0000000000000000', 'CPU#1', ' PC=ffff800008010000 X00=0'].join('\n');

test('allHalted: every x86 vCPU halted or not; unknown for arm and for an answer without vCPUs', () => {
  expect(allHalted(x86Regs(1, 1))).toBe(true);
  expect(allHalted(x86Regs(1, 0))).toBe(false);
  expect(allHalted(armRegs)).toBeUndefined();
  expect(allHalted('')).toBeUndefined();
});

test('settleCpus waits for a busy guest to halt, saves a guest that stays busy after its bound, and does not wait on arm', async () => {
  const fake = (answers: string[]) => {
    let asked = 0;
    const qmp = { hmpQuery: async () => answers[Math.min(asked++, answers.length - 1)]! };
    return { qmp: qmp as unknown as QmpClient, asked: () => asked };
  };
  const settling = fake([x86Regs(0, 1), x86Regs(1, 0), x86Regs(1, 1)]);
  expect(await settleCpus(settling.qmp, 10_000)).toMatch(/^every vCPU halted after \d+ ms$/);
  expect(settling.asked()).toBe(3);
  const busy = fake([x86Regs(0, 0)]);
  expect(await settleCpus(busy.qmp, 200)).toMatch(/^not every vCPU halted after \d+ ms; saved as it was$/);
  expect(busy.asked()).toBeGreaterThan(1);
  const arm = fake([armRegs]);
  expect(await settleCpus(arm.qmp, 10_000)).toBe('vCPU state not shown for this architecture');
  expect(arm.asked()).toBe(1);
});
