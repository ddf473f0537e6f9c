// Container-level behaviour of the native executor, as root: exec, pids, kill, pause/resume,
// terminal, volumes, read-only root, overlay rootfs, and cleanup after the daemon is gone.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mount, OciSpec } from '../common/oci.js';
import type { StdioConfig } from '../executor/executor.js';
import type { NativeContainer } from './container.js';
import { NativeExecutor } from './executor.js';
import { NATIVE_STATE_FILE } from './paths.js';
import { DEFAULT_MOUNTS, Scratch, log, processSpec } from '../../test/helpers/native-fixture.js';

const asRoot = process.getuid?.() === 0;
let scratch: Scratch;
const executor = new NativeExecutor();
const nullIo: StdioConfig = { stdin: '', stdout: '', stderr: '', terminal: false };

beforeAll(() => {
  scratch = new Scratch();
});
afterAll(() => scratch.cleanup());

const alive = (pid: number) => existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
const mounted = (dir: string) => readFileSync('/proc/self/mountinfo', 'utf8').includes(dir);

async function create(
  args: string[],
  o: { spec?: Partial<OciSpec>; rootfs?: (image: string) => Mount[]; stdio?: StdioConfig; proc?: Parameters<typeof processSpec>[1] } = {},
) {
  const b = scratch.bundle(processSpec(args, o.proc), o.spec);
  const rootfs = o.rootfs ? o.rootfs(b.image) : [{ type: 'bind', source: b.image, options: ['rbind', 'rw'] }];
  const c = (await executor.create({
    id: b.id,
    namespace: 'test',
    bundle: b.bundle,
    spec: b.spec,
    rootfs,
    stdio: o.stdio ?? nullIo,
    log,
  })) as NativeContainer;
  return { c, ...b };
}

async function waitFor(cond: () => boolean | Promise<boolean>, ms = 60_000) {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.runIf(asRoot)('NativeContainer', () => {
  it('yields a pid at create and runs the program only at start', async () => {
    const { c, image } = await create(['sh', '-c', 'touch /started; sleep 60']);
    expect(alive(c.init.pid)).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(path.join(image, 'started'))).toBe(false);
    await c.init.start();
    await waitFor(() => existsSync(path.join(image, 'started')));
    await c.init.kill(9);
    expect((await c.init.exited).status).toBe(137);
    await c.destroy();
  });

  it('outlives a client that went away: blocks on its full FIFO instead of dying of SIGPIPE, and is killable', async () => {
    const fifos = scratch.fifos('hangup', ['stdout', 'stderr']);
    const { c } = await create(['sh', '-c', 'while :; do echo spam; done'], { stdio: fifos.stdio });
    void fifos.collect();
    await c.init.start();
    await waitFor(() => fifos.received(0) > 0);
    fifos.hangUp();
    let exited = false;
    void c.init.exited.then(() => (exited = true));
    // Either it dies (a broken pipe) or it fills the FIFO and blocks in write, as under runc.
    const blocked = () => readFileSync(`/proc/${c.init.pid}/wchan`, 'utf8').includes('pipe_write');
    await waitFor(() => exited || blocked(), 20_000);
    expect(exited).toBe(false);
    await c.init.kill(15);
    expect((await c.init.exited).status).toBe(128 + 15);
    await c.destroy();
  });

  it('runs exec processes, lists pids, kills all, and kills the rest when init exits', async () => {
    const { c, id } = await create(['sh', '-c', 'sleep 600 & setsid sleep 601 & wait']);
    await c.init.start();
    await waitFor(async () => (await c.pids()).length === 3);
    const fifos = scratch.fifos(`${id}-exec`, ['stdout', 'stderr']);
    const e = await c.exec(
      'e1',
      processSpec(['sh', '-c', 'echo exec $(cat /etc/hostname 2>/dev/null || echo in-root); exit 4']),
      fifos.stdio,
    );
    const [out] = fifos.collect();
    await e.start();
    expect((await e.exited).status).toBe(4);
    expect(await out).toBe('exec in-root\n');
    const pids = await c.pids();
    expect(pids[0]).toBe(c.init.pid);
    expect(pids).toHaveLength(3);
    // A process that left the group (setsid) is still found by its root and dies with init.
    await c.init.kill(15);
    await c.init.exited;
    for (const p of pids) expect(alive(p)).toBe(false);
    expect(await c.pids()).toEqual([]);
    await c.destroy();
  });

  it('killAll signals every process', async () => {
    const { c } = await create(['sh', '-c', 'sleep 600 & wait']);
    await c.init.start();
    await waitFor(async () => (await c.pids()).length === 2);
    await c.killAll(9);
    expect((await c.init.exited).status).toBe(137);
    await c.destroy();
  });

  it('pauses and resumes every process', async () => {
    const { c } = await create(['sh', '-c', 'sleep 600 & wait']);
    await c.init.start();
    await waitFor(async () => (await c.pids()).length === 2);
    const state = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1][0];
    // A signal is delivered asynchronously: wait (generously, on a loaded machine) for the
    // stop and the continue to show in /proc rather than reading once.
    const all = async (re: RegExp) => (await c.pids()).every((p) => re.test(state(p)));
    await c.pause();
    await waitFor(() => all(/^T$/), 60_000);
    await c.resume();
    await waitFor(() => all(/^[SR]$/), 60_000);
    await c.destroy();
    expect((await c.init.exited).status).toBe(137);
  });

  it('gives -t a terminal, copies stdin to it and all output out, and resizes', async () => {
    const b = scratch.bundle(processSpec(['true']));
    const fifos = scratch.fifos(b.id, ['stdin', 'stdout']);
    const { c } = await create(['sh', '-c', 'read line; echo "got $line"; stty size; tty; seq 1 2000 | tail -1'], {
      stdio: { ...fifos.stdio, terminal: true },
      proc: { terminal: true, consoleSize: { width: 100, height: 40 } },
    });
    const [out] = fifos.collect();
    fifos.openStdin();
    await c.init.start();
    await c.init.resize(120, 50);
    await fifos.send('hello\n');
    expect((await c.init.exited).status).toBe(0);
    const text = (await out).replace(/\r/g, '');
    expect(text).toContain('got hello');
    expect(text).toContain('50 120');
    expect(text).toMatch(/\/dev\/pts\/\d+\n/);
    expect(text.trimEnd().endsWith('2000')).toBe(true);
    await c.destroy();
  });

  it('bind-mounts a volume, read-only when asked, and refuses a missing source', async () => {
    const vol = path.join(scratch.dir, 'vol');
    mkdirSync(vol, { recursive: true });
    writeFileSync(path.join(vol, 'f'), 'from host');
    const mounts = [{ destination: '/data/in', type: 'bind', source: vol, options: ['rbind', 'ro'] }];
    const b = scratch.bundle(processSpec(['true']));
    const fifos = scratch.fifos(b.id, ['stdout', 'stderr']);
    const { c, image } = await create(['sh', '-c', 'cat /data/in/f; touch /data/in/g'], { spec: { mounts }, stdio: fifos.stdio });
    const [out, err] = fifos.collect();
    await c.init.start();
    expect((await c.init.exited).status).toBe(1);
    expect(await out).toBe('from host');
    expect(await err).toContain('Read-only file system');
    await c.destroy();
    expect(mounted(image)).toBe(false);
    const bad = [{ destination: '/x', type: 'bind', source: '/nonexistent/dir', options: ['rbind'] }];
    await expect(create(['true'], { spec: { mounts: bad } })).rejects.toThrow('bind mount source /nonexistent/dir for /x does not exist');
  });

  it('keeps mount targets inside the root even through absolute symlinks', async () => {
    const vol = path.join(scratch.dir, 'vol2');
    mkdirSync(vol, { recursive: true });
    const b = scratch.bundle(processSpec(['true']));
    const escape = path.join(scratch.dir, 'escape-target');
    execFileSync('ln', ['-s', escape, path.join(b.image, 'link')]);
    const { c } = await create(['true'], {
      spec: { mounts: [{ destination: '/link/x', type: 'bind', source: vol, options: ['rbind'] }] },
      rootfs: () => [{ type: 'bind', source: b.image, options: ['rbind'] }],
    });
    expect(existsSync(escape)).toBe(false);
    expect(existsSync(path.join(b.image, escape.slice(1), 'x'))).toBe(true);
    await c.destroy();
  });

  it('makes the root read-only when root.readonly is set', async () => {
    const b = scratch.bundle(processSpec(['true']));
    const fifos = scratch.fifos(b.id, ['stdout', 'stderr']);
    const { c, image } = await create(['sh', '-c', 'touch /x || echo ro; touch /dev/shm/ok && echo shm'], {
      spec: { root: { path: 'rootfs', readonly: true }, mounts: DEFAULT_MOUNTS },
      stdio: fifos.stdio,
    });
    const [out] = fifos.collect();
    await c.init.start();
    await c.init.exited;
    expect(await out).toBe('ro\nshm\n');
    await c.destroy();
    expect(mounted(image)).toBe(false);
  });

  it('mounts a non-bind rootfs (overlayfs) on <bundle>/rootfs and unmounts it', async () => {
    const b = scratch.bundle(processSpec(['true']));
    const upper = path.join(b.bundle, 'upper');
    const work = path.join(b.bundle, 'work-ovl');
    mkdirSync(upper);
    mkdirSync(work);
    const overlay = [{ type: 'overlay', source: 'overlay', options: [`workdir=${work}`, `upperdir=${upper}`, `lowerdir=${b.image}`] }];
    const { c, bundle } = await create(['sh', '-c', 'echo hi > /written'], { rootfs: () => overlay });
    await c.init.start();
    expect((await c.init.exited).status).toBe(0);
    expect(readFileSync(path.join(upper, 'written'), 'utf8')).toBe('hi\n');
    await c.destroy();
    expect(mounted(path.join(bundle, 'rootfs'))).toBe(false);
  });

  it('cleanup() after the daemon is gone kills what is left and unmounts, idempotently', async () => {
    const { c, bundle, image } = await create(['sh', '-c', 'sleep 600 & setsid sleep 601 & wait'], { spec: { mounts: DEFAULT_MOUNTS } });
    await c.init.start();
    await waitFor(async () => (await c.pids()).length === 3);
    const pids = await c.pids();
    expect(mounted(image)).toBe(true);
    // A fresh executor, as `shim delete` would have, with only the bundle to go on.
    const fresh = new NativeExecutor();
    await fresh.cleanup(bundle, log);
    for (const p of pids) expect(alive(p)).toBe(false);
    expect(mounted(image)).toBe(false);
    expect(existsSync(path.join(bundle, NATIVE_STATE_FILE))).toBe(false);
    await fresh.cleanup(bundle, log);
    await c.destroy();
  });

  it('writes file:// logs and feeds binary:// loggers', async () => {
    const logFile = path.join(scratch.dir, 'logs', 'sub', 'c.log');
    const { c } = await create(['sh', '-c', 'echo to-out; echo to-err >&2'], {
      stdio: { stdin: '', stdout: `file://${logFile}`, stderr: `file://${logFile}`, terminal: false },
    });
    await c.init.start();
    await c.init.exited;
    await c.destroy();
    expect(readFileSync(logFile, 'utf8')).toBe('to-out\nto-err\n');

    const logger = path.join(scratch.dir, 'logger.sh');
    const dest = path.join(scratch.dir, 'binary.log');
    writeFileSync(
      logger,
      `#!/bin/sh\necho ready >&5; exec 5>&-\n{ cat <&3 | sed s/^/out:/ & cat <&4 | sed s/^/err:/ & wait; echo "$CONTAINER_NAMESPACE/$CONTAINER_ID $1=$2"; } > ${dest}\n`,
      { mode: 0o755 },
    );
    const uri = `binary://${logger}?tag=x`;
    const b = await create(['sh', '-c', 'echo a; echo b >&2'], { stdio: { stdin: '', stdout: uri, stderr: uri, terminal: false } });
    await b.c.init.start();
    await b.c.init.exited;
    await b.c.destroy();
    const got = readFileSync(dest, 'utf8').split('\n').filter(Boolean).sort();
    expect(got).toEqual(['err:b', 'out:a', `test/${b.id} tag=x`].sort());
  });
});
