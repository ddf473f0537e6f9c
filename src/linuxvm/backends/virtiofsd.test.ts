// Starting virtiofsd waits for its socket as long as the process lives (a loaded host may take
// well over the 5 s it used to get), and a virtiofsd that fails says why in its own words.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { startVirtiofsd } from './qemu-instance.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-virtiofsd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in virtiofsd: runs `body` with the --socket-path value in $sock. */
function fake(name: string, body: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, `#!/bin/sh\nfor a; do case "$a" in --socket-path=*) sock="\${a#--socket-path=}";; esac; done\n${body}\n`);
  chmodSync(p, 0o755);
  return p;
}

const share = (tag: string) => ({ tag, socket: path.join(dir, `${tag}.sock`), hostPath: dir, readonly: false });

test('a virtiofsd that takes longer than a few seconds to make its socket is waited for', { timeout: 30_000 }, async () => {
  const bin = fake('slow', 'sleep 6; : > "$sock"; exec sleep 60');
  const vp = await startVirtiofsd(share('slow'), path.join(dir, 'boot.log'), bin);
  expect(vp.running).toBe(true);
  await vp.kill();
});

test('a virtiofsd that exits before its socket is there fails with its own error output', async () => {
  const bin = fake('broken', 'echo "virtiofsd: cannot open shared dir: Permission denied" >&2; exit 1');
  await expect(startVirtiofsd(share('vol'), path.join(dir, 'boot2.log'), bin)).rejects.toThrow(
    /virtiofsd for share vol did not start: .*exited with status 1: virtiofsd: cannot open shared dir: Permission denied/,
  );
});
