// Which OS an executable inside a root filesystem is built for, from its magic bytes: ELF is
// linux, Mach-O (thin or universal) is darwin. Symlinks are resolved inside the root, never
// against the host.
import { open, readlink, lstat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { OciSpec } from '../common/oci.js';

async function resolveIn(root: string, path: string): Promise<string | undefined> {
  let p = posix.normalize(path);
  for (let hops = 0; hops < 16; hops++) {
    const host = join(root, p);
    let st;
    try {
      st = await lstat(host);
    } catch {
      return undefined;
    }
    if (!st.isSymbolicLink()) return host;
    const target = await readlink(host);
    p = target.startsWith('/') ? posix.normalize(target) : posix.normalize(posix.join(posix.dirname(p), target));
  }
  return undefined;
}

export async function findExecutable(root: string, spec: OciSpec): Promise<string | undefined> {
  const prog = spec.process?.args?.[0];
  if (!prog) return undefined;
  if (prog.includes('/')) return resolveIn(root, prog.startsWith('/') ? prog : posix.join(spec.process?.cwd ?? '/', prog));
  const pathVar = spec.process?.env?.find((e) => e.startsWith('PATH='))?.slice(5) ?? '/usr/local/bin:/usr/bin:/bin';
  for (const dir of pathVar.split(':').filter(Boolean)) {
    const hit = await resolveIn(root, posix.join(dir, prog));
    if (hit) return hit;
  }
  return undefined;
}

export function osOfMagic(head: Buffer): 'linux' | 'darwin' | undefined {
  if (head.length < 4) return undefined;
  if (head.readUInt32BE(0) === 0x7f454c46) return 'linux';
  const le = head.readUInt32LE(0);
  if (le === 0xfeedface || le === 0xfeedfacf) return 'darwin';
  if (head.readUInt32BE(0) === 0xcafebabe) return 'darwin'; // universal (fat) binary
  return undefined;
}

export interface ExecutableFacts {
  os?: 'linux' | 'darwin';
  /** What was found, for the log: the file and its format, or why there was nothing to read. */
  detail: string;
}

/** The OS of the container's executable inside `root`, or why it cannot be told. */
export async function inspectExecutable(root: string, spec: OciSpec): Promise<ExecutableFacts> {
  const prog = spec.process?.args?.[0] ?? '(none)';
  const file = await findExecutable(root, spec);
  if (!file) return { detail: `executable ${prog} not found under ${root} (a snapshotter's rootfs is only mounted later)` };
  const fh = await open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    await fh.read(head, 0, 4, 0);
    const os = osOfMagic(head);
    return os
      ? { os, detail: `executable ${prog} is ${os === 'linux' ? 'ELF' : 'Mach-O'}` }
      : { detail: `executable ${prog} is neither ELF nor Mach-O` };
  } finally {
    await fh.close();
  }
}
