// A template boot whose agent does not serve in time (one arm64 trim never ended, docs/guest.md)
// must not cost the user's container: the vmd kills that VM, boots one plainly (no template),
// says why in its log, and boots this vmd's later VMs plainly at once. The bound is set to 1 ms
// here (TANDEM_VM_TEMPLATE_SERVE_TIMEOUT_MS), which no real agent meets: the path runs with a real
// guest, containerd and ctr, and only the cause of the missed bound is not a real hang.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { BUSYBOX } from '../helpers/containerd.js';
import { waitFor } from '../helpers/run.js';
import { RUNTIME } from '../helpers/shim.js';
import { startWithTemplates, type TemplateContainerd } from '../helpers/vm-templates.js';

describe('a template boot whose agent does not serve in time', () => {
  const R = ['--runtime', RUNTIME];
  const VM = ['--annotation', 'io.containerd.tandem.runtime=vm'];
  let t: TemplateContainerd;

  beforeAll(async () => {
    t = await startWithTemplates({ TANDEM_VM_TEMPLATE_SERVE_TIMEOUT_MS: '1' });
    await t.cd.importBusybox();
  }, 120_000);
  afterAll(async () => {
    await t?.dispose();
  });
  // A failure here is about what the vmd did: its log goes with the failure (the directory does not stay).
  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') process.stderr.write(`vm-template-fallback: the vmd's log:\n${t.vmdMessages()}\n`);
  });

  // The first start's line; a later start in this vmd says "booting without a template: …" instead.
  const FAILED =
    /qemu: the template boot's agent did not serve within 1 ms of the ready marker \(.*\); booting the VM without saving a template, as this vmd's VMs will for 30 min/;
  const PLAIN = /qemu: booting without a template: until \S+Z: the template boot's agent did not serve within 1 ms/;

  test('the VM is killed and booted plainly, saying why; the container runs; nothing is saved or left', { timeout: 900_000 }, async () => {
    const out = await t.cd.ctrOk(['run', '--rm', ...R, ...VM, BUSYBOX, 'first', 'uname', '-m'], { timeoutMs: 300_000 });
    expect(out.trim()).toBe('x86_64');
    expect(t.vmdLines(FAILED)).toHaveLength(1);
    // A VM that went away under the create (a guest that stopped answering, ended by the ping
    // bound; once in a CI run here, cause not seen) does not fail the test: the create is made
    // again on a new VM, which boots plainly at once. Its reason goes to the log.
    for (const l of t.vmdLines(/"msg":"vm gone"/)) process.stderr.write(`vm-template-fallback: ${l}\n`);
    expect(t.vmdLines(/saved the booted VM as|restored the saved VM/)).toEqual([]);
    expect(readdirSync(t.templates)).toEqual([]);
    // One QEMU runs (a plain one), the killed template VM's is gone, and its RAM file with it.
    await waitFor(() => t.qemus().length === 1, 60_000, 'one QEMU of this containerd');
    const vmd = Number(readFileSync(join(t.cd.tandemState, 'vm', 'vm.json'), 'utf8').match(/"ownerPid":\s*(\d+)/)?.[1]);
    expect(vmd).toBeGreaterThan(0);
    expect(readdirSync('/dev/shm').filter((f) => f.startsWith(`tandem-${vmd}-`))).toEqual([]);
  });

  test("this vmd's next VM boots plainly at once, naming the earlier failure", { timeout: 900_000 }, async () => {
    await waitFor(() => t.vmdLines(/vm idle: stopping/).length >= 1, 120_000, 'the idle VM to stop');
    const plainBefore = t.vmdLines(PLAIN).length;
    const out = await t.cd.ctrOk(['run', '--rm', ...R, ...VM, BUSYBOX, 'second', 'uname', '-m'], { timeoutMs: 300_000 });
    expect(out.trim()).toBe('x86_64');
    expect(t.vmdLines(PLAIN).length).toBeGreaterThan(plainBefore);
    expect(t.vmdLines(FAILED)).toHaveLength(1); // no second template boot
    expect(readdirSync(t.templates)).toEqual([]);
  });
});
