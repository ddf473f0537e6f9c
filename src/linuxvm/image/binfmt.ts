// Foreign-architecture programs in the guest: Debian's qemu-user-static emulators, registered
// with binfmt_misc at boot (images/guest/binfmt.sh) from the binfmt.d entries the package ships.
// Each entry keeps Debian's flags and gains F (fix-binary) if it lacked it: the kernel opens the
// emulator once, at registration, so it runs inside any container root, which has no emulator.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { failedPrecondition, notFound } from '../../common/errdefs.js';
import type { Arch } from './debian.js';
import { parseDebianSpec } from './spec.js';
import type { GuestTree } from './tree.js';

/** QEMU's user-mode target name → the OCI platform it runs. */
export const QEMU_PLATFORM: Record<string, string> = {
  aarch64: 'linux/arm64',
  arm: 'linux/arm/v7',
  x86_64: 'linux/amd64',
  i386: 'linux/386',
  ppc64le: 'linux/ppc64le',
  s390x: 'linux/s390x',
  riscv64: 'linux/riscv64',
  mips64el: 'linux/mips64le',
  loongarch64: 'linux/loong64',
};

/** What the guest kernel runs without an emulator: its own architecture (and 386 on amd64). */
export const GUEST_NATIVE: Record<Arch, string[]> = { amd64: ['linux/amd64', 'linux/386'], arm64: ['linux/arm64'] };

export interface BinfmtEntry {
  name: string;
  interpreter: string;
  flags: string;
  line: string;
}

/** `:name:type:offset:magic:mask:interpreter:flags`, the register format binfmt.d files hold. */
export function parseBinfmt(line: string): BinfmtEntry {
  const text = line.trim();
  const sep = text[0];
  const f = sep ? text.slice(1).split(sep) : [];
  if (f.length !== 7 || !f[0] || !f[5]) throw failedPrecondition(`not a binfmt_misc entry: ${text}`);
  const flags = f[6]!.includes('F') ? f[6]! : `${f[6]}F`;
  f[6] = flags;
  return { name: f[0], interpreter: f[5], flags, line: `${sep}${f.join(sep!)}` };
}

/**
 * Copies each emulator and its binfmt entry into the guest tree (entries under /etc/binfmt.d,
 * registered in file order). Returns the platforms they add.
 */
export function takeEmulators(tree: GuestTree, emulators: string[]): string[] {
  const platforms: string[] = [];
  for (const e of emulators) {
    const platform = QEMU_PLATFORM[e];
    if (!platform)
      throw failedPrecondition(`emulator ${e}: no OCI platform known for it (known: ${Object.keys(QEMU_PLATFORM).join(', ')})`);
    const conf = `/usr/lib/binfmt.d/qemu-${e}.conf`;
    const found = tree.locate(conf);
    if (!found) throw notFound(`qemu-user-static for ${tree.arch} ships no ${conf} (an emulator of the guest's own architecture?)`);
    const entry = parseBinfmt(readFileSync(found.host, 'utf8'));
    tree.take(entry.interpreter);
    tree.file(`etc/binfmt.d/qemu-${e}.conf`, Buffer.from(entry.line + '\n'));
    platforms.push(platform);
  }
  return platforms;
}

/**
 * The platforms a guest built from the description in `specDir` runs (what the builder writes
 * into its manifest): its own, and one per emulator of the binfmt recipe for `arch`.
 */
export function describedPlatforms(specDir: string, arch: Arch): string[] {
  const deb = parseDebianSpec(readFileSync(join(specDir, 'debian.yml'), 'utf8'));
  const emulated = deb.images.filter((r) => r.role === 'binfmt').flatMap((r) => r.emulate[arch]);
  return [...GUEST_NATIVE[arch], ...emulated.map((e) => QEMU_PLATFORM[e]).filter((p): p is string => !!p)];
}
