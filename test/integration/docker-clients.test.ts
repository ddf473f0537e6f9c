// The Docker endpoint through the API client libraries IDEs and test suites use: dockerode
// (docker-modem underneath) and testcontainers-node (its reaper disabled: no image can be fetched
// from the internet here), against a real containerd running the freshly built shim (native).
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Docker from 'dockerode';
import WebSocket from 'ws';
import { GenericContainer, Wait } from 'testcontainers';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Containerd } from '../helpers/containerd.js';
import { DockerEndpoint } from '../helpers/docker.js';
import { waitFor } from '../helpers/run.js';

let cd: Containerd;
let d: DockerEndpoint;
let docker: Docker;
const IMG = 'tandem/busybox';

beforeAll(async () => {
  cd = await Containerd.start();
  await cd.importBusybox();
  d = await DockerEndpoint.start(cd);
  docker = new Docker({ socketPath: d.socket });
  // testcontainers finds the endpoint as every client does, through DOCKER_HOST.
  process.env.DOCKER_HOST = `unix://${d.socket}`;
  process.env.TESTCONTAINERS_RYUK_DISABLED = 'true';
}, 120_000);
afterAll(async () => {
  await d?.dispose();
  await cd?.dispose();
  // testcontainers leaves its lock files in the temp directory, which the suite checks is clean.
  for (const f of readdirSync(tmpdir()))
    if (/^testcontainers-node-.*\.lock$/.test(f)) rmSync(join(tmpdir(), f), { recursive: true, force: true });
});

/** Docker's multiplexed stream (8-byte frame headers) split into stdout and stderr. */
function demux(buf: Buffer): { stdout: string; stderr: string } {
  const out = { stdout: '', stderr: '' };
  for (let i = 0; i + 8 <= buf.length;) {
    const size = buf.readUInt32BE(i + 4);
    const text = buf.subarray(i + 8, i + 8 + size).toString();
    if (buf[i] === 2) out.stderr += text;
    else out.stdout += text;
    i += 8 + size;
  }
  return out;
}

test('dockerode: images, create, start, wait, logs apart, exec with its exit code, inspect, remove', async () => {
  expect((await docker.listImages()).some((i) => i.RepoTags?.includes(`${IMG}:latest`))).toBe(true);
  const c = await docker.createContainer({ Image: IMG, Cmd: ['sh', '-c', 'echo out; echo err >&2; exit 4'] });
  await c.start();
  expect((await c.wait()).StatusCode).toBe(4);
  expect(demux(await c.logs({ stdout: true, stderr: true, follow: false }))).toEqual({ stdout: 'out\n', stderr: 'err\n' });
  expect((await c.inspect()).State).toMatchObject({ Status: 'exited', ExitCode: 4 });
  await c.remove();
  await expect(c.inspect()).rejects.toMatchObject({ statusCode: 404 });

  const s = await docker.createContainer({ Image: IMG, Cmd: ['sleep', '600'] });
  await s.start();
  const ex = await s.exec({ Cmd: ['sh', '-c', 'echo in-exec; exit 3'], AttachStdout: true, AttachStderr: true });
  const stream = await ex.start({ hijack: true, stdin: false });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  expect(demux(Buffer.concat(chunks)).stdout).toBe('in-exec\n');
  expect((await ex.inspect()).ExitCode).toBe(3);
  await s.remove({ force: true });
});

test('testcontainers: a GenericContainer waits for its log line (logs follow with tail=-1), execs, stops and is removed', async () => {
  const c = await new GenericContainer(IMG)
    .withCommand(['sh', '-c', 'echo ready; exec sleep 600'])
    .withWaitStrategy(Wait.forLogMessage('ready'))
    .start();
  try {
    const r = await c.exec(['sh', '-c', 'echo hi; exit 2']);
    expect(r).toMatchObject({ output: 'hi\n', exitCode: 2 });
    const name = c.getName().replace(/^\//, '');
    expect(JSON.parse(await d.dockerOk(['inspect', name]))[0].State.Running).toBe(true);
  } finally {
    await c.stop();
  }
  expect(await d.dockerOk(['ps', '-aq'])).toBe(''); // stop removes it (testcontainers' default)
});

test('attach/ws (what browser-based clients use): earlier output with logs=1, stdin from messages, output unframed; a stopped container ends the socket', async () => {
  const c = await docker.createContainer({
    Image: IMG,
    Cmd: ['sh', '-c', 'echo ready; read line; echo "got $line"; echo err >&2'],
    OpenStdin: true,
  });
  await c.start();
  const logged = async () => (await c.logs({ stdout: true, follow: false })).toString();
  await waitFor(async () => (await logged()).includes('ready'), 60_000, 'the container to print ready');
  const ws = new WebSocket(`ws+unix://${d.socket}:/v1.43/containers/${c.id}/attach/ws?logs=1&stream=1&stdin=1&stdout=1&stderr=1`);
  let got = '';
  ws.on('message', (data: Buffer) => (got += data.toString()));
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  ws.send('hello\n');
  expect(await closed).toBe(1000);
  // Unframed: no 8-byte stream headers, stdout and stderr as they came.
  expect(got).toBe('ready\ngot hello\nerr\n');
  expect((await c.wait()).StatusCode).toBe(0);
  await c.remove();
  // A container that is not there is Docker's 404 before any upgrade.
  const missing = new WebSocket(`ws+unix://${d.socket}:/v1.43/containers/nosuch/attach/ws?stream=1`);
  const status = await new Promise<number>((resolve) => missing.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
  expect(status).toBe(404);
});
