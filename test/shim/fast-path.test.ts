// The shim binary's fast path (native/tandem-shim.c) against the contract in
// proto/tandem/shim/v1/manager.proto: the built C binary really runs, against a ttrpc server
// on the socket it derives from (address, namespace), and what it sends is decoded with the
// generated types. TANDEM_NODE points at echo, so if the fast path gives up, the binary's
// fallback (exec node dist/shim/main.js ...) shows up as echoed arguments instead of running
// the Node shim, which would speak the same contract through protobufjs and hide a broken C
// encoder.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { notFound, unavailable } from '../../src/common/errdefs.js';
import { containerd, tandem } from '../../src/generated/protos.js';
import { daemonPaths } from '../../src/shim/paths.js';
import { MANAGER_SERVICE } from '../../src/shim/task-rpc.js';
import { TtrpcServer } from '../../src/ttrpc/server.js';
import { REPO } from '../helpers/containerd.js';

const run = promisify(execFile);
const SHIM = join(REPO, 'native/build/tandem-shim');
const ADDRESS = '/run/containerd-fast-path-test/containerd.sock';
const NAMESPACE = `fast-path-${process.pid}`;

let state: string;
let server: TtrpcServer;
const seen: { service: string; method: string; request: { id: string; bundle: string }; reencoded: boolean }[] = [];
let answer: () => containerd.task.v2.IDeleteResponse = () => ({});
let holding = true;
const holds: { reencoded: boolean }[] = [];

beforeAll(async () => {
  state = mkdtempSync('/tmp/tfastpath-');
  const { dir, socket } = daemonPaths(ADDRESS, NAMESPACE, { TANDEM_STATE_DIR: state });
  mkdirSync(dir, { recursive: true });
  server = new TtrpcServer();
  server.register(MANAGER_SERVICE, {
    Delete: async (ctx, payload) => {
      const r = tandem.shim.v1.DeleteRequest.decode(payload);
      // Re-encoding gives the same bytes: nothing unknown or out of order was sent.
      const reencoded = Buffer.from(tandem.shim.v1.DeleteRequest.encode(r).finish()).equals(payload);
      seen.push({ service: ctx.service, method: ctx.method, request: { id: r.id, bundle: r.bundle }, reencoded });
      return containerd.task.v2.DeleteResponse.encode(answer()).finish();
    },
    Hold: async (_ctx, payload) => {
      holds.push({
        reencoded: Buffer.from(tandem.shim.v1.HoldRequest.encode(tandem.shim.v1.HoldRequest.decode(payload)).finish()).equals(payload),
      });
      if (!holding) throw unavailable('the shim daemon is leaving');
      return tandem.shim.v1.HoldResponse.encode({}).finish();
    },
  });
  await server.listen(socket);
});

afterAll(async () => {
  await server?.close();
  rmSync(state, { recursive: true, force: true });
});

async function shim(args: string[], cwd = state) {
  const env = { ...process.env, TANDEM_STATE_DIR: state, TANDEM_NODE: 'echo' };
  const full = ['-namespace', NAMESPACE, '-address', ADDRESS, ...args];
  return run(SHIM, full, { env, cwd, encoding: 'buffer' });
}

test('delete: the C encoding decodes as tandem.shim.v1.DeleteRequest; the answer is printed as it came', async () => {
  // Long enough for two-byte length varints, and not ASCII, so the lengths are bytes.
  const id = `ctr-é-${'x'.repeat(150)}`;
  const bundle = join(state, `bundle-ü-${'b'.repeat(200)}`);
  const sent = { pid: 4242, exitStatus: 137, exitedAt: { seconds: 1_700_000_000, nanos: 123_456_789 } };
  answer = () => sent;
  seen.length = 0;
  const { stdout, stderr } = await shim(['-id', id, '-bundle', bundle, 'delete']);
  expect(stderr.toString()).toBe('');
  expect(seen).toHaveLength(1);
  expect(seen[0]!.service).toBe('tandem.shim.v1.Manager');
  expect(seen[0]!.method).toBe('Delete');
  expect(seen[0]!.request).toEqual({ id, bundle });
  expect(seen[0]!.reencoded).toBe(true);
  const got = containerd.task.v2.DeleteResponse.decode(stdout);
  const exitedAt = { seconds: Number(got.exitedAt?.seconds), nanos: got.exitedAt?.nanos };
  expect({ pid: got.pid, exitStatus: got.exitStatus, exitedAt }).toEqual(sent);
});

test('delete without -bundle sends the working directory (containerd runs delete in the bundle)', async () => {
  const bundle = mkdtempSync(join(state, 'cwd-'));
  answer = () => ({ exitStatus: 137 });
  seen.length = 0;
  const { stdout } = await shim(['-id', 'c2', 'delete'], bundle);
  expect(seen.map((s) => s.request)).toEqual([{ id: 'c2', bundle }]);
  expect(containerd.task.v2.DeleteResponse.decode(stdout).exitStatus).toBe(137);
});

test('delete: an error status from the daemon sends the binary to its Node fallback', async () => {
  answer = () => {
    throw notFound('no such container');
  };
  seen.length = 0;
  const { stdout } = await shim(['-id', 'c3', '-bundle', state, 'delete']);
  expect(seen).toHaveLength(1);
  // The fallback is `$TANDEM_NODE <repo>/dist/shim/main.js <same arguments>`, here echoed.
  expect(stdout.toString()).toMatch(/dist\/shim\/main\.js -namespace \S+ -address \S+ -id c3 -bundle \S+ delete\n$/);
});

test('start: with a daemon holding, writes <bundle>/address and prints it, without Node', async () => {
  const bundle = mkdtempSync(join(state, 'start-'));
  const { socket } = daemonPaths(ADDRESS, NAMESPACE, { TANDEM_STATE_DIR: state });
  holds.length = 0;
  const { stdout, stderr } = await shim(['-id', 'c4', '-bundle', bundle, 'start']);
  expect(stderr.toString()).toBe('');
  expect(holds).toEqual([{ reencoded: true }]); // asked Manager/Hold, an empty HoldRequest
  expect(stdout.toString()).toBe(`unix://${socket}`);
  expect(readFileSync(join(bundle, 'address'), 'utf8')).toBe(`unix://${socket}`);
});

test('start: a daemon that does not hold (it is leaving) sends the binary to its Node fallback, which starts a new one', async () => {
  const bundle = mkdtempSync(join(state, 'start-leaving-'));
  holding = false;
  holds.length = 0;
  try {
    const { stdout } = await shim(['-id', 'c5', '-bundle', bundle, 'start']);
    expect(holds).toHaveLength(1);
    expect(stdout.toString()).toMatch(/dist\/shim\/main\.js -namespace \S+ -address \S+ -id c5 -bundle \S+ start\n$/);
    expect(existsSync(join(bundle, 'address'))).toBe(false);
  } finally {
    holding = true;
  }
});
