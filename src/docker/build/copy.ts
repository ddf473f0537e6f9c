// COPY and ADD (and the directory a WORKDIR makes): sources resolved in the context or in
// another stage or image (`--from`, whose layers are unpacked into the build's directory, only
// the paths asked for), the layer tar written and hashed first (its entries without their times
// are the step's cache input), then gzipped into the content store and applied to a snapshot only on a cache miss.
import { createWriteStream } from 'node:fs';
import { lstat, mkdir, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { join, posix } from 'node:path';
import { invalidArgument } from '../../common/errdefs.js';
import type { ContainerdClient } from '../containerd.js';
import { ensureSnapshots, nextState, storeLayer, type BuildState } from './commit.js';
import { extractTar, resolveSources } from './context.js';
import type { Instr } from './dockerfile.js';
import { gzipLayer, writeCopyLayer, type CopySource } from './layer.js';
import { layerStream, resolveUser, rootfsIndex } from './rootfs.js';
import { nop, shellOf, wordEnv, type StageState, type Step } from './steps.js';
import { expandWord, rawWords, type Env } from './words.js';
import { expandHeredoc, markerName, type Heredoc } from './heredoc.js';
import { fetchErrorText } from '../image/fetch-error.js';
import { httpFetch } from '../image/http-fetch.js';

export interface CopyDeps {
  cd: ContainerdClient;
  lease: string;
  snapshotter: string;
  /** The build's private directory. */
  dir: string;
  contextDir: string;
  /** A `--from` value: a stage (name or index) or an image, as a state. */
  source: (from: string) => Promise<BuildState>;
}

let seq = 0;

/** Unpacks the paths under `prefixes` of a state's layers into a directory (for COPY --from). */
async function materialize(d: CopyDeps, s: BuildState, prefixes: string[]): Promise<string> {
  const out = join(d.dir, 'from', `${s.id.slice(7, 19)}-${seq++}`);
  await mkdir(out, { recursive: true });
  const keep = (name: string) => prefixes.some((p) => !p || name === p || name.startsWith(`${p}/`) || p.startsWith(`${name}/`));
  for (const l of s.layers) await extractTar(layerStream(d.cd, l), out, { keep, layer: true });
  return out;
}

/** ADD <url>: the file as the server sends it, mode 0600 as dockerd writes it, never unpacked. */
async function download(d: CopyDeps, url: string): Promise<CopySource> {
  const name = posix.basename(new URL(url).pathname);
  if (!name) throw invalidArgument(`ADD failed: cannot determine filename for source ${url}`);
  const res = await httpFetch(url).catch((err: Error) => {
    throw invalidArgument(`ADD failed: failed to GET ${url}: ${fetchErrorText('GET', url, err)}`);
  });
  if (!res.ok || !res.body) throw invalidArgument(`ADD failed: failed to GET ${url} with status ${res.status} ${res.statusText}`);
  const root = join(d.dir, `url-${seq++}`);
  await mkdir(root, { recursive: true });
  await pipeline(Readable.fromWeb(res.body as never), createWriteStream(join(root, name), { mode: 0o600 }));
  return { root, rel: name, noUnpack: true };
}

/** A here-document as a file named like it, mode 0644 (--chmod and --chown apply as to any source). */
async function heredocFile(d: CopyDeps, doc: Heredoc, env: Env): Promise<CopySource> {
  const root = join(d.dir, `heredoc-${seq++}`);
  await mkdir(root, { recursive: true });
  await writeFile(join(root, doc.name), doc.expand ? expandHeredoc(doc.content, env) : doc.content, { mode: 0o644 });
  return { root, rel: doc.name, noUnpack: true };
}

/** The literal directory part of a source pattern (what must be unpacked for it). */
const staticPrefix = (p: string) => {
  const parts = posix.normalize(`/${p}`).slice(1).split('/');
  const i = parts.findIndex((x) => /[*?[]/.test(x));
  return (i < 0 ? parts : parts.slice(0, i)).join('/').replace(/\/$/, '');
};

export async function copyStep(d: CopyDeps, s: StageState, i: Instr): Promise<Step> {
  const env = wordEnv(s);
  const words = i.json ?? rawWords(i.args, s.escape).map((w) => expandWord(w, env, s.escape));
  if (words.length < 2) throw invalidArgument(`dockerfile parse error on line ${i.line}: ${i.keyword} requires at least two arguments`);
  const srcs = words.slice(0, -1);
  // Sources that are here-documents (`COPY <<EOF /dest`) become files of the build's own.
  const docs = new Map((i.heredocs ?? []).map((h) => [h.name, h]));
  const docOf = (src: string) => {
    const name = markerName(src);
    return name === undefined ? undefined : docs.get(name);
  };
  const cfg = s.state.config.config ?? {};
  const written = words[words.length - 1];
  let dest = written;
  if (!dest.startsWith('/')) dest = `${posix.join(cfg.WorkingDir || '/', dest)}${dest.endsWith('/') || dest === '.' ? '/' : ''}`;
  if (srcs.length > 1 && !dest.endsWith('/'))
    throw invalidArgument(`When using ${i.keyword} with more than one source file, the destination must be a directory and end with a /`);
  const isUrl = (x: string) => /^https?:\/\//.test(x);
  if (i.keyword === 'COPY' && srcs.some(isUrl)) throw invalidArgument(`COPY failed: source can't be a URL for COPY`);
  const parent = await rootfsIndex(d.cd, s.state.layers);
  const chown = i.flags.get('chown') ? expandWord(i.flags.get('chown')!, env, s.escape) : undefined;
  const owner = chown ? resolveUser(parent, chown, true) : undefined;
  const chmodFlag = i.flags.get('chmod');
  if (chmodFlag !== undefined && !/^[0-7]{3,4}$/.test(chmodFlag)) throw invalidArgument(`invalid --chmod=${chmodFlag}: want an octal mode`);
  const chmod = chmodFlag ? parseInt(chmodFlag, 8) : undefined;
  const from = i.flags.get('from');
  let root = d.contextDir;
  let fromId = '';
  if (from) {
    const st = await d.source(expandWord(from, env, s.escape));
    fromId = st.id;
    root = await materialize(d, st, srcs.map(staticPrefix));
  }
  const what = `${i.keyword} failed`;
  const sources: CopySource[] = [];
  for (const src of srcs) {
    const doc = docOf(src);
    if (doc) sources.push(await heredocFile(d, doc, env));
    else if (isUrl(src) && !from) sources.push(await download(d, src));
    else for (const rel of await resolveSources(root, src, what)) sources.push({ root, rel });
  }
  const tarPath = join(d.dir, `layer-${seq++}.tar`);
  const layer = await writeCopyLayer({ sources, dest, owner, chmod, unpack: i.keyword === 'ADD' && !from, parent }, tarPath);
  const describe = JSON.stringify({ srcs, dest, chown: owner, chmod, from: fromId, content: layer.contentKey });
  // History names the content as dockerd does: `#(nop) COPY file:<hash> in /dest ` (one space
  // here, where its other instructions have two), `dir:` or `multi:`.
  const kind = sources.length > 1 ? 'multi' : (await lstat(join(sources[0].root, sources[0].rel))).isDirectory() ? 'dir' : 'file';
  return {
    describe,
    run: async () => {
      const gz = await gzipLayer(tarPath, `${tarPath}.gz`);
      const desc = await storeLayer(d.cd, d.lease, { path: `${tarPath}.gz`, ...gz }, layer.diffId);
      const next = nextState(
        s.state,
        () => {},
        `${shellOf(s.state.config.config ?? {}).join(' ')} #(nop) ${i.keyword} ${kind}:${layer.contentKey.slice(7)} in ${written} `,
        {
          desc,
          diffId: layer.diffId,
        },
      );
      await ensureSnapshots(d.cd, d.snapshotter, next, d.lease);
      return next;
    },
  };
}

/** WORKDIR: the config's working directory, and the directory itself when the image lacks it. */
export async function workdirStep(d: CopyDeps, s: StageState, i: Instr): Promise<Step> {
  const p = posix.resolve(s.state.config.config?.WorkingDir || '/', expandWord(i.args, wordEnv(s), s.escape));
  const parent = await rootfsIndex(d.cd, s.state.layers);
  const setDir = (c: { WorkingDir?: string }) => (c.WorkingDir = p);
  const created = nop(`WORKDIR ${p}`, s.state.config.config);
  if (p === '/' || parent.paths.has(p.slice(1))) return { describe: p, run: async () => nextState(s.state, setDir, created) };
  const empty = join(d.dir, `empty-${seq++}`);
  await mkdir(empty, { recursive: true });
  const tarPath = join(d.dir, `layer-${seq++}.tar`);
  const layer = await writeCopyLayer({ sources: [{ root: empty, rel: '' }], dest: `${p}/`, unpack: false, parent }, tarPath);
  return {
    describe: `${p} ${layer.diffId}`,
    run: async () => {
      const gz = await gzipLayer(tarPath, `${tarPath}.gz`);
      const desc = await storeLayer(d.cd, d.lease, { path: `${tarPath}.gz`, ...gz }, layer.diffId);
      const next = nextState(s.state, setDir, created, { desc, diffId: layer.diffId });
      await ensureSnapshots(d.cd, d.snapshotter, next, d.lease);
      return next;
    },
  };
}
