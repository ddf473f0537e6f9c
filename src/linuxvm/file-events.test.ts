import { appendFileSync, chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { waitFor } from '../../test/helpers/run.js';
import { FileEvents } from './file-events.js';

const dirs: string[] = [];
const open: FileEvents[] = [];
afterEach(() => {
  for (const f of open.splice(0)) f.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A bind source with a file, and a FileEvents recording each Touch call (`missing` says what the guest did not find). */
async function setup(missing: (p: string) => boolean = () => false) {
  const host = mkdtempSync(join(tmpdir(), 'fe-'));
  dirs.push(host);
  mkdirSync(join(host, 'lib'));
  writeFileSync(join(host, 'lib/app.js'), '1');
  const calls: string[][] = [];
  const fe = new FileEvents(
    async (paths) => {
      calls.push(paths);
      return { missing: paths.filter(missing) };
    },
    [{ hostPath: host, containerPath: '/src', isDir: true }],
    (msg) => calls.push([`warn: ${msg}`]),
  );
  open.push(fe);
  return { host, calls, touched: () => calls.flat(), ready: fe.ready };
}

test('an edit on the host, in a subdirectory too, is touched at its path in the container', async () => {
  const { host, touched, ready } = await setup();
  await ready;
  appendFileSync(join(host, 'lib/app.js'), '2');
  await waitFor(() => touched().includes('/src/lib/app.js'), 15_000, 'a touch of /src/lib/app.js');
  mkdirSync(join(host, 'lib/new'));
  writeFileSync(join(host, 'lib/new/mod.js'), 'x');
  await waitFor(() => touched().includes('/src/lib/new/mod.js'), 15_000, 'a touch of /src/lib/new/mod.js');
  expect(touched().every((p) => p.startsWith('/src/'))).toBe(true);
});

test("the touch coming back (the guest's chmod reaches the host file) is not sent again", async () => {
  const { host, calls, touched, ready } = await setup();
  await ready;
  appendFileSync(join(host, 'lib/app.js'), '2');
  await waitFor(() => touched().includes('/src/lib/app.js'), 15_000, 'the first touch');
  const sent = touched().filter((p) => p === '/src/lib/app.js').length;
  // What the agent's chmod does to the host file: the same mode set again.
  chmodSync(join(host, 'lib/app.js'), statSync(join(host, 'lib/app.js')).mode & 0o7777);
  // A later edit elsewhere shows the chmod's event was seen and passed over.
  writeFileSync(join(host, 'lib/other.js'), 'y');
  await waitFor(() => touched().includes('/src/lib/other.js'), 15_000, 'the touch of other.js');
  expect(touched().filter((p) => p === '/src/lib/app.js').length).toBe(sent);
  expect(calls.filter((c) => c[0].startsWith('warn'))).toEqual([]);
});

test('a path the guest did not find is asked for once more, not again and again', async () => {
  const { host, touched, ready } = await setup((p) => p.endsWith('fresh.js'));
  await ready;
  writeFileSync(join(host, 'lib/fresh.js'), 'x');
  await waitFor(() => touched().filter((p) => p === '/src/lib/fresh.js').length >= 2, 15_000, 'a second touch of fresh.js');
  // Past the retry's delay, an edit elsewhere: fresh.js was not asked for a third time.
  await new Promise((r) => setTimeout(r, 1500));
  writeFileSync(join(host, 'lib/later.js'), 'y');
  await waitFor(() => touched().includes('/src/lib/later.js'), 15_000, 'the touch of later.js');
  expect(touched().filter((p) => p === '/src/lib/fresh.js').length).toBe(2);
});

test("a file removed on the host has its directory touched, as the container's watchers of it rescan", async () => {
  const { host, touched, ready } = await setup();
  await ready;
  rmSync(join(host, 'lib/app.js'));
  await waitFor(() => touched().includes('/src/lib'), 15_000, 'a touch of /src/lib');
  expect(touched()).not.toContain('/src/lib/app.js');
});
