// The `vm` executor: runs a container with runc inside the shared guest VM. The shim daemon
// creates one VmExecutor and calls create() for each VM container; cleanup() runs in a fresh
// `shim delete` process after the daemon is gone. The VM itself belongs to the VM daemon of
// the state directory (vmd/), shared by every shim daemon; we hold leases on it (vmd/client.ts).
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { Code, failedPrecondition, invalidArgument, isCode, unavailable, unimplemented } from '../common/errdefs.js';
import { formatPlatform, parsePlatform, runsAs, type Platform } from '../common/platform.js';
import type { OciSpec } from '../common/oci.js';
import { joinsGuestProcess } from './guest/spec.js';
import { readManifest } from './image/manifest.js';
import { describedPlatforms } from './image/binfmt.js';
import type { ContainerCreateRequest, Executor, ExecutorContainer } from '../executor/executor.js';
import { openStreamStdio, type StreamStdio } from '../executor/stdio.js';
import { parsePublish, TcpRelay, type PortMapping } from './publish.js';
import { PACKAGE_ROOT, vmSettings, type VmSettings } from './settings.js';
import { readRecord, sharePlatform, writeRecord, BUNDLE_RECORD, type BundleRecord, type SharePlatform } from './share.js';
import { SocketForwarder } from './socket-forward.js';
import { FileEvents } from './file-events.js';
import { VmContainer } from './vm-container.js';
import { hasInputPorts, hasOutputPorts, type GuestVm, type VmHost, type VmLease } from './vm-lease.js';
import { VmProcess } from './vm-process.js';
import { VmdClient } from './vmd/client.js';
import { spawnVmd, vmdPaths } from './vmd/paths.js';
import { promises as fsp } from 'node:fs';

export interface VmExecutorOptions {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  log?: Logger;
  /** The VM's owner (tests run a vmd in-process); default: the state directory's vmd. */
  host?: VmHost;
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
  if (!/^[A-Za-z0-9][A-Za-z0-9_.+-]*$/.test(g) || g.length > 200)
    throw invalidArgument(`container ${namespace}/${id}: not a valid containerd identifier`);
  return g;
}

/** The guest would join a namespace of another of its processes for this spec (guest/spec.ts). */
export function joinsGuestProcesses(spec: OciSpec): boolean {
  const namespaces = spec.linux?.namespaces;
  return Array.isArray(namespaces) && namespaces.some((ns) => !!ns && joinsGuestProcess(ns as { type?: unknown; path?: unknown }));
}

export class VmExecutor implements Executor {
  readonly name = 'vm';
  private readonly settings: VmSettings;
  private readonly platform: NodeJS.Platform;
  private readonly log: Logger;
  private state?: Promise<{ host: VmHost; share: SharePlatform; vmDir: string }>;

  constructor(private readonly o: VmExecutorOptions = {}) {
    this.platform = o.platform ?? process.platform;
    this.settings = o.settings ?? vmSettings(o.env ?? process.env, this.platform);
    this.log = o.log ?? pino({ level: process.env.TANDEM_LOG_LEVEL || 'info', base: { component: 'linuxvm' } }, pino.destination(2));
  }

  /**
   * While the VM may still be up (the vmd keeps an idle one for its idle timeout), a new shim
   * daemon would cost the next VM container ~0.5 s more under TCG (node, these modules, the
   * attach: measured after 15 s without containers, docs/shim.md), so the daemon stays as long.
   * It holds no lease meanwhile: VmdClient lets go of the VM with its last container.
   */
  lingerMs(): number {
    return this.state ? this.settings.idleTimeoutMs : 0;
  }

  private ready() {
    this.state ??= (async () => {
      const s = this.settings;
      const paths = vmdPaths(s.stateDir);
      const share = this.o.share ?? (await sharePlatform(this.platform, paths.dir));
      const host =
        this.o.host ??
        new VmdClient({
          socket: paths.socket,
          spawn: () => spawnVmd(s.stateDir, this.o.env ?? process.env),
          stderrFile: paths.stderr,
          logFile: paths.log,
          client: `shim pid ${process.pid}`,
          log: this.log,
          attachTimeoutMs: s.bootTimeoutMs + 30_000,
          pingIntervalMs: s.pingIntervalMs,
          pingTimeoutMs: s.pingTimeoutMs,
          pingIdleIntervalMs: s.pingIdleIntervalMs,
        });
      return { host, share, vmDir: paths.dir };
    })();
    return this.state;
  }

  private described?: string[];

  /**
   * What the guest runs, natively or through its emulators: an explicit image's manifest says
   * (an image without that list, built before it existed, is not second-guessed: the guest says
   * so at exec); the cache's image is built from images/guest/, whose binfmt recipe says.
   */
  private guestPlatforms(): string[] | undefined {
    try {
      if (this.settings.imageDir) return readManifest(this.settings.imageDir).platforms;
      return (this.described ??= describedPlatforms(join(PACKAGE_ROOT, 'images', 'guest'), this.settings.arch));
    } catch {
      return undefined;
    }
  }

  /** Refuses a platform the guest cannot run, before anything starts. */
  private checkPlatform(p: Platform): void {
    const runs = this.guestPlatforms();
    if (!runs || runsAs(p, runs.map(parsePlatform))) return;
    throw failedPrecondition(
      `${formatPlatform(p)}: the guest VM has no emulator for it (it runs ${runs.join(', ')}); add one to images/guest/debian.yml`,
    );
  }

  async create(req: ContainerCreateRequest): Promise<ExecutorContainer> {
    const received = Date.now();
    if (req.platform) this.checkPlatform(req.platform);
    const publish = parsePublish(req.spec.annotations);
    const gid = guestId(req.namespace, req.id);
    if (!req.spec.process?.args?.length) throw invalidArgument(`container ${req.id}: spec has no process.args`);
    const { host, share, vmDir } = await this.ready();
    const record: BundleRecord = { guestId: gid, vmDir, mounts: [], dirs: [] };
    const save = () => writeRecord(req.bundle, record);
    const log = req.log;
    let lease: VmLease | undefined;
    let stdio: StreamStdio | undefined;
    let created = false;
    const relays: TcpRelay[] = [];
    let forwarder: SocketForwarder | undefined;
    let fileEvents: FileEvents | undefined;
    try {
      // The VM first: its daemon sets up the share directory our mounts go under.
      lease = await host.acquire();
      lease.vm.mark?.('shim: container create received', received);
      await save();
      const tShare = Date.now();
      const prepared = await share.prepare({ bundle: req.bundle, spec: req.spec, rootfs: req.rootfs, record, save, log });
      const ts = Date.now();
      const io = (stdio = await openStreamStdio(req.stdio, { id: req.id, namespace: req.namespace, log, signal: req.signal }));
      const terminal = req.stdio.terminal;
      const t0 = Date.now();
      const createIn = (vm: GuestVm) =>
        vm.agent.createContainer({
          containerId: gid,
          specJson: Buffer.from(JSON.stringify(prepared.spec)),
          rootfs: prepared.rootfs,
          stdin: !!io.stdin,
          stdout: !!io.stdout,
          stderr: !!io.stderr && !terminal,
          terminal,
          outputPorts: hasOutputPorts(vm),
          inputPorts: hasInputPorts(vm),
          sockets: prepared.sockets.map((f) => f.guest),
        });
      let res: Awaited<ReturnType<typeof createIn>>;
      try {
        res = await createIn(lease.vm);
      } catch (err) {
        if (!lease.vm.isDead || !isCode(err, Code.Unavailable) || req.signal?.aborted) throw err;
        // A VM that died under the create (its VMM crashed, or a hung guest that its watchdog
        // ended: restored guests once locked up at their first container, docs/guest.md) holds
        // nothing of this container: the share and the FIFOs are the host's, so the create is
        // made once more on a new VM, keeping them. Not for a container that joins another's
        // namespaces (a pod's, `--pid container:`): that one died with the VM, and its guest pid
        // in the spec may name an unrelated process of the new VM.
        if (joinsGuestProcesses(prepared.spec)) throw err;
        const why = await lease.vm.dead;
        log.warn({ guestId: gid, vm: lease.vm.generation, why }, 'vm went away during create: creating again on a new VM');
        lease.release();
        lease = undefined;
        lease = await host.acquire().catch((e: Error) => {
          throw unavailable(`create ${req.id}: the VM went away meanwhile (${why}) and no new VM started: ${e.message}`);
        });
        lease.vm.mark?.('shim: container create received', received);
        res = await createIn(lease.vm);
      }
      const { pid, stdoutPort, stdinPort } = res;
      const { agent } = lease.vm;
      created = true;
      lease.vm.mark?.('shim: container created');
      log.info(
        {
          guestId: gid,
          pid,
          ms: Date.now() - t0,
          // The VM's lease and the bundle's record: what comes before the share's mounts.
          beforeShareMs: tShare - received,
          shareMs: ts - tShare,
          stdioMs: t0 - ts,
          vm: lease.vm.generation,
          ...(stdoutPort && { stdoutPort }),
          ...(stdinPort && { stdinPort }),
        },
        'vm container created',
      );
      const init = new VmProcess(lease.vm, gid, '', pid, io, agent.stdio(gid), log, { stdoutPort, stdinPort });
      const vm = lease.vm;
      if (prepared.sockets.length) {
        const hostPaths = prepared.sockets.map((f) => f.hostPath);
        forwarder = new SocketForwarder(vm, gid, hostPaths, (msg) => log.warn(msg));
        log.info({ sockets: hostPaths }, 'host sockets forwarded');
      }
      if (prepared.binds.length && this.settings.fileEvents) {
        const events = new FileEvents(
          (paths) => vm.agent.touch(gid, paths),
          prepared.binds,
          (msg) => log.warn(msg),
        );
        // Nothing is left to show the events to once the container's init is gone.
        void init.exited.then(
          () => events.close(),
          () => events.close(),
        );
        fileEvents = events;
        log.info({ binds: prepared.binds.length }, 'host file events under the binds forwarded');
      }
      for (const m of publish) relays.push(...(await this.publish(m, lease, log)));
      if (publish.length) log.info({ publish }, 'ports published');
      return new VmContainer({
        id: req.id,
        namespace: req.namespace,
        bundle: req.bundle,
        guestId: gid,
        lease: { vm, release: lease.release },
        init,
        record,
        share,
        relays,
        forwarder,
        fileEvents,
        log,
      });
    } catch (err) {
      forwarder?.close();
      fileEvents?.close();
      for (const r of relays) await r.close();
      if (created && lease && !lease.vm.isDead) await lease.vm.agent.delete(gid).catch(() => {});
      if (!created) await stdio?.close().catch(() => {});
      await share.release(record, log);
      await fsp.rm(join(req.bundle, BUNDLE_RECORD), { force: true });
      lease?.release();
      // A call cut by the VM's (or the vmd's) end says only "ttrpc: closed": say what ended.
      if (lease?.vm.isDead && isCode(err, Code.Unavailable))
        throw unavailable(`create ${req.id}: the VM went away meanwhile (${await lease.vm.dead}); the next create starts a new VM`);
      throw err;
    }
  }

  private async publish(m: PortMapping, lease: VmLease, log: Logger): Promise<TcpRelay[]> {
    if (m.proto === 'tcp') {
      const vm = lease.vm;
      return [
        await TcpRelay.listen(
          m,
          () => (vm.isDead ? undefined : vm),
          (msg) => log.warn(msg),
        ),
      ];
    }
    if (!lease.vm.addPortForward) throw unimplemented(`publish ${m.hostPort}/udp: the ${lease.vm.backend} backend cannot forward UDP`);
    await lease.vm.addPortForward({ proto: 'udp', hostAddr: m.hostAddr, hostPort: m.hostPort, guestPort: m.containerPort });
    return [];
  }

  /**
   * After the daemon is gone: undo this container's host mounts. Idempotent. The guest side is
   * the vmd's: it ended this daemon's containers when the daemon's connection closed.
   */
  async cleanup(bundle: string, log: Logger): Promise<void> {
    const record = await readRecord(bundle);
    if (!record) return;
    const share = this.o.share ?? (await sharePlatform(this.platform, record.vmDir));
    await share.release(record, log);
    log.info({ guestId: record.guestId }, 'vm container cleaned up');
    await fsp.rm(join(bundle, BUNDLE_RECORD), { force: true });
  }

  /** Lets go of the VM (daemon shutdown); the vmd stops it once no daemon needs it. */
  async shutdown(): Promise<void> {
    if (!this.state) return;
    await (await this.state).host.shutdown();
  }
}
