// After tsc: put the generated protobuf modules (plain JS, which tsc does not copy) beside the
// compiled code, and bundle the guest agent into one file for the guest image.
import { cpSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { build } from 'esbuild';

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
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(node:)?(${NOT_IN_SNAPSHOT.join('|')})$`);
    // The module's own require() of the real one is left to esbuild (a built-in stays external).
    b.onResolve({ filter }, (a) =>
      a.namespace === 'lazy-builtin' ? undefined : { path: a.path.replace(/^node:/, ''), namespace: 'lazy-builtin' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (a) => {
      if (!builtinModules.includes(a.path)) throw new Error(`${a.path} is not a built-in module`);
      // Named imports become functions that call through; the default import is a proxy, so
      // `net.Socket` and `new net.Server()` reach the real module once it is loaded.
      const names = Object.keys(await import(`node:${a.path}`)).filter((n) => n !== 'default' && /^[A-Za-z_$][\w$]*$/.test(n));
      const load = `let m; const load = () => (m ??= require(${JSON.stringify(a.path)}));`;
      const fwd = names.map(
        (n) =>
          `export function ${n}(...a) { const f = load().${n}; return new.target ? Reflect.construct(f, a, new.target) : f.apply(this, a); }`,
      );
      return { contents: [load, 'export default new Proxy({}, { get: (_, k) => load()[k] });', ...fwd].join('\n'), loader: 'js' };
    });
  },
};
await build({
  ...common,
  entryPoints: [`${root}dist/linuxvm/guest/snapshot.js`],
  outfile: `${root}dist/guest-agent/agent-snapshot.cjs`,
  format: 'cjs',
  plugins: [lazyBuiltins],
});
