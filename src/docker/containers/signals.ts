// Signal names and numbers as Docker accepts them (`SIGTERM`, `TERM`, `15`), Linux numbering:
// the signal is delivered inside a Linux container or by the native executor on the host.
import { constants } from 'node:os';
import { invalidArgument } from '../../common/errdefs.js';

export function signalNumber(sig: string): number {
  if (/^\d+$/.test(sig)) {
    const n = Number(sig);
    if (n < 1 || n > 64) throw invalidArgument(`Invalid signal: ${sig}`);
    return n;
  }
  const name = sig.toUpperCase().startsWith('SIG') ? sig.toUpperCase() : `SIG${sig.toUpperCase()}`;
  const n = (constants.signals as Record<string, number>)[name];
  if (!n) throw invalidArgument(`Invalid signal: ${sig}`);
  return n;
}
