// Small JSON records kept beside a container or VM (bundle state, VM records) that a fresh
// process must be able to read after a crash: written atomically (temp file + rename), read
// as "missing or unreadable → undefined".
import { readFile, rename, writeFile } from 'node:fs/promises';

export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  await writeFile(`${file}.tmp`, JSON.stringify(value));
  await rename(`${file}.tmp`, file);
}

export async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}
