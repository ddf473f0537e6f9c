// `tandem doctor` on this host: everything needed is here (exit 0, each line a real check); with
// a PATH that has no QEMU it says so, with the package that fixes it, and exits 1.
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { REPO, removeTree } from '../helpers/containerd.js';
import { run } from '../helpers/run.js';

const dir = mkdtempSync('/tmp/td-doctor-');
const doctor = (env: NodeJS.ProcessEnv, extra: string[] = []) =>
  run(process.execPath, [join(REPO, 'dist/cli/main.js'), 'doctor', '--state-dir', join(dir, 'state'), ...extra], {
    env: { ...env, TANDEM_CACHE_DIR: join(dir, 'cache') },
    timeoutMs: 60_000,
  });

afterAll(() => removeTree(dir));

test('on this host everything needed works: exit 0, one line per check', async () => {
  const r = await doctor(process.env);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^ok\s+containerd\s+1\.6\.\S+ at \/usr\/bin\/containerd \(config version 2\)$/m);
  expect(r.stdout).toMatch(/^ok\s+shim\s+\S+containerd-shim-tandem-v1 answers: containerd-shim-tandem-v1 /m);
  expect(r.stdout).toMatch(/^ok\s+QEMU\s+\S*qemu-system-x86_64$/m);
  expect(r.stdout).toMatch(/^(ok|warn)\s+accelerator\s/m);
  // No image in this empty cache: a warning with its fix, not a failure (tandem up builds it).
  expect(r.stdout).toMatch(/^warn\s+guest image\s+none for this tandem in .*\n\s+fix: tandem guest build --arch amd64$/m);
  const checks = JSON.parse((await doctor(process.env, ['--json'])).stdout) as { name: string; status: string }[];
  expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
});

test('a PATH without QEMU: the failure names the fix, exit 1', async () => {
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  for (const tool of ['containerd', 'ctr']) symlinkSync(`/usr/bin/${tool}`, join(bin, tool));
  const r = await doctor({ ...process.env, PATH: bin });
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(
    /^FAIL\s+QEMU\s+qemu-system-x86_64 is not on PATH: no VM for VM containers\n\s+fix: apt-get install qemu-system-x86$/m,
  );
  expect(r.stdout).toMatch(/^ok\s+containerd\s/m);
});
