// Which platform a container's program is built for, from its file header: ELF (os from
// EI_OSABI, architecture from e_machine), Mach-O thin or universal (darwin; every architecture
// of a universal binary), or a `#!` script (its interpreter, followed). This is how dispatch
// decides when the container has no image (`ctr run --rootfs`), or containerd cannot say.
//
// The root is read without mounting anything: a directory, or the layers of containerd's overlay
// mount (upper first). Paths resolve inside the root, symlinks included, never against the host.
import { join, posix } from 'node:path';
import type { Mount, OciSpec } from '../common/oci.js';
import type { Platform } from '../common/platform.js';
import { RootView } from './root-view.js';

/** ELF e_machine → OCI architecture (class and byte order pick among the 32/64-bit and endian twins). */
function elfArch(machine: number, is64: boolean, le: boolean): string | undefined {
  switch (machine) {
    case 3:
      return '386';
    case 62:
      return 'amd64';
    case 40:
      return 'arm';
    case 183:
      return 'arm64';
    case 8:
      return is64 ? (le ? 'mips64le' : 'mips64') : le ? 'mipsle' : 'mips';
    case 20:
      return 'ppc';
    case 21:
      return le ? 'ppc64le' : 'ppc64';
    case 22:
      return is64 ? 's390x' : 's390';
    case 243:
      return is64 ? 'riscv64' : 'riscv';
    case 258:
      return 'loong64';
  }
  return undefined;
}

/** ELF EI_OSABI → OS; System V (0) is what Linux toolchains write. */
const ELF_OSABI: Record<number, string> = { 0: 'linux', 3: 'linux', 2: 'netbsd', 6: 'solaris', 9: 'freebsd', 12: 'openbsd' };

/** Mach-O cputype → OCI architecture. */
const MACHO_CPU: Record<number, string> = { 7: '386', 0x01000007: 'amd64', 12: 'arm', 0x0100000c: 'arm64', 18: 'ppc', 0x01000012: 'ppc64' };

export type Header = { platforms: Platform[] } | { interpreter: string } | undefined;

/** What a file's first bytes (up to 4 KiB) say about where it runs. */
export function parseHeader(head: Buffer): Header {
  if (head.length >= 20 && head.readUInt32BE(0) === 0x7f454c46) {
    const is64 = head[4] === 2;
    const le = head[5] === 1;
    const machine = le ? head.readUInt16LE(18) : head.readUInt16BE(18);
    const architecture = elfArch(machine, is64, le) ?? `elf-machine-${machine}`;
    return { platforms: [{ os: ELF_OSABI[head[7]!] ?? `elf-osabi-${head[7]}`, architecture }] };
  }
  if (head.length >= 8) {
    const le = head.readUInt32LE(0);
    if (le === 0xfeedface || le === 0xfeedfacf) return { platforms: [darwin(head.readUInt32LE(4))] };
    const be = head.readUInt32BE(0);
    if (be === 0xfeedface || be === 0xfeedfacf) return { platforms: [darwin(head.readUInt32BE(4))] };
    // Universal binary; 0xcafebabe is also a Java class file, whose "count" is its version (>= 45).
    const count = head.readUInt32BE(4);
    if ((be === 0xcafebabe || be === 0xcafebabf) && count > 0 && count < 30) {
      const size = be === 0xcafebabe ? 20 : 32;
      const platforms: Platform[] = [];
      for (let i = 0; i < count && 8 + (i + 1) * size <= head.length; i++) platforms.push(darwin(head.readUInt32BE(8 + i * size)));
      return { platforms };
    }
  }
  if (head.length > 2 && head[0] === 0x23 && head[1] === 0x21) {
    const line = head.subarray(2, head.indexOf(0x0a) < 0 ? head.length : head.indexOf(0x0a)).toString('latin1');
    const interpreter = line.trim().split(/[ \t]+/)[0];
    if (interpreter) return { interpreter };
  }
  return undefined;
}

function darwin(cpu: number): Platform {
  return { os: 'darwin', architecture: MACHO_CPU[cpu] ?? `macho-cpu-${cpu}` };
}

/** The container's root as dispatch sees it before anything is mounted. */
export function rootViewFor(bundle: string, spec: OciSpec, rootfs: Mount[]): RootView | undefined {
  if (rootfs.length === 1) {
    const m = rootfs[0]!;
    if (m.type === 'bind' || m.options?.includes('bind') || m.options?.includes('rbind')) return new RootView([m.source]);
    if (m.type === 'overlay') {
      const opt = (k: string) => m.options?.find((o) => o.startsWith(`${k}=`))?.slice(k.length + 1);
      const lower = opt('lowerdir')?.split(':') ?? [];
      const upper = opt('upperdir');
      return lower.length ? new RootView([...(upper ? [upper] : []), ...lower]) : undefined;
    }
    return undefined;
  }
  if (rootfs.length > 1) return undefined;
  const p = spec.root?.path;
  if (!p) return undefined;
  return new RootView([posix.isAbsolute(p) ? p : join(bundle, p)]);
}

/** The program's path in the root: args[0] as given, or looked up in the spec's PATH. */
async function findProgram(root: RootView, spec: OciSpec): Promise<string | undefined> {
  const prog = spec.process?.args?.[0];
  if (!prog) return undefined;
  if (prog.includes('/')) return root.resolveFile(posix.isAbsolute(prog) ? prog : posix.join(spec.process?.cwd ?? '/', prog));
  const pathVar = spec.process?.env?.find((e) => e.startsWith('PATH='))?.slice(5) ?? '/usr/local/bin:/usr/bin:/bin';
  for (const dir of pathVar.split(':').filter(Boolean)) {
    const hit = await root.resolveFile(posix.join(dir, prog));
    if (hit) return hit;
  }
  return undefined;
}

/** The platforms the container's program runs on (several for a universal binary), if the root tells. */
export async function executablePlatforms(root: RootView, spec: OciSpec): Promise<Platform[] | undefined> {
  let file = await findProgram(root, spec);
  for (let hops = 0; file && hops < 4; hops++) {
    const h = parseHeader(await root.head(file, 4096));
    if (!h) return undefined;
    if ('platforms' in h) return h.platforms;
    file = await root.resolveFile(h.interpreter);
  }
  return undefined;
}
