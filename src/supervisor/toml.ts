// TOML as containerd's configs are written: one `[a.b."c.d"]` header per table that holds
// values (parents are implied, so a fragment can be appended to a file that already defines
// them), arrays of tables inline. Parsing is smol-toml's.
import { parse } from 'smol-toml';

export type TomlValue = string | number | boolean | TomlValue[] | TomlTable;
export interface TomlTable {
  [key: string]: TomlValue | undefined;
}

export const isTable = (v: unknown): v is TomlTable => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

export function tomlKey(k: string): string {
  return /^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k);
}

export function tomlValue(v: TomlValue): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return `[${v.map(tomlValue).join(', ')}]`;
  const pairs = Object.entries(v).filter((e): e is [string, TomlValue] => e[1] !== undefined);
  return pairs.length ? `{ ${pairs.map(([k, x]) => `${tomlKey(k)} = ${tomlValue(x)}`).join(', ')} }` : '{}';
}

/** Renders a table tree: top-level values first, then one header per table with values of its own. */
export function renderToml(root: TomlTable): string {
  const out: string[] = [];
  const walk = (t: TomlTable, path: string[]): void => {
    const entries = Object.entries(t).filter((e): e is [string, TomlValue] => e[1] !== undefined);
    const values = entries.filter(([, v]) => !isTable(v));
    const tables = entries.filter(([, v]) => isTable(v)) as [string, TomlTable][];
    if (values.length || (path.length && !tables.length)) {
      if (path.length) out.push(`${out.length ? '\n' : ''}[${path.map(tomlKey).join('.')}]`);
      for (const [k, v] of values) out.push(`${tomlKey(k)} = ${tomlValue(v)}`);
    }
    for (const [k, v] of tables) walk(v, [...path, k]);
  };
  walk(root, []);
  return out.join('\n') + '\n';
}

export function parseToml(text: string): TomlTable {
  return parse(text) as TomlTable;
}

/**
 * `base` with `over` laid on top: tables merge key by key, anything else in `over` replaces.
 * `arrays` may merge named arrays instead (containerd's unpack_config rules).
 */
export function deepMerge(
  base: TomlTable,
  over: TomlTable,
  arrays: Record<string, (a: TomlValue[], b: TomlValue[]) => TomlValue[]> = {},
): TomlTable {
  const out: TomlTable = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) continue;
    const cur = out[k];
    if (isTable(cur) && isTable(v)) out[k] = deepMerge(cur, v, arrays);
    else if (Array.isArray(cur) && Array.isArray(v) && arrays[k]) out[k] = arrays[k](cur, v);
    else out[k] = v;
  }
  return out;
}
