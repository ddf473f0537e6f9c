import { describe, expect, test } from 'vitest';
import { buildSpec, execProcess, mergeConfig, mergeEnv, parseUser, processArgs } from './spec.js';
import { resources } from './resources.js';
import { ALL_CAPS } from './host-options.js';
import { frame } from './stdio.js';

describe('create request over the image config', () => {
  const image = { Env: ['PATH=/bin', 'A=1'], Cmd: ['sh'], WorkingDir: '/w', User: 'nobody', Labels: { img: 'x' } };

  test('request Cmd replaces the image Cmd; env merges by name; defaults come from the image', () => {
    const c = mergeConfig({ Image: 'i', Cmd: ['echo', 'hi'], Env: ['A=2', 'B=3'], Labels: { l: 'y' } }, image);
    expect(c.Cmd).toEqual(['echo', 'hi']);
    expect(c.Env).toEqual(['PATH=/bin', 'A=2', 'B=3']);
    expect(c.WorkingDir).toBe('/w');
    expect(c.User).toBe('nobody');
    expect(c.Labels).toEqual({ img: 'x', l: 'y' });
  });

  test('a request Entrypoint drops the image Cmd', () => {
    const c = mergeConfig({ Image: 'i', Entrypoint: ['/bin/env'] }, image);
    expect(c.Entrypoint).toEqual(['/bin/env']);
    expect(c.Cmd).toBeNull();
    // `--entrypoint ""`: neither the image's entrypoint nor its Cmd; the request's Cmd alone.
    const reset = mergeConfig({ Image: 'i', Entrypoint: [''], Cmd: ['echo', 'x'] }, { ...image, Entrypoint: ['/init'] });
    expect([reset.Entrypoint, reset.Cmd]).toEqual([null, ['echo', 'x']]);
    const none = mergeConfig({ Image: 'i', Entrypoint: [''] }, { ...image, Entrypoint: ['/init'] });
    expect([none.Entrypoint, none.Cmd]).toEqual([null, null]);
    expect(() => processArgs(none)).toThrow(/no command specified/);
  });

  test('PATH is added when neither side has one', () => {
    expect(mergeConfig({ Image: 'i', Cmd: ['x'] }, {}).Env![0]).toMatch(/^PATH=/);
    expect(mergeEnv(['A=1'], ['A=2', 'NOVALUE'])).toEqual(['A=2']);
  });
});

describe('users', () => {
  test.each([
    ['', { uid: 0, gid: 0 }],
    ['1000:50', { uid: 1000, gid: 50 }],
    // Resolved by the executor in the image's accounts (common/accounts.ts).
    ['1000', { uid: 0, gid: 0, username: '1000' }],
    ['user', { uid: 0, gid: 0, username: 'user' }],
    ['u:staff', { uid: 0, gid: 0, username: 'u:staff' }],
  ])('%j', (u, want) => expect(parseUser(u)).toEqual(want));
});

describe('OCI spec', () => {
  const base = { id: 'a'.repeat(64), namespace: 'ns', mounts: [], publish: [] };

  test('tandem-vm and -p become the tandem annotations; no network namespace', () => {
    const s = buildSpec({
      ...base,
      config: { Cmd: ['true'], Env: [] },
      hostConfig: { Annotations: { k: 'v' } },
      runtime: 'tandem-vm',
      publish: ['8080:80/tcp'],
    });
    expect(s.annotations).toEqual({ k: 'v', 'io.containerd.tandem.runtime': 'vm', 'io.containerd.tandem.publish': '8080:80/tcp' });
    expect((s.linux as { namespaces: { type: string }[] }).namespaces.map((n) => n.type)).not.toContain('network');
    expect(s.hostname).toBe('a'.repeat(12));
    expect(s.process!.args).toEqual(['true']);
  });

  test('a volume mount replaces a default mount at the same place; tty sets TERM', () => {
    const s = buildSpec({
      ...base,
      config: { Cmd: ['sh'], Env: ['PATH=/bin'], Tty: true },
      hostConfig: {},
      runtime: 'tandem',
      mounts: [{ destination: '/dev/shm', type: 'bind', source: '/x', options: ['rbind'] }],
    });
    expect(s.mounts!.filter((m) => m.destination === '/dev/shm')).toEqual([
      { destination: '/dev/shm', type: 'bind', source: '/x', options: ['rbind'] },
    ]);
    // dockerd's order: its PATH (the container's replaces it in place), HOSTNAME, TERM, then the rest.
    expect(s.process!.env).toEqual(['PATH=/bin', `HOSTNAME=${'a'.repeat(12)}`, 'TERM=xterm']);
    expect(s.process!.terminal).toBe(true);
  });

  test('--privileged: every capability, every device allowed, /sys writable, no masked paths', () => {
    const spec = (Privileged: boolean) =>
      buildSpec({ ...base, config: { Cmd: ['true'] }, hostConfig: { Privileged }, runtime: 'tandem-vm' });
    const [plain, privileged] = [spec(false), spec(true)];
    const sys = (s: typeof plain) => s.mounts!.find((m) => m.destination === '/sys')!.options;
    const rules = (s: typeof plain) => (s.linux!.resources as { devices: unknown[] }).devices;
    expect([sys(plain), rules(plain)]).toEqual([['nosuid', 'noexec', 'nodev', 'ro'], [{ allow: false, access: 'rwm' }]]);
    expect([sys(privileged), rules(privileged)]).toEqual([['nosuid', 'noexec', 'nodev'], [{ allow: true, access: 'rwm' }]]);
    // Written out: without them runc and crun give the process no capability at all.
    expect(privileged.process!.capabilities).toEqual({ bounding: ALL_CAPS, permitted: ALL_CAPS, effective: ALL_CAPS });
    expect((privileged.linux as { maskedPaths: string[] }).maskedPaths).toEqual([]);
  });

  test('exec inherits the container process and overrides what the request says', () => {
    const config = { Cmd: ['sleep', '1'], Env: ['A=1', 'C=3'], WorkingDir: '/w', Hostname: 'web', Tty: true };
    const s = buildSpec({ ...base, config, hostConfig: {}, runtime: 'tandem' });
    const c = { Id: base.id, Config: config };
    const p = execProcess(s.process, c, { Cmd: ['ls'], Env: ['B=2', 'C'], User: '5' });
    expect(p.args).toEqual(['ls']);
    // As dockerd's: the exec's own terminal decides TERM (not the container's); a bare name unsets.
    expect(p.env).toEqual([expect.stringMatching(/^PATH=/), 'HOSTNAME=web', 'A=1', 'B=2']);
    expect(execProcess(s.process, c, { Cmd: ['ls'], Tty: true }).env).toContain('TERM=xterm');
    expect(p.cwd).toBe('/w');
    expect(p.user).toEqual({ uid: 0, gid: 0, username: '5' }); // resolved by the executor in the image's passwd
    expect(() => execProcess(s.process, c, {})).toThrow(/No exec command/);
    // The container's capabilities, or with `docker exec --privileged` every one (as dockerd).
    expect(p.capabilities).toEqual(s.process!.capabilities);
    expect(execProcess(s.process, c, { Cmd: ['ls'], Privileged: true }).capabilities!.effective).toEqual(ALL_CAPS);
  });

  test("the client's terminal size (ConsoleSize [h, w]) becomes consoleSize, for a terminal only", () => {
    const tty = { ...base, hostConfig: { ConsoleSize: [40, 120] }, runtime: 'tandem-vm' };
    expect(buildSpec({ ...tty, config: { Cmd: ['sh'], Tty: true } }).process!.consoleSize).toEqual({ height: 40, width: 120 });
    expect(buildSpec({ ...tty, config: { Cmd: ['sh'] } }).process!.consoleSize).toBeUndefined();
    // The CLI sends [0, 0] when its output is not a terminal: no size, the runtime's default.
    expect(
      buildSpec({ ...tty, hostConfig: { ConsoleSize: [0, 0] }, config: { Cmd: ['sh'], Tty: true } }).process!.consoleSize,
    ).toBeUndefined();
    expect(() => buildSpec({ ...tty, hostConfig: { ConsoleSize: [1, 2, 3] }, config: { Cmd: ['sh'], Tty: true } })).toThrow(
      /invalid console size/,
    );
    const s = buildSpec({ ...tty, config: { Cmd: ['sh'], Tty: true } });
    const c = { Id: base.id, Config: { Cmd: ['sh'], Tty: true } };
    expect(execProcess(s.process, c, { Cmd: ['ls'], Tty: true, ConsoleSize: [30, 100] }).consoleSize).toEqual({ height: 30, width: 100 });
    // An exec without a size does not inherit the container's.
    expect(execProcess(s.process, c, { Cmd: ['ls'], Tty: true }).consoleSize).toBeUndefined();
  });
});

test('--memory and --cpus as OCI resources (create and update share them)', () => {
  expect(resources({ Memory: 64 << 20, NanoCpus: 1.5e9 })).toEqual({ memory: { limit: 64 << 20 }, cpu: { quota: 150000, period: 100000 } });
  expect(resources({ Memory: 0 })).toEqual({});
});

describe('frames', () => {
  test('Docker multiplexed frame header', () => {
    const f = frame(2, Buffer.from('abc'));
    expect([...f.subarray(0, 8)]).toEqual([2, 0, 0, 0, 0, 0, 0, 3]);
    expect(f.subarray(8).toString()).toBe('abc');
  });
});
