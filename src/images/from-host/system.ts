// The per-platform half of `tandem image build --from-host`: what a host file needs to load
// (its loader and libraries, found the way that platform's loader finds them) and what every
// image cut from that host needs whatever was listed. One small interface, one file per
// platform (system-linux.ts: ELF and ld.so; system-darwin.ts: Mach-O and dyld), loaded only on
// its own platform.
import { invalidArgument } from '../../common/errdefs.js';

/** Something every image of a platform carries: a host path copied to `image`, or bytes. */
export type BasePart = { host: string; image: string } | { image: string; content: Buffer };

export interface HostSystem {
  /** Parts every image cut from this host needs (on a Mac: dyld and its shared cache). */
  base(): Promise<BasePart[]>;
  /**
   * Host paths `file` needs to be loaded: its interpreter/dynamic loader and the libraries
   * its loader would find. [] for a file that is not a loadable object. Throws (invalid
   * argument) for an object of another architecture than the image's.
   */
  dependencies(file: string): Promise<string[]>;
  /**
   * Called once the whole cut (`cut`: every host path copied) is walked: fails (not found) for
   * a dependency that neither the search nor anything else in the image satisfied (ld.so
   * reuses a library already loaded under that name; dyld's @rpath is the executable's).
   */
  unresolved(cut: ReadonlySet<string>): Promise<void>;
}

/** The host system of `os`, for images of `architecture`; only the host's own OS can be cut. */
export async function hostSystem(os: string, architecture: string): Promise<HostSystem> {
  const host = process.platform === 'darwin' ? 'darwin' : process.platform;
  if (os !== host) {
    throw invalidArgument(`cannot cut a ${os} image from this ${host} host: its files are ${host}'s; run the command on a ${os} host`);
  }
  if (os === 'linux') return new (await import('./system-linux.js')).LinuxSystem(architecture);
  if (os === 'darwin') return new (await import('./system-darwin.js')).DarwinSystem(architecture);
  throw invalidArgument(`cutting images from a ${os} host is not supported (linux and darwin are)`);
}
