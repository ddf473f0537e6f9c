// `docker rmi` (DELETE /images/{name}): untag a name, or delete an image with every name it has,
// refused in dockerd's words while containers use it; with `platforms` (API 1.50, `rmi
// --platform`) only those platforms' content goes (platform-ops.ts).
import { failedPrecondition, invalidArgument } from '../../common/errdefs.js';
import type { ContainerdClient } from '../containerd.js';
import { familiarOf, normalizeName } from '../reference.js';
import type { Platform } from './oci.js';
import { PLATFORM_DELETE_NEEDS_FORCE, deletePlatforms } from './platform-ops.js';
import type { ImageStore, ResolvedImage } from './store.js';
import { DANGLING } from './views.js';

export interface RemoveDeps {
  cd: ContainerdClient;
  images: ImageStore;
  containers: { list(): { Id: string; Image: string }[]; isRunning(c: { Id: string; Image: string }): boolean };
  emit(action: string, id: string, attributes: Record<string, string>): void;
}

const short = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);

export async function removeImage(d: RemoveDeps, ref: string, force: boolean, platforms: Platform[] = []): Promise<object[]> {
  if (platforms.length && !force) throw invalidArgument(PLATFORM_DELETE_NEEDS_FORCE);
  const img = await d.images.resolve(ref);
  if (platforms.length) return deletePlatforms(d.cd, d.images, img, platforms);
  const names = (await d.images.all()).filter((r) => r.id === img.id);
  const users = d.containers.list().filter((c) => c.Image === img.id);
  const running = users.find((c) => d.containers.isRunning(c));
  let byName: ResolvedImage | undefined;
  try {
    const n = normalizeName(ref);
    byName = names.find((r) => r.record.name === n);
  } catch {}
  const result: object[] = [];
  const untag = async (r: ResolvedImage) => {
    await d.cd.call('images.Delete', { name: r.record.name });
    if (r.record.name!.startsWith(DANGLING)) return; // an untagged build's record is no tag
    result.push({ Untagged: familiarOf(r.record.name!) });
    d.emit('untag', img.id, { name: familiarOf(r.record.name!) });
  };
  if (byName && names.length > 1) {
    await untag(byName);
    return result;
  }
  if (byName && users.length && !force) {
    throw failedPrecondition(
      `conflict: unable to remove repository reference "${ref}" (must force) - container ${short(users[0]!.Id)} is using its referenced image ${short(img.id)}`,
    );
  }
  if (!byName) {
    if (names.length > 1 && !force) {
      throw failedPrecondition(
        `conflict: unable to delete ${short(img.id)} (must be forced) - image is referenced in multiple repositories`,
      );
    }
    if (running) {
      throw failedPrecondition(
        `conflict: unable to delete ${short(img.id)} (cannot be forced) - image is being used by running container ${short(running.Id)}`,
      );
    }
    if (users.length && !force) {
      throw failedPrecondition(
        `conflict: unable to delete ${short(img.id)} (must be forced) - image is being used by stopped container ${short(users[0]!.Id)}`,
      );
    }
  }
  for (const r of byName ? [byName] : names) await untag(r);
  result.push({ Deleted: img.id });
  d.emit('delete', img.id, { name: familiarOf(img.record.name!) });
  return result;
}
