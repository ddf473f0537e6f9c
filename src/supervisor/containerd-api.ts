// The few calls of containerd's gRPC API (and of the CRI it serves on the same socket) that the
// supervisor, `status` and `down` need: is it serving and which version, the namespaces, their
// tasks, stop a task. Every call has a deadline; failures become error kinds.
import * as grpc from '@grpc/grpc-js';
import { containerd, google } from '../generated/protos.js';
import { runtime } from '../generated/cri-protos.js';
import { Code, TandemError } from '../common/errdefs.js';
import { grpcMethod } from '../common/grpc-method.js';

const s = containerd.services;

const methods = {
  Version: grpcMethod(
    'containerd.services.version.v1.Version',
    'Version',
    google.protobuf.Empty as never,
    s.version.v1.VersionResponse as never,
  ),
  ListNamespaces: grpcMethod(
    'containerd.services.namespaces.v1.Namespaces',
    'List',
    s.namespaces.v1.ListNamespacesRequest as never,
    s.namespaces.v1.ListNamespacesResponse as never,
  ),
  ListTasks: grpcMethod(
    'containerd.services.tasks.v1.Tasks',
    'List',
    s.tasks.v1.ListTasksRequest as never,
    s.tasks.v1.ListTasksResponse as never,
  ),
  Kill: grpcMethod('containerd.services.tasks.v1.Tasks', 'Kill', s.tasks.v1.KillRequest as never, google.protobuf.Empty as never),
  DeleteTask: grpcMethod(
    'containerd.services.tasks.v1.Tasks',
    'Delete',
    s.tasks.v1.DeleteTaskRequest as never,
    s.tasks.v1.DeleteResponse as never,
  ),
  CriVersion: grpcMethod('runtime.v1.RuntimeService', 'Version', runtime.v1.VersionRequest as never, runtime.v1.VersionResponse as never),
};

const Client = grpc.makeGenericClientConstructor(methods, 'containerd');
type Unary = (req: object, md: grpc.Metadata, opts: grpc.CallOptions, cb: (err: grpc.ServiceError | null, res: never) => void) => void;

export interface TaskInfo {
  namespace: string;
  id: string;
  pid: number;
  status: string;
}

export class ContainerdApi {
  private readonly client: grpc.Client;

  constructor(readonly socket: string) {
    this.client = new Client(`unix://${socket}`, grpc.credentials.createInsecure());
  }

  private call<T>(name: keyof typeof methods, req: object, namespace?: string, timeoutMs = 5000): Promise<T> {
    const md = new grpc.Metadata();
    if (namespace) md.set('containerd-namespace', namespace);
    const fn = (this.client as unknown as Record<string, Unary>)[name]!.bind(this.client);
    return new Promise((resolve, reject) =>
      fn(req, md, { deadline: Date.now() + timeoutMs }, (err, res) => {
        if (!err) return resolve(res as T);
        const code = err.code === grpc.status.UNAVAILABLE ? Code.Unavailable : (err.code as number as Code);
        reject(new TandemError(code, `${methods[name].path}: ${err.details || err.message}`, { cause: err }));
      }),
    );
  }

  async version(timeoutMs?: number): Promise<{ version: string; revision: string }> {
    return this.call('Version', {}, undefined, timeoutMs);
  }

  /** The CRI runtime's answer to Version (the CRI plugin is loaded and serving). */
  async criVersion(timeoutMs?: number): Promise<{ runtimeName: string; runtimeVersion: string; runtimeApiVersion: string }> {
    return this.call('CriVersion', { version: 'v1' }, undefined, timeoutMs);
  }

  async namespaces(): Promise<string[]> {
    const r = await this.call<{ namespaces: { name: string }[] }>('ListNamespaces', {});
    return r.namespaces.map((n) => n.name).sort();
  }

  async tasks(namespace: string): Promise<TaskInfo[]> {
    const r = await this.call<{ tasks: { id: string; pid: number; status: number }[] }>('ListTasks', {}, namespace);
    return r.tasks.map((t) => ({ namespace, id: t.id, pid: t.pid, status: containerd.v1.types.Status[t.status] ?? String(t.status) }));
  }

  async allTasks(): Promise<TaskInfo[]> {
    const out: TaskInfo[] = [];
    for (const ns of await this.namespaces()) out.push(...(await this.tasks(ns)));
    return out;
  }

  async kill(namespace: string, id: string, signal: number): Promise<void> {
    await this.call('Kill', { containerId: id, signal, all: true }, namespace);
  }

  async deleteTask(namespace: string, id: string): Promise<void> {
    await this.call('DeleteTask', { containerId: id }, namespace, 30_000);
  }

  close(): void {
    this.client.close();
  }
}

/** Whether containerd answers Version on the socket now. */
export async function containerdAnswers(socket: string): Promise<boolean> {
  const api = new ContainerdApi(socket);
  try {
    await api.version(2000);
    return true;
  } catch {
    return false;
  } finally {
    api.close();
  }
}

/**
 * Whether a gRPC server answers on the socket: a call to a method it may not have comes back
 * with a status (Unimplemented is fine); only a dead or silent socket fails.
 */
export function grpcAnswers(socket: string, timeoutMs = 2000): Promise<boolean> {
  const c = new grpc.Client(`unix://${socket}`, grpc.credentials.createInsecure());
  const id = (b: Buffer): Buffer => b;
  return new Promise<boolean>((resolve) =>
    c.makeUnaryRequest('/grpc.health.v1.Health/Check', id, id, Buffer.alloc(0), { deadline: Date.now() + timeoutMs }, (err) =>
      resolve(!err || (err.code !== grpc.status.UNAVAILABLE && err.code !== grpc.status.DEADLINE_EXCEEDED)),
    ),
  ).finally(() => c.close());
}
