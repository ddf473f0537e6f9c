// Regenerates src/generated/protos.{js,d.ts} from every .proto under proto/.
// The output is committed; CI regenerates and diffs it (scripts/test.sh).
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const protoDir = join(root, 'proto');
const out = join(root, 'src/generated/protos.js');

function walk(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.proto') ? [p] : [];
  });
}

const files = walk(protoDir);
const bin = join(root, 'node_modules/.bin');
execFileSync(join(bin, 'pbjs'), ['-t', 'static-module', '-w', 'es6', '--force-number', '--no-verify', '--no-convert', '--no-delimited', '-p', protoDir, '-o', out, ...files], { cwd: protoDir, stdio: 'inherit' });
// pbjs emits a bare-specifier import that Node's ESM resolver cannot load without the extension.
writeFileSync(out, readFileSync(out, 'utf8').replace('import * as $protobuf from "protobufjs/minimal"', 'import $protobuf from "protobufjs/minimal.js"'));
execFileSync(join(bin, 'pbts'), ['-o', out.replace(/\.js$/, '.d.ts'), out], { stdio: 'inherit' });
