// The grpc-js service definition of containerd.services.snapshots.v1.Snapshots, built by hand
// from the protobufjs static classes (src/generated), plus conversions between the wire
// messages and our types. Used by our server and by clients (tests, bench, CLI).
import type * as grpc from '@grpc/grpc-js';
import { containerd, google } from '../generated/protos.js';
import { Kind, type Info, type Mount } from './types.js';
import { grpcMethod, type Codec } from '../common/grpc-method.js';

const v1 = containerd.services.snapshots.v1;
export const SERVICE = 'containerd.services.snapshots.v1.Snapshots';

const method = <Req, Res>(name: string, req: Codec<Req>, res: Codec<Res>, responseStream = false) =>
  grpcMethod(SERVICE, name, req, res, responseStream);

type M = typeof v1;
type I<K extends keyof M> = M[K] extends { decode(b: Uint8Array): infer T } ? T : never;
type Empty = google.protobuf.Empty;
const Empty = google.protobuf.Empty as Codec<Empty>;
const c = <K extends keyof M>(k: K) => v1[k] as unknown as Codec<I<K>>;

export const snapshotsService = {
  Prepare: method('Prepare', c('PrepareSnapshotRequest'), c('PrepareSnapshotResponse')),
  View: method('View', c('ViewSnapshotRequest'), c('ViewSnapshotResponse')),
  Mounts: method('Mounts', c('MountsRequest'), c('MountsResponse')),
  Commit: method('Commit', c('CommitSnapshotRequest'), Empty),
  Remove: method('Remove', c('RemoveSnapshotRequest'), Empty),
  Stat: method('Stat', c('StatSnapshotRequest'), c('StatSnapshotResponse')),
  Update: method('Update', c('UpdateSnapshotRequest'), c('UpdateSnapshotResponse')),
  List: method('List', c('ListSnapshotsRequest'), c('ListSnapshotsResponse'), true),
  Usage: method('Usage', c('UsageRequest'), c('UsageResponse')),
  Cleanup: method('Cleanup', c('CleanupRequest'), Empty),
} satisfies grpc.ServiceDefinition;

export type Proto = typeof v1;
export { v1 as proto };

export function toProtoInfo(i: Info): containerd.services.snapshots.v1.IInfo {
  return { name: i.name, parent: i.parent, kind: i.kind as number, createdAt: ts(i.created), updatedAt: ts(i.updated), labels: i.labels };
}

export function fromProtoInfo(i: containerd.services.snapshots.v1.IInfo | null | undefined): Info {
  return {
    name: i?.name ?? '',
    parent: i?.parent ?? '',
    kind: (i?.kind ?? 0) as number as Kind,
    created: ns(i?.createdAt),
    updated: ns(i?.updatedAt),
    labels: { ...(i?.labels ?? {}) },
  };
}

export function toProtoMounts(ms: Mount[]): containerd.types.IMount[] {
  return ms.map((m) => ({ type: m.type, source: m.source, target: m.target ?? '', options: m.options }));
}

export function fromProtoMounts(ms: containerd.types.IMount[] | null | undefined): Mount[] {
  return (ms ?? []).map((m) => ({
    type: m.type ?? '',
    source: m.source ?? '',
    ...(m.target ? { target: m.target } : {}),
    options: [...(m.options ?? [])],
  }));
}

const NS_PER_S = 1_000_000_000n;

/** Nanoseconds since the epoch as a protobuf Timestamp, exactly (seconds stay below 2^53). */
function ts(nsSinceEpoch: bigint): google.protobuf.ITimestamp {
  return { seconds: Number(nsSinceEpoch / NS_PER_S), nanos: Number(nsSinceEpoch % NS_PER_S) };
}

function ns(t: google.protobuf.ITimestamp | null | undefined): bigint {
  return t ? BigInt(String(t.seconds ?? 0)) * NS_PER_S + BigInt(t.nanos ?? 0) : 0n;
}
