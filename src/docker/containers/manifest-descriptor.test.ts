import { expect, test } from 'vitest';
import type { ContainerdClient } from '../containerd.js';
import type { ResolvedImage } from '../image/store.js';
import { manifestDescriptor } from './manifest-descriptor.js';

const M = 'application/vnd.oci.image.manifest.v1+json';
const index = {
  schemaVersion: 2,
  manifests: [
    { mediaType: M, digest: 'sha256:amd', size: 400, platform: { os: 'linux', architecture: 'amd64' } },
    { mediaType: M, digest: 'sha256:arm', size: 401, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
  ],
};
/** Only the index's blob can be read: a manifest target must not need it. */
const cd = { readBlob: async (d: string) => (d === 'sha256:idx' ? Buffer.from(JSON.stringify(index)) : Promise.reject(new Error(d))) };
const image = (target: object, manifestDigest: string) => ({ record: { target }, manifestDigest }) as unknown as ResolvedImage;

test("an index's entry for the chosen manifest, with its platform; a single manifest is the image's own target", async () => {
  const idx = { mediaType: 'application/vnd.oci.image.index.v1+json', digest: 'sha256:idx', size: 900 };
  expect(await manifestDescriptor(cd as unknown as ContainerdClient, image(idx, 'sha256:arm'))).toEqual(index.manifests[1]);
  const one = { mediaType: M, digest: 'sha256:one', size: '412', annotations: { 'org.opencontainers.image.ref.name': 'latest' } };
  expect(await manifestDescriptor(cd as unknown as ContainerdClient, image(one, 'sha256:one'))).toEqual({ ...one, size: 412 });
  expect(await manifestDescriptor(cd as unknown as ContainerdClient, image(idx, 'sha256:gone'))).toBeUndefined();
});
