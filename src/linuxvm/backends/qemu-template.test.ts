// The template's key: what the saved state depends on changes it, this VM's own paths do not.
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { invalidArgument } from '../../common/errdefs.js';
import type { Manifest } from '../image/manifest.js';
import { qemuPlan } from './qemu-args.js';
import { incomingArgs, plugShares, pruneTemplates, templateFor, touchTemplate } from './qemu-template.js';
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

test('the same VM in another state directory, image directory or share path has the same template', () => {
  const a = key(cfg());
  expect(key(cfg({ stateDir: '/run/b/7', imageDir: '/img/b', shares: [{ tag: 'tandem', hostPath: '/srv/x', kind: '9p' }] }))).toBe(a);
  expect(templateFor(cfg(), { ...qemuPlan(cfg(), m(), 'tcg'), binary: 'true' }, m(), 'tcg', dir).file).toBe(
    join(dir, `amd64-${a}.vmstate`),
  );
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
  expect(() => incomingArgs({ file: "/a'b", key: '' })).toThrow(invalidArgument('x').constructor);
  expect(incomingArgs({ file: '/t/x.vmstate', key: '' })).toEqual(['-incoming', "exec:cat '/t/x.vmstate'"]);
});

test('pruning keeps the most recently used templates of the architecture, and unfinished saves of live processes', () => {
  const d = mkdtempSync(join(dir, 'prune-'));
  const at = (f: string, s: number) => (writeFileSync(join(d, f), ''), utimesSync(join(d, f), s, s));
  at('amd64-a.vmstate', 100);
  at('amd64-b.vmstate', 400);
  at('amd64-c.vmstate', 300);
  at('amd64-d.vmstate', 200);
  at('arm64-e.vmstate', 1);
  at(`amd64-f.vmstate.${process.pid}.tmp`, 1); // a save under way
  at('amd64-g.vmstate.999999999.tmp', 1); // a save whose process is gone
  expect(pruneTemplates(d, 'amd64', 3).sort()).toEqual(['amd64-a.vmstate', 'amd64-g.vmstate.999999999.tmp']);
  expect(readdirSync(d).sort()).toEqual([
    'amd64-b.vmstate',
    'amd64-c.vmstate',
    'amd64-d.vmstate',
    `amd64-f.vmstate.${process.pid}.tmp`,
    'arm64-e.vmstate',
  ]);
  // Restoring one marks it used: it outlives a newer one.
  touchTemplate({ file: join(d, 'amd64-d.vmstate'), key: 'd' });
  at('amd64-h.vmstate', 500);
  expect(pruneTemplates(d, 'amd64', 3)).toEqual(['amd64-c.vmstate']);
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
