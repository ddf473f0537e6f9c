// containerd's gRPC API the way containerd's Go client calls it, for what ctr never makes
// containerd do: a task or an exec with a terminal *and* a stderr path (the client's cio sends
// one but creates no FIFO there), Exec and Start as two calls, ResizePty of a process without a
// terminal, Delete of an exec that was never started, a spec changed after `ctr c create`.
// The shim is reached through the real containerd, as every containerd-based tool reaches it.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { grpcMethod } from '../../src/common/grpc-method.js';
import type { OciProcess, OciSpec } from '../../src/common/oci.js';
import { containerd, google } from '../../src/generated/protos.js';
import { ClientFifos } from './native-fixture.js';
import type { Containerd } from './containerd.js';

const t = containerd.services.tasks.v1;
const c = containerd.services.containers.v1;
const snap = containerd.services.snapshots.v1;
const Empty = google.protobuf.Empty;
const TASKS = 'containerd.services.tasks.v1.Tasks';

const Client = grpc.makeGenericClientConstructor(
  {
    Create: grpcMethod(TASKS, 'Create', t.CreateTaskRequest, t.CreateTaskResponse),
    Start: grpcMethod(TASKS, 'Start', t.StartRequest, t.StartResponse),
    Delete: grpcMethod(TASKS, 'Delete', t.DeleteTaskRequest, t.DeleteResponse),
    DeleteProcess: grpcMethod(TASKS, 'DeleteProcess', t.DeleteProcessRequest, t.DeleteResponse),
    Get: grpcMethod(TASKS, 'Get', t.GetRequest, t.GetResponse),
    Kill: grpcMethod(TASKS, 'Kill', t.KillRequest, Empty),
    Exec: grpcMethod(TASKS, 'Exec', t.ExecProcessRequest, Empty),
    ResizePty: grpcMethod(TASKS, 'ResizePty', t.ResizePtyRequest, Empty),
    CloseIO: grpcMethod(TASKS, 'CloseIO', t.CloseIORequest, Empty),
    Wait: grpcMethod(TASKS, 'Wait', t.WaitRequest, t.WaitResponse),
    GetContainer: grpcMethod('containerd.services.containers.v1.Containers', 'Get', c.GetContainerRequest, c.GetContainerResponse),
    UpdateContainer: grpcMethod(
      'containerd.services.containers.v1.Containers',
      'Update',
      c.UpdateContainerRequest,
      c.UpdateContainerResponse,
    ),
    Mounts: grpcMethod('containerd.services.snapshots.v1.Snapshots', 'Mounts', snap.MountsRequest, snap.MountsResponse),
  },
  'containerd',
);

/** A failed call: the gRPC code (the numbers of src/common/errdefs.ts) and containerd's message. */
export class CallError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

type Unary = (req: unknown, md: grpc.Metadata, opts: grpc.CallOptions, cb: (err: grpc.ServiceError | null, res: unknown) => void) => void;

/** The stdio a Go client sets up for one process: FIFOs it opens, plus the paths it sends. */
export interface ClientIo {
  request: { stdin: string; stdout: string; stderr: string; terminal: boolean };
  fifos: ClientFifos;
}

export class ContainerdClient {
  private readonly client: grpc.Client;
  private readonly md = new grpc.Metadata();
  private n = 0;

  constructor(private readonly cd: Containerd) {
    this.client = new Client(`unix://${cd.address}`, grpc.credentials.createInsecure());
    this.md.set('containerd-namespace', cd.namespace);
  }

  close(): void {
    this.client.close();
  }

  private call<T>(name: string, req: object): Promise<T> {
    const fn = (this.client as unknown as Record<string, Unary>)[name].bind(this.client);
    return new Promise((resolve, reject) =>
      fn(req, this.md, { deadline: Date.now() + 60_000 }, (err, res) =>
        err ? reject(new CallError(err.code, err.details || err.message)) : resolve(res as T),
      ),
    );
  }

  /**
   * FIFOs as the Go client's cio makes them: stdin and stdout always, stderr only without a
   * terminal; with one, the stderr path is still sent (and never created).
   */
  io(id: string, terminal: boolean): ClientIo {
    const dir = join(this.cd.dir, 'client-fifo', `${id}-${++this.n}`);
    mkdirSync(dir, { recursive: true });
    const [stdin, stdout, stderr] = ['stdin', 'stdout', 'stderr'].map((s) => join(dir, `${id}-${s}`));
    for (const p of terminal ? [stdin, stdout] : [stdin, stdout, stderr]) execFileSync('mkfifo', [p]);
    return { request: { stdin, stdout, stderr, terminal }, fifos: new ClientFifos(stdin, stdout, terminal ? '' : stderr) };
  }

  /** The container's rootfs mounts, from its snapshot (what the Go client's NewTask sends). */
  private async container(id: string): Promise<containerd.services.containers.v1.IContainer> {
    const r = await this.call<containerd.services.containers.v1.GetContainerResponse>('GetContainer', { id });
    if (!r.container) throw new Error(`container ${id}: containerd returned none`);
    return r.container;
  }

  async rootfs(id: string): Promise<containerd.types.IMount[]> {
    const container = await this.container(id);
    const r = await this.call<containerd.services.snapshots.v1.MountsResponse>('Mounts', {
      snapshotter: container.snapshotter,
      key: container.snapshotKey,
    });
    return r.mounts ?? [];
  }

  /** Changes a container's spec (containerd's client: container.Update(WithSpec)). */
  async updateSpec(id: string, change: (spec: OciSpec) => void): Promise<void> {
    const container = await this.container(id);
    const spec = JSON.parse(Buffer.from(container.spec!.value!).toString()) as OciSpec;
    change(spec);
    await this.call('UpdateContainer', {
      container: { id, spec: { type_url: container.spec!.type_url, value: Buffer.from(JSON.stringify(spec)) } },
      updateMask: { paths: ['spec'] },
    });
  }

  async create(id: string, io: ClientIo): Promise<number> {
    const r = await this.call<containerd.services.tasks.v1.CreateTaskResponse>('Create', {
      containerId: id,
      rootfs: await this.rootfs(id),
      ...io.request,
    });
    return r.pid;
  }

  async start(id: string, execId = ''): Promise<number> {
    return (await this.call<containerd.services.tasks.v1.StartResponse>('Start', { containerId: id, execId })).pid;
  }

  exec(id: string, execId: string, process: OciProcess, io: ClientIo): Promise<void> {
    const spec = { type_url: 'types.containerd.io/opencontainers/runtime-spec/1/Process', value: Buffer.from(JSON.stringify(process)) };
    return this.call('Exec', { containerId: id, execId, spec, ...io.request });
  }

  async state(id: string, execId = ''): Promise<containerd.v1.types.IProcess> {
    return (await this.call<containerd.services.tasks.v1.GetResponse>('Get', { containerId: id, execId })).process ?? {};
  }

  async wait(id: string, execId = ''): Promise<number> {
    return (await this.call<containerd.services.tasks.v1.WaitResponse>('Wait', { containerId: id, execId })).exitStatus;
  }

  resizePty(id: string, execId: string, width: number, height: number): Promise<void> {
    return this.call('ResizePty', { containerId: id, execId, width, height });
  }

  kill(id: string, signal: number, execId = ''): Promise<void> {
    return this.call('Kill', { containerId: id, execId, signal });
  }

  async deleteProcess(id: string, execId: string): Promise<containerd.services.tasks.v1.DeleteResponse> {
    return this.call('DeleteProcess', { containerId: id, execId });
  }

  async delete(id: string): Promise<containerd.services.tasks.v1.DeleteResponse> {
    return this.call('Delete', { containerId: id });
  }
}
