// macOS hosts: no bind mounts without privileges we do not want, and Virtualization.framework
// shares are fixed when the VM starts. So the host's / is shared (virtiofs, tag `host`) and a
// host path P is <guest share>/P in the guest. The rootfs must be a directory (tandem's own
// snapshotter hands out a single bind mount of one); volumes need no work at all.
// Written against vfkit's documented virtio-fs device; not run here (see docs/linuxvm.md).
import { join } from 'node:path';
import type { Logger } from 'pino';
import { unimplemented, invalidArgument } from '../common/errdefs.js';
import { isBind, type Mount, type OciSpec } from '../common/oci.js';
import {
  guestShareDir,
  specRoot,
  type BundleRecord,
  type PreparedPaths,
  type ShareKind,
  type ShareLayout,
  type SharePlatform,
} from './share.js';

const TAG = 'host';

export class DarwinShare implements SharePlatform {
  readonly layout: ShareLayout = { tag: TAG, hostDir: '/', guestDir: guestShareDir(TAG) };

  vmShares(_kind: ShareKind) {
    return [{ tag: TAG, hostPath: '/', kind: 'virtiofs' as const }];
  }

  async setup(): Promise<void> {}

  async teardown(): Promise<void> {}

  private guest(p: string): string {
    return join(this.layout.guestDir, p);
  }

  async prepare(p: { bundle: string; spec: OciSpec; rootfs: Mount[]; record: BundleRecord; log: Logger }): Promise<PreparedPaths> {
    let hostRoot: string;
    if (p.rootfs.length === 0) hostRoot = specRoot(p.bundle, p.spec);
    else if (p.rootfs.length === 1 && isBind(p.rootfs[0])) hostRoot = p.rootfs[0].source;
    else
      throw unimplemented(
        `rootfs mounts of type ${p.rootfs.map((m) => m.type).join('+')}: on macOS the VM path needs a directory snapshot (tandem snapshotter)`,
      );
    const spec: OciSpec = structuredClone(p.spec);
    spec.mounts = (spec.mounts ?? []).map((m) => {
      if (!isBind(m)) return m;
      if (!m.source?.startsWith('/')) throw invalidArgument(`bind mount on ${m.destination}: source must be an absolute host path`);
      return { ...m, source: this.guest(m.source) };
    });
    return { rootfs: this.guest(hostRoot), spec };
  }

  async release(_record: BundleRecord, _log: Logger): Promise<void> {}
}
