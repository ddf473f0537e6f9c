// tsc does not copy the generated protobuf module (plain JS): put it beside the compiled code.
import { cpSync } from 'node:fs';
const root = new URL('..', import.meta.url).pathname;
cpSync(`${root}src/generated/protos.js`, `${root}dist/generated/protos.js`);
cpSync(`${root}src/generated/protos.d.ts`, `${root}dist/generated/protos.d.ts`);
