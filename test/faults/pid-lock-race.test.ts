// Daemons racing for one pid lock (the shim daemon per containerd namespace, the VM daemon per
// state directory): several processes started together, over a stale lock (its holder dead)
// and over none, and exactly one wins each round. The built dist/common/pid-lock.js runs in
// real separate processes, since the race is between processes.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { REPO } from '../helpers/containerd.js';

const CONTENDERS = 6;
const ROUNDS = 20;
const dir = mkdtempSync(join(tmpdir(), 'tandem-pidlock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each contender says "ready", takes the lock on "go", prints whether it won, and stays alive
// (so the winner is a live holder for the others) until its stdin closes.
const CHILD = `
import { acquireLock } from ${JSON.stringify(pathToFileURL(join(REPO, 'dist/common/pid-lock.js')).href)};
import { createInterface } from 'node:readline';
const [lock, sock] = process.argv.slice(1);
const rl = createInterface({ input: process.stdin });
console.log('ready');
rl.once('line', async () => console.log(String(await acquireLock(lock, sock))));
`;

interface Contender {
  child: ChildProcessWithoutNullStreams;
  lines: AsyncIterableIterator<string>;
}

function contender(lock: string): Contender {
  const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD, lock, join(dir, 'none.sock')]);
  return { child, lines: createInterface({ input: child.stdout })[Symbol.asyncIterator]() };
}

async function line(c: Contender): Promise<string> {
  const next = await c.lines.next();
  if (next.done) throw new Error(`contender ${c.child.pid} ended before answering`);
  return next.value;
}

/** One round: all contenders ready, then "go" to all at once; the number of winners. */
async function round(lock: string): Promise<number> {
  const all = Array.from({ length: CONTENDERS }, () => contender(lock));
  try {
    for (const c of all) expect(await line(c)).toBe('ready');
    for (const c of all) c.child.stdin.write('go\n');
    const answers = await Promise.all(all.map(line));
    for (const a of answers) expect(['true', 'false']).toContain(a);
    const winners = all.filter((_, i) => answers[i] === 'true');
    if (winners.length === 1) expect(Number(readFileSync(lock, 'utf8'))).toBe(winners[0]!.child.pid);
    return winners.length;
  } finally {
    for (const c of all) {
      c.child.stdin.end();
      c.child.kill();
    }
  }
}

describe('pid lock: racing processes', () => {
  test(`over a stale lock (holder dead), exactly one of ${CONTENDERS} wins, ${ROUNDS} rounds`, async () => {
    const dead = spawnSync('true').pid!; // reaped: no process has this pid now (reuse within a round is unlikely)
    for (let r = 0; r < ROUNDS; r++) {
      const lock = join(dir, `stale-${r}.lock`);
      writeFileSync(lock, String(dead));
      expect(await round(lock)).toBe(1);
    }
  });

  test(`with no lock, exactly one of ${CONTENDERS} wins, ${ROUNDS} rounds; no temp files are left`, async () => {
    for (let r = 0; r < ROUNDS; r++) expect(await round(join(dir, `fresh-${r}.lock`))).toBe(1);
    expect(readdirSync(dir).filter((f) => !f.endsWith('.lock'))).toEqual([]);
  });
});
