// Health checks, as dockerd runs them (moby's daemon/health.go): a container whose config has a
// Healthcheck (the image's HEALTHCHECK, or --health-* on create) gets its test run in it every
// interval once it starts; exit 0 is healthy, a failure adds to the failing streak, and
// `retries` failures in a row make it unhealthy. Failures during the start period do not count
// until a first success. The state (status, streak, the last five results) is the container's
// State.Health, saved with it; `docker ps` shows it, and each change is a
// `health_status: <status>` event. Compose's `condition: service_healthy` waits on it.
import type { EventBus } from '../events.js';
import type { Logger } from '../../common/log.js';
import { containerEventAttrs, type ContainerRecord, type HealthConfig, type HealthState } from './types.js';

const SECOND_NS = 1e9;
/** moby's defaults when the config leaves a duration at 0. */
const DEFAULTS = { interval: 30 * SECOND_NS, timeout: 30 * SECOND_NS, startInterval: 5 * SECOND_NS, retries: 3 };
const MAX_LOG = 5;
/** A duration of the API's (ns; 0 or absent takes the default) in ms. */
const ms = (ns: number | undefined, dflt: number): number => (ns && ns > 0 ? ns : dflt) / 1e6;
const MAX_OUTPUT = 4096;

/** The image's health check under the request's: a request field left empty takes the image's. */
export function mergeHealth(request: HealthConfig | undefined, image: HealthConfig | undefined): HealthConfig | undefined {
  if (!request) return image;
  if (!image) return request;
  return {
    Test: request.Test?.length ? request.Test : image.Test,
    Interval: request.Interval || image.Interval,
    Timeout: request.Timeout || image.Timeout,
    StartPeriod: request.StartPeriod || image.StartPeriod,
    StartInterval: request.StartInterval || image.StartInterval,
    Retries: request.Retries || image.Retries,
  };
}

/** The command a test runs (undefined: no check): CMD runs as is, CMD-SHELL through /bin/sh -c. */
export function probeCommand(test: string[] | undefined): string[] | undefined {
  if (!test?.length || test[0] === 'NONE') return undefined;
  if (test[0] === 'CMD') return test.length > 1 ? test.slice(1) : undefined;
  if (test[0] === 'CMD-SHELL') return test.length > 1 ? ['/bin/sh', '-c', test.slice(1).join(' ')] : undefined;
  return undefined;
}

export interface ProbeResult {
  exitCode: number;
  output: string;
}

export interface HealthDeps {
  /** The container as stored now (undefined once removed). */
  get(id: string): ContainerRecord | undefined;
  save(c: ContainerRecord): void;
  /** Runs the command in the running container; rejects if it cannot (the container stopped). */
  probe(id: string, cmd: string[], timeoutMs: number): Promise<ProbeResult & { timedOut: boolean }>;
  events: EventBus;
  log: Logger;
}

/** The next state after one probe's result (pure: the rules above). */
export function nextHealth(
  h: HealthState,
  r: ProbeResult,
  inStartPeriod: boolean,
  retries: number,
  at: { start: string; end: string },
): HealthState {
  const log = [...h.Log, { Start: at.start, End: at.end, ExitCode: r.exitCode, Output: r.output.slice(0, MAX_OUTPUT) }].slice(-MAX_LOG);
  if (r.exitCode === 0) return { Status: 'healthy', FailingStreak: 0, Log: log };
  // In the start period a failure counts only once the container was healthy.
  if (inStartPeriod && h.Status === 'starting') return { ...h, Log: log };
  const streak = h.FailingStreak + 1;
  return { Status: streak >= retries ? 'unhealthy' : h.Status, FailingStreak: streak, Log: log };
}

export class HealthMonitor {
  private readonly running = new Map<string, { timer?: NodeJS.Timeout; stopped: boolean }>();

  constructor(private readonly d: HealthDeps) {
    d.events.subscribe(undefined, (e) => {
      if (e.Type !== 'container') return;
      if (e.Action === 'start') this.begin(e.Actor.ID);
      else if (e.Action === 'die' || e.Action === 'destroy') this.end(e.Actor.ID);
    });
  }

  /** Starts checking a running container with a health check (at its start, or at the endpoint's). */
  begin(id: string, fresh = true): void {
    this.end(id);
    const c = this.d.get(id);
    const cfg = c?.Config.Healthcheck;
    const cmd = probeCommand(cfg?.Test);
    if (!c || !cmd) return;
    if (fresh || !c.State.Health) {
      c.State.Health = { Status: 'starting', FailingStreak: 0, Log: [] };
      this.d.save(c);
    }
    const me: { timer?: NodeJS.Timeout; stopped: boolean } = { stopped: false };
    this.running.set(id, me);
    const startedAt = Date.parse(c.State.StartedAt) || Date.now();
    const startPeriodMs = ms(cfg!.StartPeriod, 0);
    const schedule = () => {
      if (me.stopped) return;
      const h = this.d.get(id)?.State.Health;
      const inStart = Date.now() - startedAt < startPeriodMs && h?.Status === 'starting';
      // As dockerd: while starting within the start period, every start interval (5 s unless set).
      const wait = inStart ? ms(cfg!.StartInterval, DEFAULTS.startInterval) : ms(cfg!.Interval, DEFAULTS.interval);
      me.timer = setTimeout(() => void this.check(id, me, cmd, startedAt, startPeriodMs).finally(schedule), wait);
      me.timer.unref();
    };
    schedule();
  }

  end(id: string): void {
    const me = this.running.get(id);
    if (!me) return;
    me.stopped = true;
    clearTimeout(me.timer);
    this.running.delete(id);
  }

  private async check(id: string, me: { stopped: boolean }, cmd: string[], startedAt: number, startPeriodMs: number): Promise<void> {
    const cfg = this.d.get(id)?.Config.Healthcheck;
    const timeoutMs = ms(cfg?.Timeout, DEFAULTS.timeout);
    const start = new Date().toISOString();
    let r: ProbeResult;
    try {
      const p = await this.d.probe(id, cmd, timeoutMs);
      r = p.timedOut ? { exitCode: -1, output: `Health check exceeded timeout (${timeoutMs / 1000}s)` } : p;
    } catch (err) {
      if (me.stopped) return;
      // A paused container cannot exec: the check is skipped, as dockerd does.
      if (this.d.get(id)?.State.Status !== 'running') return;
      r = { exitCode: -1, output: (err as Error).message };
    }
    const c = this.d.get(id);
    if (me.stopped || !c?.State.Health) return;
    const before = c.State.Health.Status;
    const inStart = Date.now() - startedAt < startPeriodMs;
    c.State.Health = nextHealth(c.State.Health, r, inStart, cfg?.Retries && cfg.Retries > 0 ? cfg.Retries : DEFAULTS.retries, {
      start,
      end: new Date().toISOString(),
    });
    this.d.save(c);
    if (c.State.Health.Status !== before) {
      this.d.events.emit('container', `health_status: ${c.State.Health.Status}`, id, containerEventAttrs(c));
    }
  }
}
