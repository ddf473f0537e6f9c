// The native path under load and with a client that goes away, driven by the real ctr: every
// output of 200 short `ctr run --rm` at concurrency 10 arrives, a SIGKILLed attached ctr leaves
// its container running (and killable), and nothing is left afterwards (census before/after).
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { census, pool, settled, type Census } from '../helpers/census.js';
import { BUSYBOX, Containerd } from '../helpers/containerd.js';
import { waitFor } from '../helpers/run.js';
import { RUNTIME, shimSocket } from '../helpers/shim.js';

const R = ['--runtime', RUNTIME];
let cd: Containerd;
let before: Census;

beforeAll(async () => {
  // The daemon stays between containers, so its fd count can be compared before and after.
  cd = await Containerd.start({ env: { TANDEM_SHIM_IDLE_EXIT_MS: '600000' } });
  await cd.importBusybox();
  expect(await cd.ctrOk(['run', '--rm', ...R, BUSYBOX, 'warm', 'true'])).toBe('');
  before = await census({ cd });
}, 120_000);
afterAll(() => cd?.dispose());

const taskStatus = async (id: string) => (await cd.ctrOk(['tasks', 'ls'])).match(new RegExp(`^${id}\\s+(\\d+)\\s+(\\w+)`, 'm'));

test('200 ctr run --rm at concurrency 10: every output arrives, nothing is left', { timeout: 900_000 }, async () => {
  const t0 = Date.now();
  const results = await pool(200, 10, async (i) => {
    const r = await cd.ctr(['run', '--rm', ...R, BUSYBOX, `load-${i}`, 'sh', '-c', `echo run-${i}`], { timeoutMs: 300_000 });
    return { i, ...r };
  });
  const secs = (Date.now() - t0) / 1000;
  console.log(`native: 200 ctr run --rm at concurrency 10 in ${secs.toFixed(1)} s (${(200 / secs).toFixed(2)}/s)`);
  const wrong = results.filter((r) => r.code !== 0 || r.stdout !== `run-${r.i}\n` || r.stderr !== '');
  expect(wrong).toEqual([]);
  await settled({ cd }, before);
});

test(
  'an attached ctr run SIGKILLed: the container keeps running, ctr task kill stops it, nothing is left',
  { timeout: 300_000 },
  async () => {
    const client = spawn(
      'ctr',
      ['--address', cd.address, '-n', cd.namespace, 'run', ...R, BUSYBOX, 'talker', 'sh', '-c', 'while :; do echo spam; done'],
      {
        env: cd.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let got = 0;
    client.stdout.on('data', (d: Buffer) => (got += d.length));
    const clientGone = new Promise((r) => client.once('exit', r));
    await waitFor(() => got > 0, 60_000, 'the container to print');
    client.kill('SIGKILL');
    await clientGone;
    // Either it died with its client (SIGPIPE: the bug) or it blocks writing into the full FIFO.
    const pid = Number((await taskStatus('talker'))?.[1]);
    expect(pid).toBeGreaterThan(0);
    const blocked = () => readFileSync(`/proc/${pid}/wchan`, 'utf8').includes('pipe_write');
    await waitFor(async () => (await taskStatus('talker'))?.[2] !== 'RUNNING' || blocked(), 60_000, 'the container to block or die');
    expect((await taskStatus('talker'))?.[2]).toBe('RUNNING');
    await cd.ctrOk(['tasks', 'kill', 'talker']); // SIGTERM
    await waitFor(async () => (await taskStatus('talker'))?.[2] === 'STOPPED', 60_000, 'talker to stop');
    await cd.ctrOk(['tasks', 'delete', 'talker']);
    await cd.ctrOk(['containers', 'delete', 'talker']);
    await settled({ cd }, before);
  },
);

test("the shim daemon's socket is 0600: only its owner may connect", () => {
  expect(statSync(shimSocket(cd)).mode & 0o777).toBe(0o600);
});
