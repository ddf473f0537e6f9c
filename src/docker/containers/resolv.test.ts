import { describe, expect, test } from 'vitest';
import { parseResolv, resolvPlan } from './resolv.js';
import { runsInGuest } from './own-files.js';

const HOST =
  '# from the host\nnameserver 10.1.1.1\nnameserver 10.1.1.2 ; second\ndomain old.test\nsearch corp.test lab.test\noptions ndots:1 edns0\n';

test('parseResolv reads nameservers, the last search or domain line and every option', () => {
  expect(parseResolv(HOST)).toEqual({
    nameservers: ['10.1.1.1', '10.1.1.2'],
    search: ['corp.test', 'lab.test'],
    options: ['ndots:1', 'edns0'],
  });
  expect(parseResolv('')).toEqual({ nameservers: [], search: [], options: [] });
});

describe('resolvPlan', () => {
  const linux = { os: 'linux' };
  test("native: the host's file; the flags replace their part", () => {
    expect(resolvPlan({}, { ...linux, guest: false }, HOST)).toEqual({
      file: 'nameserver 10.1.1.1\nnameserver 10.1.1.2\nsearch corp.test lab.test\noptions ndots:1 edns0\n',
    });
    expect(resolvPlan({ Dns: ['192.0.2.1'], DnsSearch: ['.'], DnsOptions: ['ndots:3'] }, { ...linux, guest: false }, HOST)).toEqual({
      file: 'nameserver 192.0.2.1\noptions ndots:3\n',
    });
  });

  test("in the VM: the guest's nameservers unless --dns names some", () => {
    expect(resolvPlan({ DnsSearch: ['a.test'] }, { ...linux, guest: true }, HOST)).toEqual({
      guestLines: 'search a.test\noptions ndots:1 edns0\n',
    });
    expect(resolvPlan({ Dns: ['192.0.2.1'] }, { ...linux, guest: true }, HOST)).toEqual({
      file: 'nameserver 192.0.2.1\nsearch corp.test lab.test\noptions ndots:1 edns0\n',
    });
  });

  test("where the shim decides: the host's file and the guest's lines, whichever path runs it", () => {
    expect(resolvPlan({}, { ...linux, guest: 'maybe' }, 'nameserver 10.1.1.1\n')).toEqual({
      file: 'nameserver 10.1.1.1\n',
      guestLines: '',
    });
  });

  test('darwin: none, and the flags refused by name; a bad address refused', () => {
    expect(resolvPlan({}, { os: 'darwin', guest: false }, HOST)).toBeUndefined();
    expect(() => resolvPlan({ Dns: ['1.1.1.1'] }, { os: 'darwin', guest: false }, HOST)).toThrow(/linux containers only/);
    expect(() => resolvPlan({ Dns: ['dns.example'] }, { ...linux, guest: false }, HOST)).toThrow('dns.example is not an ip address');
  });
});

test('runsInGuest: by runtime, else by platform against the host', () => {
  const amd = { os: 'linux', architecture: 'amd64' };
  const mac = { os: 'darwin', architecture: 'arm64' };
  expect(runsInGuest(true, amd, amd)).toBe(true);
  expect(runsInGuest(false, amd, amd)).toBe('maybe');
  expect(runsInGuest(false, { os: 'linux', architecture: '386' }, amd)).toBe('maybe');
  expect(runsInGuest(false, { os: 'linux', architecture: 'arm64' }, amd)).toBe(true);
  expect(runsInGuest(false, { os: 'linux', architecture: 'arm64' }, mac)).toBe(true);
  expect(runsInGuest(false, mac, mac)).toBe(false);
});
