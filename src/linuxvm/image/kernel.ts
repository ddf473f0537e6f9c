// The guest kernel from a Debian linux-image package: the uncompressed kernel the VMMs boot
// fastest (x86_64: the vmlinux ELF inside bzImage, booted through PVH; arm64: the raw `Image`,
// which vfkit requires), and the modules /init must load, in dependency order.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { failedPrecondition, notFound } from '../../common/errdefs.js';
import type { Arch } from './debian.js';

const run = promisify(execFile);

export interface KernelFiles {
  kver: string;
  vmlinuz: string; // path in the unpacked package
  modulesRoot: string; // the unpacked package root (lib/modules/<kver> below it)
}

/** Finds /boot/vmlinuz-* in an unpacked linux-image package, or undefined (a metapackage). */
export function findKernel(root: string): KernelFiles | undefined {
  const boot = join(root, 'boot');
  if (!existsSync(boot)) return undefined;
  const v = readdirSync(boot).find((n) => n.startsWith('vmlinuz-'));
  if (!v) return undefined;
  return { kver: v.slice('vmlinuz-'.length), vmlinuz: join(boot, v), modulesRoot: root };
}

/** Runs depmod on the unpacked tree (the package's postinst would have) when it has not yet. */
export async function ensureDepmod(k: KernelFiles): Promise<void> {
  if (existsSync(join(k.modulesRoot, 'lib/modules', k.kver, 'modules.dep'))) return;
  await run('depmod', ['-b', k.modulesRoot, k.kver]);
}

/**
 * The modules to load for `wanted`, dependencies first, each once, as paths relative to
 * lib/modules/<kver>. Built-in modules are skipped; an unknown module fails the build.
 */
export async function moduleClosure(k: KernelFiles, wanted: string[]): Promise<string[]> {
  const base = join(k.modulesRoot, 'lib/modules', k.kver);
  const order: string[] = [];
  for (const mod of wanted) {
    let out: string;
    try {
      out = (await run('modprobe', ['-d', k.modulesRoot, '-S', k.kver, '--show-depends', mod])).stdout;
    } catch (err) {
      throw notFound(`kernel ${k.kver} has no module ${mod}`, err);
    }
    for (const line of out.split('\n')) {
      const m = /^insmod (\S+)/.exec(line.trim());
      if (!m) continue; // "builtin X" lines
      const relPath = relative(base, m[1]!);
      if (!order.includes(relPath)) order.push(relPath);
    }
  }
  return order;
}

/** The uncompressed kernel image for the VMM. */
export async function uncompressedKernel(vmlinuz: string, arch: Arch): Promise<Buffer> {
  const data = readFileSync(vmlinuz);
  if (arch === 'arm64') {
    // Debian's arm64 vmlinuz is a gzip of the raw Image; vfkit refuses compressed kernels.
    if (data[0] === 0x1f && data[1] === 0x8b) return gunzipSync(data);
    return data;
  }
  // x86 bzImage: the payload is one compressed stream somewhere inside; find it by magic (as the
  // kernel's scripts/extract-vmlinux does) and keep the first candidate that unpacks to an ELF.
  const magics: [Buffer, string[]][] = [
    [Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), ['xz', '-dc', '--single-stream']],
    [Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), ['zstd', '-dcq']],
    [Buffer.from([0x1f, 0x8b, 0x08]), ['gzip', '-dc']],
  ];
  for (const [magic, cmd] of magics) {
    for (let at = data.indexOf(magic); at >= 0; at = data.indexOf(magic, at + 1)) {
      const out = await pipeThrough(cmd, data.subarray(at)).catch(() => undefined);
      if (out && out.length > 4 && out.readUInt32BE(0) === 0x7f454c46) return (trimZeroTails(out), out);
    }
  }
  throw failedPrecondition(`${vmlinuz}: cannot find the compressed vmlinux inside the bzImage`);
}

/**
 * Shortens each PT_LOAD segment's file part by its trailing zero bytes, in place (p_filesz only;
 * p_memsz stays, so the loader zero-fills the rest exactly as before). The vmlinux inside Debian's
 * bzImage stores .bss, .brk and .init.scratch as 23 MiB of zeros in its last segment; QEMU keeps
 * the kernel file mapped for the guest's lifetime (to reload it on reset) and copies p_filesz
 * bytes out of it, so those zero pages stayed resident in QEMU (counted in its PSS) for nothing.
 * Returns the bytes trimmed. 64-bit little-endian ELF only; anything else is left untouched.
 */
export function trimZeroTails(elf: Buffer): number {
  if (elf.length < 64 || elf.readUInt32BE(0) !== 0x7f454c46 || elf[4] !== 2 || elf[5] !== 1) return 0;
  const phoff = Number(elf.readBigUInt64LE(32));
  const phentsize = elf.readUInt16LE(54);
  const phnum = elf.readUInt16LE(56);
  let trimmed = 0;
  for (let i = 0; i < phnum; i++) {
    const ph = phoff + i * phentsize;
    if (ph + 56 > elf.length || elf.readUInt32LE(ph) !== 1) continue; // PT_LOAD
    const off = Number(elf.readBigUInt64LE(ph + 8));
    const filesz = Number(elf.readBigUInt64LE(ph + 32));
    if (off + filesz > elf.length) continue;
    let end = off + filesz;
    while (end > off && elf[end - 1] === 0) end--;
    if (end === off + filesz) continue;
    elf.writeBigUInt64LE(BigInt(end - off), ph + 32);
    trimmed += off + filesz - end;
  }
  return trimmed;
}

/** Feeds `input` to a decompressor; trailing garbage after the stream is fine, output is kept. */
function pipeThrough(cmd: string[], input: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd[0]!, cmd.slice(1), { stdio: ['pipe', 'pipe', 'ignore'] });
    const out: Buffer[] = [];
    p.stdout.on('data', (b: Buffer) => out.push(b));
    p.stdin.on('error', () => {}); // the decompressor may stop reading at the end of its stream
    p.on('error', reject);
    p.on('close', () => resolve(Buffer.concat(out)));
    p.stdin.end(input);
  });
}
