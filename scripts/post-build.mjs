// After tsc: put the generated protobuf modules (plain JS, which tsc does not copy) beside the
// compiled code, and bundle the guest agent into one file for the guest image.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { lazyBuiltins } from './lazy-builtins.mjs';

const root = new URL('..', import.meta.url).pathname;
for (const f of readdirSync(`${root}src/generated`)) cpSync(`${root}src/generated/${f}`, `${root}dist/generated/${f}`);

// The guest agent as one ES module: Debian's Node 18 under TCG would otherwise resolve, read and
// compile ~25 modules and load protobufjs (CommonJS) through cjs-module-lexer; one minified file
// is read and compiled once (docs/bench-vm.md has the measurements). protobufjs and its `long`
// are inside: the file imports nothing but node: modules.
const common = { bundle: true, platform: 'node', target: 'node18', minify: true, legalComments: 'none', logLevel: 'error' };
await build({ ...common, entryPoints: [`${root}dist/linuxvm/guest/main.js`], outfile: `${root}dist/guest-agent/agent.mjs`, format: 'esm' });

// The same agent as the script of its start-up snapshot (src/linuxvm/guest/snapshot.ts): one
// CommonJS file (what `--build-snapshot` runs) in which the built-in modules Node 18 cannot keep
// in a snapshot are loaded at their first use instead of when the bundle is evaluated.
const NOT_IN_SNAPSHOT = ['net', 'child_process'];
await build({
  ...common,
  entryPoints: [`${root}dist/linuxvm/guest/snapshot.js`],
  outfile: `${root}dist/guest-agent/agent-snapshot.cjs`,
  format: 'cjs',
  plugins: [lazyBuiltins(NOT_IN_SNAPSHOT)],
});

// The build's stamp for `docker version` (Git commit, Built): the commit built, `-dirty` when the
// tree had changes, and the time. A tree without git (a tarball) gets no commit.
const git = (...args) => {
  try {
    return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
};
const head = git('rev-parse', '--short=7', 'HEAD');
const dirty = head !== undefined && git('status', '--porcelain', '--untracked-files=no') !== '';
writeFileSync(
  `${root}dist/build-info.json`,
  `${JSON.stringify({ commit: head ? `${head}${dirty ? '-dirty' : ''}` : '', time: new Date().toISOString() })}\n`,
);
