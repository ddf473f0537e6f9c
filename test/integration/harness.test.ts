// The harness itself: a private containerd imports the sample image and runs it with runc.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BUSYBOX, Containerd } from '../helpers/containerd.js';

let cd: Containerd;
beforeAll(async () => {
  cd = await Containerd.start();
  await cd.importBusybox();
});
afterAll(() => cd?.dispose());

test('runc runs the busybox image from our private containerd', async () => {
  const r = await cd.ctr(['run', '--rm', BUSYBOX, 'h1', 'sh', '-c', 'echo hello; exit 3']);
  expect(r.stdout).toBe('hello\n');
  expect(r.code).toBe(3);
});
