// Docker's word rules for Dockerfile arguments (moby's shell.Lex): `$VAR`, `${VAR}`,
// `${VAR:-default}`, `${VAR:+alt}` (and the forms without the colon) expanded from the build's
// environment, single quotes literal, double quotes expanding, the escape character escaping,
// and words split on unquoted whitespace. RUN/CMD/ENTRYPOINT in shell form are left to the
// shell; everything else (COPY, ENV, WORKDIR, USER, LABEL, ...) goes through here.
import { invalidArgument } from '../../common/errdefs.js';

export type Env = Map<string, string>;

/** `K=V` lists (an image's Env) as a map, later entries winning. */
export function envMap(list: string[] | null | undefined): Env {
  const m: Env = new Map();
  for (const kv of list ?? []) {
    const eq = kv.indexOf('=');
    if (eq > 0) m.set(kv.slice(0, eq), kv.slice(eq + 1));
  }
  return m;
}

class Lexer {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly env: Env,
    private readonly escape: string,
  ) {}

  /** The words of the input (split = false: one word, whitespace kept). */
  words(split: boolean): string[] {
    const out: string[] = [];
    let cur = '';
    let inWord = false;
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (split && /\s/.test(c)) {
        if (inWord) out.push(cur);
        cur = '';
        inWord = false;
        this.i++;
        continue;
      }
      inWord = true;
      if (c === this.escape) {
        this.i++;
        if (this.i < this.s.length) cur += this.s[this.i++];
      } else if (c === "'") cur += this.single();
      else if (c === '"') cur += this.double();
      else if (c === '$') cur += this.dollar();
      else {
        cur += c;
        this.i++;
      }
    }
    if (inWord || !split) out.push(cur);
    return out;
  }

  private single(): string {
    const end = this.s.indexOf("'", this.i + 1);
    if (end < 0) throw invalidArgument(`unexpected end of statement while looking for matching single-quote in ${JSON.stringify(this.s)}`);
    const v = this.s.slice(this.i + 1, end);
    this.i = end + 1;
    return v;
  }

  private double(): string {
    let v = '';
    this.i++;
    while (this.i < this.s.length && this.s[this.i] !== '"') {
      const c = this.s[this.i];
      if (c === this.escape && (this.s[this.i + 1] === '"' || this.s[this.i + 1] === '$' || this.s[this.i + 1] === this.escape)) {
        v += this.s[this.i + 1];
        this.i += 2;
      } else if (c === '$') v += this.dollar();
      else {
        v += c;
        this.i++;
      }
    }
    if (this.s[this.i] !== '"')
      throw invalidArgument(`unexpected end of statement while looking for matching double-quote in ${JSON.stringify(this.s)}`);
    this.i++;
    return v;
  }

  private dollar(): string {
    this.i++;
    const c = this.s[this.i];
    if (c === '{') {
      const end = this.s.indexOf('}', this.i);
      if (end < 0) throw invalidArgument(`missing '}' in ${JSON.stringify(this.s)}`);
      const body = this.s.slice(this.i + 1, end);
      this.i = end + 1;
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-+])(.*))?$/s.exec(body);
      if (!m) throw invalidArgument(`bad substitution: \${${body}} in ${JSON.stringify(this.s)}`);
      const [, name, colon, op, word] = m;
      const val = this.env.get(name);
      const set = colon ? !!val : val !== undefined;
      const expandWord = () => new Lexer(word ?? '', this.env, this.escape).words(false)[0];
      if (op === '-') return set ? val! : expandWord();
      if (op === '+') return set ? expandWord() : '';
      return val ?? '';
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.s.slice(this.i));
    if (!m) return '$';
    this.i += m[0].length;
    return this.env.get(m[0]) ?? '';
  }
}

/** One word, variables expanded and quotes removed (ENV/LABEL values, WORKDIR, USER). */
export function expandWord(s: string, env: Env, escape = '\\'): string {
  return new Lexer(s, env, escape).words(false)[0];
}

/** Words split on unquoted whitespace, each expanded (COPY sources, EXPOSE, VOLUME). */
export function expandWords(s: string, env: Env, escape = '\\'): string[] {
  return new Lexer(s, env, escape).words(true);
}

/** The JSON form of RUN/CMD/ENTRYPOINT/SHELL/VOLUME/COPY (`["a", "b"]`), or undefined. */
export function jsonForm(args: string): string[] | undefined {
  const t = args.trim();
  if (!t.startsWith('[')) return undefined;
  try {
    const v = JSON.parse(t) as unknown;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  } catch {}
  return undefined;
}

/** Splits at unquoted whitespace, keeping quotes and escapes for a later expandWord. */
export function rawWords(s: string, escape = '\\'): string[] {
  const out: string[] = [];
  let cur = '';
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === escape && quote !== "'" && i + 1 < s.length) {
      cur += c + s[++i];
      continue;
    }
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (/\s/.test(c)) {
      if (cur) out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

/** ENV/LABEL/ARG pairs: `k=v k2="v 2"`, or the legacy `ENV k some value` (one pair). */
export function keyValues(args: string, env: Env, escape = '\\', legacy = true): [string, string][] {
  const words = rawWords(args, escape);
  if (legacy && words.length && !words[0].includes('=')) {
    const rest = args.trim().slice(words[0].length).trim();
    return [[expandWord(words[0], env, escape), expandWord(rest, env, escape)]];
  }
  return words.map((w) => {
    const eq = w.indexOf('=');
    if (eq < 0) return [expandWord(w, env, escape), ''];
    return [expandWord(w.slice(0, eq), env, escape), expandWord(w.slice(eq + 1), env, escape)];
  });
}
