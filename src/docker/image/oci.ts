// OCI image documents (index, manifest, config) and platforms: parsing, choosing the
// manifest of a platform from an index, and the host's own platform.
import { invalidArgument } from '../../common/errdefs.js';
import { defaultPlatforms, hostPlatform as hostPlatformOf, pickManifest } from '../../common/platform.js';
import type { Descriptor } from '../containerd.js';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface OciDescriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
  annotations?: Record<string, string>;
}

export interface OciIndex {
  schemaVersion: number;
  mediaType?: string;
  manifests: OciDescriptor[];
}

export interface OciManifest {
  schemaVersion: number;
  mediaType?: string;
  config: OciDescriptor;
  layers: OciDescriptor[];
}

/** What a manifest refers to: its config (when it has one), then its layers. */
export const manifestParts = (m: Partial<OciManifest>): OciDescriptor[] => [...(m.config ? [m.config] : []), ...(m.layers ?? [])];

export interface ImageConfig {
  User?: string;
  ExposedPorts?: Record<string, object>;
  Env?: string[];
  Entrypoint?: string[] | null;
  Cmd?: string[] | null;
  Volumes?: Record<string, object>;
  WorkingDir?: string;
  Labels?: Record<string, string>;
  StopSignal?: string;
  [k: string]: unknown;
}

/** The container config fields an image's config holds (moby's DockerOCIImageConfig): what `docker commit` keeps, what inspect shows from API 1.50. */
export const IMAGE_CONFIG_KEYS = [
  'User',
  'ExposedPorts',
  'Env',
  'Entrypoint',
  'Cmd',
  'Volumes',
  'WorkingDir',
  'Labels',
  'StopSignal',
  'ArgsEscaped',
  'Healthcheck',
  'OnBuild',
  'Shell',
];

export interface OciConfig {
  architecture: string;
  os: string;
  variant?: string;
  created?: string;
  author?: string;
  config?: ImageConfig;
  rootfs: { type: string; diff_ids: string[] };
  history?: { created?: string; created_by?: string; empty_layer?: boolean; comment?: string }[];
}

const ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386', ppc64: 'ppc64le', s390x: 's390x' };

export function hostPlatform(): Platform {
  return { os: process.platform === 'darwin' ? 'darwin' : 'linux', architecture: ARCH[process.arch] ?? process.arch };
}

/** `linux/arm64/v8`, `linux/amd64`, `darwin` (the host's architecture then). */
export function parsePlatform(s: string): Platform {
  const parts = s.trim().toLowerCase().split('/');
  if (!parts[0] || parts.length > 3) throw invalidArgument(`invalid platform ${JSON.stringify(s)}: want os[/arch[/variant]]`);
  const arch = parts[1] === 'x86_64' ? 'amd64' : parts[1] === 'aarch64' ? 'arm64' : parts[1];
  return { os: parts[0], architecture: arch || hostPlatform().architecture, variant: parts[2] || undefined };
}

export const formatPlatform = (p: Platform) => [p.os, p.architecture, p.variant].filter(Boolean).join('/');

/** Whether an index entry serves the wanted platform (arm64's v8 variant is the default). */
export function platformMatches(want: Platform, have: Platform | undefined): boolean {
  if (!have) return false;
  if (want.os !== have.os || want.architecture !== have.architecture) return false;
  if (!want.variant) return true;
  const norm = (v?: string) => (want.architecture === 'arm64' && (!v || v === 'v8') ? 'v8' : v);
  return norm(want.variant) === norm(have.variant);
}

/**
 * The manifest to use from an index: the wanted platform, or with none asked for only what tandem
 * can run (common/platform.ts: the host's own platforms, then linux of the host's architecture
 * for the VM). None: NotFound listing the platforms the image has.
 */
export function chooseManifest(index: OciIndex, want: Platform | undefined, what: string): OciDescriptor {
  return pickManifest(what, index.manifests, want ? [want] : defaultPlatforms(hostPlatformOf()));
}

export function parseDoc<T>(buf: Buffer, what: string): T {
  try {
    return JSON.parse(buf.toString('utf8')) as T;
  } catch {
    throw invalidArgument(`${what} is not valid JSON`);
  }
}

export const toDescriptor = (d: OciDescriptor): Descriptor => ({ mediaType: d.mediaType, digest: d.digest, size: d.size });
