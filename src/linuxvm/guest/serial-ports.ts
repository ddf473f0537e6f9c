// Output and input ports in the guest: virtio-serial ports the VMM made at boot (`tandem.out.N`,
// `tandem.in.N`; backends/qemu-args.ts) that a process's stdout or stdin is wired to directly. Its
// bytes then go between the process and the host's socket without the agent touching them: under
// TCG node reading a pipe caps a stream near 13 MiB/s, and writing stdin near 20; a port carries
// what the process makes or takes (docs/guest-measurements.md "Stdout", "Stdin: input ports").
//
// A port has no end of stream: the guest's last close reaches QEMU on another queue, and the host
// socket stays open. So the agent watches the port in debugfs (`guest_connected` drops to 0 when
// the last process holding it closed it) and tells the host, on the Stdio stream, how many bytes
// the port carried (`bytes_sent`, counted from when the stream took it); the host reads that many.
// A port is handed out only while neither end holds it: a previous host still reading would get
// the next stream's bytes.
//
// An input port's end of stream is the host's: once it has shut its side, QEMU drops the
// connection after the last byte, and a read of the drained port returns 0. A read while no host
// is connected returns 0 too, so the process may not start before the guest sees the host's
// connection (waitHost).
import { closeSync, constants as fsc, openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PortState {
  guestConnected: boolean;
  hostConnected: boolean;
  bytesSent: number;
}

/** Parses a port's debugfs file (`name: …`, `guest_connected: 0`, `bytes_sent: 123`, …). */
export function parsePortState(text: string): PortState {
  const field = (k: string): string => new RegExp(`^${k}: *(\\S+)`, 'm').exec(text)?.[1] ?? '';
  const sent = field('bytes_sent');
  const bytes = Number(sent);
  if (!sent || !Number.isSafeInteger(bytes)) throw new Error(`no bytes_sent in the port's debugfs file`);
  return { guestConnected: field('guest_connected') === '1', hostConnected: field('host_connected') === '1', bytesSent: bytes };
}

export interface PortPaths {
  /** One directory per port (vportNpM) with its `name`. */
  sysfs: string;
  /** The ports' debugfs files (/init mounts debugfs). */
  debugfs: string;
  dev: string;
}

const GUEST_PATHS: PortPaths = { sysfs: '/sys/class/virtio-ports', debugfs: '/sys/kernel/debug/virtio-ports', dev: '/dev' };
const PORT_NAMES = { out: /^tandem\.out\.\d+$/, in: /^tandem\.in\.\d+$/ };

interface Port {
  name: string;
  /** vportNpM */
  dev: string;
}

/** One port while a stream has it: opened for the process's stdout (an input port: its stdin). */
export class SerialPort {
  private held?: number;

  constructor(
    private readonly port: Port,
    fd: number,
    private readonly base: number,
    private readonly pool: SerialPorts,
  ) {
    this.held = fd;
  }

  get name(): string {
    return this.port.name;
  }

  /**
   * The agent's descriptor: an output port's write-only, the runtime's stdout (blocking) or the
   * agent's own writes (take({ nonblocking })); an input port's read-only, the runtime's stdin.
   */
  get fd(): number {
    if (this.held === undefined) throw new Error(`port ${this.name} was handed over already`);
    return this.held;
  }

  /**
   * An input port: until the guest sees the host's connection (a read before it is EOF), at most
   * `boundMs`; false if it never came.
   */
  async waitHost(boundMs: number): Promise<boolean> {
    return (await this.until((s) => s.hostConnected, boundMs)).hostConnected;
  }

  /** The port's state once `ok` holds for it, or at `boundMs` (debugfs polled, 1 ms doubling to 50). */
  private async until(ok: (s: PortState) => boolean, boundMs: number): Promise<PortState> {
    const deadline = Date.now() + boundMs;
    let s = this.pool.state(this.port);
    for (let delay = 1; !ok(s) && Date.now() < deadline; delay = Math.min(delay * 2, 50)) {
      await new Promise((r) => setTimeout(r, delay));
      s = this.pool.state(this.port);
    }
    return s;
  }

  /** The runtime has its copy: the agent's goes, so the container's last close is the port's. */
  handOver(): void {
    if (this.held !== undefined) closeSync(this.held);
    this.held = undefined;
  }

  /** Never used (an exec deleted before Start), or the agent's own writes are over: back to the pool. */
  discard(): void {
    this.handOver();
    this.pool.release(this.port);
  }

  /**
   * Once `exited` settled: waits until no process holds the port (at most graceMs: a background
   * child may keep it), gives it back to the pool, and says how many bytes the stream put through
   * it. A port still held is skipped by take() until its holder lets go.
   */
  async finish(exited: Promise<unknown>, graceMs: number): Promise<number> {
    await exited;
    this.handOver();
    const s = await this.until((st) => !st.guestConnected, graceMs);
    this.pool.release(this.port);
    return s.bytesSent - this.base;
  }
}

/** The guest's output ports (or input ports), found at first use. */
export class SerialPorts {
  private free?: Port[];

  constructor(
    private readonly paths: PortPaths = GUEST_PATHS,
    private readonly kind: 'out' | 'in' = 'out',
  ) {}

  /** Ports the VMM made, or none (another VMM, or no debugfs to see them end). */
  private discover(): Port[] {
    try {
      const ports = readdirSync(this.paths.sysfs)
        .map((dev) => ({ dev, name: readFileSync(join(this.paths.sysfs, dev, 'name'), 'utf8').trim() }))
        .filter((p) => PORT_NAMES[this.kind].test(p.name));
      for (const p of ports) this.state(p);
      // By number (tandem.out.2 before .10); not localeCompare, whose collator costs ~0.2 s under TCG.
      const n = (p: Port) => Number(p.name.slice(p.name.lastIndexOf('.') + 1));
      return ports.sort((a, b) => n(a) - n(b));
    } catch {
      return [];
    }
  }

  state(p: Port): PortState {
    return parsePortState(readFileSync(join(this.paths.debugfs, p.dev), 'utf8'));
  }

  /**
   * A free port opened for writing (an input port: for reading), or undefined (none made, or all
   * in use). `nonblocking` for the agent's own writes (guest/port-pipe.ts): a write the host is
   * not ready for fails with EAGAIN.
   * `spare`: take none unless more than that many are free (a published port's connections leave
   * one for containers' stdout: a kept-alive connection holds its port for its life).
   */
  take(o: { nonblocking?: boolean; spare?: number } = {}): SerialPort | undefined {
    this.free ??= this.discover();
    if (this.free.length <= (o.spare ?? 0)) return undefined;
    for (let i = 0; i < this.free.length; i++) {
      const p = this.free[i]!;
      let fd: number;
      let s: PortState;
      try {
        s = this.state(p);
        if (s.guestConnected || s.hostConnected) continue;
        const mode = this.kind === 'in' ? fsc.O_RDONLY : fsc.O_WRONLY;
        fd = openSync(join(this.paths.dev, p.dev), mode | fsc.O_NOCTTY | (o.nonblocking ? fsc.O_NONBLOCK : 0));
      } catch {
        continue; // held after all (EBUSY), or gone
      }
      this.free.splice(i, 1);
      return new SerialPort(p, fd, s.bytesSent, this);
    }
    return undefined;
  }

  /** Back at the end of the list: the port used longest ago is taken first. */
  release(p: Port): void {
    if (this.free && !this.free.includes(p)) this.free.push(p);
  }
}
