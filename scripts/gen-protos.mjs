// Regenerates the protobufjs static modules from proto/ (committed; CI regenerates and diffs):
//   src/generated/protos.js       every .proto (the host side: shim, snapshotter, events)
//   src/generated/core-protos.js  only what the ttrpc layer and the guest agent need. The agent
//                                 runs on Node 18 under TCG, where parsing the full module
//                                 costs seconds of VM start-up.
//   src/generated/cri-protos.js   the cri-api (runtime.v1) subset for tandem's CRI client, kept
//                                 out of protos.js so the shim never parses it.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const protoDir = join(root, 'proto');
const bin = join(root, 'node_modules/.bin');

function walk(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith('.proto') ? [p] : [];
    });
}

function generate(name, rootName, files) {
  const out = join(root, 'src/generated', `${name}.js`);
  execFileSync(
    join(bin, 'pbjs'),
    [
      '-t',
      'static-module',
      '-w',
      'es6',
      '-r',
      rootName,
      '--force-number',
      '--no-verify',
      '--no-convert',
      '--no-delimited',
      '-p',
      protoDir,
      '-o',
      out,
      ...files,
    ],
    { cwd: protoDir, stdio: 'inherit' },
  );
  // protobufjs/minimal is CommonJS: Node's ESM loader needs the extension and a default import.
  writeFileSync(
    out,
    readFileSync(out, 'utf8').replace('import * as $protobuf from "protobufjs/minimal"', 'import $protobuf from "protobufjs/minimal.js"'),
  );
  execFileSync(join(bin, 'pbts'), ['-o', out.replace(/\.js$/, '.d.ts'), out], { stdio: 'inherit' });
}

const criDir = join(protoDir, 'cri-api');
const all = walk(protoDir).filter((p) => !p.startsWith(`${criDir}/`));
generate('protos', 'default', all);
generate('cri-protos', 'cri', walk(criDir));
const core = ['ttrpc/request.proto', 'google/rpc/status.proto'].map((p) => join(protoDir, p));
generate('core-protos', 'core', [...core, ...walk(join(protoDir, 'tandem', 'agent'))]);
