import { describe, expect, test } from 'vitest';
import { READY_MARKER, TelnetOutput } from './telnet.js';

/** Feeds `chunks` through a TelnetOutput one write at a time and returns what came out. */
async function through(chunks: string[]): Promise<string> {
  const t = new TelnetOutput();
  let out = '';
  t.on('data', (d: Buffer) => (out += d.toString('latin1')));
  for (const c of chunks) t.write(Buffer.from(c, 'latin1'));
  t.end();
  await new Promise((r) => t.once('end', r));
  return out;
}

describe('TelnetOutput', () => {
  test("the marker's line ending is dropped wherever the chunks split it", async () => {
    const want = '/dev/pts/0\r\n';
    expect(await through([`greeting ${READY_MARKER}\r\n${want}`])).toBe(want);
    expect(await through([`greeting ${READY_MARKER}`, `\r\n${want}`])).toBe(want); // the CI flake
    expect(await through([`greeting ${READY_MARKER}\r`, `\n${want}`])).toBe(want);
    expect(await through([`greeting ${READY_MARKER}`, '\r', '\r\n', want])).toBe(want);
    expect(await through([`gree`, `ting ${READY_MARKER.slice(0, 5)}`, `${READY_MARKER.slice(5)}\r\n`, want])).toBe(want);
  });

  test('output after the marker is kept as written: later blank lines, a line without the newline', async () => {
    expect(await through([`${READY_MARKER}\r\n`, '\r\n', 'x\r\n'])).toBe('\r\nx\r\n');
    expect(await through([`${READY_MARKER}`, '\rx'])).toBe('\rx');
  });

  test('IAC commands are dropped and IAC IAC is a data byte', async () => {
    const iac = String.fromCharCode(0xff);
    expect(await through([`${iac}${String.fromCharCode(0xfb)}\u0001${READY_MARKER}\r\na${iac}${iac}b`])).toBe(`a${iac}b`);
  });
});
