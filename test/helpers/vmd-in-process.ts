// A VM daemon inside the calling process, for tests: the same VmDaemon and VmManager the vmd
// process runs, on a socket of the test's choosing, with an injected backend (e.g. the agent
// running on this host), and a VmdClient attached to it the way a shim daemon's is.
import type { Logger } from 'pino';
import type { SharePlatform } from '../../src/linuxvm/share.js';
import type { VmSettings } from '../../src/linuxvm/settings.js';
import { VmdClient } from '../../src/linuxvm/vmd/client.js';
import { VmDaemon } from '../../src/linuxvm/vmd/daemon.js';
import { VmManager, type BackendLoader } from '../../src/linuxvm/vmd/vm-manager.js';

export interface InProcessVmd {
  daemon: VmDaemon;
  /** A shim daemon's view (hand it to VmExecutor as `host`). */
  client: VmdClient;
  close(): Promise<void>;
}

export async function inProcessVmd(o: {
  settings: VmSettings;
  share: SharePlatform;
  loadBackend: BackendLoader;
  log: Logger;
  socket: string;
  vmDir: string;
  client?: string;
}): Promise<InProcessVmd> {
  await o.share.setup(o.settings.shareKind);
  const manager = new VmManager({
    settings: o.settings,
    platform: process.platform,
    share: o.share,
    vmDir: o.vmDir,
    log: o.log,
    loadBackend: o.loadBackend,
  });
  const daemon = new VmDaemon({ manager, share: o.share, settings: o.settings, log: o.log });
  await daemon.listen(o.socket);
  const client = newClient(o.socket, o.settings, o.log, o.client ?? 'test client');
  return {
    daemon,
    client,
    close: async () => {
      await client.shutdown();
      await daemon.close();
    },
  };
}

/** Another shim daemon's view of the same vmd. */
export function newClient(socket: string, settings: VmSettings, log: Logger, name: string): VmdClient {
  return new VmdClient({
    socket,
    client: name,
    log,
    attachTimeoutMs: settings.bootTimeoutMs + 5_000,
    pingIntervalMs: settings.pingIntervalMs,
    pingTimeoutMs: settings.pingTimeoutMs,
    pingIdleIntervalMs: settings.pingIdleIntervalMs,
  });
}
