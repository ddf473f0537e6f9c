// A process's details (what `docker top` shows) in containerd's ProcessInfo.info: the shim
// writes them where the host's ps cannot see the process (a VM container's run in the guest),
// and the Docker endpoint reads them back. They travel as a google.protobuf.Struct, a type
// containerd's own clients can decode: `ctr tasks ps` fails on an Any it does not know.
import { google } from '../generated/protos.js';
import type { ProcessDetail } from './stats.js';

/** The Any's type URL as containerd's typeurl finds it in the protobuf registry. */
export const PROCESS_INFO_TYPE = 'google.protobuf.Struct';

const NUMBERS = ['ppid', 'uid', 'ageMs', 'cpuMs'] as const;
const STRINGS = ['tty', 'cmd'] as const;

export function encodeProcessInfo(d: ProcessDetail): { type_url: string; value: Uint8Array } {
  const fields: Record<string, google.protobuf.IValue> = {};
  for (const k of NUMBERS) fields[k] = { numberValue: d[k] };
  for (const k of STRINGS) fields[k] = { stringValue: d[k] };
  return { type_url: PROCESS_INFO_TYPE, value: google.protobuf.Struct.encode({ fields }).finish() };
}

/** The details of `pid` from its info; undefined for none or another type (a host process). */
export function decodeProcessInfo(
  pid: number,
  info: { type_url?: string | null; value?: Uint8Array | null } | null | undefined,
): ProcessDetail | undefined {
  if (info?.type_url !== PROCESS_INFO_TYPE || !info.value) return undefined;
  let fields: Record<string, google.protobuf.IValue>;
  try {
    fields = google.protobuf.Struct.decode(info.value).fields ?? {};
  } catch {
    return undefined;
  }
  const num = (k: string) => Number(fields[k]?.numberValue ?? 0);
  const str = (k: string) => String(fields[k]?.stringValue ?? '');
  return { pid, ppid: num('ppid'), uid: num('uid'), ageMs: num('ageMs'), cpuMs: num('cpuMs'), tty: str('tty'), cmd: str('cmd') };
}
