// A container's endpoint settings on a network (NetworkingConfig.EndpointsConfig at create, a
// `network connect`'s EndpointConfig) as dockerd 28 checks, adapts to the request's API version
// and shows them. tandem's containers have no interface of their own (the host's network, or the
// VM's single one), so MacAddress, static addresses and GwPriority are kept and shown, never applied.
import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { invalidArgument } from '../common/errdefs.js';
import { atLeast } from './version.js';
import { ZERO_TIME, type ContainerRecord, type CreateBody, type EndpointSettings } from './containers/types.js';

const PREDEFINED = new Set(['default', 'bridge', 'host', 'none']);
const before = (version: string, min: string) => !atLeast(version, min);

/** A container whose task runs has joined its networks (a stopped or restarting one has released them, as in dockerd). */
export const inSandbox = (c: Pick<ContainerRecord, 'State'>): boolean => c.State.Status === 'running' || c.State.Status === 'paused';

/**
 * An endpoint's id while it exists (its container in its sandbox), '' otherwise, as dockerd shows
 * it. tandem has no libnetwork endpoint to take it from: it is made from the pair, stable for it.
 */
export function endpointId(c: Pick<ContainerRecord, 'Id' | 'State'>, networkId: string | undefined): string {
  return inSandbox(c) && networkId ? endpointIdAt(c, networkId) : '';
}

/** The id the endpoint of the container on the network has while it exists (a start names it in its errors). */
export function endpointIdAt(c: Pick<ContainerRecord, 'Id'>, networkId: string): string {
  return createHash('sha256').update(`${networkId}/${c.Id}`).digest('hex');
}

/** dockerd's NetworkMode.IsUserDefined: a network of the user's (by name or id), not one of the daemon's own. */
export const isUserDefined = (name: string): boolean => !PREDEFINED.has(name) && !name.startsWith('container:');

/** Go's net.ParseMAC: 6, 8 or 20 octets as xx:xx…, xx-xx… or xxxx.xxxx…. */
export function isMac(s: string): boolean {
  const octets = /^[0-9a-f]{2}([:-])[0-9a-f]{2}(\1[0-9a-f]{2})*$/i.test(s)
    ? s.split(/[:-]/).length
    : /^[0-9a-f]{4}(\.[0-9a-f]{4})*$/i.test(s)
      ? s.split('.').length * 2
      : 0;
  return [6, 8, 20].includes(octets);
}

/** moby's multierror.Join: one error as it is, several as a `* ` list (their own lines indented). */
export function joinErrors(errs: string[]): string {
  if (errs.length === 1) return errs[0].trim();
  return `* ${errs.map((e) => e.replaceAll('\n', '\n\t')).join('\n* ')}`;
}

const unspecified6 = (a: string) => a.split(':').every((g) => /^0*$/.test(g));
const mapped4 = (a: string) => /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(a);
const SYSCTLS = 'com.docker.network.endpoint.sysctls';

/** Go's strings.SplitN(s, sep, n). */
function splitN(s: string, sep: string, n: number): string[] {
  const parts = s.split(sep);
  return parts.length <= n ? parts : [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

/**
 * dockerd's validateEndpointSettings: every problem found, joined (a bad MAC address alone, as
 * dockerd returns it). `found`: the network exists; tandem's have no configured subnets, so a
 * static address on one is refused as dockerd refuses it on a network without them.
 */
export function endpointError(network: string, ep: EndpointSettings, found: boolean): string | undefined {
  const ipam = ep.IPAMConfig ?? {};
  const v4 = ipam.IPv4Address ?? '';
  const v6 = ipam.IPv6Address ?? '';
  const errs: string[] = [];
  if (!isUserDefined(network)) {
    if (v4 || v6) errs.push('user specified IP address is supported on user defined networks only');
    if (ep.Aliases?.length) errs.push('network-scoped alias is supported only for containers in user defined networks');
  }
  if (v4 && (isIP(v4) !== 4 || v4 === '0.0.0.0')) errs.push(`invalid IPv4 address: ${v4}`);
  if (v6 && (isIP(v6) !== 6 || mapped4(v6) || unspecified6(v6))) errs.push(`invalid IPv6 address: ${v6}`);
  for (const a of ipam.LinkLocalIPs ?? [])
    if (!isIP(a) || a === '0.0.0.0' || (isIP(a) === 6 && unspecified6(a))) errs.push(`invalid link-local IP address: ${a}`);
  if (found)
    for (const _ of [v4, v6].filter(Boolean))
      errs.push('user specified IP address is supported only when connecting to networks with user configured subnets');
  if (ep.MacAddress && !isMac(ep.MacAddress)) return `invalid MAC address ${ep.MacAddress}`;
  const sysctls = ep.DriverOpts?.[SYSCTLS];
  for (const sysctl of sysctls !== undefined ? sysctls.split(',') : []) {
    const n = splitN(sysctl, '.', 5);
    if (n.length !== 5 || !['ipv4', 'ipv6', 'mpls'].includes(n[1]) || !['IFNAME', 'ifname'].includes(n[3]))
      errs.push(
        `unrecognised network interface sysctl '${sysctl}'; represent 'net.X.Y.ethN.Z=V' as 'net.X.Y.IFNAME.Z=V', 'X' must be 'ipv4', 'ipv6' or 'mpls'`,
      );
  }
  return errs.length ? `invalid endpoint settings:\n${joinErrors(errs)}` : undefined;
}

/**
 * What dockerd's container create router does to NetworkingConfig before the daemon sees it: the
 * default network's settings are the bridge's, and each API version's rules (one network only
 * before 1.44, no GwPriority before 1.48, the container-wide MacAddress moved to its endpoint).
 * Then dockerd's validateNetworkingConfig: every endpoint's problems at once. Returns warnings.
 */
export function adaptEndpoints(body: CreateBody, version: string, exists: (network: string) => boolean): string[] {
  const given = body.NetworkingConfig?.EndpointsConfig ?? {};
  const eps: Record<string, EndpointSettings | null> = { ...given };
  const mode = !body.HostConfig?.NetworkMode || body.HostConfig.NetworkMode === 'default' ? 'bridge' : body.HostConfig.NetworkMode;
  if ('default' in eps && mode === 'bridge') {
    eps.bridge = eps.default;
    delete eps.default;
  }
  const names = Object.keys(eps);
  if (before(version, '1.44') && names.length > 1)
    throw invalidArgument(`Container cannot be created with multiple network endpoints: ${names.join(', ')}`);
  if (before(version, '1.48')) for (const ep of Object.values(eps)) if (ep) ep.GwPriority = 0;
  const warnings = moveMacAddress(body, eps, mode, version);
  body.NetworkingConfig = { ...body.NetworkingConfig, EndpointsConfig: eps as Record<string, EndpointSettings> };
  const errs = Object.entries(eps).flatMap(([name, ep]) => {
    if (!ep) return [`invalid config for network ${name}: EndpointsConfig is nil`];
    const err = endpointError(name, ep, exists(name));
    return err ? [`invalid config for network ${name}: ${err}`] : [];
  });
  if (errs.length) throw invalidArgument(joinErrors(errs));
  return warnings;
}

/** dockerd's handleMACAddressBC: Config.MacAddress (deprecated in 1.44) onto the NetworkMode network's endpoint. */
function moveMacAddress(body: CreateBody, eps: Record<string, EndpointSettings | null>, mode: string, version: string): string[] {
  const wide = typeof body.MacAddress === 'string' ? body.MacAddress : '';
  const ownNetwork = mode === 'bridge' || isUserDefined(mode);
  const modeEndpoint = (): EndpointSettings => {
    const names = Object.keys(eps);
    if (!names.length) return (eps[mode] = {});
    if (before(version, '1.44')) return (eps[names[0]] ??= {});
    const ep = eps[mode];
    if (!ep)
      throw invalidArgument(
        'unable to migrate container-wide MAC address to a specific network: HostConfig.NetworkMode must match the identity of a network in NetworkSettings.Networks',
      );
    return ep;
  };
  if (before(version, '1.44')) {
    // The old API had no endpoint MAC address: one given there is ignored.
    if (!wide) for (const ep of Object.values(eps)) if (ep) ep.MacAddress = '';
    if (!wide) return [];
    if (!ownNetwork) throw invalidArgument('conflicting options: mac-address and the network mode');
    modeEndpoint().MacAddress = wide;
    return [];
  }
  if (!wide) return [];
  if (ownNetwork) {
    const ep = modeEndpoint();
    if (!ep.MacAddress) ep.MacAddress = wide;
    else if (ep.MacAddress !== wide)
      throw invalidArgument(
        'the container-wide MAC address must match the endpoint-specific MAC address for the main network, or be left empty',
      );
  }
  delete body.MacAddress;
  return ['The container-wide MacAddress field is now deprecated. It should be specified in EndpointsConfig instead.'];
}

/** dockerd's buildEndpointDNSNames: the name, the aliases, the short id, the hostname; each once. */
export function dnsNames(c: ContainerRecord, aliases: string[] | null | undefined): string[] {
  const names = [c.Name.replace(/^\//, ''), ...(aliases ?? []), c.Id.slice(0, 12), c.Config.Hostname || c.Id.slice(0, 12)];
  return [...new Set(names.filter(Boolean))];
}

/**
 * NetworkSettings.Networks[name] as dockerd shows it: `summary` for /containers/json (no aliases,
 * links or DNS names there). DNS names exist once the endpoint was configured (a start, or a
 * `network connect`), on user networks; before API 1.45 the aliases had the short id and hostname.
 */
export function endpointView(c: ContainerRecord, name: string, ep: EndpointSettings, version: string, summary: boolean): object {
  const user = isUserDefined(name);
  const configured = ep.DNSNames != null || c.State.StartedAt !== ZERO_TIME;
  const shortId = c.Id.slice(0, 12);
  const aliases =
    user && before(version, '1.45') ? [...new Set([...(ep.Aliases ?? []), shortId, c.Config.Hostname || shortId])] : (ep.Aliases ?? null);
  const ipam = ep.IPAMConfig ?? null;
  return {
    IPAMConfig: summary && ipam ? { IPv4Address: ipam.IPv4Address, IPv6Address: ipam.IPv6Address } : ipam,
    Links: summary ? null : (ep.Links ?? null),
    Aliases: summary ? null : aliases,
    MacAddress: ep.MacAddress ?? '',
    DriverOpts: summary ? null : (ep.DriverOpts ?? null),
    GwPriority: ep.GwPriority ?? 0,
    NetworkID: ep.NetworkID ?? '',
    EndpointID: endpointId(c, ep.NetworkID),
    Gateway: '',
    IPAddress: '',
    IPPrefixLen: 0,
    IPv6Gateway: '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    DNSNames: !summary && user && configured ? dnsNames(c, ep.Aliases) : null,
  };
}
