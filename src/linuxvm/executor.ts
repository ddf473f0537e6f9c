// The `vm` executor: runs a container with runc inside the shared guest VM. The shim daemon
// creates one VmExecutor and calls create() for each VM container; cleanup() runs in a fresh
// `shim delete` process after the daemon is gone.
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { invalidArgument, unimplemented } from '../common/errdefs.js';
import type { ContainerCreateRequest, Executor, ExecutorContainer } from '../shim/executor.js';
import { openStreamStdio, type StreamStdio } from '../shim/stdio.js';
import { parsePublish, TcpRelay, type PortMapping } from './publish.js';
import { PACKAGE_ROOT, vmSettings, type VmSettings } from './settings.js';
import { readRecord, sharePlatform, writeRecord, BUNDLE_RECORD, type BundleRecord, type SharePlatform } from './share.js';
import { loadBackend } from './backends.js';
import { VmContainer } from './vm-container.js';
import { VmManager, type BackendLoader, type VmLease } from './vm-manager.js';
import { VmProcess } from './vm-process.js';
import { killOrphanedVm } from './vm-record.js';
import { existsSync, promises as fsp } from 'node:fs';

export interface VmExecutorOptions {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  log?: Logger;
  loadBackend?: BackendLoader;
  /** Settings override (tests); default from env. */
  settings?: VmSettings;
  /** Share override (tests that run the agent on this host, where host paths are guest paths). */
  share?: SharePlatform;
}

/**
 * The guest-wide container id: containerd ids and namespaces never contain "--" (separators
 * are single), so namespace--id cannot collide across namespaces.
 */
export function guestId(namespace: string, id: string): string {
  const g = `${namespace}--${id}`;
  if (!/^[A-Za-z0-9][A-Za-z0-9_.+-]*$/.test(g) || g.length > 200) throw invalidArgument(`container ${namespace}/${id}: not a valid containerd identifier`);
  return g;
}

export class VmExecutor implements Executor {
  readonly name = 'vm';
  private readonly settings: VmSettings;
  private readonly platform: NodeJS.Platform;
  private readonly log: Logger;
  private state?: Promise<{ manager: VmManager; share: SharePlatform; vmDir: string }>;

  constructor(private readonly o: VmExecutorOptions = {}) {
    this.platform = o.platform ?? process.platform;
    this.settings = o.settings ?? vmSettings(o.env ?? process.env, this.platform);
    this.log = o.log ?? pino({ level: process.env.TANDEM_LOG_LEVEL || 'info', base: { component: 'linuxvm' } }, pino.destination(2));
  }

  private ready() {
    this.state ??= (async () => {
      const vmDir = join(this.settings.stateDir, 'vm', String(process.pid));
      await fsp.mkdir(vmDir, { recursive: true });
      const share = this.o.share ?? (await sharePlatform(this.platform, vmDir));
      await share.setup(this.settings.shareKind);
      const manager = new VmManager({ settings: this.settings, platform: this.platform, share, vmDir, log: this.log, loadBackend: this.o.loadBackend ?? loadBackend, ensureImage: this.ensureImage() });
      // A daemon that exits without shutdown() must not leave its VM behind (only synchronous
      // work is possible here; a daemon killed outright is covered by the agent's orphan timeout
      // and by cleanup()).
      process.once('exit', () => {
        manager.killNow();
        share.teardownSync?.();
      });
      return { manager, share, vmDir };
    })();
    return this.state;
  }

  /**
   * In a development checkout with the default image location, the guest image is (re)built
   * when the agent code or the guest description changed, so the guest always carries the
   * agent that matches this host code (src/linuxvm/image/ensure.ts).
   */
  private ensureImage(): (() => Promise<void>) | undefined {
    if (this.o.loadBackend || this.settings.imageDir !== join(PACKAGE_ROOT, 'images', 'out', `guest-${this.settings.arch}`)) return undefined;
    if (!existsSync(join(PACKAGE_ROOT, 'images', 'guest'))) return undefined;
    return async () => {
      const { ensureGuestImage, defaultBuildOptions } = await import('./image/ensure.js');
      await ensureGuestImage(defaultBuildOptions(this.settings.arch, (m) => this.log.info(m)));
    };
  }

  /** The VM manager (for the daemon's shutdown and for tests). */
  async manager(): Promise<VmManager> {
    return (await this.ready()).manager;
  }

  async create(req: ContainerCreateRequest): Promise<ExecutorContainer> {
    const publish = parsePublish(req.spec.annotations);
    const gid = guestId(req.namespace, req.id);
    if (!req.spec.process?.args?.length) throw invalidArgument(`container ${req.id}: spec has no process.args`);
    const { manager, share, vmDir } = await this.ready();
    const record: BundleRecord = { guestId: gid, vmDir, mounts: [], dirs: [] };
    const save = () => writeRecord(req.bundle, record);
    const log = req.log;
    let lease: VmLease | undefined;
    let stdio: StreamStdio | undefined;
    let created = false;
    const relays: TcpRelay[] = [];
    try {
      await save();
      const prepared = await share.prepare({ bundle: req.bundle, spec: req.spec, rootfs: req.rootfs, record, save, log });
      lease = await manager.acquire();
      const { agent } = lease.vm;
      stdio = await openStreamStdio(req.stdio, { id: req.id, namespace: req.namespace });
      const terminal = req.stdio.terminal;
      const t0 = Date.now();
      const pid = await agent.createContainer({
        containerId: gid,
        specJson: Buffer.from(JSON.stringify(prepared.spec)),
        rootfs: prepared.rootfs,
        stdin: !!stdio.stdin,
        stdout: !!stdio.stdout,
        stderr: !!stdio.stderr && !terminal,
        terminal,
      });
      created = true;
      log.info({ guestId: gid, pid, ms: Date.now() - t0, vm: lease.vm.generation }, 'vm container created');
      const init = new VmProcess(lease.vm, gid, '', pid, stdio, agent.stdio(gid), log);
      const vm = lease.vm;
      for (const m of publish) relays.push(...(await this.publish(m, lease)));
      if (publish.length) log.info({ publish }, 'ports published');
      return new VmContainer({ id: req.id, namespace: req.namespace, bundle: req.bundle, guestId: gid, lease: { vm, release: lease.release }, init, record, share, relays, log });
    } catch (err) {
      for (const r of relays) await r.close();
      if (created && lease && !lease.vm.isDead) await lease.vm.agent.delete(gid).catch(() => {});
      if (!created) await stdio?.close().catch(() => {});
      await share.release(record, log);
      await fsp.rm(join(req.bundle, BUNDLE_RECORD), { force: true });
      lease?.release();
      throw err;
    }
  }

  private async publish(m: PortMapping, lease: VmLease): Promise<TcpRelay[]> {
    if (m.proto === 'tcp') {
      const vm = lease.vm;
      return [await TcpRelay.listen(m, () => (vm.isDead ? undefined : vm.agent))];
    }
    const add = lease.vm.instance.addPortForward?.bind(lease.vm.instance);
    if (!add) throw unimplemented(`publish ${m.hostPort}/udp: the ${lease.vm.backend} backend cannot forward UDP`);
    await add({ proto: 'udp', hostAddr: m.hostAddr, hostPort: m.hostPort, guestPort: m.containerPort });
    return [];
  }

  /**
   * After the daemon is gone: undo this container's host mounts, and kill the VM if the daemon
   * that owned it is dead (its containers cannot be reached any more). Idempotent.
   */
  async cleanup(bundle: string, log: Logger): Promise<void> {
    const record = await readRecord(bundle);
    if (!record) return;
    const share = this.o.share ?? (await sharePlatform(this.platform, record.vmDir));
    await share.release(record, log);
    const vm = await killOrphanedVm(record.vmDir, log);
    if (vm === 'killed') await share.teardown(); // the daemon is gone: its share goes with its last mount
    log.info({ guestId: record.guestId, vm }, 'vm container cleaned up');
    await fsp.rm(join(bundle, BUNDLE_RECORD), { force: true });
  }

  /** Stops the VM (daemon shutdown). */
  async shutdown(): Promise<void> {
    if (!this.state) return;
    const { manager, share } = await this.state;
    await manager.shutdown();
    await share.teardown();
  }
}
