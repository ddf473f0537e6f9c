import { describe, expect, it } from 'vitest';
import { Code } from '../../common/errdefs.js';
import { containerdLikeSpec } from '../../../test/helpers/vm-testkit.js';
import { rootIsInitramfs } from './guest-env.js';
import { lastError, runcError } from './runc.js';
import { ANNOTATION_INIT, ANNOTATION_NETWORK, ANNOTATION_RESOLV_CONF, type OciSpec } from '../../common/oci.js';
import {
  CGROUP_MOUNT,
  GUEST_INIT,
  HOOK_SCRIPT,
  checkId,
  guestResolvConf,
  noRandomize,
  parseSpec,
  processForGuest,
  specForGuest,
  wantsGuestResolv,
} from './spec.js';
import { TelnetOutput, escapeIac } from './telnet.js';

describe('specForGuest', () => {
  const base = containerdLikeSpec('c1', ['sh']);
  base.hooks = { prestart: [{ path: '/usr/bin/host-only' }] };
  (base.linux as Record<string, unknown>).namespaces = [
    { type: 'pid' },
    { type: 'network' },
    { type: 'ipc', path: '/proc/1/ns/ipc' },
    { type: 'uts', path: '/var/run/utsns/host-only' },
    { type: 'mount' },
  ];
  (base.process as unknown as Record<string, unknown>).apparmorProfile = 'cri-containerd.apparmor.d';
  const out = specForGuest(base, {
    id: 'ns--c1',
    rootfs: '/run/tandem/shares/tandem/ns--c1/rootfs',
    terminal: true,
    createdFifo: '/b/created',
    gateFifo: '/b/gate',
  });

  it('points the root at the guest path and keeps the rest of the spec', () => {
    expect(out.root?.path).toBe('/run/tandem/shares/tandem/ns--c1/rootfs');
    expect(out.mounts).toEqual([...base.mounts!, CGROUP_MOUNT]);
    expect(out.process?.args).toEqual(['sh']);
    expect(out.process?.terminal).toBe(true);
    expect(base.root?.path).toBe('rootfs'); // input untouched
  });

  it("sizes a terminal 80x24 when the spec does not (crun would leave it 0x0), keeps a client's size, and drops it without a terminal", () => {
    expect(out.process?.consoleSize).toEqual({ height: 24, width: 80 });
    const p = { ...base.process!, consoleSize: { height: 40, width: 120 } };
    expect(processForGuest(p, true).consoleSize).toEqual({ height: 40, width: 120 });
    expect(processForGuest({ ...p, consoleSize: { height: 0, width: 0 } }, true).consoleSize).toEqual({ height: 24, width: 80 });
    expect(processForGuest(p, false).consoleSize).toBeUndefined();
  });

  it("drops the network namespace and host paths, keeps /proc/<guest pid>/ns paths (a pod's sandbox), moves the cgroup", () => {
    expect((out.linux as { namespaces: { type: string }[] }).namespaces).toEqual([
      { type: 'pid' },
      { type: 'ipc', path: '/proc/1/ns/ipc' },
      { type: 'mount' },
      { type: 'cgroup' },
    ]);
    expect((out.linux as { cgroupsPath: string }).cgroupsPath).toBe('/tandem/ns--c1');
  });

  it('adds a private cgroup namespace and the cgroup mount only where the spec has neither, the latter only beneath its /sys', () => {
    const opts = { id: 'ns--c1', rootfs: '/r', terminal: false, createdFifo: '/b/created', gateFifo: '/b/gate' };
    const nsOf = (s: typeof base) => (s.linux as { namespaces: { type: string; path?: string }[] }).namespaces;
    const own = structuredClone(base);
    nsOf(own).push({ type: 'cgroup', path: '/proc/7/ns/cgroup' });
    own.mounts!.push({ destination: '/sys/fs/cgroup/', type: 'cgroup', source: 'cgroup', options: ['rw'] });
    const kept = specForGuest(own, opts);
    expect(nsOf(kept).filter((ns) => ns.type === 'cgroup')).toEqual([{ type: 'cgroup', path: '/proc/7/ns/cgroup' }]);
    expect(kept.mounts!.filter((m) => m.destination.startsWith('/sys/fs/cgroup'))).toEqual([own.mounts!.at(-1)]);
    const noSys = structuredClone(base);
    noSys.mounts = noSys.mounts!.filter((m) => m.destination !== '/sys');
    expect(specForGuest(noSys, opts).mounts).toEqual(noSys.mounts);
    expect(base.mounts).not.toContainEqual(CGROUP_MOUNT); // input untouched
  });

  it('replaces host hooks with the create/start gate and drops LSM labels', () => {
    expect(out.hooks).toEqual({
      createRuntime: [{ path: '/bin/sh', args: ['sh', '-c', HOOK_SCRIPT, 'tandem-hook', '/b/created', '/b/gate'] }],
    });
    expect((out.process as unknown as Record<string, unknown>).apparmorProfile).toBeUndefined();
  });

  it('gives the container address randomization back when the agent runs without it, unless the spec names a personality', () => {
    const opts = { id: 'ns--c1', rootfs: '/r', terminal: false, createdFifo: '/b/created', gateFifo: '/b/gate' };
    const linuxOf = (s: typeof base) => s.linux as Record<string, unknown>;
    expect(linuxOf(out).personality).toBeUndefined();
    expect(linuxOf(specForGuest(base, { ...opts, randomizeContainer: true })).personality).toEqual({ domain: 'LINUX' });
    const own = structuredClone(base);
    linuxOf(own).personality = { domain: 'LINUX32' };
    expect(linuxOf(specForGuest(own, { ...opts, randomizeContainer: true })).personality).toEqual({ domain: 'LINUX32' });
    expect(noRandomize('00040000\n')).toBe(true);
    expect(noRandomize('00440000')).toBe(true);
    expect(noRandomize('00000000\n')).toBe(false);
    expect(noRandomize('')).toBe(false);
  });

  it("binds the guest image's init where the init annotation says, read-only; refuses without one, or with a relative path", () => {
    const withInit = { ...base, annotations: { [ANNOTATION_INIT]: '/sbin/docker-init' } };
    const o = { id: 'c1', rootfs: '/r', terminal: false, createdFifo: '/b/c', gateFifo: '/b/g' };
    expect(specForGuest(withInit, { ...o, init: GUEST_INIT }).mounts).toContainEqual({
      destination: '/sbin/docker-init',
      type: 'bind',
      source: GUEST_INIT,
      options: ['rbind', 'ro'],
    });
    expect(specForGuest(base, { ...o, init: GUEST_INIT }).mounts?.some((m) => m.source === GUEST_INIT)).toBe(false);
    expect(() => specForGuest(withInit, o)).toThrow(/this guest image has no init .*tandem guest build/);
    const relative = { ...base, annotations: { [ANNOTATION_INIT]: 'sbin/../x' } };
    expect(() => specForGuest(relative, { ...o, init: GUEST_INIT })).toThrow(/must be an absolute path/);
  });

  it("binds a resolv.conf of the guest's nameservers and the annotation's lines, over the host's file", () => {
    const o = { id: 'c', rootfs: '/r', terminal: false, createdFifo: '/b/c', gateFifo: '/b/g' };
    expect(guestResolvConf('# QEMU\nnameserver 10.0.2.3\n', 'search a.test\noptions ndots:2\n')).toBe(
      'nameserver 10.0.2.3\nsearch a.test\noptions ndots:2\n',
    );
    expect(guestResolvConf('', '')).toBe('');
    expect(() => guestResolvConf('nameserver 10.0.2.3\n', 'nameserver 1.2.3.4')).toThrow(/is not a search or options line/);
    const hostFile = {
      destination: '/etc/resolv.conf',
      type: 'bind',
      source: '/run/tandem/shares/s/resolv.conf',
      options: ['rbind', 'rw'],
    };
    const spec = { ...base, mounts: [...(base.mounts ?? []), hostFile], annotations: { [ANNOTATION_RESOLV_CONF]: '' } };
    expect(wantsGuestResolv(spec)).toBe(true);
    expect(wantsGuestResolv(base)).toBe(false);
    const got = specForGuest(spec, { ...o, resolvConf: '/b/resolv.conf' }).mounts!.filter((m) => m.destination === '/etc/resolv.conf');
    expect(got).toEqual([{ destination: '/etc/resolv.conf', type: 'bind', source: '/b/resolv.conf', options: ['rbind', 'rw'] }]);
    expect(specForGuest(spec, o).mounts).toContainEqual(hostFile);
  });

  it("--network none keeps a network namespace of its own; otherwise the guest's is shared", () => {
    const o = { id: 'c', rootfs: '/r', terminal: false, createdFifo: '/b/c', gateFifo: '/b/g' };
    const types = (x: OciSpec) => (x.linux?.namespaces as { type: string }[]).map((n) => n.type);
    expect(types(specForGuest(base, o))).not.toContain('network');
    const none = { ...base, annotations: { [ANNOTATION_NETWORK]: 'none' } };
    expect(types(specForGuest(none, o)).filter((t) => t === 'network')).toHaveLength(1);
  });

  it('validates specs and ids', () => {
    expect(() => parseSpec('{')).toThrow(expect.objectContaining({ code: Code.InvalidArgument }));
    expect(() => parseSpec(JSON.stringify({ ociVersion: '1', process: { args: [] } }))).toThrow(/process.args/);
    expect(() => checkId('container id', '../etc')).toThrow(expect.objectContaining({ code: Code.InvalidArgument }));
    expect(() => checkId('container id', 'default--web.1')).not.toThrow();
  });
});

describe('runc errors', () => {
  it('takes the last error of text and JSON logs and kinds it', () => {
    expect(lastError('time="x" level=error msg="container \\"a\\" does not exist"\n')).toBe('container "a" does not exist');
    expect(lastError('{"level":"info","msg":"x"}\n{"level":"error","msg":"exec: \\"nope\\": not found"}\n')).toBe(
      'exec: "nope": not found',
    );
    expect(runcError('kill', 'a', 'level=error msg="container does not exist"').code).toBe(Code.NotFound);
    expect(runcError('pause', 'a', 'level=error msg="container not running"').code).toBe(Code.FailedPrecondition);
    expect(runcError('ps', 'a', 'weird').code).toBe(Code.Unknown);
  });
});

describe('guest facts', () => {
  it('knows the initial rootfs from a bind of it on /', () => {
    expect(rootIsInitramfs('1 1 0:2 / / rw - rootfs rootfs rw\n')).toBe(true);
    expect(rootIsInitramfs('21 1 0:2 / / rw - rootfs rootfs rw\n22 21 0:5 / /proc rw - proc proc rw\n')).toBe(false);
    expect(rootIsInitramfs('25 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n')).toBe(false);
  });
});

describe('telnet framing', () => {
  it('doubles 0xFF on input and strips commands and the greeting on output', async () => {
    expect([...escapeIac(Buffer.from([1, 0xff, 2]))]).toEqual([1, 0xff, 0xff, 2]);
    const t = new TelnetOutput();
    const chunks: Buffer[] = [];
    t.on('data', (d: Buffer) => chunks.push(d));
    t.write(Buffer.from([0xff, 0xfd, 0x01, 0xff, 0xfb, 0x03, 0x0d, 0x0d, 0x0a]));
    t.write(Buffer.from('\u0001tandem-tty'));
    t.write(
      Buffer.concat([
        Buffer.from('-ready\u0001\r\nhi'),
        Buffer.from([0xff, 0xff, 0xff, 0xfa, 0x1f, 0, 80, 0, 24, 0xff, 0xf0]),
        Buffer.from('!'),
      ]),
    );
    t.end();
    await new Promise((r) => t.on('end', r));
    expect(Buffer.concat(chunks)).toEqual(Buffer.concat([Buffer.from('hi'), Buffer.from([0xff]), Buffer.from('!')]));
  });
});
