// A program's path as the shell would find it: the first executable `name` in PATH's directories,
// then in `extra`.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export function which(name: string, path = process.env.PATH ?? '', extra: string[] = []): string | undefined {
  for (const dir of [...path.split(delimiter).filter(Boolean), ...extra]) {
    const p = join(dir, name);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {}
  }
  return undefined;
}
