// The vmd's own hold on a VM it booted: the first Hello through the agent mux (asked again on a
// new connection when it goes unanswered), and the heartbeat that finds a guest gone quiet.
import { Code, unavailable, type TandemError } from '../../common/errdefs.js';
import { within } from '../../common/within.js';
import { AgentClient } from '../agent-client.js';
import type { VmInstance } from '../backends/vm-backend.js';
import type { VmSettings } from '../settings.js';
import { Watchdog } from '../watchdog.js';
import { withGuestTrouble } from './guest-trouble.js';
import { AgentMux, duplexPair } from './mux.js';
import type { Vm } from './vm.js';

/**
 * The first Hello takes 0.1-2 s under TCG (a restored or template guest resumes first: clock,
 * entropy, shares). Once under load (2026-12-02) a template guest's agent saw its host "go away"
 * 0.6 s into that Hello while the host's connection stayed open, finished the Hello into the
 * void and waited for a next host, and the vmd waited out its whole boot bound for the answer.
 * A Hello unanswered this long is asked again on a new connection (the agent takes each new
 * host; its resume runs once).
 */
export const HELLO_RETRY_MS = 20_000;

/**
 * Connects the mux to the agent and has the vmd's own client say Hello, within the boot's bound
 * and as long as the VM runs. On failure the VM is killed and its template given up.
 */
export async function helloAgent(
  instance: VmInstance,
  o: { retryMs: number; bootTimeoutMs: number; warn: (msg: string) => void },
): Promise<{ agent: AgentClient; mux: AgentMux }> {
  let mux: AgentMux | undefined;
  try {
    const agent = await withDeadline(
      (async () => {
        for (;;) {
          const conn = await instance.connectAgent();
          mux = new AgentMux(conn);
          const [mine, theirs] = duplexPair();
          mux.attachDuplex(theirs);
          try {
            return await AgentClient.connect(mine, { timeoutMs: o.retryMs });
          } catch (err) {
            if ((err as TandemError).code !== Code.DeadlineExceeded) throw err;
            o.warn(`the agent did not answer Hello in ${o.retryMs / 1000} s: asking again on a new connection`);
            mux.close();
          }
        }
      })(),
      instance.exited.then((e) => unavailable(`VM exited during boot (${e.reason}); boot log: ${instance.bootLog}`)),
      o.bootTimeoutMs,
      `VM boot + agent hello took longer than ${o.bootTimeoutMs} ms; boot log: ${instance.bootLog}`,
    );
    return { agent, mux: mux! };
  } catch (err) {
    mux?.close();
    await instance.kill().catch(() => {});
    instance.discardTemplate?.((err as Error).message);
    throw err;
  }
}

/** Pings the VM's agent; `onHung` gets the cause (with the guest's own report) of one gone quiet. */
export function watchAgent(
  vm: Vm,
  s: Pick<VmSettings, 'pingIntervalMs' | 'pingTimeoutMs' | 'pingIdleIntervalMs'>,
  info: (msg: string) => void,
  onHung: (reason: string) => void,
): Watchdog {
  const { agent, mux } = vm;
  // Every client's calls go through the mux: the pings slow down only while none calls anything.
  const peer = {
    ping: () => agent.ping(),
    get lastFrameAt() {
      return agent.lastFrameAt;
    },
    get lastCallAt() {
      return mux.lastCallAt;
    },
  };
  const idleMs = s.pingIdleIntervalMs;
  const onIdle = (idle: boolean) =>
    info(
      idle
        ? `no call to the agent for ${idleMs / 1000} s: pinging it every ${idleMs / 1000} s until the next`
        : `a call to the agent: pinging it every ${s.pingIntervalMs / 1000} s`,
    );
  return new Watchdog(peer, { intervalMs: s.pingIntervalMs, silenceMs: s.pingTimeoutMs, idleIntervalMs: idleMs, onIdle }, (why) => {
    // A locked-up kernel keeps the port open: its own report on the console is the cause.
    if (!vm.isDead) onHung(withGuestTrouble(why, vm.instance.bootLog));
  }).start();
}

/** `work`, or `failure`'s error if that comes first, or Unavailable(message) after `ms`. */
function withDeadline<T>(work: Promise<T>, failure: Promise<Error>, ms: number, message: string): Promise<T> {
  return within(Promise.race([work, failure.then((e) => Promise.reject(e))]), ms, () => unavailable(message));
}
