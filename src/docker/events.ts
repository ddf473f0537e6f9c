// Docker events as the endpoint makes them (container, image, volume, network), kept in a
// bounded ring for `since` and streamed live to GET /events subscribers.
import type { Filters } from './api.js';

export interface DockerEvent {
  Type: 'container' | 'image' | 'volume' | 'network';
  Action: string;
  Actor: { ID: string; Attributes: Record<string, string> };
  scope: 'local';
  time: number;
  timeNano: number;
  /** Old clients (Compose 1.29) read these. */
  status?: string;
  id?: string;
  from?: string;
}

const KEEP = 1000;

export class EventBus {
  private readonly ring: DockerEvent[] = [];
  private readonly subs = new Set<(e: DockerEvent) => void>();

  emit(type: DockerEvent['Type'], action: string, id: string, attributes: Record<string, string> = {}): void {
    const nano = BigInt(Date.now()) * 1_000_000n;
    const e: DockerEvent = {
      Type: type,
      Action: action,
      Actor: { ID: id, Attributes: attributes },
      scope: 'local',
      time: Number(nano / 1_000_000_000n),
      timeNano: Number(nano),
    };
    if (type === 'container' || type === 'image') {
      e.status = action;
      e.id = id;
      if (attributes.image) e.from = attributes.image;
    }
    this.ring.push(e);
    if (this.ring.length > KEEP) this.ring.shift();
    for (const s of this.subs) s(e);
  }

  /** Past events since `since` (unix seconds), then live ones until unsubscribed. */
  subscribe(since: number | undefined, fn: (e: DockerEvent) => void): () => void {
    if (since !== undefined) for (const e of this.ring) if (e.timeNano / 1e9 >= since) fn(e);
    this.subs.add(fn);
    return () => this.subs.delete(fn);
  }
}

/** Docker's event filters: type, event/action, container, image, volume, network, label. */
export function eventMatches(e: DockerEvent, f: Filters): boolean {
  const any = (key: string, values: (string | undefined)[]) => {
    const want = f.get(key);
    return !want?.length || values.some((v) => v !== undefined && want.includes(v));
  };
  const a = e.Actor.Attributes;
  if (!any('type', [e.Type])) return false;
  if (!any('event', [e.Action, e.Action.split(':')[0]])) return false;
  if (f.get('container')?.length && (e.Type !== 'container' || !any('container', [e.Actor.ID, a.name]))) return false;
  if (f.get('image')?.length && !any('image', [a.image, e.Type === 'image' ? e.Actor.ID : undefined])) return false;
  if (f.get('volume')?.length && (e.Type !== 'volume' || !any('volume', [e.Actor.ID]))) return false;
  if (f.get('network')?.length && (e.Type !== 'network' || !any('network', [e.Actor.ID, a.name]))) return false;
  for (const l of f.get('label') ?? []) {
    const eq = l.indexOf('=');
    if (eq < 0 ? a[l] === undefined : a[l.slice(0, eq)] !== l.slice(eq + 1)) return false;
  }
  return true;
}
