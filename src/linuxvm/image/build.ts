// `tandem guest build`: turns images/guest/guest.yml (+ debian.yml) into a bootable guest:
// <out>/kernel (uncompressed), <out>/initrd.img (newc cpio, optionally gzip) and
// <out>/manifest.json (package versions and hashes). Inputs are Debian packages (cached under
// <cache>) and the compiled agent from this repository; the output is byte-for-byte reproducible
// for the same inputs (sorted archive, fixed owner and mtime = SOURCE_DATE_EPOCH), but for the
// agent's start-up snapshot: V8 writes a different blob each time (docs/guest-measurements.md).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { invalidArgument, notFound } from '../../common/errdefs.js';
import { writeCpio } from './cpio.js';
import { DebianCache, type Arch, type FetchedPackage, type PkgInfo, type Progress } from './debian.js';
import { ensureDepmod, uncompressedKernel, type KernelFiles } from './kernel.js';
import { parseDebianSpec, parseGuestSpec, recipeFor } from './spec.js';
import { GuestTree } from './tree.js';
import { fetchKernel, fetchSplit, libraryClosure, modulesFor } from './packages.js';
import { copyRepo, excluder } from './repo-files.js';
import { writeManifest, type Manifest } from './manifest.js';
import { writeSystemImage, type SystemCompression } from './system-image.js';
import { GUEST_NATIVE, takeEmulators } from './binfmt.js';
import { agentLauncher, buildAgentSnapshot, SNAPSHOT_BLOB, splitNodeCommand } from './agent-snapshot.js';

export interface BuildOptions {
  arch: Arch;
  specDir: string; // holds guest.yml, debian.yml, init.sh
  repoDir: string; // where dist/ and node_modules/ are
  outDir: string;
  cacheDir: string;
  initrdCompression: 'none' | 'gzip';
  systemCompression: SystemCompression;
  sourceDateEpoch: number;
  log: (msg: string) => void;
  /** Progress of downloads, unpacking and assembly, for a progress bar. */
  progress?: Progress;
}

export async function buildGuest(o: BuildOptions): Promise<Manifest> {
  const spec = parseGuestSpec(readFileSync(join(o.specDir, 'guest.yml'), 'utf8'));
  const deb = parseDebianSpec(readFileSync(join(o.specDir, 'debian.yml'), 'utf8'));
  for (const i of spec.ignored) o.log(`note: ${i} has no effect in this builder`);
  const progress = o.progress ?? (() => {});
  const apt = new DebianCache(join(o.cacheDir, o.arch), o.arch, o.log, progress);
  await apt.checkArch();

  const kernelRecipe = recipeFor(deb, spec.kernel.image);
  if (kernelRecipe.role !== 'kernel') throw invalidArgument(`${spec.kernel.image} is not a kernel in debian.yml`);
  const kernel = await fetchKernel(apt, kernelRecipe.packages[o.arch]);
  await ensureDepmod(kernel.files);

  const recipes = [...spec.init, ...spec.onboot.map((i) => i.image), spec.services[0]!.image].map((i) => recipeFor(deb, i));
  const wanted = [...new Set(recipes.flatMap((r) => r.packages[o.arch]))];
  const resolved = await apt.resolveMany(wanted);
  resolved.forEach((p, i) => {
    if (!p) throw notFound(`Debian package ${wanted[i]} is not available for ${o.arch}`);
  });
  const libInfo = await libraryClosure(apt, resolved as PkgInfo[]);
  const [direct, libs] = await fetchSplit(apt, resolved as PkgInfo[], libInfo);
  apt.saveResolved();
  const packages = [...direct, ...libs];
  const system = new GuestTree(o.arch, packages);
  const initrd = new GuestTree(o.arch, packages);

  // Stage 1 (initramfs): busybox, /init and the modules it loads before it can mount the system
  // image. Stage 2 (system image): the same /init, runc, node and the agent, /etc.
  for (const t of [system, initrd]) {
    t.take('/bin/busybox');
    t.file('init', readFileSync(join(o.specDir, 'init.sh')), 0o755);
  }
  const modules = await modulesFor(spec, deb, kernel.files);
  const kmod = (m: string) => join(kernel.files.modulesRoot, 'lib/modules', kernel.files.kver, m);
  for (const m of modules) initrd.file(`usr/lib/modules/${kernel.files.kver}/${m}`, kmod(m));
  initrd.file('etc/tandem/modules', Buffer.from(modules.join('\n') + '\n'));

  for (const r of recipes) for (const p of r.take) system.take(p, excluder(r.exclude));
  const platforms = [...GUEST_NATIVE[o.arch]];
  spec.onboot.forEach((step, i) => {
    const r = recipeFor(deb, step.image);
    const script = `etc/tandem/onboot/${String(i).padStart(2, '0')}-${step.name}.sh`;
    if (r.role === 'onboot') system.file(script, Buffer.from(shellLine(step.command) + '\n'));
    if (r.role === 'binfmt') {
      // The step registers what takeEmulators put under /etc/binfmt.d (and Rosetta under vfkit).
      platforms.push(...takeEmulators(system, r.emulate[o.arch]));
      system.file(script, readFileSync(join(o.specDir, 'binfmt.sh')));
    }
  });
  system.file('etc/tandem/platforms', Buffer.from(platforms.join('\n') + '\n'));

  // The agent: its runtime from Debian (taken above), its code from this repository.
  const agent = recipeFor(deb, spec.services[0]!.image);
  if (agent.role !== 'agent') throw invalidArgument(`${spec.services[0]!.image} is not the agent in debian.yml`);
  copyRepo(system, o.repoDir, agent);
  system.file('opt/tandem/package.json', Buffer.from('{ "type": "module" }\n'));
  system.file('etc/tandem/agent', Buffer.from(agentLauncher(shellLine(spec.services[0]!.command))), 0o755);
  system.file('etc/tandem/agent.files', Buffer.from(agentFiles(system, spec.services[0]!.command).join('\n') + '\n'));

  for (const f of spec.files) {
    if (f.directory) system.dir(f.path, f.mode ?? 0o755);
    else if (f.symlink !== undefined) system.symlink(f.path, f.symlink);
    else if (f.source !== undefined) system.file(f.path, readFileSync(join(o.specDir, f.source)), f.mode ?? 0o644);
    else system.file(f.path, Buffer.from(f.contents ?? ''), f.mode ?? 0o644);
  }

  progress('assemble', 1, 4);
  const cpio = Buffer.concat(writeCpio(initrd.list(), o.sourceDateEpoch));
  // Level 9 and a zero header mtime (zlib's default) keep the gzip bytes stable.
  const initrdImage = o.initrdCompression === 'gzip' ? gzipSync(cpio, { level: 9 }) : cpio;
  progress('assemble', 2, 4);
  const kernelImage = await uncompressedKernel(kernel.files.vmlinuz, o.arch);
  progress('assemble', 3, 4);
  const used = packages.filter((p) => system.usedPackages.has(p.name) || direct.includes(p));
  return writeOutputs(o, {
    kernelImage,
    initrd: initrdImage,
    cpioSize: cpio.length,
    system,
    kernel,
    modules,
    packages: [kernel.pkg, ...used],
    cmdline: spec.kernel.cmdline,
    platforms,
    agentNodeFlags: splitNodeCommand(spec.services[0]!.command).flags,
  });
}

/**
 * ICU's data library: 31 MB, of which the agent maps a few pages (8 KiB resident, 2026-12-05).
 * Read whole at every boot it would cost more than it saves.
 */
const NOT_READ_AHEAD = /\/libicudata\.so[.\d]*$/;

/**
 * What /init reads whole before the agent starts (docs/guest-measurements.md, "The agent's code
 * read back a page at a time"; guest/readahead.ts): node, the libraries it loads, the start-up
 * snapshot and the agent's script. A file the image lacks (no snapshot) is skipped there.
 */
function agentFiles(system: GuestTree, command: string[]): string[] {
  const { node, rest } = splitNodeCommand(command);
  const libs = system.loads(node).filter((p) => !NOT_READ_AHEAD.test(p));
  return [...libs, SNAPSHOT_BLOB, ...rest.filter((a) => a.startsWith('/'))];
}

export function shellLine(argv: string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

interface Outputs {
  kernelImage: Buffer;
  initrd: Buffer;
  cpioSize: number;
  system: GuestTree;
  kernel: { pkg: FetchedPackage; files: KernelFiles };
  modules: string[];
  packages: FetchedPackage[];
  cmdline: string;
  platforms: string[];
  /** The agent service's node flags, which its start-up snapshot is built under. */
  agentNodeFlags: string[];
}

async function writeOutputs(o: BuildOptions, x: Outputs): Promise<Manifest> {
  // Write into a sibling temp dir and swap it in, so a VM never boots a half-written image.
  const out = resolve(o.outDir);
  const tmp = `${out}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(tmp, 'kernel'), x.kernelImage);
  writeFileSync(join(tmp, 'initrd.img'), x.initrd);
  let agentSnapshot: Manifest['agentSnapshot'];
  await writeSystemImage(x.system.list(), join(tmp, 'system.img'), o.sourceDateEpoch, o.systemCompression, async (stage) => {
    const r = await buildAgentSnapshot(stage, o.arch, o.cacheDir, o.log, x.agentNodeFlags);
    if (r.built) {
      const blob = readFileSync(join(stage, SNAPSHOT_BLOB));
      agentSnapshot = { sha256: createHash('sha256').update(blob).digest('hex'), size: blob.length };
      o.log(`agent start-up snapshot built (${(blob.length / 1048576).toFixed(1)} MiB, ${((r.ms ?? 0) / 1000).toFixed(1)} s)`);
    } else {
      agentSnapshot = { missing: r.reason ?? 'unknown' };
      o.log(`note: no agent start-up snapshot in the image (${r.reason}); the agent starts without it`);
    }
  });
  const systemImage = readFileSync(join(tmp, 'system.img'));
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  const manifest: Manifest = {
    arch: o.arch,
    kernel: {
      file: 'kernel',
      kver: x.kernel.files.kver,
      format: o.arch === 'amd64' ? 'elf' : 'arm64-image',
      sha256: sha(x.kernelImage),
      size: x.kernelImage.length,
    },
    initrd: { file: 'initrd.img', compression: o.initrdCompression, sha256: sha(x.initrd), size: x.initrd.length, cpioSize: x.cpioSize },
    system: {
      file: 'system.img',
      format: 'erofs',
      compression: o.systemCompression,
      sha256: sha(systemImage),
      size: systemImage.length,
    },
    cmdline: x.cmdline,
    platforms: x.platforms,
    agentSnapshot,
    modules: x.modules,
    packages: x.packages
      .map((p) => ({ name: p.name, version: p.version, arch: p.arch, sha256: p.sha256 }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    sourceDateEpoch: o.sourceDateEpoch,
    inputs: inputsDigest(o),
  };
  writeManifest(join(tmp, 'manifest.json'), manifest);
  o.progress?.('assemble', 4, 4);
  rmSync(`${out}.old`, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, `${out}.old`);
  renameSync(tmp, out);
  rmSync(`${out}.old`, { recursive: true, force: true });
  return manifest;
}

/**
 * Bumped when the builder itself makes different outputs from the same inputs, so cached images
 * of the old format are rebuilt (2: PT_LOAD zero tails of the x86 kernel trimmed, kernel.ts; 3: the
 * agent's start-up snapshot, agent-snapshot.ts; 4: its launcher starts it only with
 * `tandem.snapshot=on`, where 3 started it unless `tandem.snapshot=off`; 5: the snapshot made under
 * qemu-user's `-cpu max`, the CPU of a TCG guest; 6: and under the service's node flags; 7: the
 * launcher leaves the snapshot out under TANDEM_AGENT_SNAPSHOT=off).
 */
const BUILDER_FORMAT = 7;

/**
 * A digest of this repository's inputs to the image (the description directory and the agent
 * code copied from the repository), so a cached image can be recognised as stale. Debian inputs
 * are pinned by the package versions in the manifest instead.
 */
export function inputsDigest(
  o: Pick<BuildOptions, 'specDir' | 'repoDir' | 'systemCompression' | 'initrdCompression' | 'sourceDateEpoch'>,
): string {
  const h = createHash('sha256');
  h.update(`builder format ${BUILDER_FORMAT}\n`);
  h.update(`${o.systemCompression} ${o.initrdCompression} ${o.sourceDateEpoch}\n`);
  const deb = parseDebianSpec(readFileSync(join(o.specDir, 'debian.yml'), 'utf8'));
  const walk = (abs: string, name: string, skip: (p: string) => boolean): void => {
    if (!existsSync(abs)) return h.update(`missing ${name}\n`) as unknown as void;
    const st = statSync(abs);
    if (st.isDirectory()) {
      for (const n of readdirSync(abs).sort()) if (!skip(posix.join(name, n))) walk(join(abs, n), posix.join(name, n), skip);
    } else if (st.isFile()) {
      h.update(`${name} ${st.mode & 0o111 ? 'x' : '-'} `)
        .update(readFileSync(abs))
        .update('\n');
    }
  };
  walk(o.specDir, 'spec', () => false);
  for (const r of deb.images) for (const p of r.repo) walk(join(o.repoDir, p), p, excluder(r.exclude));
  return h.digest('hex');
}
