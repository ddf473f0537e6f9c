// A small, strict reader for the YAML subset our guest descriptions use (LinuxKit's files are
// written in it too): block mappings and sequences by indentation, plain/single/double-quoted
// scalars, flow sequences of scalars (`[a, "b c"]`), literal block scalars (`|`, `|-`) and
// comments. Anything else (anchors, tags, flow mappings, multi-document streams, folded `>`) is
// refused with the line number rather than guessed at: we would rather fail a build than
// misread it. Written here because the project has no YAML dependency.
import { invalidArgument } from '../../common/errdefs.js';

export type YamlValue = string | YamlValue[] | { [key: string]: YamlValue } | null;

interface Line {
  no: number; // 1-based, for messages
  indent: number;
  text: string; // without indentation and trailing comment/space
  block?: string[]; // raw content lines of a literal block scalar started on this line
}

export function parseYaml(source: string, name = 'yaml'): YamlValue {
  const raw = source.split(/\r?\n/);
  const lines: Line[] = [];
  for (let i = 0; i < raw.length; i++) {
    const full = raw[i]!;
    if (/^\s*(#.*)?$/.test(full)) continue;
    if (/^\t/.test(full)) throw bad(name, i + 1, 'tabs are not allowed for indentation');
    if (/^(---|\.\.\.)\s*$/.test(full)) {
      if (lines.length === 0) continue; // a leading document marker is harmless
      throw bad(name, i + 1, 'multiple documents are not supported');
    }
    const indent = full.length - full.trimStart().length;
    let text = stripComment(full.trim());
    const no = i + 1;
    // A flow sequence may continue over several lines: join them until the brackets balance.
    while (bracketDepth(text) > 0) {
      if (++i >= raw.length) throw bad(name, no, 'unterminated flow sequence');
      text += ' ' + stripComment(raw[i]!.trim());
    }
    const line: Line = { no, indent, text };
    if (/(^|:\s+)\|[-+]?$/.test(text)) {
      // Literal block: the more-indented lines that follow are content, kept raw.
      line.block = [];
      while (i + 1 < raw.length) {
        const r = raw[i + 1]!;
        if (r.trim() !== '' && r.length - r.trimStart().length <= indent) break;
        line.block.push(r);
        i++;
      }
    }
    lines.push(line);
  }
  const p = new Parser(lines, name);
  if (lines.length === 0) return null;
  const v = p.block(lines[0]!.indent);
  if (p.pos < lines.length) throw bad(name, lines[p.pos]!.no, 'unexpected indentation');
  return v;
}

class Parser {
  pos = 0;
  constructor(
    private readonly lines: Line[],
    private readonly name: string,
  ) {}

  block(indent: number): YamlValue {
    const first = this.lines[this.pos]!;
    if (first.indent !== indent) throw bad(this.name, first.no, 'unexpected indentation');
    return first.text === '-' || first.text.startsWith('- ') ? this.sequence(indent) : this.mapping(indent);
  }

  private sequence(indent: number): YamlValue[] {
    const out: YamlValue[] = [];
    while (this.pos < this.lines.length) {
      const l = this.lines[this.pos]!;
      if (l.indent < indent) break;
      if (l.indent > indent) throw bad(this.name, l.no, 'unexpected indentation');
      if (!(l.text === '-' || l.text.startsWith('- '))) throw bad(this.name, l.no, 'expected a "- " item');
      const rest = l.text.slice(1).trimStart();
      if (rest === '') {
        this.pos++;
        out.push(this.nested(indent));
      } else if (isMappingEntry(rest)) {
        // "- key: value" starts a mapping whose keys sit at the column after "- ".
        const col = indent + (l.text.length - rest.length);
        this.lines[this.pos] = { ...l, indent: col, text: rest };
        out.push(this.mapping(col));
      } else {
        this.pos++;
        out.push(this.scalarOrFlow(rest, l.no));
      }
    }
    return out;
  }

  private mapping(indent: number): Record<string, YamlValue> {
    const out: Record<string, YamlValue> = {};
    while (this.pos < this.lines.length) {
      const l = this.lines[this.pos]!;
      if (l.indent < indent) break;
      if (l.indent > indent) throw bad(this.name, l.no, 'unexpected indentation');
      const m = splitEntry(l.text);
      if (!m) throw bad(this.name, l.no, 'expected "key: value"');
      const [key, rest] = m;
      if (Object.prototype.hasOwnProperty.call(out, key)) throw bad(this.name, l.no, `duplicate key "${key}"`);
      this.pos++;
      if (rest === '') out[key] = this.nested(indent, true);
      else if (/^\|[-+]?$/.test(rest)) out[key] = this.literal(l, rest);
      else out[key] = this.scalarOrFlow(rest, l.no);
    }
    return out;
  }

  /** The value under a key or "-" whose own line is empty: a deeper block, or null. Sequences
   *  may sit at the same indentation as their parent key (common YAML style). */
  private nested(parentIndent: number, allowSameIndentSeq = false): YamlValue {
    const next = this.lines[this.pos];
    if (!next) return null;
    if (next.indent > parentIndent) return this.block(next.indent);
    if (allowSameIndentSeq && next.indent === parentIndent && (next.text === '-' || next.text.startsWith('- '))) {
      return this.sequence(parentIndent);
    }
    return null;
  }

  private literal(l: Line, marker: string): string {
    const body: string[] = [];
    let blockIndent = -1;
    for (const [k, r] of (l.block ?? []).entries()) {
      if (r.trim() === '') { body.push(''); continue; }
      const ind = r.length - r.trimStart().length;
      if (blockIndent < 0) blockIndent = ind;
      if (ind < blockIndent) throw bad(this.name, l.no + k + 1, 'bad indentation in literal block');
      body.push(r.slice(blockIndent));
    }
    while (body.length && body[body.length - 1] === '') body.pop();
    const text = body.join('\n');
    return marker === '|-' || text === '' ? text : text + '\n';
  }

  private scalarOrFlow(text: string, no: number): YamlValue {
    if (text.startsWith('[')) {
      if (!text.endsWith(']')) throw bad(this.name, no, 'unterminated flow sequence');
      const inner = text.slice(1, -1).trim();
      return inner === '' ? [] : splitFlow(inner, this.name, no).map((s) => scalar(s, this.name, no));
    }
    if (/^[{&*!>%@`]/.test(text)) throw bad(this.name, no, `unsupported YAML syntax: ${text}`);
    return scalar(text, this.name, no);
  }
}

function isMappingEntry(text: string): boolean {
  return !/^["'[]/.test(text) && splitEntry(text) !== undefined;
}

/** "key: value" / "key:" → [key, value]; a ':' not followed by space belongs to the key. */
function splitEntry(text: string): [string, string] | undefined {
  if (/^["']/.test(text)) {
    const q = text[0]!;
    const end = text.indexOf(q, 1);
    if (end < 0) return undefined;
    const after = text.slice(end + 1);
    const m = /^:(\s+|$)(.*)$/.exec(after);
    return m ? [text.slice(1, end), m[2]!.trim()] : undefined;
  }
  const m = /^([^\s#][^#]*?):(?:\s+(.*))?$/.exec(text);
  if (!m || m[1]!.includes(': ')) return undefined;
  return [m[1]!.trim(), (m[2] ?? '').trim()];
}

function splitFlow(inner: string, name: string, no: number): string[] {
  const parts: string[] = [];
  let cur = '';
  let quote = '';
  for (const ch of inner) {
    if (quote) {
      cur += ch;
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      cur += ch;
    } else if (ch === ',') {
      parts.push(cur.trim());
      cur = '';
    } else if (ch === '[' || ch === '{') {
      throw bad(name, no, 'nested flow collections are not supported');
    } else cur += ch;
  }
  if (quote) throw bad(name, no, 'unterminated quote');
  parts.push(cur.trim());
  return parts;
}

function scalar(text: string, name: string, no: number): YamlValue {
  if (text.startsWith('"')) {
    if (!text.endsWith('"') || text.length < 2) throw bad(name, no, 'unterminated double quote');
    try {
      return JSON.parse(text) as string;
    } catch {
      throw bad(name, no, `bad double-quoted string ${text}`);
    }
  }
  if (text.startsWith("'")) {
    if (!text.endsWith("'") || text.length < 2) throw bad(name, no, 'unterminated single quote');
    return text.slice(1, -1).replace(/''/g, "'");
  }
  if (text === '~' || text === 'null') return null;
  return text; // numbers and booleans stay strings: callers know what they expect
}

function bracketDepth(text: string): number {
  let depth = 0;
  let quote = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[') depth++;
    else if (ch === ']') depth--;
  }
  return depth;
}

function stripComment(text: string): string {
  // A '#' starts a comment at the line start or after whitespace, outside quotes.
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      if (i === 0 || /[\s[,:-]/.test(text[i - 1]!)) quote = ch;
    } else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      return text.slice(0, i).trimEnd();
    }
  }
  return text;
}

function bad(name: string, line: number, msg: string): Error {
  return invalidArgument(`${name}:${line}: ${msg}`);
}
