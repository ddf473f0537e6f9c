// The shim keeps containerd's contract on the native executor, driven the way containerd's Go
// client drives it (test/helpers/shim-contract.ts), plus what only the native path has to say:
// the spec fields it cannot honour.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { daemonPaths } from '../../src/shim/paths.js';
import { BUSYBOX, Containerd } from '../helpers/containerd.js';
import { ContainerdClient } from '../helpers/containerd-client.js';
import { RUNTIME } from '../helpers/shim.js';
import { shimContract } from '../helpers/shim-contract.js';

let cd: Containerd;
shimContract('native', async () => {
  cd = await Containerd.start();
  await cd.importBusybox();
  return cd;
});

test('a hostname and a memory limit: the container runs, and the native path warns once that it ignores them', async () => {
  const id = 'limits';
  await cd.ctrOk(['containers', 'create', '--runtime', RUNTIME, '--memory-limit', String(64 << 20), BUSYBOX, id, 'echo', 'ran']);
  const client = new ContainerdClient(cd);
  await client.updateSpec(id, (spec) => (spec.hostname = 'custom-host'));
  client.close();
  expect(await cd.ctrOk(['tasks', 'start', id])).toBe('ran\n');
  await cd.ctr(['tasks', 'delete', id]);
  await cd.ctrOk(['containers', 'delete', id]);
  const warnings = (file: string) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.includes(`"id":"${id}"`) && l.includes('cannot honour'));
  const daemonLog = warnings(daemonPaths(cd.address, cd.namespace, { TANDEM_STATE_DIR: cd.tandemState }).log);
  expect(daemonLog.length).toBe(1);
  expect(daemonLog[0]).toMatch(/"ignored":\["hostname","linux\.resources\.memory\.limit"\]/);
  expect(warnings(`${cd.dir}/containerd.log`).length).toBe(1); // through the bundle's log FIFO
});
