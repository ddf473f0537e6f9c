// The shim keeps containerd's contract on the VM executor too (test/helpers/shim-contract.ts),
// driven the way containerd's Go client drives it. The guest boots once for this file (TCG here).
import { expect } from 'vitest';
import { BUSYBOX, Containerd } from '../helpers/containerd.js';
import { RUNTIME } from '../helpers/shim.js';
import { shimContract } from '../helpers/shim-contract.js';

shimContract('vm', async () => {
  // The VM idles out after 10 min by default; keep it for the whole file.
  const cd = await Containerd.start({ env: { TANDEM_VM_IDLE_TIMEOUT_MS: '600000' } });
  await cd.importBusybox();
  // Boot the guest once, up front, so each test measures the warm path.
  const r = await cd.ctr(
    ['run', '--rm', '--runtime', RUNTIME, '--annotation', 'io.containerd.tandem.runtime=vm', BUSYBOX, 'boot', 'true'],
    {
      timeoutMs: 240_000,
    },
  );
  expect(r).toMatchObject({ code: 0, stderr: '' });
  return cd;
});
