// `docker push` (POST /images/{name}/push?tag=…): the image's blobs from containerd's content
// store to the registry (each skipped when the registry has it), then its manifest (and index)
// under the tag; progress as Docker's JSON messages.
import type { ContainerdClient } from '../containerd.js';
import { familiarName, type Reference } from '../reference.js';
import type { Progress } from './pull.js';
import { isIndex, Repository, type RegistryOptions } from './registry.js';
import type { ImageStore } from './store.js';
import type { OciIndex, OciManifest, Platform } from './oci.js';
import { familiarImageName, platformImage } from './platform-param.js';

const short = (digest: string) => digest.replace(/^sha256:/, '').slice(0, 12);

export async function pushImage(
  cd: ContainerdClient,
  images: ImageStore,
  ref: Reference,
  opts: RegistryOptions & { progress: Progress; platform?: Platform },
): Promise<{ digest: string; size: number }> {
  const name = familiarName(ref);
  const img = await images.resolve(name);
  const repo = new Repository(ref, opts);
  opts.progress({ status: `The push refers to repository [${familiarName({ ...ref, tag: undefined, digest: undefined })}]` });

  const pushBlob = async (digest: string, size: number, show: boolean) => {
    const id = short(digest);
    if (await repo.blobExists(digest)) {
      if (show) opts.progress({ status: 'Layer already exists', progressDetail: {}, id });
      return;
    }
    // A blob pulled from another repository of this registry is mounted from there, not sent again.
    const from = await mountSource(cd, digest, ref);
    if (from && (await repo.mountBlob(digest, from))) {
      if (show) opts.progress({ status: `Mounted from ${familiarName({ domain: ref.domain, path: from })}`, progressDetail: {}, id });
      return;
    }
    if (show) opts.progress({ status: 'Preparing', progressDetail: {}, id });
    if (show) opts.progress({ status: 'Pushing', progressDetail: { current: 0, total: size }, id });
    await repo.pushBlob(digest, size, () => cd.readStream(digest));
    if (show) opts.progress({ status: 'Pushed', progressDetail: {}, id });
  };

  const pushManifest = async (m: OciManifest, digest: string, mediaType: string, reference: string) => {
    for (const l of m.layers) await pushBlob(l.digest, l.size, true);
    await pushBlob(m.config.digest, m.config.size, false);
    await repo.pushManifest(reference, mediaType, await cd.readBlob(digest));
  };

  const tag = ref.tag ?? 'latest';
  if (opts.platform) {
    // `docker push --platform` (API 1.46): that platform's manifest alone, as a single-platform image under the tag.
    const { image, descriptor } = await platformImage(images, img, opts.platform, familiarImageName(img));
    await pushManifest(image.manifest, descriptor.digest, descriptor.mediaType, tag);
    opts.progress({ status: `${tag}: digest: ${descriptor.digest} size: ${descriptor.size}` });
    return { digest: descriptor.digest, size: descriptor.size };
  }
  const target = img.record.target!;
  if (isIndex(target.mediaType ?? '')) {
    // Push the manifests this store has, then the index.
    const index = await images.blob<OciIndex>(target.digest!, 'index');
    for (const m of index.manifests) {
      const present = await cd.call('content.Info', { digest: m.digest }).then(
        () => true,
        () => false,
      );
      if (!present)
        throw new Error(
          `cannot push ${name}: the manifest for ${m.platform?.os ?? '?'}/${m.platform?.architecture ?? '?'} (${m.digest}) is not in the local store`,
        );
      await pushManifest(await images.blob<OciManifest>(m.digest, 'manifest'), m.digest, m.mediaType, m.digest);
    }
    await repo.pushManifest(tag, target.mediaType!, await cd.readBlob(target.digest!));
  } else {
    await pushManifest(img.manifest, target.digest!, target.mediaType!, tag);
  }
  const size = Number(target.size ?? 0);
  opts.progress({ status: `${tag}: digest: ${target.digest} size: ${size}` });
  return { digest: target.digest!, size };
}

/**
 * The repository of the registry `ref` names that a blob was pulled from, other than `ref`'s own
 * (the pull's `containerd.io/distribution.source.<registry>` label, as containerd writes it).
 */
async function mountSource(cd: ContainerdClient, digest: string, ref: Reference): Promise<string | undefined> {
  const info = await cd.call('content.Info', { digest }).catch(() => undefined);
  const repos = info?.info?.labels?.[`containerd.io/distribution.source.${ref.domain}`];
  return repos
    ?.split(',')
    .map((r: string) => r.trim())
    .find((r: string) => r && r !== ref.path);
}
