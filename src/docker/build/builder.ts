// The classic builder's loop over a parsed Dockerfile (moby's dispatchDockerfileWithCancellation):
// `Step N/M : …` for each instruction, the cache probed with the parent state, the instruction
// and its inputs (` ---> Using cache`), else the step run; ` ---> <id>` after each; the stage's
// id as an aux message; at the end the image of the target stage written and tagged. Everything
// a build writes is held by one lease that goes when the build ends; what finished steps made is
// kept by the cache's lease.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Code, TandemError, invalidArgument, isCode } from '../../common/errdefs.js';
import { pullImage, withLease } from '../image/pull.js';
import { authFor } from '../image/registry.js';
import { hostPlatform, type Platform } from '../image/oci.js';
import { parseReference } from '../reference.js';
import {
  editConfig,
  emptyState,
  ensureCacheLease,
  ensureSnapshots,
  nextState,
  platformOf,
  retain,
  stillThere,
  writeImage,
  type BuildState,
} from './commit.js';
import { stepSize } from './cache.js';
import { copyStep, workdirStep } from './copy.js';
import { parseDockerfile, type Instr, type ParsedDockerfile, type Stage } from './dockerfile.js';
import { rootfsIndex, resolveUser } from './rootfs.js';
import { runStep } from './run.js';
import { PROXY_ARGS, commandLine, metaStep, nop, wordEnv, type StageState, type Step } from './steps.js';
import type { BuildDeps, BuildOptions, BuildOutput } from './types.js';
import { expandWord, rawWords, type Env } from './words.js';

const short = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);
/** What build containers see of the host on Linux (macOS's native path cannot bind files). */
const HOST_FILES = ['/etc/resolv.conf', '/etc/hosts'];
const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Parses and checks the Dockerfile against the options (before any output is streamed). */
export function plan(text: string, opts: BuildOptions): ParsedDockerfile {
  const df = parseDockerfile(text);
  if (opts.target) {
    const ix = df.stages.findIndex((s) => s.name === opts.target!.toLowerCase());
    if (ix < 0) throw invalidArgument(`target stage "${opts.target}" could not be found`);
    df.stages = df.stages.slice(0, ix + 1);
  }
  const labels = Object.entries(opts.labels);
  if (labels.length) {
    const last = df.stages[df.stages.length - 1];
    const args = labels.map(([k, v]) => `${JSON.stringify(k)}=${JSON.stringify(v)}`).join(' ');
    last.commands.push({ keyword: 'LABEL', line: 0, original: `LABEL ${args}`, args, flags: new Map() });
  }
  return df;
}

export class Build {
  private readonly results = new Map<string, BuildState>();
  private readonly metaEnv: Env = new Map();
  private readonly consumed = new Set<string>();
  private stepNo = 1;
  private total = 0;

  constructor(
    private readonly d: BuildDeps,
    private readonly opts: BuildOptions,
    private readonly df: ParsedDockerfile,
    private readonly dir: string,
    private readonly contextDir: string,
    private readonly out: BuildOutput,
  ) {}

  private print(i: Instr): void {
    this.out.stream(`Step ${this.stepNo++}/${this.total} : ${i.original}\n`);
  }

  async run(): Promise<string> {
    const { cd } = this.d;
    this.total = this.df.metaArgs.length + this.df.stages.reduce((n, s) => n + 1 + s.commands.length, 0);
    await ensureCacheLease(cd);
    return withLease(cd, async (lease) => {
      for (const a of this.df.metaArgs) {
        this.print(a);
        for (const [k, v] of this.argPairs(a, this.metaEnv)) this.metaEnv.set(k, v);
      }
      let last: BuildState | undefined;
      for (const stage of this.df.stages) last = await this.stage(stage, lease);
      const unused = [...this.opts.buildArgs.keys()].filter((k) => !this.consumed.has(k) && !PROXY_ARGS.includes(k));
      if (unused.length) this.out.stream(`[Warning] One or more build-args [${unused.join(' ')}] were not consumed\n`);
      const state = last!;
      const { id } = await writeImage(cd, this.d.snapshotterFor(platformOf(state.config)), state, lease, this.opts.tags);
      return id;
    });
  }

  /**
   * ARG name[=default] pairs: the --build-arg value wins, then the default, then the meta ARG's.
   * An ARG with none of them is declared but unset, as in moby (`${FOO-unset}` says "unset" in
   * RUN), so it yields no pair.
   */
  private argPairs(i: Instr, env: Env): [string, string][] {
    return rawWords(i.args, this.df.escape).flatMap((w): [string, string][] => {
      const eq = w.indexOf('=');
      const name = eq < 0 ? w : w.slice(0, eq);
      this.consumed.add(name);
      const dflt = eq < 0 ? this.metaEnv.get(name) : expandWord(w.slice(eq + 1), env, this.df.escape);
      const value = this.opts.buildArgs.get(name) ?? dflt;
      return value === undefined ? [] : [[name, value]];
    });
  }

  private async stage(stage: Stage, lease: string): Promise<BuildState> {
    this.print(stage.from);
    const s: StageState = { state: await this.from(stage), args: new Map(), cmdSet: false, escape: this.df.escape };
    const triggers = (s.state.config.config?.OnBuild as string[] | null | undefined) ?? [];
    if (triggers.length) {
      // The base image's ONBUILD triggers run first, as moby's dispatchTriggeredOnBuild does.
      s.state = editConfig(s.state, (c) => (c.OnBuild = null));
      this.out.stream(`# Executing ${triggers.length} build trigger${triggers.length > 1 ? 's' : ''}\n`);
      for (const t of triggers) await this.apply(s, parseDockerfile(`FROM scratch\n${t}\n`).stages[0].commands[0], lease);
    }
    this.out.stream(` ---> ${short(s.state.id)}\n`);
    for (const i of stage.commands) {
      this.print(i);
      await this.apply(s, i, lease);
      this.out.stream(` ---> ${short(s.state.id)}\n`);
    }
    this.out.aux({ ID: s.state.id });
    this.results.set(String(stage.index), s.state);
    if (stage.name) this.results.set(stage.name, s.state);
    return s.state;
  }

  /** One instruction: from the cache when its key is there (and its layers are), else run. */
  private async apply(s: StageState, i: Instr, lease: string): Promise<void> {
    if (this.out.signal.aborted) throw new TandemError(Code.Canceled, 'Build cancelled');
    const step = await this.step(s, i, lease);
    const key = createHash('sha256')
      .update(JSON.stringify([s.state.id, i.keyword, step.describe]))
      .digest('hex');
    const cached = this.opts.nocache ? undefined : this.d.store.buildCache(key);
    const hit = cached ? (JSON.parse(cached) as BuildState) : undefined;
    if (hit && (await stillThere(this.d.cd, hit))) {
      this.d.store.touchBuildCache(key);
      this.out.stream(' ---> Using cache\n');
      s.state = { ...hit, base: s.state.base };
      return;
    }
    const state = await step.run();
    const snapshotter = this.d.snapshotterFor(platformOf(state.config));
    await retain(this.d.cd, snapshotter, state);
    this.d.store.putBuildCache(key, JSON.stringify({ ...state, base: undefined }), {
      parent: s.state.id,
      size: await stepSize(this.d.cd, snapshotter, s.state, state),
      description: state.config.history?.at(-1)?.created_by ?? '',
    });
    this.out.created?.(state.id);
    s.state = state;
  }

  private async step(s: StageState, i: Instr, lease: string): Promise<Step> {
    const deps = {
      cd: this.d.cd,
      lease,
      snapshotter: this.d.snapshotterFor(platformOf(s.state.config)),
      dir: this.dir,
      contextDir: this.contextDir,
      source: (from: string) => this.source(from, platformOf(s.state.config)),
    };
    switch (i.keyword) {
      case 'ARG': {
        const pairs = this.argPairs(i, wordEnv(s));
        for (const [k, v] of pairs) s.args.set(k, v);
        const text = rawWords(i.args, s.escape).join(' ');
        return {
          describe: JSON.stringify(pairs),
          run: async () => nextState(s.state, () => {}, nop(`ARG ${text}`, s.state.config.config)),
        };
      }
      case 'COPY':
      case 'ADD':
        return copyStep(deps, s, i);
      case 'WORKDIR':
        return workdirStep(deps, s, i);
      case 'RUN':
        return this.runInstr(s, i, deps.snapshotter, lease);
      default:
        return metaStep(s, i);
    }
  }

  private runInstr(s: StageState, i: Instr, snapshotter: string, lease: string): Step {
    const cfg = s.state.config.config ?? {};
    const args = commandLine(i, cfg);
    const env = [...(cfg.Env ?? [])];
    if (!env.some((e) => e.startsWith('PATH='))) env.unshift(DEFAULT_PATH);
    const declared = new Set(env.map((e) => e.slice(0, e.indexOf('='))));
    const argEnv = [...s.args].filter(([k]) => !declared.has(k)).map(([k, v]) => `${k}=${v}`);
    for (const p of PROXY_ARGS) if (this.opts.buildArgs.has(p) && !declared.has(p)) argEnv.push(`${p}=${this.opts.buildArgs.get(p)}`);
    const recorded = argEnv.filter((kv) => !PROXY_ARGS.includes(kv.slice(0, kv.indexOf('='))));
    const createdBy = `${recorded.length ? `|${recorded.length} ${recorded.join(' ')} ` : ''}${args.join(' ')}`;
    return {
      describe: JSON.stringify({ args, recorded }),
      run: async () => {
        const parent = await ensureSnapshots(this.d.cd, snapshotter, s.state, lease);
        const idx = await rootfsIndex(this.d.cd, s.state.layers);
        let running = '';
        const r = await runStep({
          cd: this.d.cd,
          snapshotter,
          lease,
          parent,
          parentDiffIds: s.state.config.rootfs.diff_ids,
          platform: platformOf(s.state.config),
          args,
          env: [...env, ...argEnv],
          cwd: cfg.WorkingDir || '/',
          user: cfg.User ? resolveUser(idx, cfg.User) : { uid: 0, gid: 0 },
          hostFiles:
            process.platform === 'linux' ? HOST_FILES.filter((f) => idx.paths.get(f.slice(1))?.type === 'file' && existsSync(f)) : [],
          parentIndex: idx,
          hasResolvConf: idx.paths.get('etc/resolv.conf')?.type === 'file',
          host: this.opts.runHost ?? {},
          dir: this.dir,
          signal: this.out.signal,
          shown: args.join(' '),
          output: (t) => this.out.stream(t),
          started: (id) => {
            running = id;
            this.out.stream(` ---> Running in ${id}\n`);
          },
        });
        this.out.stream(` ---> Removed intermediate container ${running}\n`);
        return nextState(s.state, () => {}, createdBy, { desc: r.desc, diffId: r.diffId });
      },
    };
  }

  private async from(stage: Stage): Promise<BuildState> {
    const name = expandWord(stage.from.args, this.metaEnv, this.df.escape);
    const flag = stage.from.flags.get('platform');
    const platform = flag ? parsePlatformFlag(expandWord(flag, this.metaEnv, this.df.escape)) : this.opts.platform;
    if (name.toLowerCase() === 'scratch') return emptyState(platform ?? hostPlatform());
    const prior = this.results.get(name.toLowerCase());
    if (prior) return prior;
    return this.image(name, platform);
  }

  /** COPY --from: a stage by name or index, else an image. */
  private async source(from: string, platform: Platform): Promise<BuildState> {
    const prior = this.results.get(from.toLowerCase());
    if (prior) return prior;
    if (/^\d+$/.test(from)) throw invalidArgument(`invalid from flag value ${from}: refers to a stage that is not built before this one`);
    return this.image(from, platform);
  }

  private async image(name: string, platform: Platform | undefined): Promise<BuildState> {
    const { images, cd } = this.d;
    let img = this.opts.pull
      ? undefined
      : await images.resolve(name, platform).catch((err) => (isCode(err, Code.NotFound) ? undefined : Promise.reject(err)));
    if (!img) {
      const ref = parseReference(name);
      await pullImage(cd, ref, {
        platform,
        auth: authFor(this.opts.registryAuth, ref.domain),
        insecure: this.d.insecureRegistries,
        snapshotterFor: this.d.snapshotterFor,
        progress: (m) => this.out.progress(m),
      });
      img = await images.resolve(name, platform);
    }
    return { id: img.id, config: img.config, layers: img.manifest.layers, base: img.record.name ?? undefined };
  }
}

function parsePlatformFlag(v: string): Platform {
  const [os, architecture, variant] = v.toLowerCase().split('/');
  return {
    os,
    architecture: architecture === 'x86_64' ? 'amd64' : architecture === 'aarch64' ? 'arm64' : architecture || hostPlatform().architecture,
    variant,
  };
}
