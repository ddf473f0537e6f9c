// A grpc-js method definition from protobufjs static codecs (src/generated): how tandem speaks
// gRPC without @grpc/proto-loader (the snapshotter's service, the shim's containerd client).
import type * as grpc from '@grpc/grpc-js';

export interface Codec<T> {
  encode(m: T): { finish(): Uint8Array };
  decode(b: Uint8Array): T;
}

/** `service` is the full name (package.Service); `name` the RPC as in the .proto. */
export function grpcMethod<Req, Res>(
  service: string,
  name: string,
  req: Codec<Req>,
  res: Codec<Res>,
  responseStream = false,
): grpc.MethodDefinition<Req, Res> {
  return {
    path: `/${service}/${name}`,
    requestStream: false,
    responseStream,
    requestSerialize: (m: Req) => Buffer.from(req.encode(m).finish()),
    requestDeserialize: (b: Buffer) => req.decode(b),
    responseSerialize: (m: Res) => Buffer.from(res.encode(m).finish()),
    responseDeserialize: (b: Buffer) => res.decode(b),
    originalName: name[0]!.toLowerCase() + name.slice(1),
  };
}
