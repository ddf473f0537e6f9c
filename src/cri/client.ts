// A small client of the Kubernetes CRI (runtime.v1) over gRPC, for the integration tests and
// `tandem cri` (there is no crictl on our machines). Codecs are the protobufjs static ones of
// src/generated/cri-protos.js (the cri-api subset in proto/cri-api), so no .proto is parsed at
// run time and every request and response is typed.
import * as grpc from '@grpc/grpc-js';
import { runtime } from '../generated/cri-protos.js';
import { Code, TandemError } from '../common/errdefs.js';
import { grpcMethod, type Codec } from '../common/grpc-method.js';

const v1 = runtime.v1;

/** Each RPC the client calls: request and response codecs, by service. */
const RUNTIME = {
  Version: [v1.VersionRequest, v1.VersionResponse],
  Status: [v1.StatusRequest, v1.StatusResponse],
  RunPodSandbox: [v1.RunPodSandboxRequest, v1.RunPodSandboxResponse],
  StopPodSandbox: [v1.StopPodSandboxRequest, v1.StopPodSandboxResponse],
  RemovePodSandbox: [v1.RemovePodSandboxRequest, v1.RemovePodSandboxResponse],
  PodSandboxStatus: [v1.PodSandboxStatusRequest, v1.PodSandboxStatusResponse],
  ListPodSandbox: [v1.ListPodSandboxRequest, v1.ListPodSandboxResponse],
  CreateContainer: [v1.CreateContainerRequest, v1.CreateContainerResponse],
  StartContainer: [v1.StartContainerRequest, v1.StartContainerResponse],
  StopContainer: [v1.StopContainerRequest, v1.StopContainerResponse],
  RemoveContainer: [v1.RemoveContainerRequest, v1.RemoveContainerResponse],
  ListContainers: [v1.ListContainersRequest, v1.ListContainersResponse],
  ContainerStatus: [v1.ContainerStatusRequest, v1.ContainerStatusResponse],
  UpdateContainerResources: [v1.UpdateContainerResourcesRequest, v1.UpdateContainerResourcesResponse],
  ReopenContainerLog: [v1.ReopenContainerLogRequest, v1.ReopenContainerLogResponse],
  ExecSync: [v1.ExecSyncRequest, v1.ExecSyncResponse],
  Exec: [v1.ExecRequest, v1.ExecResponse],
  Attach: [v1.AttachRequest, v1.AttachResponse],
  PortForward: [v1.PortForwardRequest, v1.PortForwardResponse],
  ContainerStats: [v1.ContainerStatsRequest, v1.ContainerStatsResponse],
  ListContainerStats: [v1.ListContainerStatsRequest, v1.ListContainerStatsResponse],
} as const;
const IMAGE = {
  ListImages: [v1.ListImagesRequest, v1.ListImagesResponse],
  ImageStatus: [v1.ImageStatusRequest, v1.ImageStatusResponse],
  PullImage: [v1.PullImageRequest, v1.PullImageResponse],
  RemoveImage: [v1.RemoveImageRequest, v1.RemoveImageResponse],
} as const;

type Table = Record<string, readonly [unknown, unknown]>;
type Req<C> = C extends { create(p?: infer P): unknown } ? P : never;
type Res<C> = C extends { decode(b: Uint8Array): infer R } ? R : never;
type Calls<T extends Table> = { [K in keyof T]: (req: Req<T[K][0]>, timeoutMs?: number) => Promise<Res<T[K][1]>> };

function definition(service: string, table: Table): grpc.ServiceDefinition {
  const out: Record<string, grpc.MethodDefinition<unknown, unknown>> = {};
  for (const [name, [req, res]] of Object.entries(table))
    out[name] = grpcMethod(service, name, req as Codec<unknown>, res as Codec<unknown>);
  return out;
}

const RuntimeClient = grpc.makeGenericClientConstructor(definition('runtime.v1.RuntimeService', RUNTIME), 'RuntimeService');
const ImageClient = grpc.makeGenericClientConstructor(definition('runtime.v1.ImageService', IMAGE), 'ImageService');

type Unary = (req: unknown, md: grpc.Metadata, opts: grpc.CallOptions, cb: (err: grpc.ServiceError | null, res: unknown) => void) => void;

/** A CRI error: the server's status code (as tandem's error kinds, same numbers) and message. */
export class CriError extends TandemError {}

function calls<T extends Table>(client: grpc.Client, table: T, defaultTimeoutMs: number): Calls<T> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(table)) {
    const fn = (client as unknown as Record<string, Unary>)[name].bind(client);
    out[name] = (req: unknown, timeoutMs = defaultTimeoutMs) =>
      new Promise((resolve, reject) =>
        fn(req ?? {}, new grpc.Metadata(), { deadline: Date.now() + timeoutMs }, (err, res) =>
          err ? reject(new CriError(err.code as number as Code, `${name}: ${err.details || err.message}`, { cause: err })) : resolve(res),
        ),
      );
  }
  return out as Calls<T>;
}

export interface CriClientOptions {
  /** Deadline of each call unless the call names one (default 2 minutes: a VM pod may boot a guest). */
  timeoutMs?: number;
}

export class CriClient {
  readonly runtime: Calls<typeof RUNTIME>;
  readonly images: Calls<typeof IMAGE>;
  private readonly clients: grpc.Client[];

  /** endpoint: a unix socket path or unix:// address (CONTAINER_RUNTIME_ENDPOINT's form). */
  constructor(endpoint: string, o: CriClientOptions = {}) {
    const target = `unix://${endpoint.replace(/^unix:\/\//, '')}`;
    const opts = { 'grpc.max_receive_message_length': 16 << 20 };
    const rc = new RuntimeClient(target, grpc.credentials.createInsecure(), opts);
    const ic = new ImageClient(target, grpc.credentials.createInsecure(), opts);
    this.clients = [rc, ic];
    this.runtime = calls(rc, RUNTIME, o.timeoutMs ?? 120_000);
    this.images = calls(ic, IMAGE, o.timeoutMs ?? 120_000);
  }

  close(): void {
    for (const c of this.clients) c.close();
  }
}

export { runtime };
