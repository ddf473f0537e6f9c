import { expect, test } from 'vitest';
import { Code, isCode } from '../common/errdefs.js';
import { adaptEndpoints, dnsNames, endpointError, endpointView, isMac, joinErrors } from './endpoints.js';
import { ZERO_TIME, type ContainerRecord, type CreateBody } from './containers/types.js';

const c = (over: Partial<ContainerRecord> = {}) =>
  ({
    Id: 'abcdef0123456789'.repeat(4),
    Name: '/web',
    Config: {},
    HostConfig: {},
    State: { Status: 'created', StartedAt: ZERO_TIME },
    Networks: {},
    ...over,
  }) as unknown as ContainerRecord;
const refused = (f: () => unknown): string => {
  try {
    f();
  } catch (err) {
    expect(isCode(err, Code.InvalidArgument)).toBe(true);
    return (err as Error).message;
  }
  throw new Error('not refused');
};

test("isMac takes what Go's net.ParseMAC takes", () => {
  for (const ok of ['02:42:ac:11:00:02', '02-42-AC-11-00-02', '0242.ac11.0002', '02:42:ac:11:00:02:00:01']) expect(isMac(ok)).toBe(true);
  for (const bad of ['zz', '02:42:ac:11:00', '02:42-ac:11:00:02', '0242ac110002', '']) expect(isMac(bad)).toBe(false);
});

test("joinErrors is moby's multierror: one as it is, several listed with their own lines indented", () => {
  expect(joinErrors(['a '])).toBe('a');
  expect(joinErrors(['a', 'b\nc'])).toBe('* a\n* b\n\tc');
});

test("endpointError: dockerd's checks, all problems found; a bad MAC address alone", () => {
  expect(endpointError('n1', { Aliases: ['x'], MacAddress: '02:42:ac:11:00:02', GwPriority: 3 }, true)).toBeUndefined();
  expect(endpointError('host', { Aliases: ['x'], IPAMConfig: { IPv4Address: '10.0.0.2' } }, true)).toBe(
    [
      'invalid endpoint settings:',
      '* user specified IP address is supported on user defined networks only',
      '* network-scoped alias is supported only for containers in user defined networks',
      '* user specified IP address is supported only when connecting to networks with user configured subnets',
    ].join('\n'),
  );
  // An unknown network (at create) has no subnets to check against.
  expect(endpointError('gone', { IPAMConfig: { IPv6Address: '::', LinkLocalIPs: ['x'] } }, false)).toBe(
    'invalid endpoint settings:\n* invalid IPv6 address: ::\n* invalid link-local IP address: x',
  );
  expect(endpointError('n1', { Aliases: ['x'], IPAMConfig: { IPv4Address: '0.0.0.0' }, MacAddress: 'nope' }, true)).toBe(
    'invalid MAC address nope',
  );
  expect(
    endpointError('n1', { DriverOpts: { 'com.docker.network.endpoint.sysctls': 'net.ipv4.conf.IFNAME.forwarding=1,net.ipv4.eth0' } }, true),
  ).toMatch(/^invalid endpoint settings:\nunrecognised network interface sysctl 'net.ipv4.eth0'/);
});

test('adaptEndpoints: the default network is the bridge; each API version as dockerd reads it; every network named in the refusal', () => {
  const body = (eps: object, mode?: string): CreateBody => ({
    HostConfig: mode ? { NetworkMode: mode } : {},
    NetworkingConfig: { EndpointsConfig: eps as never },
  });
  const b = body({ default: { MacAddress: '02:42:ac:11:00:02' } }, 'default');
  expect(adaptEndpoints(b, '1.50', () => true)).toEqual([]);
  expect(Object.keys(b.NetworkingConfig!.EndpointsConfig!)).toEqual(['bridge']);
  const gw = body({ n1: { GwPriority: 5 } }, 'n1');
  adaptEndpoints(gw, '1.47', () => true);
  expect(gw.NetworkingConfig!.EndpointsConfig!.n1.GwPriority).toBe(0);
  expect(refused(() => adaptEndpoints(body({ n1: {}, n2: {} }, 'n1'), '1.43', () => true))).toBe(
    'Container cannot be created with multiple network endpoints: n1, n2',
  );
  expect(
    refused(() => adaptEndpoints(body({ n1: { Aliases: null }, bridge: { Aliases: ['x'] }, n2: null }, 'n1'), '1.50', () => true)),
  ).toBe(
    [
      '* invalid config for network bridge: invalid endpoint settings:',
      '\tnetwork-scoped alias is supported only for containers in user defined networks',
      '* invalid config for network n2: EndpointsConfig is nil',
    ].join('\n'),
  );
});

test("adaptEndpoints: the container-wide MacAddress moves to the NetworkMode network's endpoint (dockerd's handleMACAddressBC)", () => {
  const wide = (eps: object, mode: string): CreateBody => ({
    MacAddress: '02:42:ac:11:00:02',
    HostConfig: { NetworkMode: mode },
    NetworkingConfig: { EndpointsConfig: eps as never },
  });
  const b = wide({}, 'n1');
  expect(adaptEndpoints(b, '1.50', () => true)).toEqual([
    'The container-wide MacAddress field is now deprecated. It should be specified in EndpointsConfig instead.',
  ]);
  expect(b.NetworkingConfig!.EndpointsConfig!.n1.MacAddress).toBe('02:42:ac:11:00:02');
  expect(b.MacAddress).toBeUndefined();
  expect(refused(() => adaptEndpoints(wide({ n1: { MacAddress: '02:42:ac:11:00:03' } }, 'n1'), '1.50', () => true))).toMatch(
    /must match the endpoint-specific MAC address/,
  );
  expect(refused(() => adaptEndpoints(wide({ n2: {} }, 'n1'), '1.50', () => true))).toMatch(
    /^unable to migrate container-wide MAC address/,
  );
  expect(refused(() => adaptEndpoints(wide({}, 'host'), '1.43', () => true))).toBe('conflicting options: mac-address and the network mode');
  // Before 1.44 an endpoint's own MAC address did not exist: ignored.
  const old: CreateBody = {
    HostConfig: { NetworkMode: 'n1' },
    NetworkingConfig: { EndpointsConfig: { n1: { MacAddress: '02:42:ac:11:00:02' } } },
  };
  adaptEndpoints(old, '1.43', () => true);
  expect(old.NetworkingConfig!.EndpointsConfig!.n1.MacAddress).toBe('');
});

test("dnsNames and endpointView: dockerd's names once configured; aliases before 1.45 with the short id and hostname; the summary's fields", () => {
  const started = c({ State: { StartedAt: '2025-01-01T00:00:00Z' } as never, Config: { Hostname: 'h' } });
  expect(dnsNames(started, ['web', 'h'])).toEqual(['web', 'h', 'abcdef012345']);
  const ep = { Aliases: ['api'], MacAddress: '02:42:ac:11:00:02', GwPriority: 2, NetworkID: 'x' };
  expect(endpointView(c(), 'n1', ep, '1.50', false)).toMatchObject({
    Aliases: ['api'],
    DNSNames: null,
    GwPriority: 2,
    MacAddress: '02:42:ac:11:00:02',
  });
  expect(endpointView(started, 'n1', ep, '1.50', false)).toMatchObject({ DNSNames: ['web', 'api', 'abcdef012345', 'h'] });
  expect(endpointView(started, 'n1', ep, '1.44', false)).toMatchObject({ Aliases: ['api', 'abcdef012345', 'h'] });
  expect(endpointView(started, 'host', {}, '1.44', false)).toMatchObject({ Aliases: null, DNSNames: null });
  expect(endpointView(started, 'n1', { ...ep, DriverOpts: { a: 'b' } }, '1.50', true)).toMatchObject({
    Aliases: null,
    DNSNames: null,
    DriverOpts: null,
    GwPriority: 2,
  });
});
