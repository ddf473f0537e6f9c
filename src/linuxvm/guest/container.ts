// One container in the guest: its bundle (config.json + FIFOs + runc logs on the guest's tmpfs),
// the init process run by a foreground `runc run`, and exec processes run by `runc exec`.
import type { ContainerStats } from '../../common/stats.js';
import { readCgroupStats } from './cgroup-stats.js';
import { waitForKills } from './oom.js';
import { closeSync, constants as fsc, mkdirSync, openSync, promises as fsp, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Code, TandemError, alreadyExists, failedPrecondition, isCode, notFound } from '../../common/errdefs.js';
import type { OciProcess, OciSpec } from '../../common/oci.js';
import { lookPath } from '../../common/look-path.js';
import { resolveUser } from '../../common/accounts.js';
import { GuestProcess, until, type AgentTools, type ProcessIo } from './process.js';
import { checkId, processForGuest } from './spec.js';
import { log } from './log.js';
import { guestSpec, readCreated } from './bundle.js';
import { makeHandshakeFifos, procComm, readSmall } from './container-files.js';

const ms = (x: number) => Math.round(x);

export interface ContainerOptions {
  id: string;
  spec: OciSpec;
  rootfs: string;
  io: ProcessIo;
  /** Guest directory holding every bundle. */
  bundles: string;
  /** `runc run --no-pivot`: needed when the guest's root is the initramfs (pivot_root fails there). */
  noPivot: boolean;
  cgroupParent?: string;
}

export class GuestContainer {
  readonly execs = new Map<string, GuestProcess>();
  private started = false;

  /** Whether Start ran: until then /proc/<init>/root is still the guest's own root. */
  get isStarted(): boolean {
    return this.started;
  }
  private gateFd?: number;
  /** procComm() of the init before it exec'd the program. */
  private preExec: string | null = null;
  /** runc's cgroupfs driver puts the container at /sys/fs/cgroup/<cgroupsPath>. */
  private cgroupDir = '';
  /** The cgroupsPath itself, as the kernel names the cgroup (its OOM records). */
  private cgroupPath = '';
  /**
   * Where Create's time went (ms): bundle, FIFOs and spec written; the runtime spawned; the
   * runtime setting the container up until our hook reported it. The agent logs them with
   * `created`, so `npm run bench` can show where a warm start goes.
   */
  readonly createMs = { prepareMs: 0, spawnMs: 0, setupMs: 0 };

  private constructor(
    readonly id: string,
    readonly bundle: string,
    /** The rootfs as the guest sees it (under the share for a VM container). */
    readonly rootfs: string,
    readonly init: GuestProcess,
    private readonly tools: AgentTools,
  ) {}

  static async create(o: ContainerOptions, tools: AgentTools): Promise<GuestContainer> {
    checkId('container id', o.id);
    const t0 = performance.now();
    const bundle = join(o.bundles, o.id);
    try {
      mkdirSync(bundle);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw alreadyExists(`container ${o.id}: bundle exists in the guest`);
      throw err;
    }
    const created = join(bundle, 'created');
    const gate = join(bundle, 'gate');
    const c = new GuestContainer(o.id, bundle, o.rootfs, new GuestProcess(o.id, '', o.io, bundle, tools), tools);
    c.init.program = String(o.spec.process?.args?.[0] ?? '');
    try {
      await makeHandshakeFifos(tools, created, gate);
      const spec = await guestSpec(o, bundle, created, gate);
      writeFileSync(join(bundle, 'config.json'), JSON.stringify(spec));
      c.cgroupPath = (spec.linux as { cgroupsPath?: string } | undefined)?.cgroupsPath ?? '';
      c.cgroupDir = join('/sys/fs/cgroup', c.cgroupPath);
      // O_RDWR: neither open blocks, and the FIFOs keep what is written until the hook reads it.
      c.gateFd = openSync(gate, fsc.O_RDWR | fsc.O_NONBLOCK);
      const state = readCreated(created, c.init.exited);
      // Looked up in the rootfs as the agent sees it while the runtime sets the container up
      // (70–90 ms under TCG, off the critical path). Only a hit counts: a program not found
      // there is looked up again below, where the container's own mounts (a volume) can bring it.
      const proc = o.spec.process!;
      const prog = String(proc.args?.[0] ?? '');
      const early = lookPath(o.rootfs, prog, proc.env, proc.cwd).then(
        () => true,
        () => false,
      );
      const t1 = performance.now();
      c.init.launch(['run', ...(o.noPivot ? ['--no-pivot'] : []), '--bundle', bundle, o.id], o.spec.process?.consoleSize);
      const t2 = performance.now();
      const pid = await Promise.race([state, c.init.exited.then(() => 0)]);
      Object.assign(c.createMs, { prepareMs: ms(t1 - t0), spawnMs: ms(t2 - t1), setupMs: ms(performance.now() - t2) });
      if (!pid) {
        const why = (await c.init.runtimeError()) || `runc exited with status ${(await c.init.exited).status}`;
        throw new TandemError(Code.Unknown, `create ${o.id}: ${why}`);
      }
      c.init.pid = pid;
      // runc's init looks its program up before it waits for Start, so a missing program fails
      // Create; our hook holds runc earlier than that, so the agent looks it up itself, in the
      // container's mount namespace (all mounts made, root not yet pivoted).
      if (!(await early)) await lookPath(`/proc/${pid}/root${o.rootfs}`, prog, proc.env, proc.cwd);
      c.preExec = procComm(pid);
      return c;
    } catch (err) {
      await c.destroy().catch(() => {});
      throw err;
    }
  }

  private openGate(line: 'go' | 'abort'): void {
    if (this.gateFd === undefined) return;
    try {
      writeSync(this.gateFd, `${line}\n`);
    } catch {}
  }

  async startInit(): Promise<number> {
    if (this.started) throw failedPrecondition(`container ${this.id} already started`);
    this.started = true;
    const p = this.init;
    await p.inputReady();
    this.openGate('go');
    let gone = false;
    await until(p, async () => {
      const now = procComm(p.pid);
      gone = now === null;
      return gone || now !== this.preExec;
    });
    // Gone before we saw it exec'd: runc exits right after and its log says whether it failed.
    if (gone) await p.exited;
    if (p.hasExited) {
      const why = await p.runtimeError();
      if (why) throw failedPrecondition(`start ${this.id}: ${why}`);
    }
    return p.pid;
  }

  addExec(execId: string, process: OciProcess, io: ProcessIo): GuestProcess {
    checkId('exec id', execId);
    if (this.execs.has(execId)) throw alreadyExists(`exec ${execId} in container ${this.id}`);
    if (!this.started || this.init.hasExited) throw failedPrecondition(`container ${this.id} is not running`);
    const p = new GuestProcess(this.id, execId, io, this.bundle, this.tools);
    this.execs.set(execId, p);
    p.execSpec = processForGuest(process, io.terminal);
    p.program = String(process.args?.[0] ?? '');
    return p;
  }

  async startExec(execId: string): Promise<number> {
    const p = this.process(execId);
    if (p.hasSpawned || p.hasExited) throw failedPrecondition(`exec ${execId} already started`);
    if (this.init.hasExited) throw failedPrecondition(`container ${this.id} is not running`);
    const spec = p.execSpec!;
    // As for the init (and as tandem-enter does): a missing program is named, not left to runc.
    await lookPath(`/proc/${this.init.pid}/root`, String(spec.args?.[0] ?? ''), spec.env, spec.cwd);
    if (spec.user?.username) spec.user = (await resolveUser(`/proc/${this.init.pid}/root`, spec.user))!;
    const file = join(this.bundle, `exec-${execId}.json`);
    writeFileSync(file, JSON.stringify(spec));
    await p.inputReady();
    const t0 = performance.now();
    p.launch(['exec', '--process', file, '--pid-file', p.pidFile, this.id], spec.consoleSize);
    let pid = 0;
    await until(p, async () => {
      pid = Number(readSmall(p.pidFile).trim()) || 0;
      return pid > 0;
    });
    p.runtimeMs = ms(performance.now() - t0);
    if (!pid) {
      const why = await p.runtimeError();
      if (why) throw failedPrecondition(`exec ${execId} in ${this.id}: ${why}`);
      throw new TandemError(Code.Unknown, `exec ${execId} in ${this.id}: runc exec exited with status ${(await p.exited).status}`);
    }
    p.pid = pid;
    return pid;
  }

  process(execId: string): GuestProcess {
    if (!execId) return this.init;
    const p = this.execs.get(execId);
    if (!p) throw notFound(`exec ${execId} in container ${this.id}`);
    return p;
  }

  async killAll(signal: number): Promise<void> {
    if (this.init.hasExited) throw notFound(`container ${this.id}: process already finished`);
    await this.tools.runc.kill(this.id, signal, true);
  }

  async pids(): Promise<number[]> {
    if (!this.started) return this.init.pid ? [this.init.pid] : [];
    try {
      return await this.tools.runc.ps(this.id);
    } catch (err) {
      if (isCode(err, Code.NotFound)) return [];
      throw err;
    }
  }

  async stats(): Promise<ContainerStats> {
    if (!this.started || this.init.hasExited) throw failedPrecondition(`container ${this.id} is not running`);
    return readCgroupStats(this.cgroupDir);
  }

  async pause(): Promise<void> {
    if (!this.started || this.init.hasExited) throw failedPrecondition(`container ${this.id} is not running`);
    await this.tools.runc.pause(this.id);
  }

  async update(resourcesJson: Uint8Array): Promise<void> {
    if (!this.started || this.init.hasExited) throw failedPrecondition(`container ${this.id} is not running`);
    await this.tools.runc.update(this.id, Buffer.from(resourcesJson), join(this.bundle, 'resources.json'));
  }

  async resume(): Promise<void> {
    if (!this.started || this.init.hasExited) throw failedPrecondition(`container ${this.id} is not running`);
    await this.tools.runc.resume(this.id);
  }

  deleteExec(execId: string): void {
    const p = this.process(execId);
    if (p.hasSpawned && !p.hasExited) throw failedPrecondition(`exec ${execId} is still running`);
    p.abandon();
    this.execs.delete(execId);
  }

  /** Kills whatever is left, removes runc's state and the bundle (stop, then remove). Safe to call twice. */
  async destroy(): Promise<void> {
    await this.stop();
    await this.remove();
  }

  /** Kills the init if it still runs and waits for it: after this no process of the container runs. */
  async stop(): Promise<void> {
    const init = this.init;
    if (!init.hasExited) {
      if (!this.started) this.openGate('abort'); // the hook fails and runc abandons the container
      await this.tools.runc.kill(this.id, 9, true).catch(() => {});
      if (init.pid) {
        try {
          process.kill(init.pid, 9);
        } catch {}
      }
      const t = setTimeout(() => init.abandon(), 5_000);
      await init.exited;
      clearTimeout(t);
    }
    for (const p of this.execs.values()) if (!p.hasSpawned) p.abandon();
  }

  /** How many of the container's processes the OOM killer killed so far (oom.ts). */
  oomKills(): number {
    if (!this.cgroupPath || !this.tools.oomLog) return 0;
    this.tools.oomLog.drain();
    return this.tools.oomLog.killsIn(this.cgroupPath);
  }

  /** Until more than `seen` kills, or the init's exit (WaitOom). */
  async waitOom(seen: number): Promise<{ kills: number; exited: boolean }> {
    if (!this.cgroupPath || !this.tools.oomLog) return this.init.exited.then(() => ({ kills: 0, exited: true }));
    return waitForKills(this.tools.oomLog, this.cgroupPath, join(this.cgroupDir, 'memory.events'), this.init.exited, seen);
  }

  /** The runtime's state of a stopped container (its cgroup, `runc delete`) and the bundle. */
  async remove(): Promise<void> {
    if (this.cgroupPath) this.tools.oomLog?.forget(this.cgroupPath);
    await this.tools.runc
      .delete(this.id)
      .catch((err) => isCode(err, Code.NotFound) || log.warn('runc delete failed', { id: this.id, err: (err as Error).message }));
    if (this.gateFd !== undefined) closeSync(this.gateFd);
    this.gateFd = undefined;
    await fsp.rm(this.bundle, { recursive: true, force: true });
  }
}
