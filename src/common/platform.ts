// OCI platforms (os/architecture/variant): normalising the names images and tools use, and which
// platforms a host runs without emulation. The semantics follow containerd's platforms package
// (https://github.com/containerd/platforms: normalizeArch, platformVector), so "linux/aarch64",
// "linux/arm64/v8" and "linux/arm64" are one platform, and an amd64 host also runs 386.
import { invalidArgument, notFound } from './errdefs.js';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

/** Lower-cased, aliases resolved (macos → darwin, x86_64 → amd64, aarch64 → arm64, armhf → arm/v7…). */
export function normalizePlatform(p: Platform): Platform {
  let os = p.os.toLowerCase();
  if (os === 'macos') os = 'darwin';
  let arch = p.architecture.toLowerCase();
  let variant = (p.variant ?? '').toLowerCase();
  switch (arch) {
    case 'i386':
    case 'i686':
      arch = '386';
      variant = '';
      break;
    case 'x86_64':
    case 'x86-64':
    case 'amd64':
      arch = 'amd64';
      if (variant === 'v1') variant = '';
      break;
    case 'aarch64':
    case 'arm64':
      arch = 'arm64';
      if (variant === '8' || variant === 'v8') variant = '';
      break;
    case 'armhf':
      arch = 'arm';
      variant = 'v7';
      break;
    case 'armel':
      arch = 'arm';
      variant = 'v6';
      break;
    case 'arm':
      if (variant === '' || variant === '7') variant = 'v7';
      else if (/^[5-8]$/.test(variant)) variant = `v${variant}`;
      break;
  }
  return variant ? { os, architecture: arch, variant } : { os, architecture: arch };
}

/** `os/arch[/variant]`, the form ctr, docker and nerdctl take with --platform. */
export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

export function parsePlatform(s: string): Platform {
  const [os, architecture, variant, ...rest] = s.split('/');
  if (!os || !architecture || rest.length) throw invalidArgument(`platform "${s}": want os/architecture[/variant]`);
  return normalizePlatform({ os, architecture, variant });
}

/** Node's process.arch → the OCI architecture name. */
const NODE_ARCH: Record<string, string> = {
  x64: 'amd64',
  arm64: 'arm64',
  arm: 'arm',
  ia32: '386',
  ppc64: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loong64',
  mipsel: 'mipsle',
  mips: 'mips',
};

export function hostPlatform(nodePlatform: string = process.platform, nodeArch: string = process.arch): Platform {
  return normalizePlatform({ os: nodePlatform, architecture: NODE_ARCH[nodeArch] ?? nodeArch });
}

export interface HostAbilities {
  /** Rosetta 2 is installed: darwin/amd64 programs run on Apple silicon (macOS only). */
  rosetta?: boolean;
}

/**
 * The platforms this host runs without emulation, most preferred first: its own, then what its
 * kernel runs as a compatibility mode (386 on an amd64 Linux kernel; amd64 through Rosetta 2 on a
 * Mac with Apple silicon). 32-bit ARM is not listed for arm64 Linux hosts: many arm64 CPUs (Apple's,
 * recent Graviton) cannot run it, so it goes to the VM, whose emulator always can.
 */
export function nativePlatforms(host: Platform, abilities: HostAbilities = {}): Platform[] {
  const h = normalizePlatform(host);
  const out = [h];
  if (h.os === 'linux' && h.architecture === 'amd64') out.push({ os: 'linux', architecture: '386' });
  if (h.os === 'darwin' && h.architecture === 'arm64' && abilities.rosetta) out.push({ os: 'darwin', architecture: 'amd64' });
  return out;
}

/**
 * Whether a program built for `p` runs as one of `natives`. Variants of amd64 and arm64 are CPU
 * feature levels the kernel does not gate (a v3 binary on a v2 CPU fails on an instruction, as
 * it would under runc), so they match their architecture; arm variants must not exceed the host's.
 */
export function runsAs(p: Platform, natives: Platform[]): boolean {
  const want = normalizePlatform(p);
  return natives.some((n) => {
    if (n.os !== want.os || n.architecture !== want.architecture) return false;
    if (want.architecture !== 'arm') return true;
    return armLevel(want.variant) <= armLevel(n.variant);
  });
}

function armLevel(v: string | undefined): number {
  return Number((v ?? 'v7').replace(/^v/, '')) || 7;
}

export function samePlatform(a: Platform, b: Platform): boolean {
  return formatPlatform(normalizePlatform(a)) === formatPlatform(normalizePlatform(b));
}

/**
 * What tandem asks for when it pulls or unpacks without an explicit platform, best first: what the
 * host runs natively, then linux of the host's architecture (what the guest VM runs without
 * emulation; on a Mac that is the only way a linux image runs). Nothing tandem could not run.
 */
export function defaultPlatforms(host: Platform, abilities: HostAbilities = {}): Platform[] {
  const out = nativePlatforms(host, abilities);
  const guest = { os: 'linux', architecture: normalizePlatform(host).architecture };
  if (!out.some((p) => samePlatform(p, guest))) out.push(guest);
  return out;
}

/**
 * The entry of an image index for the first of `wanted` that it has: an exact match first, then
 * a lower arm variant (the highest one), then the index's own order. None: NotFound naming what
 * was wanted and listing the platforms the image has, so the user can pick one with --platform.
 */
export function pickManifest<M extends { platform?: Platform | null }>(image: string, manifests: M[], wanted: Platform[]): M {
  for (const w of wanted.map(normalizePlatform)) {
    const rank = (p: Platform) => (samePlatform(p, w) ? 0 : p.architecture === 'arm' ? 10 - armLevel(normalizePlatform(p).variant) : 10);
    const fits = manifests.filter((m) => m.platform && runsAs(m.platform, [w]));
    if (fits.length) return fits.sort((a, b) => rank(a.platform!) - rank(b.platform!))[0]!;
  }
  const has = [...new Set(manifests.filter((m) => m.platform).map((m) => formatPlatform(normalizePlatform(m.platform!))))];
  const listed = has.length ? `it has ${has.join(', ')} (choose one with --platform)` : 'it names no platforms';
  throw notFound(`image ${image} has no manifest for ${wanted.map(formatPlatform).join(' or ')}: ${listed}`);
}
