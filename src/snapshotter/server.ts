// Serves a Snapshotter as containerd.services.snapshots.v1.Snapshots over gRPC on a unix
// socket: the proxy plugin containerd dials. Error kinds become status codes here only.
import * as grpc from '@grpc/grpc-js';
import { chmodSync, existsSync, unlinkSync } from 'node:fs';
import { Code, errorMessage, toStatusCode } from '../common/errdefs.js';
import { SOCKET_MODE, withPrivateUmask } from '../common/private-socket.js';
import { snapshotsService, toProtoInfo, toProtoMounts } from './grpc-service.js';
import type { Snapshotter } from './types.js';

/** containerd's reference server sends List results in batches of this many. */
const LIST_BATCH = 100;

/**
 * We ping every connection and close one that does not answer. Node's HTTP/2 stops reading a
 * connection once it has sent GOAWAY for a protocol error (garbled headers, an oversized frame)
 * and then never closes it, not even when the peer hangs up; a client that sends half a preface
 * and goes quiet holds one the same way. Without the pings each kept its fd for good. The
 * timeout is generous so that a busy event loop never drops a healthy containerd connection.
 */
export const KEEPALIVE_OPTIONS = { 'grpc.keepalive_time_ms': 20_000, 'grpc.keepalive_timeout_ms': 20_000 };

export type Logger = { debug(msg: string): void; warn(msg: string): void };

function status(err: unknown): grpc.StatusObject {
  return { code: toStatusCode(err) as number as grpc.status, details: errorMessage(err), metadata: new grpc.Metadata() };
}

/** Expected outcomes (a missing key, a name taken) are not worth a warning. */
const QUIET = new Set([Code.NotFound, Code.AlreadyExists, Code.FailedPrecondition, Code.InvalidArgument]);

function unary<Req, Res>(log: Logger, name: string, fn: (req: Req) => Promise<Res>): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    fn(call.request).then(
      (res) => callback(null, res),
      (err: unknown) => {
        (QUIET.has(toStatusCode(err)) ? log.debug : log.warn).call(log, `${name}: ${errorMessage(err)}`);
        callback(status(err));
      },
    );
  };
}

export function snapshotsHandlers(sn: Snapshotter, log: Logger): grpc.UntypedServiceImplementation {
  type Req<K extends keyof typeof snapshotsService> = Parameters<(typeof snapshotsService)[K]['requestSerialize']>[0];
  return {
    Prepare: unary(log, 'Prepare', async (r: Req<'Prepare'>) => ({
      mounts: toProtoMounts(await sn.prepare(r.key ?? '', r.parent ?? '', r.labels ?? {})),
    })),
    View: unary(log, 'View', async (r: Req<'View'>) => ({
      mounts: toProtoMounts(await sn.view(r.key ?? '', r.parent ?? '', r.labels ?? {})),
    })),
    Mounts: unary(log, 'Mounts', async (r: Req<'Mounts'>) => ({ mounts: toProtoMounts(await sn.mounts(r.key ?? '')) })),
    Commit: unary(log, 'Commit', async (r: Req<'Commit'>) => {
      await sn.commit(r.name ?? '', r.key ?? '', r.labels ?? {});
      return {};
    }),
    Remove: unary(log, 'Remove', async (r: Req<'Remove'>) => {
      await sn.remove(r.key ?? '');
      return {};
    }),
    Stat: unary(log, 'Stat', async (r: Req<'Stat'>) => ({ info: toProtoInfo(await sn.stat(r.key ?? '')) })),
    Update: unary(log, 'Update', async (r: Req<'Update'>) => {
      const info = { name: r.info?.name ?? '', labels: { ...(r.info?.labels ?? {}) } };
      return { info: toProtoInfo(await sn.update(info, [...(r.updateMask?.paths ?? [])])) };
    }),
    List: (call: grpc.ServerWritableStream<Req<'List'>, unknown>) => {
      sn.list([...(call.request.filters ?? [])]).then(
        (infos) => {
          for (let i = 0; i < infos.length; i += LIST_BATCH) call.write({ info: infos.slice(i, i + LIST_BATCH).map(toProtoInfo) });
          call.end();
        },
        (err: unknown) => {
          log.warn(`List: ${errorMessage(err)}`);
          call.emit('error', status(err));
        },
      );
    },
    Usage: unary(log, 'Usage', async (r: Req<'Usage'>) => sn.usage(r.key ?? '')),
    Cleanup: unary(log, 'Cleanup', async () => {
      await sn.cleanup();
      return {};
    }),
  };
}

export interface RunningServer {
  address: string;
  close(): Promise<void>;
}

/** Listens on the unix socket `path` (a stale socket file is replaced). */
export async function serveSnapshots(sn: Snapshotter, path: string, log: Logger): Promise<RunningServer> {
  if (existsSync(path)) unlinkSync(path);
  const server = new grpc.Server({
    'grpc.max_receive_message_length': 16 << 20,
    'grpc.max_send_message_length': 16 << 20,
    ...KEEPALIVE_OPTIONS,
  });
  server.addService(snapshotsService, snapshotsHandlers(sn, log));
  // 0600: whoever can connect can change any container's filesystem.
  await withPrivateUmask(
    () =>
      new Promise<number>((resolve, reject) =>
        server.bindAsync(`unix://${path}`, grpc.ServerCredentials.createInsecure(), (err, port) => (err ? reject(err) : resolve(port))),
      ),
  );
  chmodSync(path, SOCKET_MODE);
  return {
    address: path,
    close: () =>
      new Promise<void>((resolve) => {
        const t = setTimeout(() => server.forceShutdown(), 5000);
        server.tryShutdown(() => {
          clearTimeout(t);
          resolve();
        });
      }),
  };
}
