// A container's /etc/resolv.conf, as dockerd gives every Linux container one of its own
// (ResolvConfPath) with --dns, --dns-search and --dns-option over the host's. tandem's
// containers have no network of their own, so the file is dockerd's for `--network host`:
//  - a native container (the host's network): the host's resolv.conf, the flags replacing its
//    nameservers, search domains or options;
//  - a VM container (the guest's network): the guest's resolver, which forwards to the host's
//    (QEMU's user networking; vfkit's NAT). The endpoint cannot know its address, so without
//    --dns it sends the search and options lines in the ANNOTATION_RESOLV_CONF annotation and the
//    guest's agent writes the file with its own nameservers (linuxvm/guest/spec.ts). Where the
//    endpoint cannot tell where the shim will run a container (the shim's config may send every
//    linux container to the VM), it writes the host's file and adds the annotation too: the
//    native executor binds the file, the guest replaces it;
//  - a darwin container resolves through mDNSResponder, not this file: none, and --dns refused.
import { readFileSync } from 'node:fs';
import { invalidArgument } from '../../common/errdefs.js';
import type { HostConfig } from './types.js';

export interface ResolvPlan {
  /** The whole file, written by the endpoint and bound at /etc/resolv.conf. */
  file?: string;
  /** The lines besides the nameservers, for the guest to complete (a container in the VM without --dns). */
  guestLines?: string;
}

interface Resolv {
  nameservers: string[];
  search: string[];
  options: string[];
}

/** The parts of a resolv.conf that dockerd's flags replace (the last search line wins, as in libc). */
export function parseResolv(text: string): Resolv {
  const out: Resolv = { nameservers: [], search: [], options: [] };
  for (const raw of text.split('\n')) {
    const [key, ...rest] = raw
      .replace(/[#;].*$/, '')
      .trim()
      .split(/\s+/);
    if (key === 'nameserver' && rest[0]) out.nameservers.push(rest[0]);
    else if (key === 'search' || key === 'domain') out.search = rest;
    else if (key === 'options') out.options.push(...rest);
  }
  return out;
}

function lines(r: Resolv, withServers: boolean): string {
  const out = withServers ? r.nameservers.map((n) => `nameserver ${n}`) : [];
  if (r.search.length) out.push(`search ${r.search.join(' ')}`);
  if (r.options.length) out.push(`options ${r.options.join(' ')}`);
  return out.map((l) => `${l}\n`).join('');
}

function hostResolv(): string {
  try {
    return readFileSync('/etc/resolv.conf', 'utf8');
  } catch {
    return ''; // none on this host: the flags alone, or the resolver's defaults
  }
}

/** What /etc/resolv.conf a new container gets; undefined: the image's own. */
export function resolvPlan(host: HostConfig, o: { guest: boolean | 'maybe'; os: string }, hostFile = hostResolv()): ResolvPlan | undefined {
  const dns = host.Dns ?? [];
  const search = host.DnsSearch ?? [];
  const options = host.DnsOptions ?? [];
  for (const ns of dns) if (!/^[0-9a-fA-F.:]+$/.test(ns)) throw invalidArgument(`${ns} is not an ip address`);
  if (o.os !== 'linux') {
    if (dns.length || search.length || options.length)
      throw invalidArgument(
        `--dns, --dns-search and --dns-option apply to linux containers only (${o.os} resolves names without /etc/resolv.conf)`,
      );
    return undefined;
  }
  const base = parseResolv(hostFile);
  const r: Resolv = {
    nameservers: dns.length ? dns : base.nameservers,
    // dockerd: `--dns-search .` means no search domain.
    search: search.length ? search.filter((s) => s !== '.') : base.search,
    options: options.length ? options : base.options,
  };
  if (dns.length || o.guest === false) return { file: lines(r, true) };
  if (o.guest === true) return { guestLines: lines(r, false) };
  return { file: lines(r, true), guestLines: lines(r, false) };
}
