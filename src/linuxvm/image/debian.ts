// Debian packages as build inputs: resolve a name to the newest version the host's apt sources
// offer for the guest architecture, download it with `apt-get download` into a cache and unpack
// it with `dpkg-deb -x`. Nothing is installed into the host. Foreign architectures (arm64 on an
// x86_64 host) need `dpkg --add-architecture arm64 && apt-get update` once; we check and say so.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { failedPrecondition, notFound } from '../../common/errdefs.js';

const run = promisify(execFile);

export type Arch = 'amd64' | 'arm64';

export interface DebPackage {
  name: string;
  version: string;
  arch: string; // the package's own architecture: the guest's, or `all`
}

export interface FetchedPackage extends PkgInfo {
  deb: string; // path of the .deb in the cache
  sha256: string;
  root: string; // where it is unpacked
}

export interface PkgInfo extends DebPackage {
  section: string;
  depends: string[];
}

/** Progress of a long step: `done` of `total` units (packages) so far. */
export type Progress = (step: 'download' | 'unpack' | 'assemble', done: number, total: number) => void;

export class DebianCache {
  private readonly fetched = new Map<string, Promise<FetchedPackage>>();
  private readonly info = new Map<string, PkgInfo | null>(); // by spec; null: not available

  constructor(
    readonly cacheDir: string,
    readonly arch: Arch,
    private readonly log: (msg: string) => void = () => {},
    private readonly progress: Progress = () => {},
  ) {
    // Answers stay valid while apt's package lists do not change: keep them across builds.
    try {
      const saved = JSON.parse(readFileSync(this.resolvedPath, 'utf8')) as { lists: string; info: [string, PkgInfo | null][] };
      if (saved.lists === listsStamp()) for (const [k, v] of saved.info) this.info.set(k, v);
    } catch {}
  }

  private get resolvedPath(): string {
    return join(this.cacheDir, 'resolved.json');
  }

  /** Saves what was resolved (called by the builder once it is done). */
  saveResolved(): void {
    mkdirSync(this.cacheDir, { recursive: true });
    writeFileSync(this.resolvedPath, JSON.stringify({ lists: listsStamp(), info: [...this.info] }));
  }

  /** Checks that apt knows the guest architecture before anything is looked up. */
  async checkArch(): Promise<void> {
    const native = (await run('dpkg', ['--print-architecture'])).stdout.trim();
    if (native === this.arch) return;
    const foreign = (await run('dpkg', ['--print-foreign-architectures'])).stdout.split(/\s+/);
    if (!foreign.includes(this.arch)) {
      throw failedPrecondition(
        `apt does not know architecture ${this.arch}: run "dpkg --add-architecture ${this.arch} && apt-get update" first`,
      );
    }
  }

  /** `name` or `name=version` → the package apt would download. */
  async resolve(spec: string): Promise<PkgInfo> {
    const [p] = await this.resolveMany([spec]);
    if (!p) throw notFound(`Debian package ${spec} is not available for ${this.arch} from the configured apt sources`);
    return p;
  }

  /**
   * Resolves many names at once (undefined where a name is not available, e.g. a virtual
   * package). Batched because each apt-cache run re-reads every package list when apt's binary
   * cache is disabled, as in Debian container images (about 1-2 s per call).
   */
  async resolveMany(specs: string[]): Promise<(PkgInfo | undefined)[]> {
    const todo = [...new Set(specs.filter((s) => !this.info.has(s)))];
    if (todo.length) {
      const names = todo.map((s) => s.split('=')[0]!);
      // Architecture-specific versions first; `name:all` only for what that did not find (madison
      // answers `libc6:all` with the native architecture's libc6, so it must not go first).
      const versions = await this.madison(names.map((n) => `${n}:${this.arch}`));
      const rest = names.filter((n) => !versions.has(n));
      if (rest.length) for (const [k, v] of await this.madison(rest.map((n) => `${n}:all`))) versions.set(k, v);
      const chosen = new Map<string, string>(); // spec → "name:qual=version"
      for (const spec of todo) {
        const [name, pinned] = spec.split('=', 2) as [string, string | undefined];
        const v = versions.get(name);
        if (!v) continue;
        const version = pinned ?? v.versions[0]!;
        if (!v.versions.includes(version)) throw notFound(`Debian package ${name} ${version} is not available for ${this.arch}`);
        chosen.set(spec, `${name}:${v.qual}=${version}`);
      }
      const shown = chosen.size ? await this.show([...chosen.values()]) : new Map<string, PkgInfo>();
      for (const spec of todo) {
        const key = chosen.get(spec);
        this.info.set(spec, (key && shown.get(key.replace(/:[^:=]+=/, '='))) || null);
      }
    }
    return specs.map((s) => this.info.get(s) ?? undefined);
  }

  private async madison(queries: string[]): Promise<Map<string, { qual: string; versions: string[] }>> {
    const { stdout } = await run('apt-cache', ['madison', ...queries], { maxBuffer: 16 << 20 }).catch((e: { stdout?: string }) => ({
      stdout: e.stdout ?? '',
    }));
    const out = new Map<string, { qual: string; versions: string[] }>();
    const qual = queries[0]?.split(':')[1] ?? this.arch;
    for (const line of stdout.split('\n')) {
      const f = line.split('|').map((x) => x.trim());
      if (f.length < 3) continue;
      const name = f[0]!.split(':')[0]!;
      if (!queries.includes(`${name}:${qual}`)) continue;
      // madison answers `x:all` queries with native-architecture lines too; keep our arch or all.
      if (qual === 'all' && !f[2]!.includes(` ${this.arch} Packages`)) continue;
      const e = out.get(name) ?? { qual, versions: [] };
      if (!e.versions.includes(f[1]!)) e.versions.push(f[1]!);
      out.set(name, e);
    }
    return out;
  }

  /** One `apt-cache show` for many `name:qual=version`; keyed by `name=version`. */
  private async show(keys: string[]): Promise<Map<string, PkgInfo>> {
    const { stdout } = await run('apt-cache', ['show', ...keys], { maxBuffer: 64 << 20 });
    const out = new Map<string, PkgInfo>();
    for (const stanza of stdout.split(/\n\n+/)) {
      const field = (n: string): string | undefined => new RegExp(`^${n}: (.*)$`, 'm').exec(stanza)?.[1];
      const name = field('Package');
      const version = field('Version');
      const arch = field('Architecture');
      if (!name || !version || !arch) continue;
      if (arch !== 'all' && arch !== this.arch) continue;
      const key = `${name}=${version}`;
      if (out.has(key)) continue; // the same version from two sources
      const depends = [field('Pre-Depends'), field('Depends')]
        .filter((f): f is string => !!f)
        .flatMap((f) => f.split(','))
        .map((alt) =>
          alt
            .split('|')[0]!
            .trim()
            .replace(/\s*\(.*\)$/, '')
            .replace(/:any$/, ''),
        )
        .filter(Boolean);
      out.set(key, { name, version, arch, section: field('Section') ?? '', depends });
    }
    return out;
  }

  /** Downloads (in one apt-get run) and unpacks whatever is not cached yet. */
  async fetchMany(pkgs: PkgInfo[]): Promise<FetchedPackage[]> {
    const debs = join(this.cacheDir, 'debs');
    mkdirSync(debs, { recursive: true });
    const debPath = (p: PkgInfo) => join(debs, `${p.name}_${p.version}_${p.arch}.deb`.replace(/:/g, '%3a'));
    const missing = pkgs.filter((p, i) => !existsSync(debPath(p)) && pkgs.findIndex((q) => q.name === p.name) === i);
    if (missing.length) {
      for (const p of missing) this.log(`download ${p.name} ${p.version} (${p.arch})`);
      // apt-get download names files itself: fetch into a private dir and rename, so a cache
      // entry is either complete or absent.
      const tmp = mkdtempSync(join(debs, '.dl-'));
      try {
        await aptDownload(
          tmp,
          missing.map((p) => `${p.name}:${p.arch}=${p.version}`),
          (n) => this.progress('download', n, missing.length),
        );
        for (const p of missing) {
          const file = readdirSync(tmp).find((n) => n.startsWith(`${p.name}_`) && n.endsWith(`_${p.arch}.deb`));
          if (!file) throw notFound(`apt-get download ${p.name} produced no .deb`);
          renameSync(join(tmp, file), debPath(p));
        }
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    }
    let unpacked = 0;
    return Promise.all(
      pkgs.map((p) =>
        this.unpack(p, debPath(p)).then((f) => {
          this.progress('unpack', ++unpacked, pkgs.length);
          return f;
        }),
      ),
    );
  }

  private unpack(p: PkgInfo, deb: string): Promise<FetchedPackage> {
    const key = `${p.name}_${p.version}_${p.arch}`;
    let f = this.fetched.get(key);
    if (!f) {
      f = (async () => {
        const sha256 = createHash('sha256').update(readFileSync(deb)).digest('hex');
        const root = join(this.cacheDir, 'root', key.replace(/:/g, '%3a'));
        if (!existsSync(root)) {
          const tmp = `${root}.tmp-${process.pid}`;
          rmSync(tmp, { recursive: true, force: true });
          mkdirSync(tmp, { recursive: true });
          await run('dpkg-deb', ['-x', deb, tmp]);
          renameSync(tmp, root);
        }
        return { ...p, deb, sha256, root };
      })();
      this.fetched.set(key, f);
    }
    return f;
  }
}

/** `apt-get download` into dir, counting its "Get:" lines; a failure names apt's own last words. */
function aptDownload(dir: string, specs: string[], onGot: (n: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn('apt-get', ['download', '-q', ...specs], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let got = 0;
    let err = '';
    let partial = '';
    p.stdout.on('data', (d: Buffer) => {
      const lines = (partial + d.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const l of lines) if (/^Get:\d+/.test(l)) onGot(++got);
    });
    p.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    p.on('error', (e) => reject(failedPrecondition(`apt-get download: ${e.message} (tandem builds the guest image from Debian packages)`)));
    p.on('close', (code) => {
      if (code === 0) return resolve();
      const last = err.trim().split('\n').filter(Boolean).pop() ?? `exit status ${code}`;
      reject(failedPrecondition(`apt-get download failed: ${last} (check the apt sources and network, then run "apt-get update")`));
    });
  });
}

/** Identifies the state of apt's package lists (names, sizes, mtimes). */
function listsStamp(): string {
  const dir = '/var/lib/apt/lists';
  const h = createHash('sha256');
  try {
    for (const n of readdirSync(dir).sort()) {
      const st = statSync(join(dir, n));
      h.update(`${n} ${st.size} ${st.mtimeMs}\n`);
    }
  } catch {}
  return h.digest('hex');
}

/**
 * Debian's static busybox for an architecture (`busybox-static`, downloaded into
 * `<cacheDir>/<arch>` like the guest's packages): what the sample images are made of. A version
 * pins it, so images of several architectures carry the same busybox.
 */
export async function debianBusybox(cacheDir: string, arch: Arch, version?: string): Promise<{ path: string; version: string }> {
  const apt = new DebianCache(join(cacheDir, arch), arch);
  await apt.checkArch();
  const [pkg] = await apt.fetchMany([await apt.resolve(version ? `busybox-static=${version}` : 'busybox-static')]);
  apt.saveResolved();
  return { path: join(pkg!.root, 'bin/busybox'), version: pkg!.version };
}
