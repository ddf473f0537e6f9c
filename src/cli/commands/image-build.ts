// `tandem image build --from-host LIST`: an OCI image of host paths and what they need to load
// (src/images/from-host/), written as an OCI archive (`--output`, what `ctr images import`
// reads) and/or loaded straight into containerd (`--containerd`, over its gRPC API the way
// `docker load` on tandem's endpoint does: content, unpack, image record).
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { Code, invalidArgument, toStatusCode, unavailable } from '../../common/errdefs.js';
import { ContainerdClient } from '../../docker/containerd.js';
import { loadImages } from '../../docker/image/archive.js';
import { formatPlatform, hostPlatform, parsePlatform } from '../../docker/image/oci.js';
import { ImageStore } from '../../docker/image/store.js';
import { normalizeName } from '../../docker/reference.js';
import { fromHostImage } from '../../images/from-host/build.js';
import { writeOciArchive } from '../../images/oci-archive.js';

interface BuildOptions {
  fromHost: string[];
  tag: string;
  platform?: string;
  output?: string;
  containerd?: string;
  namespace: string;
  snapshotter?: string;
  workdir?: string;
  cmd?: string;
  entrypoint?: string;
  env: string[];
  mtime: string;
  quiet?: boolean;
}

const collect = (v: string, acc: string[]) => [...acc, v];

/** `["a","b"]` (JSON, as a Dockerfile's exec form) or words split on blanks. */
export function parseArgv(v: string, what: string): string[] {
  if (!v.trim().startsWith('[')) return v.trim().split(/\s+/).filter(Boolean);
  let parsed: unknown;
  try {
    parsed = JSON.parse(v);
  } catch {
    throw invalidArgument(`${what} ${v} is not a JSON array: write ["prog","arg"] or plain words`);
  }
  if (!Array.isArray(parsed) || !parsed.every((a) => typeof a === 'string')) throw invalidArgument(`${what} must be an array of strings`);
  return parsed as string[];
}

export function registerImageBuild(image: Command): void {
  image
    .command('build')
    .description('cut an image of host paths with their dependencies (ELF libraries on Linux, dylibs and the dyld shared cache on macOS)')
    .requiredOption('--from-host <paths>', 'comma-separated absolute host paths (repeatable)', (v: string, acc: string[] = []) => [
      ...acc,
      ...v.split(',').filter(Boolean),
    ])
    .requiredOption('-t, --tag <name>', 'image name (docker.io/library/NAME:latest when short)')
    .option('--platform <os/arch>', "image platform (default: the host's); the OS must be the host's")
    .option('-o, --output <file>', 'write an OCI archive (for `ctr images import`)')
    .option('--containerd <socket>', 'load the image into this containerd (its gRPC socket)')
    .option('--namespace <ns>', 'containerd namespace', 'default')
    .option('--snapshotter <name>', 'snapshotter to unpack into (default: overlayfs on Linux, tandem on macOS)')
    .option('--workdir <dir>', 'working directory of the image config')
    .option('--cmd <argv>', 'Cmd: JSON array or words')
    .option('--entrypoint <argv>', 'Entrypoint: JSON array or words')
    .option('-e, --env <K=V>', 'environment variable of the image config (repeatable)', collect, [])
    .option(
      '--mtime <seconds|host>',
      "mtime of every entry (seconds since the epoch; default $SOURCE_DATE_EPOCH or 0), or host to keep each file's",
      process.env.SOURCE_DATE_EPOCH ?? '0',
    )
    .option('-q, --quiet', 'do not list skipped files')
    .action(async (o: BuildOptions) => {
      if (!o.output && !o.containerd) throw invalidArgument('nothing to write: give --output FILE, --containerd SOCKET, or both');
      const platform = o.platform ? parsePlatform(o.platform) : hostPlatform();
      for (const e of o.env) if (!/^[^=]+=/.test(e)) throw invalidArgument(`--env ${e}: want NAME=value`);
      const hostMtimes = o.mtime === 'host';
      if (!hostMtimes && !/^\d+$/.test(o.mtime)) throw invalidArgument(`--mtime ${o.mtime}: want seconds since the epoch, or host`);
      const name = normalizeName(o.tag);
      if (o.workdir !== undefined && !o.workdir.startsWith('/')) throw invalidArgument(`--workdir ${o.workdir}: want an absolute path`);
      if (o.output && !(await isDir(dirname(resolve(o.output))))) {
        throw invalidArgument(`cannot write --output ${o.output}: directory ${dirname(resolve(o.output))} does not exist`);
      }
      // Before a cut that may take minutes: is containerd there?
      if (o.containerd) await withContainerd(o, (cd) => cd.call('version.Version', {}, { timeoutMs: 10_000 }));
      const spec = await fromHostImage({
        paths: o.fromHost,
        name,
        platform,
        workdir: o.workdir,
        cmd: o.cmd === undefined ? undefined : parseArgv(o.cmd, '--cmd'),
        entrypoint: o.entrypoint === undefined ? undefined : parseArgv(o.entrypoint, '--entrypoint'),
        env: o.env,
        created: hostMtimes ? undefined : new Date(Number(o.mtime) * 1000),
        hostMtimes,
        note: o.quiet ? undefined : (msg) => process.stderr.write(`tandem: ${msg}\n`),
      });
      const tmp = o.output ? undefined : await mkdtemp(join(tmpdir(), 'tandem-from-host-'));
      try {
        const out = o.output ?? join(tmp!, 'image.tar');
        const written = await writeOciArchive(spec, out);
        if (o.containerd) await load(o, out, platform.os);
        process.stdout.write(`${name} ${formatPlatform(platform)} ${written.manifest} layer ${written.layers[0]}\n`);
      } finally {
        if (tmp) await rm(tmp, { recursive: true, force: true });
      }
    });
}

const isDir = (p: string) =>
  stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );

async function withContainerd<T>(o: BuildOptions, fn: (cd: ContainerdClient) => Promise<T>): Promise<T> {
  const cd = new ContainerdClient(o.containerd!, o.namespace);
  try {
    return await fn(cd);
  } catch (err) {
    if (toStatusCode(err) !== Code.Unavailable) throw err;
    throw unavailable(`cannot reach containerd at ${o.containerd}: start it (tandem up) or fix --containerd`, err);
  } finally {
    cd.close();
  }
}

function load(o: BuildOptions, archive: string, os: string): Promise<string[]> {
  const snapshotter = o.snapshotter ?? (os === 'darwin' || process.platform === 'darwin' ? 'tandem' : 'overlayfs');
  return withContainerd(o, (cd) => loadImages(cd, new ImageStore(cd), createReadStream(archive), () => snapshotter));
}
