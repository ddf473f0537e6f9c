// The ids `docker build` prints after each step (` ---> 1a2b3c4d5e6f`) name images, as with the
// classic builder, so `docker run <id> sh` debugs a build from any step. The steps' states live
// in the build cache (their layers and snapshots held by its lease); a step's image record is
// made the first time its id is asked for, labelled as a step, so `docker images` lists it only
// with `-a`, and `docker builder prune` removes the step records no container uses.
import type { Image } from '../containerd.js';
import { withLease } from '../image/pull.js';
import type { IdFallback } from '../image/store.js';
import { DANGLING } from '../image/views.js';
import { platformOf, stillThere, writeImage, type BuildState } from './commit.js';
import type { BuildDeps } from './types.js';

export const LABEL_STEP = 'io.containerd.tandem.docker.build.step';

export const isStepImage = (record: Image): boolean => record.labels?.[LABEL_STEP] === 'true';

/** The ImageStore's fallback: a record for the cached build step whose image id has this prefix. */
export function stepImages(d: Pick<BuildDeps, 'cd' | 'store' | 'snapshotterFor'>): IdFallback {
  return async (idPrefix) => {
    const states = new Map<string, BuildState>();
    for (const json of d.store.buildStates()) {
      const s = JSON.parse(json) as BuildState;
      if (s.id.startsWith(idPrefix)) states.set(s.id, s);
    }
    // None, or a prefix of several: the caller answers `No such image`, as for records.
    if (states.size !== 1) return undefined;
    const state = [...states.values()][0]!;
    if (!(await stillThere(d.cd, state))) return undefined;
    return withLease(d.cd, async (lease) => {
      const { manifest } = await writeImage(d.cd, d.snapshotterFor(platformOf(state.config)), state, lease, [], { [LABEL_STEP]: 'true' });
      return (await d.cd.call('images.Get', { name: `${DANGLING}${manifest.digest}` })).image ?? undefined;
    });
  };
}

/** Deletes the step records whose image no container uses (of these ids only, if given); returns how many. */
export async function dropStepImages(d: Pick<BuildDeps, 'cd' | 'images'>, inUse: Set<string>, only?: Set<string>): Promise<number> {
  let n = 0;
  for (const record of (await d.images.records()).filter(isStepImage)) {
    const id = await d.images.documents(record).then(
      (docs) => docs.id,
      () => '',
    );
    if (inUse.has(id) || (only && !only.has(id))) continue;
    await d.cd.call('images.Delete', { name: record.name });
    n++;
  }
  return n;
}
