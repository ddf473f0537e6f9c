import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { allFixed, allocatePorts, ephemeralRange, fixedPorts, hostHasIpv6, portsView, publishAnnotation, wantedPorts } from './ports.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** Listens on a port the kernel picks, on loopback; the port is then busy for the test. */
function busyPort(): Promise<number> {
  const s = createServer();
  servers.push(s);
  return new Promise((resolve) => s.listen({ host: '127.0.0.1', port: 0 }, () => resolve((s.address() as { port: number }).port)));
}

/** A port nothing listens on right now (the kernel picks it, then it is closed). */
async function freePort(): Promise<number> {
  const s = createServer();
  const port = await new Promise<number>((resolve) =>
    s.listen({ host: '127.0.0.1', port: 0 }, () => resolve((s.address() as { port: number }).port)),
  );
  await new Promise((r) => s.close(r));
  return port;
}

describe('wantedPorts', () => {
  test('a host port, a range, none (-p C) and -P', () => {
    const w = wantedPorts(
      {
        PortBindings: {
          '80/tcp': [{ HostIp: '', HostPort: '8080' }],
          '53/udp': [{ HostPort: '' }],
          '81/tcp': [{ HostIp: '127.0.0.1', HostPort: '9000-9002' }],
        },
        PublishAllPorts: true,
      },
      { ExposedPorts: { '80/tcp': {}, '443/tcp': {} } },
    );
    const [lo, hi] = ephemeralRange();
    // TCP without an address is IPv6 too where the host has it; UDP and a given address are not.
    const dual = hostHasIpv6() ? { dual: true } : {};
    expect(w).toEqual([
      { proto: 'tcp', hostIp: '0.0.0.0', lo: 8080, hi: 8080, container: 80, ...dual },
      { proto: 'udp', hostIp: '0.0.0.0', lo, hi, container: 53 },
      { proto: 'tcp', hostIp: '127.0.0.1', lo: 9000, hi: 9002, container: 81 },
      { proto: 'tcp', hostIp: '0.0.0.0', lo, hi, container: 443, ...dual },
    ]);
    expect(allFixed(w)).toBe(false);
    expect(fixedPorts(w)).toEqual([{ proto: 'tcp', hostIp: '0.0.0.0', host: 8080, container: 80, ...dual }]);
    expect(wantedPorts({ PortBindings: { '80/tcp': [{ HostIp: '0.0.0.0', HostPort: '80' }] } }, {})[0].dual).toBeUndefined();
  });

  test('bad ports and ranges are refused by name', () => {
    expect(() => wantedPorts({ PortBindings: { 'x/tcp': [] } }, {})).toThrow(/invalid port specification: "x\/tcp"/);
    expect(() => wantedPorts({ PortBindings: { '80/sctp': [] } }, {})).toThrow(/invalid proto: sctp/);
    for (const HostPort of ['70000', '9002-9000', 'abc', '0'])
      expect(() => wantedPorts({ PortBindings: { '80/tcp': [{ HostPort }] } }, {})).toThrow(`invalid host port: ${HostPort}`);
  });
});

test('the annotation names the address, brackets an IPv6 one', () => {
  expect(
    publishAnnotation([
      { proto: 'tcp', hostIp: '0.0.0.0', host: 8080, container: 80 },
      { proto: 'udp', hostIp: '::1', host: 53, container: 53 },
      { proto: 'tcp', hostIp: '0.0.0.0', host: 8081, container: 81, dual: true },
    ]),
  ).toEqual(['0.0.0.0:8080:80/tcp', '[::1]:53:53/udp', '[::]:8081:81/tcp']);
});

describe('allocatePorts', () => {
  test("a fixed port is kept as asked; one another program holds or another container publishes fails in dockerd's words", async () => {
    const port = await freePort();
    const w = { proto: 'tcp' as const, hostIp: '127.0.0.1', lo: port, hi: port, container: 80 };
    expect(await allocatePorts([w], [])).toEqual([{ proto: 'tcp', hostIp: '127.0.0.1', host: port, container: 80 }]);
    const busy = await busyPort();
    await expect(allocatePorts([{ ...w, lo: busy, hi: busy }], [])).rejects.toThrow(
      `failed to bind host port for 127.0.0.1:${busy}:80/tcp: address already in use`,
    );
    // Another container's binding on every address, or on this one, takes the port; on another address it does not.
    const other = (hostIp: string) => [{ proto: 'tcp' as const, hostIp, host: port, container: 1 }];
    for (const ip of ['0.0.0.0', '127.0.0.1']) {
      await expect(allocatePorts([w], other(ip))).rejects.toThrow(`Bind for 127.0.0.1:${port} failed: port is already allocated`);
    }
    expect(await allocatePorts([w], other('127.0.0.2'))).toHaveLength(1);
    expect(await allocatePorts([w], [{ proto: 'udp', hostIp: '0.0.0.0', host: port, container: 1 }])).toHaveLength(1);
    // Two bindings of one start on the same port, as dockerd's allocator refuses them.
    await expect(allocatePorts([w, { ...w, container: 81 }], [])).rejects.toThrow('port is already allocated');
  });

  test("a range skips busy ports and other containers' ports, then resumes after the last it gave", async () => {
    const busy = await busyPort();
    // A range from the busy port: its next port is free unless another process took it meanwhile.
    const lo = busy;
    const hi = busy + 3;
    const w = { proto: 'tcp' as const, hostIp: '127.0.0.1', lo, hi, container: 80 };
    const taken = [{ proto: 'tcp' as const, hostIp: '0.0.0.0', host: lo + 1, container: 1 }];
    const [a] = await allocatePorts([w], taken);
    expect(a.host).toBeGreaterThan(lo + 1);
    const [b] = await allocatePorts([w], taken);
    expect(b.host).not.toBe(a.host);
    expect([lo + 2, lo + 3]).toContain(b.host);
  });

  test('two bindings of one start never get the same port', async () => {
    const busy = await busyPort();
    const w = { proto: 'tcp' as const, hostIp: '127.0.0.1', lo: busy + 1, hi: busy + 4, container: 80 };
    const got = await allocatePorts([w, { ...w, container: 81 }], []);
    expect(got[0].host).not.toBe(got[1].host);
  });

  test('a range with no free port fails with dockerd words', async () => {
    const busy = await busyPort();
    await expect(
      allocatePorts(
        [{ proto: 'tcp', hostIp: '127.0.0.1', lo: busy, hi: busy + 1, container: 80 }],
        [{ proto: 'tcp', hostIp: '127.0.0.1', host: busy + 1, container: 81 }],
      ),
    ).rejects.toThrow(`Bind for 127.0.0.1:${busy}-${busy + 1} failed: all ports are allocated`);
  });
});

test('NetworkSettings.Ports: exposed ports and published ones while running, nothing when not', () => {
  const config = { ExposedPorts: { '80/tcp': {}, '443/tcp': {} } };
  expect(portsView(config, undefined)).toEqual({});
  expect(portsView(config, [{ proto: 'tcp', hostIp: '0.0.0.0', host: 32768, container: 80 }])).toEqual({
    '80/tcp': [{ HostIp: '0.0.0.0', HostPort: '32768' }],
    '443/tcp': null,
  });
  // A binding on both families is listed twice, as dockerd 28 lists it.
  expect(portsView(config, [{ proto: 'tcp', hostIp: '0.0.0.0', host: 8080, container: 443, dual: true }])['443/tcp']).toEqual([
    { HostIp: '0.0.0.0', HostPort: '8080' },
    { HostIp: '::', HostPort: '8080' },
  ]);
});
