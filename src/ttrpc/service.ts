// The one way tandem serves a ttrpc service: a definition names the service and gives each RPC
// its request and response message types (the generated protobufjs classes); an object whose
// methods are named exactly like the RPCs handles it. The compiler checks each handler against
// its RPC's types, so no call site decodes, encodes or casts.
import type { CallContext, ServiceMethods } from './server.js';
import type { ServerStream } from './stream.js';
import { decodeRequest } from './decode.js';

/** A generated message class: decodes to T, encodes from I (its plain-object interface). */
export interface MessageType<T, I> {
  decode(data: Uint8Array): T;
  encode(message: I): { finish(): Uint8Array };
}

export interface UnaryRpc<Req, Res> {
  request: MessageType<Req, unknown>;
  response: MessageType<unknown, Res>;
}

/** A streaming RPC: the handler gets the first message and the stream, and answers on it. */
export interface StreamRpc<Req> {
  request: MessageType<Req, unknown>;
  stream: true;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the variance of a type parameter bag
type AnyRpc = UnaryRpc<any, any> | StreamRpc<any>;

export interface ServiceDefinition<R extends Record<string, AnyRpc> = Record<string, AnyRpc>> {
  /** The fully qualified service name, e.g. `containerd.task.v2.Task`. */
  name: string;
  rpcs: R;
}

/** What serving a definition asks for: one method per RPC, named like it. */
export type Handlers<D extends ServiceDefinition> = {
  [K in keyof D['rpcs']]: D['rpcs'][K] extends StreamRpc<infer Req>
    ? (request: Req, stream: ServerStream, ctx: CallContext) => Promise<void>
    : D['rpcs'][K] extends UnaryRpc<infer Req, infer Res>
      ? // An empty response may be left out (void): every field of a proto3 message is optional.
        (request: Req, ctx: CallContext) => Promise<Res | void> | Res | void
      : never;
};

export function unary<Req, Res>(request: MessageType<Req, unknown>, response: MessageType<unknown, Res>): UnaryRpc<Req, Res> {
  return { request, response };
}

export function streaming<Req>(request: MessageType<Req, unknown>): StreamRpc<Req> {
  return { request, stream: true };
}

export function defineService<R extends Record<string, AnyRpc>>(name: string, rpcs: R): ServiceDefinition<R> {
  return { name, rpcs };
}

/** Wraps every call of a service (logging, timing); `call` runs the handler. */
export type Interceptor = (method: string, request: unknown, ctx: CallContext, call: () => Promise<unknown>) => Promise<unknown>;

/** The method table a TtrpcServer registers for `def`, each RPC answered by `handlers[RPC]`. */
export function serviceMethods<D extends ServiceDefinition>(def: D, handlers: Handlers<D>, intercept?: Interceptor): ServiceMethods {
  const methods: ServiceMethods = {};
  for (const [method, rpc] of Object.entries(def.rpcs)) {
    const handler = handlers[method] as (...args: unknown[]) => unknown;
    if (typeof handler !== 'function') throw new TypeError(`${def.name}: no handler for ${method}`);
    if ('stream' in rpc) {
      methods[method] = {
        stream: async (ctx, stream, payload) =>
          void (await handler.call(handlers, decodeRequest(rpc.request, payload, `${method} request`), stream, ctx)),
      };
      continue;
    }
    methods[method] = async (ctx, payload) => {
      const request = decodeRequest(rpc.request, payload, `${method} request`);
      const run = async () => handler.call(handlers, request, ctx);
      const response = await (intercept ? intercept(method, request, ctx, run) : run());
      return rpc.response.encode(response ?? {}).finish();
    };
  }
  return methods;
}
