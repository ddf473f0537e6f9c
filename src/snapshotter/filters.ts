// containerd's filter language (filters/parser.go), the part snapshot List needs:
//   filter   := selector ("," selector)*        selectors are AND-ed
//   selector := fieldpath [("==" | "!=" | "~=") value]
//   fieldpath:= field ("." field)*              field: identifier or "quoted string"
//   value    := "quoted string" | run of characters up to the next "," or space
// Several filter strings in one request are OR-ed. Fields: name, parent, kind, labels.<key>.
import { invalidArgument } from '../common/errdefs.js';
import { Kind, type Info } from './types.js';

type Op = '==' | '!=' | '~=' | 'present';
interface Selector {
  path: string[];
  op: Op;
  value: string;
  re?: RegExp;
}

export type Matcher = (info: Info) => boolean;

class Scanner {
  pos = 0;
  constructor(readonly s: string) {}
  get done(): boolean {
    return this.pos >= this.s.length;
  }
  peek(n = 1): string {
    return this.s.slice(this.pos, this.pos + n);
  }
  skipSpace(): void {
    while (!this.done && /\s/.test(this.s[this.pos]!)) this.pos++;
  }
  fail(what: string): never {
    throw invalidArgument(`invalid filter ${JSON.stringify(this.s)}: ${what} at offset ${this.pos}`);
  }
  quoted(): string {
    const q = this.s[this.pos]!;
    let out = '';
    for (this.pos++; !this.done; this.pos++) {
      const c = this.s[this.pos]!;
      if (c === q) {
        this.pos++;
        return out;
      }
      if (c === '\\' && this.pos + 1 < this.s.length) {
        const n = this.s[++this.pos]!;
        out += ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[n] ?? n;
      } else out += c;
    }
    return this.fail('unterminated quoted string');
  }
  field(): string {
    if (this.peek() === '"' || this.peek() === "'") return this.quoted();
    const m = /^[A-Za-z_][A-Za-z0-9_\-/]*/.exec(this.s.slice(this.pos));
    if (!m) this.fail('expected a field name');
    this.pos += m[0].length;
    return m[0];
  }
  value(): string {
    if (this.peek() === '"' || this.peek() === "'") return this.quoted();
    const start = this.pos;
    while (!this.done && this.s[this.pos] !== ',' && !/\s/.test(this.s[this.pos]!)) this.pos++;
    const v = this.s.slice(start, this.pos);
    if (!v) this.fail('expected a value');
    return v;
  }
}

function parseFilter(s: string): Selector[] {
  const sc = new Scanner(s);
  const selectors: Selector[] = [];
  for (;;) {
    sc.skipSpace();
    const path = [sc.field()];
    while (sc.peek() === '.') {
      sc.pos++;
      path.push(sc.field());
    }
    sc.skipSpace();
    const op = sc.peek(2);
    let sel: Selector;
    if (op === '==' || op === '!=' || op === '~=') {
      sc.pos += 2;
      sc.skipSpace();
      sel = { path, op, value: sc.value() };
      if (op === '~=') {
        try {
          sel.re = new RegExp(sel.value);
        } catch (err) {
          throw invalidArgument(`invalid filter ${JSON.stringify(s)}: bad regular expression`, err);
        }
      }
    } else sel = { path, op: 'present', value: '' };
    selectors.push(sel);
    sc.skipSpace();
    if (sc.done) return selectors;
    if (sc.peek() !== ',') sc.fail('expected "," or an operator');
    sc.pos++;
  }
}

function fieldOf(info: Info, path: string[]): string | undefined {
  const [head, ...rest] = path;
  switch (head) {
    case 'name':
      return rest.length ? undefined : info.name;
    case 'parent':
      return rest.length ? undefined : info.parent;
    case 'kind':
      return rest.length ? undefined : Kind[info.kind].toLowerCase();
    case 'labels':
      return rest.length ? info.labels[rest.join('.')] : undefined;
    default:
      return undefined;
  }
}

function matches(info: Info, sel: Selector): boolean {
  const v = fieldOf(info, sel.path);
  switch (sel.op) {
    case 'present':
      return v !== undefined && v !== '';
    case '==':
      return v === sel.value;
    case '!=':
      return v !== sel.value;
    case '~=':
      return v !== undefined && sel.re!.test(v);
  }
}

/** Compiles the request's filter strings (OR-ed); no filters match everything. */
export function compileFilters(filters: readonly string[]): Matcher {
  const parsed = filters.filter((f) => f.trim() !== '').map(parseFilter);
  if (parsed.length === 0) return () => true;
  return (info) => parsed.some((sels) => sels.every((sel) => matches(info, sel)));
}
