// The Docker endpoint's only way to the runtime: containerd's gRPC API on its socket, in one
// namespace. One generic client (protobufjs static codecs, src/generated) with a typed method
// table; gRPC status codes become tandem error kinds here, once.
import * as grpc from '@grpc/grpc-js';
import { Readable } from 'node:stream';
import { containerd, google } from '../generated/protos.js';
import { Code, TandemError } from '../common/errdefs.js';
import type { Codec } from '../common/grpc-method.js';

const s = containerd.services;
type Kind = 'unary' | 'server' | 'bidi';

interface Decoder<T> {
  decode(b: Uint8Array): T;
}

function method<Res>(
  service: string,
  name: string,
  req: unknown,
  res: Decoder<Res>,
  kind: Kind = 'unary',
): grpc.MethodDefinition<object, Res> {
  const rq = req as Codec<object>;
  const rs = res as unknown as Codec<Res>;
  return {
    path: `/containerd.services.${service}/${name}`,
    requestStream: kind === 'bidi',
    responseStream: kind !== 'unary',
    // A Buffer is a request encoded already (content writes build theirs around the data); the
    // codec's Buffer is sent without a copy.
    requestSerialize: (m: object) => (Buffer.isBuffer(m) ? m : asBuffer(rq.encode(m).finish())),
    requestDeserialize: (b: Buffer) => rq.decode(b),
    responseSerialize: (m: Res) => Buffer.from(rs.encode(m).finish()),
    responseDeserialize: (b: Buffer) => rs.decode(b),
  };
}

const asBuffer = (u: Uint8Array) => (Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength));

const Empty = google.protobuf.Empty;
const M = {
  'containers.Get': method('containers.v1.Containers', 'Get', s.containers.v1.GetContainerRequest, s.containers.v1.GetContainerResponse),
  'containers.List': method(
    'containers.v1.Containers',
    'List',
    s.containers.v1.ListContainersRequest,
    s.containers.v1.ListContainersResponse,
  ),
  'containers.Create': method(
    'containers.v1.Containers',
    'Create',
    s.containers.v1.CreateContainerRequest,
    s.containers.v1.CreateContainerResponse,
  ),
  'containers.Update': method(
    'containers.v1.Containers',
    'Update',
    s.containers.v1.UpdateContainerRequest,
    s.containers.v1.UpdateContainerResponse,
  ),
  'containers.Delete': method('containers.v1.Containers', 'Delete', s.containers.v1.DeleteContainerRequest, Empty),
  'content.Info': method('content.v1.Content', 'Info', s.content.v1.InfoRequest, s.content.v1.InfoResponse),
  'content.Update': method('content.v1.Content', 'Update', s.content.v1.UpdateRequest, s.content.v1.UpdateResponse),
  'content.List': method('content.v1.Content', 'List', s.content.v1.ListContentRequest, s.content.v1.ListContentResponse, 'server'),
  'content.Delete': method('content.v1.Content', 'Delete', s.content.v1.DeleteContentRequest, Empty),
  'content.Read': method('content.v1.Content', 'Read', s.content.v1.ReadContentRequest, s.content.v1.ReadContentResponse, 'server'),
  'content.Write': method('content.v1.Content', 'Write', s.content.v1.WriteContentRequest, s.content.v1.WriteContentResponse, 'bidi'),
  'content.Abort': method('content.v1.Content', 'Abort', s.content.v1.AbortRequest, Empty),
  'images.Get': method('images.v1.Images', 'Get', s.images.v1.GetImageRequest, s.images.v1.GetImageResponse),
  'images.List': method('images.v1.Images', 'List', s.images.v1.ListImagesRequest, s.images.v1.ListImagesResponse),
  'images.Create': method('images.v1.Images', 'Create', s.images.v1.CreateImageRequest, s.images.v1.CreateImageResponse),
  'images.Update': method('images.v1.Images', 'Update', s.images.v1.UpdateImageRequest, s.images.v1.UpdateImageResponse),
  'images.Delete': method('images.v1.Images', 'Delete', s.images.v1.DeleteImageRequest, Empty),
  'leases.Create': method('leases.v1.Leases', 'Create', s.leases.v1.CreateRequest, s.leases.v1.CreateResponse),
  'leases.Delete': method('leases.v1.Leases', 'Delete', s.leases.v1.DeleteRequest, Empty),
  'leases.List': method('leases.v1.Leases', 'List', s.leases.v1.ListRequest, s.leases.v1.ListResponse),
  'leases.AddResource': method('leases.v1.Leases', 'AddResource', s.leases.v1.AddResourceRequest, Empty),
  'leases.DeleteResource': method('leases.v1.Leases', 'DeleteResource', s.leases.v1.DeleteResourceRequest, Empty),
  'leases.ListResources': method('leases.v1.Leases', 'ListResources', s.leases.v1.ListResourcesRequest, s.leases.v1.ListResourcesResponse),
  'diff.Diff': method('diff.v1.Diff', 'Diff', s.diff.v1.DiffRequest, s.diff.v1.DiffResponse),
  'diff.Apply': method('diff.v1.Diff', 'Apply', s.diff.v1.ApplyRequest, s.diff.v1.ApplyResponse),
  'snapshots.Prepare': method(
    'snapshots.v1.Snapshots',
    'Prepare',
    s.snapshots.v1.PrepareSnapshotRequest,
    s.snapshots.v1.PrepareSnapshotResponse,
  ),
  'snapshots.View': method('snapshots.v1.Snapshots', 'View', s.snapshots.v1.ViewSnapshotRequest, s.snapshots.v1.ViewSnapshotResponse),
  'snapshots.Mounts': method('snapshots.v1.Snapshots', 'Mounts', s.snapshots.v1.MountsRequest, s.snapshots.v1.MountsResponse),
  'snapshots.Commit': method('snapshots.v1.Snapshots', 'Commit', s.snapshots.v1.CommitSnapshotRequest, Empty),
  'snapshots.Remove': method('snapshots.v1.Snapshots', 'Remove', s.snapshots.v1.RemoveSnapshotRequest, Empty),
  'snapshots.Stat': method('snapshots.v1.Snapshots', 'Stat', s.snapshots.v1.StatSnapshotRequest, s.snapshots.v1.StatSnapshotResponse),
  'snapshots.Usage': method('snapshots.v1.Snapshots', 'Usage', s.snapshots.v1.UsageRequest, s.snapshots.v1.UsageResponse),
  'tasks.Create': method('tasks.v1.Tasks', 'Create', s.tasks.v1.CreateTaskRequest, s.tasks.v1.CreateTaskResponse),
  'tasks.Start': method('tasks.v1.Tasks', 'Start', s.tasks.v1.StartRequest, s.tasks.v1.StartResponse),
  'tasks.Delete': method('tasks.v1.Tasks', 'Delete', s.tasks.v1.DeleteTaskRequest, s.tasks.v1.DeleteResponse),
  'tasks.DeleteProcess': method('tasks.v1.Tasks', 'DeleteProcess', s.tasks.v1.DeleteProcessRequest, s.tasks.v1.DeleteResponse),
  'tasks.Get': method('tasks.v1.Tasks', 'Get', s.tasks.v1.GetRequest, s.tasks.v1.GetResponse),
  'tasks.List': method('tasks.v1.Tasks', 'List', s.tasks.v1.ListTasksRequest, s.tasks.v1.ListTasksResponse),
  'tasks.Kill': method('tasks.v1.Tasks', 'Kill', s.tasks.v1.KillRequest, Empty),
  'tasks.Exec': method('tasks.v1.Tasks', 'Exec', s.tasks.v1.ExecProcessRequest, Empty),
  'tasks.ResizePty': method('tasks.v1.Tasks', 'ResizePty', s.tasks.v1.ResizePtyRequest, Empty),
  'tasks.CloseIO': method('tasks.v1.Tasks', 'CloseIO', s.tasks.v1.CloseIORequest, Empty),
  'tasks.Pause': method('tasks.v1.Tasks', 'Pause', s.tasks.v1.PauseTaskRequest, Empty),
  'tasks.Resume': method('tasks.v1.Tasks', 'Resume', s.tasks.v1.ResumeTaskRequest, Empty),
  'tasks.ListPids': method('tasks.v1.Tasks', 'ListPids', s.tasks.v1.ListPidsRequest, s.tasks.v1.ListPidsResponse),
  'tasks.Metrics': method('tasks.v1.Tasks', 'Metrics', s.tasks.v1.MetricsRequest, s.tasks.v1.MetricsResponse),
  'tasks.Wait': method('tasks.v1.Tasks', 'Wait', s.tasks.v1.WaitRequest, s.tasks.v1.WaitResponse),
  'tasks.Update': method('tasks.v1.Tasks', 'Update', s.tasks.v1.UpdateTaskRequest, Empty),
  'events.Subscribe': method('events.v1.Events', 'Subscribe', s.events.v1.SubscribeRequest, s.events.v1.Envelope, 'server'),
  'version.Version': method('version.v1.Version', 'Version', Empty, s.version.v1.VersionResponse),
} as const;

type Methods = typeof M;
/** Response type of a method, from its codec. */
type Res<K extends keyof Methods> = Methods[K] extends grpc.MethodDefinition<object, infer R> ? R : never;

const v1 = s;
export type Container = containerd.services.containers.v1.IContainer;
export type Image = containerd.services.images.v1.IImage;
export type Mount = containerd.types.IMount;
export type Descriptor = containerd.types.IDescriptor;
export type TaskProcess = containerd.v1.types.IProcess;
export const TaskStatus = containerd.v1.types.Status;
export { v1 as services };

/** Maps a gRPC failure to a tandem error kind with containerd's own message. */
export function fromGrpc(err: grpc.ServiceError, what: string): TandemError {
  const map: Partial<Record<grpc.status, Code>> = {
    [grpc.status.NOT_FOUND]: Code.NotFound,
    [grpc.status.ALREADY_EXISTS]: Code.AlreadyExists,
    [grpc.status.INVALID_ARGUMENT]: Code.InvalidArgument,
    [grpc.status.FAILED_PRECONDITION]: Code.FailedPrecondition,
    [grpc.status.UNIMPLEMENTED]: Code.Unimplemented,
    [grpc.status.UNAVAILABLE]: Code.Unavailable,
    [grpc.status.CANCELLED]: Code.Canceled,
    [grpc.status.DEADLINE_EXCEEDED]: Code.DeadlineExceeded,
    [grpc.status.ABORTED]: Code.Aborted,
  };
  const code = map[err.code] ?? Code.Unknown;
  const detail = err.details || err.message;
  return new TandemError(code, code === Code.Unavailable ? `containerd ${what}: ${detail}` : detail, { cause: err });
}

export interface CallOptions {
  /** Run inside this lease (containerd keeps what the call creates until the lease goes). */
  lease?: string;
  /** Milliseconds; none for calls that block on purpose (Wait). */
  timeoutMs?: number;
}

export class ContainerdClient {
  private readonly client: grpc.Client;

  constructor(
    readonly address: string,
    readonly namespace: string,
  ) {
    this.client = new grpc.Client(`unix://${address.replace(/^unix:\/\//, '')}`, grpc.credentials.createInsecure(), {
      'grpc.max_receive_message_length': 64 << 20,
      'grpc.max_send_message_length': 64 << 20,
    });
  }

  private metadata(opts: CallOptions): grpc.Metadata {
    const md = new grpc.Metadata();
    md.set('containerd-namespace', this.namespace);
    if (opts.lease) md.set('containerd-lease', opts.lease);
    return md;
  }

  private callOpts(opts: CallOptions): grpc.CallOptions {
    const timeout = opts.timeoutMs === undefined ? 60_000 : opts.timeoutMs;
    return timeout > 0 ? { deadline: Date.now() + timeout } : {};
  }

  call<K extends keyof Methods>(name: K, req: object, opts: CallOptions = {}): Promise<Res<K>> {
    const m = M[name] as unknown as grpc.MethodDefinition<object, object>;
    return new Promise((resolve, reject) =>
      this.client.makeUnaryRequest(
        m.path,
        m.requestSerialize,
        m.responseDeserialize,
        req,
        this.metadata(opts),
        this.callOpts(opts),
        (err, res) => (err ? reject(fromGrpc(err, name)) : resolve(res as Res<K>)),
      ),
    );
  }

  /** A server-streaming call, collected. */
  collect<K extends keyof Methods>(name: K, req: object, opts: CallOptions = {}): Promise<Res<K>[]> {
    const stream = this.serverStream(name, req, opts);
    const out: Res<K>[] = [];
    return new Promise((resolve, reject) => {
      stream.on('data', (r: Res<K>) => out.push(r));
      stream.on('end', () => resolve(out));
      stream.on('error', (err: grpc.ServiceError) => reject(fromGrpc(err, name)));
    });
  }

  serverStream<K extends keyof Methods>(name: K, req: object, opts: CallOptions = {}): grpc.ClientReadableStream<Res<K>> {
    const m = M[name] as unknown as grpc.MethodDefinition<object, object>;
    return this.client.makeServerStreamRequest(
      m.path,
      m.requestSerialize,
      m.responseDeserialize,
      req,
      this.metadata(opts),
      this.callOpts(opts),
    ) as never;
  }

  bidiStream<K extends keyof Methods>(name: K, opts: CallOptions = {}): grpc.ClientDuplexStream<object, Res<K>> {
    const m = M[name] as unknown as grpc.MethodDefinition<object, object>;
    return this.client.makeBidiStreamRequest(
      m.path,
      m.requestSerialize,
      m.responseDeserialize,
      this.metadata(opts),
      this.callOpts(opts),
    ) as never;
  }

  /** Reads one blob from the content store whole. */
  async readBlob(digest: string): Promise<Buffer> {
    const parts = await this.collect('content.Read', { digest }, { timeoutMs: 0 });
    return Buffer.concat(parts.map((p) => Buffer.from(p.data)));
  }

  /**
   * One blob from the content store as a byte stream (a layer of many GiB never sits in memory);
   * destroying it cancels the read.
   */
  readStream(digest: string): Readable {
    const call = this.serverStream('content.Read', { digest }, { timeoutMs: 0 });
    return Readable.from(
      (async function* () {
        try {
          for await (const part of call as AsyncIterable<{ data: Uint8Array }>) yield Buffer.from(part.data);
        } catch (err) {
          throw fromGrpc(err as grpc.ServiceError, 'content.Read');
        } finally {
          call.cancel();
        }
      })(),
    );
  }

  close(): void {
    this.client.close();
  }
}
