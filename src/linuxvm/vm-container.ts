// One VM container on the host side: its guest id, the lease that keeps the VM up, the host
// mounts that show its files to the guest, its published ports, and its processes.
import type { Logger } from 'pino';
import { Code, isCode, notFound } from '../common/errdefs.js';
import type { OciProcess } from '../common/oci.js';
import type { ContainerStats, ExecutorContainer, ExecutorProcess, ProcessDetail, StdioConfig } from '../executor/executor.js';
import { openStreamStdio } from '../executor/stdio.js';
import { BUNDLE_RECORD, type BundleRecord, type SharePlatform } from './share.js';
import type { TcpRelay } from './publish.js';
import type { SocketForwarder } from './socket-forward.js';
import type { FileEvents } from './file-events.js';
import { hasInputPorts, hasOutputPorts, type VmLease } from './vm-lease.js';
import type { StdioPorts } from './agent-client.js';
import { VmProcess } from './vm-process.js';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';

export interface VmContainerParts {
  id: string;
  namespace: string;
  bundle: string;
  guestId: string;
  lease: VmLease;
  init: VmProcess;
  record: BundleRecord;
  share: SharePlatform;
  relays: TcpRelay[];
  /** The container's forwarded host sockets, when it binds any. */
  forwarder?: SocketForwarder;
  /** Host file events under its binds, shown to its watchers in the guest. */
  fileEvents?: FileEvents;
  log: Logger;
}

export class VmContainer implements ExecutorContainer {
  private destroyed?: Promise<void>;

  constructor(private readonly p: VmContainerParts) {}

  get init(): VmProcess {
    return this.p.init;
  }

  private get vm() {
    return this.p.lease.vm;
  }

  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (this.vm.isDead && isCode(err, Code.Unavailable))
        throw notFound(`${what}: container ${this.p.id} is gone with its VM (${await this.vm.dead})`);
      throw err;
    }
  }

  async exec(execId: string, process: OciProcess, stdio: StdioConfig): Promise<ExecutorProcess> {
    const { guestId } = this.p;
    const streams = await openStreamStdio(stdio, { id: this.p.id, namespace: this.p.namespace, log: this.p.log });
    let ports: StdioPorts;
    try {
      ports = await this.call('exec', () =>
        this.vm.agent.exec({
          containerId: guestId,
          execId,
          processJson: Buffer.from(JSON.stringify({ ...process, terminal: stdio.terminal })),
          stdin: !!streams.stdin,
          stdout: !!streams.stdout,
          stderr: !!streams.stderr && !stdio.terminal,
          terminal: stdio.terminal,
          outputPorts: hasOutputPorts(this.vm),
          inputPorts: hasInputPorts(this.vm),
        }),
      );
    } catch (err) {
      await streams.close();
      throw err;
    }
    return new VmProcess(this.vm, guestId, execId, 0, streams, this.vm.agent.stdio(guestId, execId), this.p.log, ports);
  }

  async stats(): Promise<ContainerStats> {
    const s = await this.call('stats', () => this.vm.agent.stats(this.p.guestId));
    // uint64 fields decode as Long objects (protobufjs with the long package installed).
    return {
      pids: Number(s.pids),
      userUsec: Number(s.userUsec),
      systemUsec: Number(s.systemUsec),
      memoryBytes: Number(s.memoryBytes),
      anonBytes: Number(s.anonBytes),
      fileBytes: Number(s.fileBytes),
      limitBytes: Number(s.memoryLimitBytes) || undefined,
      inactiveFileBytes: Number(s.inactiveFileBytes),
    };
  }

  pids(): Promise<number[]> {
    return this.call('pids', () => this.vm.agent.pids(this.p.guestId));
  }

  async processes(): Promise<ProcessDetail[]> {
    const r = await this.call('pids', () => this.vm.agent.processes(this.p.guestId));
    // uint64 fields decode as Long objects.
    return r.processes.map((p) => ({
      pid: p.pid ?? 0,
      ppid: p.ppid ?? 0,
      uid: p.uid ?? 0,
      ageMs: Number(p.ageMs),
      cpuMs: Number(p.cpuMs),
      tty: p.tty ?? '',
      cmd: p.cmd ?? '',
    }));
  }

  killAll(signal: number): Promise<void> {
    return this.call('kill', () => this.vm.agent.kill(this.p.guestId, '', signal, true));
  }

  pause(): Promise<void> {
    return this.call('pause', () => this.vm.agent.pause(this.p.guestId));
  }

  resume(): Promise<void> {
    return this.call('resume', () => this.vm.agent.resume(this.p.guestId));
  }

  update(resources: object): Promise<void> {
    return this.call('update', () => this.vm.agent.update(this.p.guestId, Buffer.from(JSON.stringify(resources))));
  }

  destroy(): Promise<void> {
    this.destroyed ??= this.doDestroy();
    return this.destroyed;
  }

  private async doDestroy(): Promise<void> {
    const { log } = this.p;
    this.p.forwarder?.close();
    this.p.fileEvents?.close();
    await Promise.all(this.p.relays.map((r) => r.close()));
    if (!this.vm.isDead) {
      await this.vm.agent.delete(this.p.guestId).catch((err) => log.warn({ err: (err as Error).message }, 'agent delete failed'));
    }
    // The exit (and with it the output) must be settled before the mounts go.
    await Promise.race([this.init.exited, new Promise((r) => setTimeout(r, 10_000))]);
    await this.p.share.release(this.p.record, log);
    await fsp.rm(join(this.p.bundle, BUNDLE_RECORD), { force: true });
    this.p.lease.release();
  }
}
