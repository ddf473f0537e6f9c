// An esbuild plugin for the agent's start-up snapshot bundle (post-build.mjs): the named built-in
// modules, which Node 18 cannot keep in a snapshot, are loaded at their first use instead of when
// the bundle is evaluated.
import { builtinModules } from 'node:module';

/** @param {string[]} names built-in modules to load lazily (e.g. ['net', 'child_process']) */
export function lazyBuiltins(names) {
  return {
    name: 'lazy-builtins',
    setup(b) {
      const filter = new RegExp(`^(node:)?(${names.join('|')})$`);
      // The module's own require() of the real one is left to esbuild (a built-in stays external).
      b.onResolve({ filter }, (a) =>
        a.namespace === 'lazy-builtin' ? undefined : { path: a.path.replace(/^node:/, ''), namespace: 'lazy-builtin' },
      );
      b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (a) => {
        if (!builtinModules.includes(a.path)) throw new Error(`${a.path} is not a built-in module`);
        // Named imports become functions that call through; the default import is a proxy, so
        // `net.Socket` and `new net.Server()` reach the real module once it is loaded. A
        // function's util.promisify.custom is forwarded too: promisify(execFile) must resolve
        // to { stdout, stderr } and reject with them, as the real one does.
        const names = Object.keys(await import(`node:${a.path}`)).filter((n) => n !== 'default' && /^[A-Za-z_$][\w$]*$/.test(n));
        const load = `let m; const load = () => (m ??= require(${JSON.stringify(a.path)}));`;
        const custom = `const custom = Symbol.for('nodejs.util.promisify.custom');`;
        const fwd = names.map(
          (n) =>
            `export function ${n}(...a) { const f = load().${n}; return new.target ? Reflect.construct(f, a, new.target) : f.apply(this, a); }\n` +
            `Object.defineProperty(${n}, custom, { get: () => load().${n}?.[custom] });`,
        );
        return { contents: [load, custom, 'export default new Proxy({}, { get: (_, k) => load()[k] });', ...fwd].join('\n'), loader: 'js' };
      });
    },
  };
}
