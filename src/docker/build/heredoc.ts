// Here-documents in RUN, COPY and ADD (the Dockerfile syntax Docker's builder has taken from
// BuildKit): `RUN <<EOF` runs the document as the step's script, `COPY <<EOF /dest` writes it as
// a file. dockerfile-ast gives the instruction's whole range (the documents' lines included);
// the documents are read here from its raw lines, where no line continuation applies.
import { invalidArgument } from '../../common/errdefs.js';

export interface Heredoc {
  name: string;
  /** The document's lines, each with its newline (tabs stripped for `<<-`). */
  content: string;
  /** Unquoted delimiter: variables in the document are expanded (COPY/ADD; a RUN's shell does its own). */
  expand: boolean;
}

const MARKER = /(?:^|\s)<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\2(?=\s|$)/g;
/** A word that is a document's marker, alone (a COPY source, or all of a RUN). */
const ALONE = /^<<-?(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\1$/;

/** The marker's document name when the word is only a marker. */
export const markerName = (word: string): string | undefined => ALONE.exec(word.trim())?.[2];

/**
 * The documents an instruction's first line opens, read from the lines after it, in order; an
 * unterminated one is a parse error naming its delimiter. None: undefined.
 */
export function readHeredocs(first: string, rest: string[], line: number): Heredoc[] | undefined {
  const markers = [...first.matchAll(MARKER)].map((m) => ({ chomp: m[1] === '-', expand: !m[2], name: m[3]! }));
  if (!markers.length) return undefined;
  const docs: Heredoc[] = [];
  let at = 0;
  for (const mk of markers) {
    const body: string[] = [];
    for (;;) {
      if (at >= rest.length) throw invalidArgument(`dockerfile parse error on line ${line}: unterminated heredoc ${mk.name}`);
      const l = mk.chomp ? rest[at]!.replace(/^\t+/, '') : rest[at]!;
      at++;
      if (l.replace(/\r$/, '') === mk.name) break;
      body.push(`${l}\n`);
    }
    docs.push({ name: mk.name, content: body.join(''), expand: mk.expand });
  }
  return docs;
}

/** A shell-safe file name for a document (its name may hold dots and dashes only besides word characters). */
const fileName = (name: string) => `.tandem-heredoc-${name}`;

/**
 * A RUN's command line with here-documents, as BuildKit makes it: a RUN that is one document alone
 * runs the document as the shell's script, or, when it starts with `#!`, runs it with the
 * interpreter it names (written to /dev/shm, which is never part of the layer); anything else
 * goes to the shell whole, which reads its documents itself.
 */
export function heredocCommand(shell: string[], first: string, full: string, docs: Heredoc[]): string[] {
  const only = markerName(first);
  if (only === undefined || docs.length !== 1) return [...shell, full];
  const script = docs[0]!.content;
  if (!script.startsWith('#!')) return [...shell, script];
  // The kernel's reading of a #! line: the interpreter, then at most one argument.
  const hashbang = script.slice(2, script.indexOf('\n') < 0 ? undefined : script.indexOf('\n')).trim();
  const sp = hashbang.search(/\s/);
  const [interp, arg] = sp < 0 ? [hashbang, undefined] : [hashbang.slice(0, sp), hashbang.slice(sp).trim()];
  const path = `/dev/shm/${fileName(only)}`;
  const run = `printf '%s' "$1" > ${path} && exec "$2" ${arg === undefined ? '' : '"$3" '}${path}`;
  return [...shell, run, 'sh', script, interp, ...(arg === undefined ? [] : [arg])];
}

/** `$NAME` and `${NAME}` of the build's variables in a COPY document with an unquoted delimiter. */
export function expandHeredoc(text: string, env: ReadonlyMap<string, string>): string {
  return text.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_, a?: string, b?: string) => env.get((a ?? b)!) ?? '',
  );
}
