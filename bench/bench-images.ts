// The two images the snapshotter benchmark unpacks, as layers of entries for writeOciArchive:
// a synthetic one of many small files (the worst case for a per-file clone, where each file's
// inode is large beside its data) and one made of real Debian bookworm packages (the files a
// developer image really holds). Debian packages are downloaded with `apt-get download` and
// unpacked with `dpkg-deb -x` into a cache (src/linuxvm/image/debian.ts); nothing is installed.
import { randomBytes } from 'node:crypto';
import { lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { LayerEntry } from '../src/images/oci-archive.js';
import { DebianCache, type Arch } from '../src/linuxvm/image/debian.js';

/**
 * A file size like a distribution image's: 80% 0.5–4 KiB, 18% 4–32 KiB, 2% 32–256 KiB
 * (mean ≈ 8 KiB), chosen from the file's index so every run builds the same image.
 */
function fileSize(i: number): number {
  const r = (i * 2654435761) % 1000;
  if (r < 800) return 512 + ((i * 37) % 3584);
  if (r < 980) return 4096 + ((i * 131) % 28672);
  return 32768 + ((i * 977) % 229376);
}

/** The synthetic image: `layers` layers of files/layers files; later layers overwrite and delete some. */
export function syntheticLayers(files: number, layers: number): LayerEntry[][] {
  const per = Math.floor(files / layers);
  const out: LayerEntry[][] = [];
  for (let l = 0; l < layers; l++) {
    const es: LayerEntry[] = [{ type: 'directory', path: `l${l}` }];
    for (let d = 0; d < per / 100; d++) {
      es.push({ type: 'directory', path: `l${l}/d${d}` });
      for (let f = 0; f < 100; f++)
        es.push({ type: 'file', path: `l${l}/d${d}/f${f}`, content: randomBytes(fileSize(l * per + d * 100 + f)) });
    }
    if (l > 0) {
      for (let f = 0; f < 50; f++) es.push({ type: 'file', path: `l${l - 1}/d0/f${f}`, content: randomBytes(1024) });
      es.push({ type: 'whiteout', path: `l${l - 1}/d1` });
    }
    out.push(es);
  }
  return out;
}

/** binutils' architecture-specific package, by Node's process.arch. */
const BINUTILS: Record<string, string> = { x64: 'binutils-x86-64-linux-gnu', arm64: 'binutils-aarch64-linux-gnu' };

/**
 * The real image: a plausible developer image in the layers a Dockerfile would make:
 * (1) what the debian:bookworm image ships plus curl and CA certificates, (2) perl, (3) python3
 * with pip and its headers, (4) the C/C++ toolchain (build-essential: gcc-12, g++-12, cpp,
 * binutils, libc6-dev, make, dpkg-dev) with cmake, pkg-config and the -dev libraries
 * buildpack-deps:bookworm has, (5) git, ssh client, less, vim and man pages. Chosen for what it
 * is and for a file count near the synthetic image's 20,000 (the list without the -dev
 * libraries, python headers, cmake and vim held 14,726 files), before any disk was measured:
 * not tuned to a result. Names are bookworm's; versions are whatever the host's apt offers.
 */
export const DEBIAN_LAYERS: { name: string; packages: string[] }[] = [
  {
    name: 'base',
    packages: [
      'adduser',
      'apt',
      'base-files',
      'base-passwd',
      'bash',
      'bsdutils',
      'coreutils',
      'dash',
      'debconf',
      'debian-archive-keyring',
      'debianutils',
      'diffutils',
      'dpkg',
      'e2fsprogs',
      'findutils',
      'gcc-12-base',
      'gpgv',
      'grep',
      'gzip',
      'hostname',
      'init-system-helpers',
      'libacl1',
      'libapt-pkg6.0',
      'libattr1',
      'libaudit-common',
      'libaudit1',
      'libblkid1',
      'libbz2-1.0',
      'libc-bin',
      'libc6',
      'libcap-ng0',
      'libcap2',
      'libcom-err2',
      'libcrypt1',
      'libdb5.3',
      'libdebconfclient0',
      'libext2fs2',
      'libffi8',
      'libgcc-s1',
      'libgcrypt20',
      'libgmp10',
      'libgnutls30',
      'libgpg-error0',
      'libhogweed6',
      'libidn2-0',
      'liblz4-1',
      'liblzma5',
      'libmd0',
      'libmount1',
      'libnettle8',
      'libp11-kit0',
      'libpam-modules',
      'libpam-modules-bin',
      'libpam-runtime',
      'libpam0g',
      'libpcre2-8-0',
      'libseccomp2',
      'libselinux1',
      'libsemanage-common',
      'libsemanage2',
      'libsepol2',
      'libsmartcols1',
      'libss2',
      'libstdc++6',
      'libsystemd0',
      'libtasn1-6',
      'libtinfo6',
      'libudev1',
      'libunistring2',
      'libuuid1',
      'libxxhash0',
      'libzstd1',
      'login',
      'logsave',
      'mawk',
      'mount',
      'ncurses-base',
      'ncurses-bin',
      'passwd',
      'perl-base',
      'sed',
      'sysvinit-utils',
      'tar',
      'tzdata',
      'util-linux',
      'util-linux-extra',
      'zlib1g',
      // buildpack-deps:bookworm-curl adds these
      'ca-certificates',
      'openssl',
      'libssl3',
      'curl',
      'libcurl4',
      'libnghttp2-14',
      'librtmp1',
      'libssh2-1',
      'libpsl5',
      'libbrotli1',
      'libldap-2.5-0',
      'libsasl2-2',
      'libsasl2-modules-db',
      'libgssapi-krb5-2',
      'libkrb5-3',
      'libk5crypto3',
      'libkrb5support0',
      'libkeyutils1',
    ],
  },
  { name: 'perl', packages: ['perl', 'perl-modules-5.36', 'libperl5.36', 'libgdbm6', 'libgdbm-compat4'] },
  {
    name: 'python3',
    packages: [
      'python3',
      'python3-minimal',
      'python3.11',
      'python3.11-minimal',
      'libpython3.11-minimal',
      'libpython3.11-stdlib',
      'libpython3-stdlib',
      'libexpat1',
      'libsqlite3-0',
      'libreadline8',
      'readline-common',
      'libncursesw6',
      'libnsl2',
      'libtirpc3',
      'libtirpc-common',
      'media-types',
      'python3-pip',
      'python3-setuptools',
      'python3-wheel',
      'python3-pkg-resources',
      'python3-distutils',
      'python3-lib2to3',
      'python3-dev',
      'python3.11-dev',
      'libpython3-dev',
      'libpython3.11-dev',
      'libexpat1-dev',
    ],
  },
  {
    name: 'toolchain',
    packages: [
      'build-essential',
      'gcc',
      'gcc-12',
      'g++',
      'g++-12',
      'cpp',
      'cpp-12',
      'libgcc-12-dev',
      'libstdc++-12-dev',
      'libc6-dev',
      'libc-dev-bin',
      'linux-libc-dev',
      'libcrypt-dev',
      'libnsl-dev',
      'libtirpc-dev',
      'rpcsvc-proto',
      'binutils',
      'binutils-common',
      BINUTILS[process.arch] ?? 'binutils-x86-64-linux-gnu',
      'libbinutils',
      'libctf0',
      'libctf-nobfd0',
      'libgprofng0',
      'libjansson4',
      'libisl23',
      'libmpc3',
      'libmpfr6',
      'libasan8',
      'libtsan2',
      'liblsan0',
      'libubsan1',
      'libitm1',
      'libatomic1',
      'libquadmath0',
      'libgomp1',
      'libcc1-0',
      'make',
      'patch',
      'dpkg-dev',
      'libdpkg-perl',
      'bzip2',
      'xz-utils',
      'pkg-config',
      'pkgconf',
      'pkgconf-bin',
      'libpkgconf3',
      'cmake',
      'cmake-data',
      'libarchive13',
      'libjsoncpp25',
      'librhash0',
      'libuv1',
      'procps',
      'libproc2-0',
      // the -dev packages buildpack-deps:bookworm has for building language runtimes and extensions
      'zlib1g-dev',
      'libssl-dev',
      'libffi-dev',
      'libsqlite3-dev',
      'libreadline-dev',
      'libncurses-dev',
      'libncurses6',
      'libbz2-dev',
      'liblzma-dev',
      'libcurl4-openssl-dev',
      'libxml2',
      'libxml2-dev',
      'libicu72',
      'libicu-dev',
      'icu-devtools',
    ],
  },
  {
    name: 'git+docs',
    packages: [
      'git',
      'git-man',
      'liberror-perl',
      'libcurl3-gnutls',
      'less',
      'openssh-client',
      'libedit2',
      'libbsd0',
      'libcbor0.8',
      'libfido2-1',
      'manpages',
      'manpages-dev',
      'man-db',
      'libpipeline1',
      'groff-base',
      'vim',
      'vim-common',
      'vim-runtime',
      'libgpm2',
      'libsodium23',
      'xxd',
    ],
  },
];

/** What a run of the Debian image used, for the report. */
export interface DebianImage {
  layers: LayerEntry[][];
  packages: number;
  /** Hard links inside packages, stored as separate copies (LayerEntry has no hard links). */
  hardLinks: number;
}

/** Downloads (once, into `cacheDir`) and unpacks DEBIAN_LAYERS, and turns each layer into entries. */
export async function debianLayers(cacheDir: string, arch: Arch, log: (m: string) => void): Promise<DebianImage> {
  const apt = new DebianCache(cacheDir, arch, log);
  await apt.checkArch();
  const layers: LayerEntry[][] = [];
  let packages = 0;
  let hardLinks = 0;
  for (const l of DEBIAN_LAYERS) {
    const infos = await apt.resolveMany(l.packages);
    const gone = l.packages.filter((_, i) => !infos[i]);
    if (gone.length) throw new Error(`bench image layer ${l.name}: not available for ${arch}: ${gone.join(', ')}`);
    const fetched = await apt.fetchMany(infos.map((p) => p!));
    const tree = new LayerTree();
    for (const p of fetched) tree.add(p.root);
    layers.push([...tree.entries.values()]);
    packages += fetched.length;
    hardLinks += tree.hardLinks;
  }
  apt.saveResolved();
  return { layers, packages, hardLinks };
}

/** One layer's entries from several unpacked package trees (directories shared, parents first). */
class LayerTree {
  readonly entries = new Map<string, LayerEntry>();
  hardLinks = 0;

  add(root: string): void {
    const seen = new Set<string>(); // dev:ino of files with more than one link, in this package
    const walk = (rel: string) => {
      for (const name of readdirSync(join(root, rel)).sort()) {
        const path = rel ? `${rel}/${name}` : name;
        const abs = join(root, path);
        const st = lstatSync(abs);
        const own = { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid };
        if (st.isDirectory()) {
          if (!this.entries.has(path)) this.entries.set(path, { type: 'directory', path, ...own });
          walk(path);
        } else if (st.isSymbolicLink()) {
          this.entries.set(path, { type: 'symlink', path, target: readlinkSync(abs) });
        } else if (st.isFile()) {
          if (st.nlink > 1) {
            const id = `${st.dev}:${st.ino}`;
            if (seen.has(id)) this.hardLinks++;
            seen.add(id);
          }
          this.entries.set(path, { type: 'file', path, ...own, content: readFileSync(abs) });
        } else {
          throw new Error(`bench image: ${abs} is neither file, directory nor symlink`);
        }
      }
    };
    walk('');
  }
}

export interface ImageStats {
  files: number;
  bytes: number;
  dirs: number;
  symlinks: number;
}

/** What the unpacked image holds: the layers applied in order, whiteouts included. */
export function imageStats(layers: LayerEntry[][]): ImageStats {
  const tree = new Map<string, LayerEntry>();
  for (const layer of layers) {
    for (const e of layer) {
      if (e.type !== 'whiteout') {
        tree.set(e.path, e);
        continue;
      }
      for (const p of [...tree.keys()]) if (p === e.path || p.startsWith(`${e.path}/`)) tree.delete(p);
    }
  }
  const s: ImageStats = { files: 0, bytes: 0, dirs: 0, symlinks: 0 };
  for (const e of tree.values()) {
    if (e.type === 'file') {
      s.files++;
      s.bytes += 'content' in e ? e.content.length : e.size;
    } else if (e.type === 'directory') s.dirs++;
    else if (e.type === 'symlink') s.symlinks++;
  }
  return s;
}
