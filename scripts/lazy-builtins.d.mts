import type { Plugin } from 'esbuild';
export function lazyBuiltins(names: string[]): Plugin;
