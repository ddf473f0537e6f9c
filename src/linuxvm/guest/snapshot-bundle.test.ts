// The start-up snapshot's bundle loads net and child_process at first use (scripts/lazy-builtins.mjs):
// nothing of them may load while the bundle is evaluated, and what the agent calls through the
// stand-ins must behave as the real modules do.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, test } from 'vitest';
import { lazyBuiltins } from '../../../scripts/lazy-builtins.mjs';

const dir = mkdtempSync(join(tmpdir(), 'tandem-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lazy built-ins of the snapshot bundle', () => {
  test('child_process loads at first use; promisify(execFile) resolves and rejects as the real one', async () => {
    writeFileSync(
      join(dir, 'entry.js'),
      [
        "import { execFile } from 'node:child_process';",
        "import net from 'node:net';",
        "import { promisify } from 'node:util';",
        'const loaded = () => process.moduleLoadList.filter((m) => /^NativeModule (child_process|net)$/.test(m));',
        'const atEval = loaded();',
        'export async function main() {',
        "  const ok = await promisify(execFile)('sh', ['-c', 'echo out; echo err >&2']);",
        "  const bad = await promisify(execFile)('sh', ['-c', 'echo why >&2; exit 3']).catch((e) => ({ code: e.code, stderr: e.stderr }));",
        '  return { atEval, ok, bad, isSocket: new net.Socket() instanceof net.Socket, after: loaded() };',
        '}',
      ].join('\n'),
    );
    const out = join(dir, 'out.cjs');
    await build({
      entryPoints: [join(dir, 'entry.js')],
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'error',
      plugins: [lazyBuiltins(['net', 'child_process'])],
    });
    const r = JSON.parse(
      execFileSync(process.execPath, ['-e', `require(${JSON.stringify(out)}).main().then((r) => console.log(JSON.stringify(r)))`], {
        encoding: 'utf8',
      }),
    );
    expect(r.atEval).toEqual([]);
    expect(r.ok).toEqual({ stdout: 'out\n', stderr: 'err\n' });
    expect(r.bad).toEqual({ code: 3, stderr: 'why\n' });
    expect(r.isSocket).toBe(true);
    expect(r.after).toEqual(expect.arrayContaining(['NativeModule child_process', 'NativeModule net']));
  });
});
