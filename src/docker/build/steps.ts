// One handler per Dockerfile instruction, as moby's dispatchers.go has. A handler reads the
// instruction with the words of its stage (ARG and ENV in force) and returns what the builder
// needs: a description of the step for its cache key (for COPY/ADD this includes the digest of
// the layer it would write, so changed files miss the cache) and the work that makes the next
// image state. Metadata instructions only edit the image config.
import { posix } from 'node:path';
import { invalidArgument } from '../../common/errdefs.js';
import type { ImageConfig } from '../image/oci.js';
import type { Instr } from './dockerfile.js';
import { onbuildTrigger } from './dockerfile.js';
import { heredocCommand } from './heredoc.js';
import { nextState, withAuthor, type BuildState } from './commit.js';
import { expandWord, expandWords, keyValues, rawWords, type Env } from './words.js';

/** The predefined ARGs: allowed as --build-arg without an ARG, passed to RUN, never recorded. */
export const PROXY_ARGS = ['HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY'].flatMap((a) => [a, a.toLowerCase()]);

export interface StageState {
  state: BuildState;
  /** ARGs declared in this stage, with their values. */
  args: Map<string, string>;
  /** Whether this stage set CMD (ENTRYPOINT then keeps it). */
  cmdSet: boolean;
  escape: string;
}

export interface Step {
  /** What, besides the parent state, decides the result (the cache key's input). */
  describe: string;
  run: () => Promise<BuildState>;
}

/** The words an instruction expands with: the stage's ARGs, overridden by the config's ENV. */
export function wordEnv(s: StageState): Env {
  const env: Env = new Map(s.args);
  for (const kv of s.state.config.config?.Env ?? []) {
    const eq = kv.indexOf('=');
    if (eq > 0) env.set(kv.slice(0, eq), kv.slice(eq + 1));
  }
  return env;
}

const DEFAULT_SHELL = ['/bin/sh', '-c'];
export const shellOf = (c: ImageConfig) => ((c.Shell as string[] | undefined)?.length ? (c.Shell as string[]) : DEFAULT_SHELL);

/** RUN/CMD/ENTRYPOINT arguments: the JSON form as is, the shell form through the stage's SHELL. */
export function commandLine(i: Instr, c: ImageConfig): string[] {
  if (i.heredocs) return heredocCommand(shellOf(c), i.args, i.heredocText!, i.heredocs);
  return i.json ?? [...shellOf(c), i.args];
}

/**
 * History's created_by of a step that runs nothing, in the classic builder's words: the stage's
 * SHELL (its config's, after the step) before the comment, as dockerd's withCmdComment puts it.
 */
export const nop = (text: string, c: ImageConfig | undefined) => `${shellOf(c ?? {}).join(' ')} #(nop)  ${text}`;

function setEnv(c: ImageConfig, name: string, value: string): void {
  const env = (c.Env ?? []).filter((kv) => !kv.startsWith(`${name}=`));
  c.Env = [...env, `${name}=${value}`];
}

/**
 * A metadata step: the config edited, a history entry, no layer. `describe` keys the cache;
 * `history` is what the classic builder writes when it differs (Go's %q or %v of a list).
 */
function meta(s: StageState, i: Instr, describe: string, edit: (c: ImageConfig) => void, history = describe): Step {
  const after = structuredClone(s.state.config.config ?? {});
  edit(after);
  return { describe, run: async () => nextState(s.state, edit, nop(`${i.keyword} ${history}`, after)) };
}

/** Go's fmt %q of a []string: `["a" "b"]`. */
const goQuoted = (list: string[]) => `[${list.map((x) => JSON.stringify(x)).join(' ')}]`;
/** Go's fmt %v of a []string: `[a b]`. */
const goList = (list: string[]) => `[${list.join(' ')}]`;

function durationNs(v: string | undefined, flag: string, line: number): number | undefined {
  if (v === undefined || v === '') return undefined;
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(v);
  if (!m) throw invalidArgument(`dockerfile parse error on line ${line}: HEALTHCHECK: invalid --${flag}: ${v}`);
  const unit = { ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 }[m[2] as 'ms' | 's' | 'm' | 'h'];
  return Math.round(Number(m[1]) * unit);
}

function exposed(words: string[], line: number): string[] {
  const out: string[] = [];
  for (const w of words) {
    const m = /^(?:[\d.]+:)?(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(w);
    if (!m) throw invalidArgument(`dockerfile parse error on line ${line}: EXPOSE: invalid port ${JSON.stringify(w)}`);
    const proto = (m[3] ?? 'tcp').toLowerCase();
    for (let p = Number(m[1]); p <= Number(m[2] ?? m[1]); p++) out.push(`${p}/${proto}`);
  }
  return out;
}

/** The metadata instructions (everything but FROM, RUN, COPY, ADD and ARG). */
export function metaStep(s: StageState, i: Instr): Step {
  const env = wordEnv(s);
  const c = s.state.config.config ?? {};
  const word = () => expandWord(i.args, env, s.escape);
  switch (i.keyword) {
    case 'ENV': {
      const kv = keyValues(i.args, env, s.escape);
      return meta(s, i, kv.map(([k, v]) => `${k}=${v}`).join(' '), (cfg) => kv.forEach(([k, v]) => setEnv(cfg, k, v)));
    }
    case 'LABEL': {
      const kv = keyValues(i.args, env, s.escape);
      return meta(
        s,
        i,
        kv.map(([k, v]) => `${k}=${v}`).join(' '),
        (cfg) => (cfg.Labels = { ...(cfg.Labels ?? {}), ...Object.fromEntries(kv) }),
      );
    }
    case 'WORKDIR': {
      const p = posix.resolve(c.WorkingDir || '/', word());
      return meta(s, i, p, (cfg) => (cfg.WorkingDir = p));
    }
    case 'USER':
      return meta(s, i, word(), (cfg) => (cfg.User = word()));
    case 'CMD': {
      const cmd = commandLine(i, c);
      s.cmdSet = true;
      return meta(s, i, JSON.stringify(cmd), (cfg) => (cfg.Cmd = cmd), goQuoted(cmd));
    }
    case 'ENTRYPOINT': {
      const ep = i.json ?? (i.args ? [...shellOf(c), i.args] : []);
      const keepCmd = s.cmdSet;
      return meta(
        s,
        i,
        JSON.stringify(ep),
        (cfg) => {
          cfg.Entrypoint = ep.length ? ep : null;
          if (!keepCmd) cfg.Cmd = null;
        },
        goQuoted(ep),
      );
    }
    case 'EXPOSE': {
      const ports = exposed(expandWords(i.args, env, s.escape), i.line);
      return meta(
        s,
        i,
        ports.join(' '),
        (cfg) => (cfg.ExposedPorts = { ...(cfg.ExposedPorts ?? {}), ...Object.fromEntries(ports.map((p) => [p, {}])) }),
      );
    }
    case 'VOLUME': {
      const vols = i.json ?? expandWords(i.args, env, s.escape);
      if (!vols.length || vols.some((v) => !v))
        throw invalidArgument(`dockerfile parse error on line ${i.line}: VOLUME specified can not be an empty string`);
      return meta(
        s,
        i,
        JSON.stringify(vols),
        (cfg) => (cfg.Volumes = { ...(cfg.Volumes ?? {}), ...Object.fromEntries(vols.map((v) => [v, {}])) }),
        goList(vols),
      );
    }
    case 'STOPSIGNAL':
      return meta(s, i, word(), (cfg) => (cfg.StopSignal = word()));
    case 'SHELL':
      if (!i.json?.length)
        throw invalidArgument(`dockerfile parse error on line ${i.line}: SHELL requires the arguments to be in JSON form`);
      return meta(s, i, JSON.stringify(i.json), (cfg) => (cfg.Shell = i.json), goList(i.json));
    case 'ONBUILD': {
      const trigger = onbuildTrigger(i);
      return meta(s, i, trigger, (cfg) => (cfg.OnBuild = [...((cfg.OnBuild as string[] | null) ?? []), trigger]));
    }
    case 'MAINTAINER': {
      const author = word();
      return {
        describe: author,
        run: async () =>
          withAuthor(
            nextState(s.state, () => {}, nop(`MAINTAINER ${author}`, s.state.config.config)),
            author,
          ),
      };
    }
    case 'HEALTHCHECK':
      return healthcheck(s, i, c);
  }
  throw invalidArgument(`dockerfile parse error on line ${i.line}: unknown instruction: ${i.keyword}`);
}

function healthcheck(s: StageState, i: Instr, c: ImageConfig): Step {
  const words = rawWords(i.args, s.escape);
  const kind = words[0]?.toUpperCase();
  if (kind === 'NONE') {
    if (words.length > 1) throw invalidArgument(`dockerfile parse error on line ${i.line}: HEALTHCHECK NONE takes no arguments`);
    return meta(s, i, 'NONE', (cfg) => (cfg.Healthcheck = { Test: ['NONE'] }));
  }
  if (kind !== 'CMD')
    throw invalidArgument(`dockerfile parse error on line ${i.line}: Unknown type "${words[0]}" in HEALTHCHECK (try CMD)`);
  const rest = i.args.trim().slice(words[0].length).trim();
  const json = rest.startsWith('[') ? (JSON.parse(rest) as string[]) : undefined;
  const test = json ? ['CMD', ...json] : ['CMD-SHELL', rest];
  const f = (n: string) => i.flags.get(n);
  const retries = f('retries') ? Number(f('retries')) : undefined;
  const hc = {
    Test: test,
    ...(durationNs(f('interval'), 'interval', i.line) ? { Interval: durationNs(f('interval'), 'interval', i.line) } : {}),
    ...(durationNs(f('timeout'), 'timeout', i.line) ? { Timeout: durationNs(f('timeout'), 'timeout', i.line) } : {}),
    ...(durationNs(f('start-period'), 'start-period', i.line)
      ? { StartPeriod: durationNs(f('start-period'), 'start-period', i.line) }
      : {}),
    ...(retries !== undefined ? { Retries: retries } : {}),
  };
  void c;
  return meta(s, i, JSON.stringify(hc), (cfg) => (cfg.Healthcheck = hc));
}
