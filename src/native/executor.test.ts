// NativeExecutor driven directly, as root, with a real busybox rootfs, real FIFOs and mounts.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OciSpec } from '../common/oci.js';
import { Code, TandemError } from '../common/errdefs.js';
import { NativeExecutor } from './executor.js';
import { DEFAULT_MOUNTS, Scratch, log, processSpec, openFdCount } from '../../test/helpers/native-fixture.js';

const asRoot = process.getuid?.() === 0;
let scratch: Scratch;
const exec = new NativeExecutor();

beforeAll(() => {
  scratch = new Scratch();
});
afterAll(() => scratch.cleanup());

async function run(
  args: string[],
  opts: { spec?: Partial<OciSpec>; input?: string; proc?: Parameters<typeof processSpec>[1]; inPlace?: boolean } = {},
) {
  const b = scratch.bundle(processSpec(args, opts.proc), opts.spec);
  const fifos = scratch.fifos(b.id, opts.input !== undefined ? ['stdin', 'stdout', 'stderr'] : ['stdout', 'stderr']);
  const rootfs = opts.inPlace === false ? [] : [{ type: 'bind', source: b.image, options: ['rbind', 'rw'] }];
  const c = await exec
    .create({ id: b.id, namespace: 'test', bundle: b.bundle, spec: b.spec, rootfs, stdio: fifos.stdio, log })
    .catch((err: unknown) => {
      fifos.close();
      throw err;
    });
  const [out, err] = fifos.collect();
  if (opts.input !== undefined) fifos.openStdin();
  await c.init.start();
  if (opts.input !== undefined) {
    await fifos.send(opts.input);
    await c.init.closeStdin();
  }
  const st = await c.init.exited;
  const res = { status: st.status, out: await out, err: await err, c, b };
  await c.destroy();
  return res;
}

describe.runIf(asRoot)('NativeExecutor', () => {
  it('runs a program and reports its exit code, stdout and stderr apart', async () => {
    const r = await run(['sh', '-c', 'echo out; echo err >&2; exit 3']);
    expect(r).toMatchObject({ status: 3, out: 'out\n', err: 'err\n' });
  });

  it('reports 128+signal for a signalled exit', async () => {
    const r = await run(['sh', '-c', 'kill -TERM $$']);
    expect(r.status).toBe(128 + 15);
  });

  it('passes stdin and its EOF', async () => {
    const r = await run(['sh', '-c', 'cat; echo done'], { input: 'hello\n' });
    expect(r).toMatchObject({ status: 0, out: 'hello\ndone\n' });
  });

  it('uses spec.root.path when there are no rootfs mounts (ctr --rootfs)', async () => {
    const b = scratch.bundle(processSpec(['true']));
    const r = await run(['cat', '/etc/passwd'], { inPlace: false, spec: { root: { path: b.image } } });
    expect(r.out).toContain('user:x:1000');
  });

  it('honours env, cwd, user and groups', async () => {
    const r = await run(['sh', '-c', 'echo "$FOO $HOME $(pwd) $(id -u):$(id -g):$(id -G)"'], {
      proc: { env: ['PATH=/bin', 'FOO=bar'], cwd: '/tmp', user: { uid: 1000, gid: 1000, additionalGids: [50] } },
    });
    expect(r.out).toBe('bar /home/user /tmp 1000:1000:1000 50\n');
  });

  it('honours rlimits', async () => {
    const r = await run(['sh', '-c', 'ulimit -n'], { proc: { rlimits: [{ type: 'RLIMIT_NOFILE', soft: 77, hard: 88 }] } });
    expect(r.out).toBe('77\n');
  });

  it('mounts the default Linux filesystems and unmounts them after', async () => {
    const r = await run(['sh', '-c', 'ls /proc/self/ >/dev/null && echo proc; ls /dev; ls /sys/class >/dev/null && echo sys'], {
      spec: { mounts: DEFAULT_MOUNTS },
    });
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^proc\n/);
    expect(r.out).toContain('null');
    expect(r.out).toContain('pts');
    expect(readFileSync('/proc/self/mountinfo', 'utf8')).not.toContain(r.b.bundle);
  });

  it('fails Create with a clear error for a missing executable', async () => {
    await expect(run(['/bin/nosuch'])).rejects.toThrow('exec: "/bin/nosuch": no such file or directory');
    await expect(run(['nosuch'])).rejects.toThrow('exec: "nosuch": executable file not found in $PATH');
  });

  it('makes a missing cwd as runc does; fails Create for one that cannot be made and for an unknown user', async () => {
    const made = await run(['sh', '-c', 'pwd'], { proc: { cwd: '/made/for/it' } });
    expect(made.out).toBe('/made/for/it\n');
    await expect(run(['true'], { proc: { cwd: '/bin/sh/below' } })).rejects.toThrow('chdir /bin/sh/below: not a directory');
    const err = await run(['true'], { proc: { user: { uid: 0, gid: 0, username: 'ghost' } } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TandemError);
    expect((err as TandemError).code).toBe(Code.FailedPrecondition);
    expect((err as Error).message).toContain('unable to find user ghost: no matching entries in passwd file');
  });

  it('leaves no fds behind', async () => {
    await run(['true']);
    const before = openFdCount();
    for (let i = 0; i < 3; i++) await run(['sh', '-c', 'echo x'], { input: '' });
    await expect(run(['/bin/nosuch'])).rejects.toThrow();
    expect(openFdCount()).toBe(before);
  });
});
