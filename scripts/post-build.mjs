// tsc does not copy the generated protobuf modules (plain JS): put them beside the compiled code.
import { cpSync, readdirSync } from 'node:fs';
const root = new URL('..', import.meta.url).pathname;
for (const f of readdirSync(`${root}src/generated`)) cpSync(`${root}src/generated/${f}`, `${root}dist/generated/${f}`);
