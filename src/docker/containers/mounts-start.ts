// What a container's mounts need at each start, as dockerd's setupMounts does it then: an image
// mount's overlay mounted again if a reboot took it, and each subpath resolved again (it may have
// been made, or replaced by a symlink, since the create), the spec pointed at what it resolved to.
import { editSpec, type Containers } from './manager.js';
import { remountImages } from './mounts-image.js';
import { resolveSubpaths } from './mounts-subpath.js';
import type { ContainerRecord } from './types.js';

export async function mountsAtStart(m: Containers, c: ContainerRecord): Promise<void> {
  await remountImages(m.d.cd, c, m.dir(c.Id));
  const sources = resolveSubpaths(c); // dockerd's start error when one is missing or escapes
  if (!sources.size) return;
  await editSpec(m.d.cd, c.Id, (spec) => {
    for (const mt of spec.mounts ?? []) mt.source = sources.get(mt.destination) ?? mt.source;
  });
}
