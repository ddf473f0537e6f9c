// The vfkit backend (macOS, Virtualization.framework). Written against vfkit's documented CLI and
// REST API (https://github.com/crc-org/vfkit/blob/main/doc/usage.md); it has NOT been run: our machines are Linux.
// Differences from QEMU that callers see:
//  - the agent channel is a vsock port: vfkit listens on <stateDir>/agent.sock and dials the
//    guest's port 1024 for each connection; in the guest socat relays each one to the agent's
//    unix socket (`tandem.vsock=1024`, see docs/guest.md; Node 18 cannot open AF_VSOCK);
//  - NAT has no port forwarding: published ports are TCP proxies in this process to the guest's
//    DHCP address, which /init prints on the console (`tandem-guest: ip A.B.C.D/N`); no UDP;
//  - stop: REST `Stop` (a guest power-button request), then `HardStop`, then signals.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { platform } from 'node:os';
import type { Duplex } from 'node:stream';
import { unavailable, unimplemented } from '../../common/errdefs.js';
import { readManifest } from '../image/manifest.js';
import { checkUncompressedKernel, vfkitPlan, type VfkitPlan } from './vfkit-args.js';
import {
  FATAL_RE,
  READY_RE,
  sayIfSnapshotLeftOut,
  type PortForward,
  type VmBackend,
  type VmConfig,
  type VmExit,
  type VmInstance,
} from './vm-backend.js';
import { VmmProcess } from './vmm-process.js';
import { join } from 'node:path';

const GUEST_IP_RE = /^tandem-guest: (?:\[[^\]]*\] )?ip (\d+\.\d+\.\d+\.\d+)/m;

export class VfkitBackend implements VmBackend {
  readonly name = 'vfkit' as const;

  constructor(private readonly binary = 'vfkit') {}

  async available(): Promise<boolean> {
    if (platform() !== 'darwin') return false;
    return new Promise((resolve) => execFile(this.binary, ['--version'], (err) => resolve(!err)));
  }

  async start(cfg: VmConfig): Promise<VmInstance> {
    const m = readManifest(cfg.imageDir);
    checkUncompressedKernel(join(cfg.imageDir, m.kernel.file));
    // 0700: the VMM's sockets (QEMU makes them with its umask) and the guest's console log.
    mkdirSync(cfg.stateDir, { recursive: true, mode: 0o700 });
    chmodSync(cfg.stateDir, 0o700);
    const plan = vfkitPlan(cfg, m);
    for (const s of Object.values(plan.sockets)) rmSync(s, { force: true });
    rmSync(plan.bootLog, { force: true }); // vfkit's serial log file is per boot
    cfg.log?.('vfkit: starting');
    sayIfSnapshotLeftOut(cfg.cmdlineExtra, (m) => cfg.log?.(`vfkit: ${m}`));
    const proc = await VmmProcess.spawn('vfkit', this.binary, plan.args, join(cfg.stateDir, 'vfkit.log'), plan.bootLog);
    cfg.mark?.('vmd: vfkit started');
    const vm = new VfkitInstance(proc, plan);
    try {
      await proc.waitForConsole(READY_RE, cfg.readyTimeoutMs ?? 120_000, FATAL_RE);
      for (const f of cfg.portForwards) await vm.addPortForward(f);
    } catch (err) {
      await vm.kill();
      throw err;
    }
    return vm;
  }
}

class VfkitInstance implements VmInstance {
  readonly accelerator = 'vz';
  readonly exited: Promise<VmExit>;
  private readonly proxies: net.Server[] = [];

  constructor(
    private readonly proc: VmmProcess,
    private readonly plan: VfkitPlan,
  ) {
    this.exited = proc.exited.then((e) => {
      for (const p of this.proxies) p.close();
      return e;
    });
  }

  get pid(): number {
    return this.proc.pid;
  }

  get bootLog(): string {
    return this.plan.bootLog;
  }

  get kernelStartedAtMs(): number | undefined {
    return this.proc.kernelStartedAtMs;
  }

  connectAgent(): Promise<Duplex> {
    return new Promise((resolve, reject) => {
      const s = net.connect(this.plan.sockets.agent);
      s.once('connect', () => resolve(s));
      s.once('error', (e) => reject(unavailable(`vfkit agent socket: ${e.message}`, e)));
    });
  }

  async addPortForward(f: PortForward): Promise<void> {
    if (f.proto !== 'tcp') throw unimplemented('vfkit: only TCP ports can be published (NAT has no forwarding; we proxy TCP)');
    const ip = (await this.proc.waitForConsole(GUEST_IP_RE, 1000))[1]!;
    const server = net.createServer((client) => {
      const upstream = net.connect(f.guestPort, ip);
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(f.hostPort, f.hostAddr, () => resolve());
    });
    this.proxies.push(server);
  }

  async stop(graceMs = 10_000): Promise<void> {
    if (!this.proc.running) return;
    this.proc.expectedReason = 'stopped by the host';
    await this.rest('Stop').catch(() => {});
    if (await this.proc.waitExit(graceMs / 2)) return;
    await this.rest('HardStop').catch(() => {});
    if (await this.proc.waitExit(2000)) return;
    await this.proc.terminate(Math.max(1000, graceMs / 2), 'stopped by the host');
  }

  async kill(): Promise<void> {
    await this.proc.kill();
    await this.exited;
  }

  /** POST /vm/state on vfkit's REST socket. */
  private rest(state: 'Stop' | 'HardStop'): Promise<void> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        { socketPath: this.plan.sockets.rest, path: '/vm/state', method: 'POST', headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          res.on('end', () =>
            res.statusCode && res.statusCode < 300 ? resolve() : reject(new Error(`vfkit REST ${state}: HTTP ${res.statusCode}`)),
          );
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ state }));
    });
  }
}
