// Merging tandem's entries into configs a person already has, without losing what is there.
// containerd's TOML: tandem's tables go into one marked block at the end of the file, so the
// user's text and comments stay byte for byte; the block is replaced on the next install. When
// appending cannot express the merge (the user's file already defines a table tandem needs,
// e.g. the transfer plugin's), the file is rewritten from the merged tree instead (comments are
// then only in the backup). Either way the result is parsed back and must equal the merged tree.
import { isDeepStrictEqual } from 'node:util';
import { invalidArgument } from '../common/errdefs.js';
import { darwinDefaultLinuxRule, MERGE_ARRAYS, tandemTables, type TandemEntries } from './containerd-config.js';
import { deepMerge, isTable, parseToml, renderToml, type TomlTable } from './toml.js';

export const BEGIN = '# BEGIN tandem (written by `tandem install`; replaced on the next install)';
export const END = '# END tandem';

export interface MergeResult {
  text: string;
  /** How the text was made: appended block, rewritten tree, or unchanged. */
  how: 'appended' | 'rewritten' | 'unchanged';
  version: 2 | 3;
}

function withoutBlock(text: string): string {
  const b = text.indexOf(BEGIN);
  if (b < 0) return text;
  const e = text.indexOf(END, b);
  if (e < 0) throw invalidArgument(`the tandem block has a "${BEGIN}" line but no "${END}" line: fix or remove it`);
  return (text.slice(0, b).replace(/\n+$/, '\n') + text.slice(e + END.length).replace(/^\n+/, '')).replace(/^\n+$/, '');
}

/** The config version a file is written in (2 or 3); a file without one is version 1, which tandem does not write. */
export function fileVersion(tree: TomlTable, path: string): 2 | 3 | undefined {
  if (tree.version === undefined) return undefined;
  if (tree.version === 2 || tree.version === 3) return tree.version;
  throw invalidArgument(`${path}: config version ${String(tree.version)} is not supported (tandem writes versions 2 and 3)`);
}

/**
 * Merges tandem's tables into a containerd config's text (undefined: no file yet). `entries.version`
 * is the containerd's own; a file that says another version keeps it (containerd 2.x reads
 * version 2 files too).
 */
export function mergeContainerdConfig(existing: string | undefined, entries: TandemEntries, path: string): MergeResult {
  const original = existing ?? '';
  const rest = withoutBlock(original);
  let tree: TomlTable;
  try {
    tree = parseToml(rest);
  } catch (err) {
    throw invalidArgument(`${path} is not valid TOML: ${(err as Error).message.split('\n')[0]}`, err);
  }
  if (Object.keys(tree).length && tree.version === undefined) {
    throw invalidArgument(`${path} has no "version = 2" line (a version 1 config): migrate it with "containerd config migrate" first`);
  }
  const version = fileVersion(tree, path) ?? entries.version;
  const fragment = tandemTables({ ...entries, version });
  // unpack_config replaces containerd's default list when present: keep the default linux rule.
  const unpack = (fragment.plugins as TomlTable | undefined)?.['io.containerd.transfer.v1.local'];
  const existingRules = ((tree.plugins as TomlTable | undefined)?.['io.containerd.transfer.v1.local'] as TomlTable | undefined)
    ?.unpack_config;
  if (isTable(unpack) && existingRules === undefined) {
    unpack.unpack_config = [...(unpack.unpack_config as TomlTable[]), darwinDefaultLinuxRule(entries.arch)];
  }
  const merged = deepMerge(tree.version === undefined ? { version, ...tree } : tree, fragment, MERGE_ARRAYS);
  const head = rest.trim() ? `${rest.replace(/\n*$/, '\n')}\n` : `version = ${version}\n\n`;
  const appended = `${head}${BEGIN}\n${renderToml(fragment)}${END}\n`;
  let text: string;
  let how: MergeResult['how'];
  if (parsesTo(appended, merged)) {
    text = appended;
    how = 'appended';
  } else {
    text = `# Rewritten by \`tandem install\`: the previous file (with its comments) is in the backup beside it.\n${renderToml(merged)}`;
    how = 'rewritten';
    if (!parsesTo(text, merged)) throw invalidArgument(`cannot merge tandem's entries into ${path}`);
  }
  if (text === original) how = 'unchanged';
  return { text, how, version };
}

/** Plain objects (smol-toml's have no prototype), so equality is about content only (key order aside). */
const plain = (t: unknown): unknown => JSON.parse(JSON.stringify(t));

function parsesTo(text: string, tree: TomlTable): boolean {
  try {
    return isDeepStrictEqual(plain(parseToml(text)), plain(tree));
  } catch {
    return false;
  }
}

/** dockerd's daemon.json with tandem's runtime (Docker 23+ runs shim v2 runtimes by runtimeType). */
export function mergeDaemonJson(existing: string | undefined, path: string): string {
  let cfg: Record<string, unknown> = {};
  if (existing?.trim()) {
    try {
      cfg = JSON.parse(existing) as Record<string, unknown>;
    } catch (err) {
      throw invalidArgument(`${path} is not valid JSON: ${(err as Error).message}`, err);
    }
    if (!isTable(cfg as never)) throw invalidArgument(`${path} is not a JSON object`);
  }
  const runtimes = isTable(cfg.runtimes as never) ? (cfg.runtimes as Record<string, unknown>) : {};
  const next = { ...cfg, runtimes: { ...runtimes, tandem: { runtimeType: 'io.containerd.tandem.v1' } } };
  const text = `${JSON.stringify(next, null, 2)}\n`;
  return existing !== undefined && isDeepStrictEqual(JSON.parse(existing || '{}'), next) ? existing : text;
}
