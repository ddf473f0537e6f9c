// The Dockerfile, parsed with dockerfile-ast (the parser behind VS Code's Dockerfile language
// server: parser directives, the escape character, line continuations, comments, flags) into
// stages of instructions. Variable expansion and quoting follow Docker's rules in words.ts,
// applied when a step runs (the values depend on ARG and ENV in force there).
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { invalidArgument } from '../../common/errdefs.js';
import { jsonForm, rawWords } from './words.js';
import { readHeredocs, type Heredoc } from './heredoc.js';

export const KNOWN = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

/** Flags each instruction takes in the classic builder (others are refused by name). */
const FLAGS: Record<string, string[]> = {
  FROM: ['platform'],
  COPY: ['from', 'chown', 'chmod'],
  ADD: ['chown', 'chmod'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};

export interface Instr {
  keyword: string;
  /** 1-based line of the instruction's start. */
  line: number;
  /** The source as Docker prints it in `Step N/M : …` (continuations joined). */
  original: string;
  /** The arguments after the flags, continuations joined, unexpanded. */
  args: string;
  flags: Map<string, string>;
  /** The JSON (exec) form, when the arguments are a JSON array of strings. */
  json?: string[];
  /** RUN, COPY, ADD: the here-documents the first line opens (heredoc.ts); `args` is then that line. */
  heredocs?: Heredoc[];
  /** With heredocs: the arguments with the documents' lines, as the shell reads them. */
  heredocText?: string;
}

export interface Stage {
  /** The `AS name`, lower-cased, or undefined. */
  name?: string;
  index: number;
  from: Instr;
  commands: Instr[];
}

export interface ParsedDockerfile {
  escape: string;
  /** ARGs before the first FROM. */
  metaArgs: Instr[];
  stages: Stage[];
}

function parseError(line: number, msg: string): never {
  throw invalidArgument(`dockerfile parse error on line ${line}: ${msg}`);
}

/** Splits the leading `--name=value` flags off an argument string. */
function splitFlags(keyword: string, line: number, raw: string): { flags: Map<string, string>; rest: string } {
  const flags = new Map<string, string>();
  let rest = raw.trimStart();
  for (let m = /^--([A-Za-z][A-Za-z0-9-]*)(?:=(\S*))?\s*/.exec(rest); m; m = /^--([A-Za-z][A-Za-z0-9-]*)(?:=(\S*))?\s*/.exec(rest)) {
    const name = m[1].toLowerCase();
    if (!(FLAGS[keyword] ?? []).includes(name)) {
      if (keyword === 'RUN' || ['link', 'parents', 'exclude', 'keep-git-dir', 'checksum', 'network', 'mount', 'security'].includes(name))
        parseError(line, `the --${name} option requires BuildKit, which tandem's classic builder does not provide`);
      parseError(line, `unknown flag: --${name}`);
    }
    flags.set(name, m[2] ?? '');
    rest = rest.slice(m[0].length);
  }
  return { flags, rest: rest.trim() };
}

function toInstr(i: Instruction, escape: string, lines: string[]): Instr {
  const keyword = i.getKeyword().toUpperCase();
  const r = i.getRange();
  const line = r.start.line + 1;
  if (!KNOWN.has(keyword)) parseError(line, `unknown instruction: ${i.getInstruction()}`);
  const raw = lines.slice(r.start.line, r.end.line + 1);
  // Here-documents (RUN, COPY, ADD) open on the first line, which then holds all the arguments;
  // a first line that continues (the escape character last) opens none.
  const first = raw[0]!.slice(raw[0]!.indexOf(i.getInstruction()) + i.getInstruction().length);
  const docs =
    ['RUN', 'COPY', 'ADD'].includes(keyword) && raw.length > 1 && !raw[0]!.trimEnd().endsWith(escape)
      ? readHeredocs(first, raw.slice(1), line)
      : undefined;
  const joined = docs
    ? raw.join('\n').trim()
    : raw
        .join('\n')
        .replace(new RegExp(`\\${escape}\\r?\\n\\s*(#[^\\n]*\\n\\s*)*`, 'g'), '')
        .trim();
  const { flags, rest } = splitFlags(keyword, line, docs ? first : joined.slice(i.getInstruction().length));
  if (!rest && !['CMD', 'ENTRYPOINT'].includes(keyword)) parseError(line, `${keyword} requires at least one argument`);
  if (docs) return { keyword, line, original: joined, args: rest, flags, heredocs: docs, heredocText: [rest, ...raw.slice(1)].join('\n') };
  const json = ['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'VOLUME', 'COPY', 'ADD'].includes(keyword) ? jsonForm(rest) : undefined;
  return { keyword, line, original: joined, args: rest, flags, json };
}

export function parseDockerfile(text: string): ParsedDockerfile {
  const df = DockerfileParser.parse(text);
  const escape = df.getEscapeCharacter() || '\\';
  const lines = text.split('\n');
  const out: ParsedDockerfile = { escape, metaArgs: [], stages: [] };
  for (const raw of df.getInstructions()) {
    const instr = toInstr(raw, escape, lines);
    if (instr.keyword === 'FROM') {
      const words = rawWords(instr.args, escape);
      let name: string | undefined;
      if (words.length === 3 && words[1].toUpperCase() === 'AS') name = words[2].toLowerCase();
      else if (words.length !== 1) parseError(instr.line, 'FROM requires either one or three arguments');
      if (name && !/^[a-z][a-z0-9-_.]*$/.test(name))
        parseError(instr.line, `invalid name for build stage: "${name}", name can't start with a number or contain symbols`);
      out.stages.push({ name, index: out.stages.length, from: { ...instr, args: words[0] }, commands: [] });
    } else if (!out.stages.length) {
      if (instr.keyword !== 'ARG') parseError(instr.line, `no build stage in current context`);
      out.metaArgs.push(instr);
    } else out.stages[out.stages.length - 1].commands.push(instr);
  }
  if (!out.stages.length) throw invalidArgument('the Dockerfile (Dockerfile) cannot be empty: it needs a FROM');
  return out;
}

/** The ONBUILD trigger's own instruction (recorded in the image config as written). */
export function onbuildTrigger(i: Instr): string {
  const kw = rawWords(i.args)[0]?.toUpperCase() ?? '';
  if (kw === 'ONBUILD' || kw === 'FROM' || kw === 'MAINTAINER') parseError(i.line, `${kw} isn't allowed as an ONBUILD trigger`);
  if (!KNOWN.has(kw)) parseError(i.line, `unknown instruction: ${kw}`);
  return i.args;
}
