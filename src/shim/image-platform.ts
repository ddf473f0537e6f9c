// Finds the platform (os/architecture) of a container's image by asking containerd over its
// gRPC API, with the address and namespace the shim was started with:
// container → image → target descriptor → (index →) manifest → config.
import * as grpc from '@grpc/grpc-js';
import { containerd } from '../generated/protos.js';
import { notFound, unavailable } from '../common/errdefs.js';
import { grpcMethod } from '../common/grpc-method.js';

export interface Platform {
  os: string;
  architecture: string;
}

const s = containerd.services;

/** Per call: containerd answers in milliseconds, but a loaded host must not turn into a wrong dispatch. */
const CALL_BOUND_MS = 30_000;

const Client = grpc.makeGenericClientConstructor(
  {
    GetContainer: grpcMethod(
      'containerd.services.containers.v1.Containers',
      'Get',
      s.containers.v1.GetContainerRequest as never,
      s.containers.v1.GetContainerResponse as never,
    ),
    GetImage: grpcMethod(
      'containerd.services.images.v1.Images',
      'Get',
      s.images.v1.GetImageRequest as never,
      s.images.v1.GetImageResponse as never,
    ),
    ReadContent: grpcMethod(
      'containerd.services.content.v1.Content',
      'Read',
      s.content.v1.ReadContentRequest as never,
      s.content.v1.ReadContentResponse as never,
      true,
    ),
  },
  'containerd',
);

type Unary = (req: object, md: grpc.Metadata, opts: grpc.CallOptions, cb: (err: grpc.ServiceError | null, res: never) => void) => void;

export class ContainerdImages {
  private readonly client: grpc.Client;
  private readonly md = new grpc.Metadata();

  constructor(address: string, namespace: string) {
    this.client = new Client(`unix://${address.replace(/^unix:\/\//, '')}`, grpc.credentials.createInsecure());
    this.md.set('containerd-namespace', namespace);
  }

  private unary<T>(name: string, req: object): Promise<T> {
    const fn = (this.client as unknown as Record<string, Unary>)[name].bind(this.client);
    return new Promise((resolve, reject) =>
      fn(req, this.md, { deadline: Date.now() + CALL_BOUND_MS }, (err, res) => {
        if (!err) return resolve(res as T);
        reject(err.code === grpc.status.NOT_FOUND ? notFound(err.details) : unavailable(`containerd: ${err.details || err.message}`, err));
      }),
    );
  }

  private read(digest: string): Promise<Buffer> {
    const call = (
      this.client as unknown as Record<
        string,
        (r: object, md: grpc.Metadata, o: grpc.CallOptions) => grpc.ClientReadableStream<containerd.services.content.v1.ReadContentResponse>
      >
    ).ReadContent.bind(this.client)({ digest }, this.md, { deadline: Date.now() + CALL_BOUND_MS });
    const chunks: Buffer[] = [];
    return new Promise((resolve, reject) => {
      call.on('data', (r) => chunks.push(Buffer.from(r.data)));
      call.on('end', () => resolve(Buffer.concat(chunks)));
      call.on('error', (err) => reject(unavailable(`containerd content ${digest}: ${err.message}`, err)));
    });
  }

  /** The platform of the container's image; undefined when the container has no image (--rootfs). */
  async platformOf(containerId: string, hostOs: string): Promise<Platform | undefined> {
    const c = await this.unary<containerd.services.containers.v1.GetContainerResponse>('GetContainer', { id: containerId });
    const image = c.container?.image;
    if (!image) return undefined;
    const img = await this.unary<containerd.services.images.v1.GetImageResponse>('GetImage', { name: image });
    let digest = img.image?.target?.digest;
    if (!digest) return undefined;
    for (let depth = 0; depth < 4; depth++) {
      const doc = JSON.parse((await this.read(digest)).toString('utf8')) as {
        manifests?: { digest: string; platform?: Platform }[];
        config?: { digest: string };
      };
      if (doc.manifests) {
        // An index: containerd unpacked the host platform's manifest when there is one.
        const m = doc.manifests.find((x) => x.platform?.os === hostOs) ?? doc.manifests[0];
        if (!m) return undefined;
        digest = m.digest;
        continue;
      }
      if (!doc.config) return undefined;
      const cfg = JSON.parse((await this.read(doc.config.digest)).toString('utf8')) as Platform;
      return { os: cfg.os, architecture: cfg.architecture };
    }
    return undefined;
  }

  /** A container extension's value as text (CRI's JSON metadata), or undefined without one. */
  async extension(containerId: string, name: string): Promise<string | undefined> {
    const c = await this.unary<containerd.services.containers.v1.GetContainerResponse>('GetContainer', { id: containerId });
    const any = c.container?.extensions?.[name];
    return any?.value?.length ? Buffer.from(any.value).toString('utf8') : undefined;
  }

  close(): void {
    this.client.close();
  }
}
