// containerd's garbage collector removes every snapshot nothing references. Through containerd
// the suite's snapshots are pinned the way containerd's own testsuite pins them: with a
// `containerd.io/gc.root` label (kept by containerd, never sent to the backend). The wrapper
// adds it on every create and label replacement and hides it again from what it returns, so
// the same assertions hold in-process and through containerd.
import type { Info, Labels, Snapshotter } from '../../src/snapshotter/types.js';

const GC_ROOT = 'containerd.io/gc.root';

export function withGcRoot(sn: Snapshotter): Snapshotter {
  const pin = (l: Labels = {}): Labels => ({ ...l, [GC_ROOT]: new Date().toISOString() });
  const hide = (i: Info): Info => {
    const labels = { ...i.labels };
    delete labels[GC_ROOT];
    return { ...i, labels };
  };
  return {
    prepare: (k, p, l) => sn.prepare(k, p, pin(l)),
    view: (k, p, l) => sn.view(k, p, pin(l)),
    commit: (n, k, l) => sn.commit(n, k, pin(l)),
    update: async (info, paths = []) => {
      const replaces = paths.length === 0 || paths.includes('labels');
      return hide(await sn.update({ ...info, labels: replaces ? pin(info.labels) : info.labels }, paths));
    },
    stat: async (k) => hide(await sn.stat(k)),
    list: async (f) => (await sn.list(f)).map(hide),
    mounts: (k) => sn.mounts(k),
    remove: (k) => sn.remove(k),
    usage: (k) => sn.usage(k),
    cleanup: () => sn.cleanup(),
    close: () => sn.close(),
  };
}
