import { expect, test } from 'vitest';
import { hostsFile, wantsHosts } from './hosts.js';
import type { ContainerRecord } from './types.js';

const rec = (id: string, name: string, nets: Record<string, string[]>, extra: string[] = []) =>
  ({
    Id: id.repeat(64).slice(0, 64),
    Name: `/${name}`,
    Networks: Object.fromEntries(Object.entries(nets).map(([n, aliases]) => [n, { Aliases: aliases }])),
    HostConfig: { ExtraHosts: extra },
  }) as unknown as ContainerRecord;

test('every linux container gets a hosts file; a darwin one where names of its own are asked for', () => {
  expect(wantsHosts({ HostConfig: { NetworkMode: 'default' } }, 'maybe')).toBe(true);
  expect(wantsHosts({ HostConfig: { NetworkMode: 'bridge' }, NetworkingConfig: { EndpointsConfig: { bridge: {} } } }, 'maybe')).toBe(true);
  expect(wantsHosts({ HostConfig: { NetworkMode: 'container:x' } }, 'maybe')).toBe(true);
  expect(wantsHosts({ HostConfig: { NetworkMode: 'container:x' } }, false)).toBe(false);
  expect(wantsHosts({ HostConfig: { NetworkMode: 'default' } }, true)).toBe(true);
  // darwin (vm false): mDNSResponder reads the host's file.
  expect(wantsHosts({ HostConfig: { NetworkMode: 'default' } }, false)).toBe(false);
  expect(wantsHosts({ HostConfig: { NetworkMode: 'proj_default' } }, false)).toBe(true);
  expect(wantsHosts({ HostConfig: { ExtraHosts: ['a:1.2.3.4'] } }, false)).toBe(true);
});

test("a native container on the host's network: the host's file, then --add-host's lines (dockerd's --network host)", () => {
  const host = () => '127.0.0.1 localhost\n10.1.2.3 corp-server\n';
  expect(hostsFile(rec('f', 'plain', {}), [], () => false, host)).toBe('127.0.0.1 localhost\n10.1.2.3 corp-server\n');
  const extra = { ...rec('g', 'extra', {}), HostConfig: { ExtraHosts: ['gw:host-gateway', 'api:10.0.0.9'] } } as ContainerRecord;
  expect(hostsFile(extra, [], () => false, host)).toBe('127.0.0.1 localhost\n10.1.2.3 corp-server\n127.0.0.1\tgw\n10.0.0.9\tapi\n');
  // On a user network it is ours: the peers by name.
  expect(hostsFile(rec('h', 'member', { proj_default: [] }), [], () => false, host)).not.toContain('corp-server');
});

test('a VM container reaches the host as host.docker.internal and host-gateway at the VM network gateway', () => {
  const text = hostsFile({ ...rec('d', 'vm1', {}), HostConfig: { ExtraHosts: ['gw:host-gateway'] } } as ContainerRecord, [], () => true);
  expect(text).toContain('10.0.2.2\thost.docker.internal\n');
  expect(text).toContain('10.0.2.2\tgw\n');
  expect(hostsFile(rec('e', 'native', {}), [])).not.toContain('host.docker.internal');
});

test('members of a shared network by name, id and alias; others and the host network left out', () => {
  const web = rec('a', 'proj_web_1', { proj_default: ['web'] });
  const db = rec('b', 'proj_db_1', { proj_default: ['db', 'database'] });
  const other = rec('c', 'lonely', { elsewhere: ['x'] });
  const text = hostsFile({ ...web, HostConfig: { ExtraHosts: ['gw:host-gateway', 'api:10.0.0.9'] } } as ContainerRecord, [web, db, other]);
  expect(text).toContain(`127.0.0.1\tproj_db_1 ${'b'.repeat(12)} db database\n`);
  expect(text).not.toContain('lonely');
  expect(text).toContain('127.0.0.1\tgw\n');
  expect(text).toContain('10.0.0.9\tapi\n');
  expect(text.startsWith('127.0.0.1\tlocalhost\n')).toBe(true);
});

test('--link: the alias and the name of the linked container; a link to a removed one is left out', () => {
  const db = rec('d', 'db', {});
  const web = { ...rec('e', 'web', {}), HostConfig: { Links: ['/db:/web/database', '/gone:/web/g'] } } as ContainerRecord;
  expect(wantsHosts({ HostConfig: { Links: ['db:database'] } }, false)).toBe(true);
  const text = hostsFile(web, [db, web]);
  expect(text).toContain(`127.0.0.1\tdatabase db ${'d'.repeat(12)}\n`);
  expect(text).not.toContain('gone');
});

test("across executors: a VM container finds a native peer at the host (QEMU's gateway), a native one a VM peer on the loopback", () => {
  const api = rec('f', 'proj_api_1', { proj_default: ['api'] }); // native (a darwin service on a Mac)
  const db = rec('g', 'proj_db_1', { proj_default: ['db'] }); // in the VM
  const cache = rec('h', 'proj_cache_1', { proj_default: ['cache'] }); // in the VM
  const inVm = (x: ContainerRecord) => x !== api;
  const fromDb = hostsFile(db, [api, db, cache], inVm);
  expect(fromDb).toContain(`10.0.2.2\tproj_api_1 ${'f'.repeat(12)} api\n`);
  expect(fromDb).toContain(`127.0.0.1\tproj_cache_1 ${'h'.repeat(12)} cache\n`);
  // The VM peer's published ports listen on the host's loopback.
  expect(hostsFile(api, [api, db, cache], inVm)).toContain(`127.0.0.1\tproj_db_1 ${'g'.repeat(12)} db\n`);
});

test("--network container:X: X's file", () => {
  const web = rec('a', 'proj_web_1', { proj_default: ['web'] });
  const db = rec('b', 'proj_db_1', { proj_default: ['db'] });
  const side = { ...rec('c', 'sidecar', {}), HostConfig: { NetworkMode: 'container:proj_web_1' } } as unknown as ContainerRecord;
  const all = [web, db, side];
  expect(
    hostsFile(
      side,
      all,
      () => false,
      () => 'host\n',
    ),
  ).toBe(
    hostsFile(
      web,
      all,
      () => false,
      () => 'host\n',
    ),
  );
  expect(hostsFile(side, all)).toContain('db');
  // X gone (or itself): a file of its own.
  const orphan = { ...side, HostConfig: { NetworkMode: 'container:gone' } } as unknown as ContainerRecord;
  expect(
    hostsFile(
      orphan,
      all,
      () => false,
      () => 'host\n',
    ),
  ).toBe('host\n');
});
