// The guest description (guest.yml, LinuxKit's shape) and its Debian realisation (debian.yml),
// read into typed, validated values. Unknown keys are refused so a typo cannot silently drop a
// module or a file; LinuxKit image fields we do not act on are accepted and reported as ignored.
import { invalidArgument } from '../../common/errdefs.js';
import type { Arch } from './debian.js';
import { parseYaml, type YamlValue } from './yaml.js';

export interface ImageRef {
  name: string;
  image: string;
  command: string[];
}

export interface FileSpec {
  path: string; // relative to / (LinuxKit style, no leading slash)
  contents?: string;
  source?: string; // relative to the description's directory
  directory?: boolean;
  symlink?: string;
  mode?: number;
}

export interface GuestSpec {
  kernel: { image: string; cmdline: string };
  init: string[];
  onboot: ImageRef[];
  services: ImageRef[];
  files: FileSpec[];
  ignored: string[]; // LinuxKit settings present but without effect in our builder
}

export type Role = 'kernel' | 'init' | 'modules' | 'onboot' | 'binfmt' | 'agent' | 'files';

export interface ImageRecipe {
  image: string;
  role: Role;
  packages: Record<Arch, string[]>;
  take: string[];
  repo: string[];
  exclude: string[];
  /** role binfmt: the qemu-user emulators (QEMU's names) to register, per guest architecture. */
  emulate: Record<Arch, string[]>;
}

export interface DebianSpec {
  suite: string;
  images: ImageRecipe[];
}

// LinuxKit's image fields (pkg/moby schema); only name, image and command mean something to us.
const LINUXKIT_IMAGE_KEYS = new Set([
  'name',
  'image',
  'command',
  'env',
  'cwd',
  'net',
  'pid',
  'ipc',
  'uts',
  'userns',
  'hostname',
  'readonly',
  'capabilities',
  'ambient',
  'mounts',
  'binds',
  'tmpfs',
  'rootfsPropagation',
  'cgroupsPath',
  'resources',
  'sysctl',
  'rlimits',
  'uid',
  'gid',
  'additionalGids',
  'noNewPrivileges',
  'oomScoreAdj',
  'devices',
  'maskedPaths',
  'readonlyPaths',
  'runtime',
  'annotations',
  'intelRdt',
  'rootfsPropagation',
]);
const ROLES: Role[] = ['kernel', 'init', 'modules', 'onboot', 'binfmt', 'agent', 'files'];

export function parseGuestSpec(text: string, name = 'guest.yml'): GuestSpec {
  const doc = asMap(parseYaml(text, name), name);
  only(doc, ['kernel', 'init', 'onboot', 'onshutdown', 'services', 'files', 'trust'], name);
  const kernel = asMap(doc.kernel, `${name}: kernel`);
  only(kernel, ['image', 'cmdline', 'binary', 'tar', 'ucode'], `${name}: kernel`);
  const ignored: string[] = [];
  for (const k of ['binary', 'tar', 'ucode']) if (k in kernel) ignored.push(`kernel.${k}`);
  for (const k of ['onshutdown', 'trust']) if (k in doc) ignored.push(k);
  const images = (key: string): ImageRef[] =>
    asList(doc[key] ?? [], `${name}: ${key}`).map((v, i) => {
      const where = `${name}: ${key}[${i}]`;
      const m = asMap(v, where);
      for (const k of Object.keys(m)) {
        if (!LINUXKIT_IMAGE_KEYS.has(k)) throw invalidArgument(`${where}: unknown key "${k}"`);
        if (!['name', 'image', 'command'].includes(k)) ignored.push(`${key}.${str(m.name, where)}.${k}`);
      }
      return {
        name: str(m.name, `${where}.name`),
        image: str(m.image, `${where}.image`),
        command: strList(m.command ?? [], `${where}.command`),
      };
    });
  const spec: GuestSpec = {
    kernel: {
      image: str(kernel.image, `${name}: kernel.image`),
      cmdline: kernel.cmdline == null ? '' : str(kernel.cmdline, `${name}: kernel.cmdline`),
    },
    init: strList(doc.init ?? [], `${name}: init`),
    onboot: images('onboot'),
    services: images('services'),
    files: asList(doc.files ?? [], `${name}: files`).map((v, i) => parseFile(v, `${name}: files[${i}]`)),
    ignored,
  };
  if (spec.services.length !== 1)
    throw invalidArgument(`${name}: exactly one service (the agent) is supported, found ${spec.services.length}`);
  return spec;
}

function parseFile(v: YamlValue, where: string): FileSpec {
  const m = asMap(v, where);
  only(m, ['path', 'contents', 'source', 'directory', 'symlink', 'mode', 'optional', 'metadata', 'uid', 'gid'], where);
  const path = str(m.path, `${where}.path`).replace(/^\/+/, '');
  if (!path || path.split('/').includes('..')) throw invalidArgument(`${where}: bad path "${path}"`);
  const f: FileSpec = { path };
  const kinds = ['contents', 'source', 'directory', 'symlink'].filter((k) => k in m);
  if (kinds.length !== 1) throw invalidArgument(`${where}: give exactly one of contents, source, directory, symlink`);
  if ('contents' in m) f.contents = str(m.contents, `${where}.contents`);
  if ('source' in m) f.source = str(m.source, `${where}.source`);
  if ('symlink' in m) f.symlink = str(m.symlink, `${where}.symlink`);
  if ('directory' in m) f.directory = str(m.directory, `${where}.directory`) === 'true';
  if ('mode' in m) {
    const mode = str(m.mode, `${where}.mode`);
    if (!/^0?[0-7]{3,4}$/.test(mode)) throw invalidArgument(`${where}: mode must be octal like "0644"`);
    f.mode = parseInt(mode, 8);
  }
  if ('uid' in m || 'gid' in m || 'metadata' in m)
    throw invalidArgument(`${where}: uid, gid and metadata are not supported (files are root-owned)`);
  return f;
}

export function parseDebianSpec(text: string, name = 'debian.yml'): DebianSpec {
  const doc = asMap(parseYaml(text, name), name);
  only(doc, ['suite', 'images'], name);
  return {
    suite: str(doc.suite, `${name}: suite`),
    images: asList(doc.images, `${name}: images`).map((v, i) => {
      const where = `${name}: images[${i}]`;
      const m = asMap(v, where);
      only(m, ['image', 'role', 'packages', 'take', 'repo', 'exclude', 'emulate'], where);
      const role = (m.role == null ? 'files' : str(m.role, `${where}.role`)) as Role;
      if (!ROLES.includes(role)) throw invalidArgument(`${where}: role must be one of ${ROLES.join(', ')}`);
      return {
        image: str(m.image, `${where}.image`),
        role,
        packages: perArch(m.packages, `${where}.packages`),
        take: strList(m.take ?? [], `${where}.take`),
        repo: strList(m.repo ?? [], `${where}.repo`),
        exclude: strList(m.exclude ?? [], `${where}.exclude`),
        emulate: perArch(m.emulate, `${where}.emulate`),
      };
    }),
  };
}

/** A list for every architecture, or one list per architecture. */
function perArch(v: YamlValue | undefined, where: string): Record<Arch, string[]> {
  if (v == null || Array.isArray(v)) {
    const all = strList(v ?? [], where);
    return { amd64: all, arm64: all };
  }
  const per = asMap(v, where);
  only(per, ['amd64', 'arm64'], where);
  return { amd64: strList(per.amd64 ?? [], `${where}.amd64`), arm64: strList(per.arm64 ?? [], `${where}.arm64`) };
}

/** The recipe for an image reference (`repo/name:tag` → matched on `repo/name`). */
export function recipeFor(deb: DebianSpec, image: string): ImageRecipe {
  const bare = image.replace(/@sha256:[0-9a-f]+$/, '').replace(/:[^/:]+$/, '');
  const r = deb.images.find((i) => i.image === bare);
  if (!r) throw invalidArgument(`no Debian recipe for image "${image}" in debian.yml`);
  return r;
}

function asMap(v: YamlValue | undefined, where: string): Record<string, YamlValue> {
  if (v === null || v === undefined || typeof v !== 'object' || Array.isArray(v)) throw invalidArgument(`${where}: expected a mapping`);
  return v;
}
function asList(v: YamlValue | undefined, where: string): YamlValue[] {
  if (!Array.isArray(v)) throw invalidArgument(`${where}: expected a list`);
  return v;
}
function str(v: YamlValue | undefined, where: string): string {
  if (typeof v !== 'string') throw invalidArgument(`${where}: expected a string`);
  return v;
}
function strList(v: YamlValue | undefined, where: string): string[] {
  return asList(v, where).map((x, i) => str(x, `${where}[${i}]`));
}
function only(m: Record<string, YamlValue>, keys: string[], where: string): void {
  for (const k of Object.keys(m)) if (!keys.includes(k)) throw invalidArgument(`${where}: unknown key "${k}"`);
}
