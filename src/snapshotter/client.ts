// A Snapshotter that speaks containerd.services.snapshots.v1.Snapshots over gRPC: to our own
// proxy socket, or to containerd's socket (then `snapshotter` picks the backend by name and
// `namespace` is sent as containerd-namespace, so calls go through containerd's metadata).
import * as grpc from '@grpc/grpc-js';
import { Code, TandemError } from '../common/errdefs.js';
import { fromProtoInfo, fromProtoMounts, snapshotsService } from './grpc-service.js';
import type { Info, Labels, Mount, Snapshotter, Usage } from './types.js';

const Client = grpc.makeGenericClientConstructor(snapshotsService, 'Snapshots');

type Unary = (req: unknown, md: grpc.Metadata, cb: (err: grpc.ServiceError | null, res: unknown) => void) => void;

export class GrpcSnapshotter implements Snapshotter {
  private readonly client: grpc.Client;
  private readonly md = new grpc.Metadata();

  constructor(
    socketPath: string,
    private readonly snapshotter = '',
    namespace?: string,
  ) {
    this.client = new Client(`unix://${socketPath}`, grpc.credentials.createInsecure(), {
      'grpc.max_receive_message_length': 16 << 20,
    });
    if (namespace) this.md.set('containerd-namespace', namespace);
  }

  private call<T>(name: keyof typeof snapshotsService, req: object): Promise<T> {
    const fn = (this.client as unknown as Record<string, Unary>)[name]!.bind(this.client);
    return new Promise((resolve, reject) =>
      fn({ snapshotter: this.snapshotter, ...req }, this.md, (err, res) => (err ? reject(fromGrpc(err)) : resolve(res as T))),
    );
  }

  async prepare(key: string, parent: string, labels: Labels = {}): Promise<Mount[]> {
    return fromProtoMounts((await this.call<{ mounts: [] }>('Prepare', { key, parent, labels })).mounts);
  }
  async view(key: string, parent: string, labels: Labels = {}): Promise<Mount[]> {
    return fromProtoMounts((await this.call<{ mounts: [] }>('View', { key, parent, labels })).mounts);
  }
  async mounts(key: string): Promise<Mount[]> {
    return fromProtoMounts((await this.call<{ mounts: [] }>('Mounts', { key })).mounts);
  }
  async commit(name: string, key: string, labels: Labels = {}): Promise<void> {
    await this.call('Commit', { name, key, labels });
  }
  async remove(key: string): Promise<void> {
    await this.call('Remove', { key });
  }
  async stat(key: string): Promise<Info> {
    return fromProtoInfo((await this.call<{ info: object }>('Stat', { key })).info);
  }
  async update(info: Pick<Info, 'name' | 'labels'> & Partial<Info>, fieldpaths: string[] = []): Promise<Info> {
    const req = {
      info: { name: info.name, parent: info.parent ?? '', labels: info.labels },
      updateMask: fieldpaths.length ? { paths: fieldpaths } : null,
    };
    return fromProtoInfo((await this.call<{ info: object }>('Update', req)).info);
  }
  async usage(key: string): Promise<Usage> {
    const r = await this.call<{ size: number; inodes: number }>('Usage', { key });
    return { size: Number(r.size), inodes: Number(r.inodes) };
  }
  async cleanup(): Promise<void> {
    await this.call('Cleanup', {});
  }

  list(filters: string[] = []): Promise<Info[]> {
    const fn = (
      this.client as unknown as Record<string, (req: unknown, md: grpc.Metadata) => grpc.ClientReadableStream<{ info: [] }>>
    ).List!.bind(this.client);
    const stream = fn({ snapshotter: this.snapshotter, filters }, this.md);
    const out: Info[] = [];
    return new Promise((resolve, reject) => {
      stream.on('data', (r: { info: [] }) => out.push(...r.info.map(fromProtoInfo)));
      stream.on('error', (err: grpc.ServiceError) => reject(fromGrpc(err)));
      stream.on('end', () => resolve(out));
    });
  }

  async close(): Promise<void> {
    this.client.close();
  }
}

/** gRPC status → our error kinds (the same numbers), keeping the server's message. */
export function fromGrpc(err: grpc.ServiceError): TandemError {
  return new TandemError(err.code as number as Code, err.details || err.message, { cause: err });
}
