// Reads the guest description files with the `yaml` package, under YAML's failsafe schema: every
// scalar stays a string (so mode "0644", `true` and version-like tags are never reinterpreted)
// and the spec reader converts what it expects. Errors become InvalidArgument with the file name
// and position; duplicate keys are errors.
import { parseDocument } from 'yaml';
import { invalidArgument } from '../../common/errdefs.js';

export type YamlValue = string | YamlValue[] | { [key: string]: YamlValue } | null;

export function parseYaml(source: string, name = 'yaml'): YamlValue {
  const doc = parseDocument(source, { schema: 'failsafe', uniqueKeys: true, prettyErrors: true });
  const err = doc.errors[0];
  if (err) {
    const pos = err.linePos?.[0];
    throw invalidArgument(`${name}:${pos ? `${pos.line}:${pos.col}` : '?'}: ${err.message.split('\n')[0]}`);
  }
  return (doc.toJS() ?? null) as YamlValue;
}
