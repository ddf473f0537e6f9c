import { EventEmitter } from 'node:events';
import { expect, test, vi } from 'vitest';
import type { Logger } from '../../common/log.js';
import type { ContainerdClient } from '../containerd.js';
import { containerd } from '../../generated/protos.js';
import { oomContainer, watchOom } from './oom-watch.js';

test('a /tasks/oom envelope gives its container; other topics and bad payloads give none', () => {
  const value = containerd.events.TaskOOM.encode({ containerId: 'c1' }).finish();
  expect(oomContainer({ topic: '/tasks/oom', event: { value } })).toBe('c1');
  expect(oomContainer({ topic: '/tasks/exit', event: { value } })).toBeUndefined();
  expect(oomContainer({ topic: '/tasks/oom', event: { value: Buffer.from([0xff, 0xff, 0xff]) } })).toBeUndefined();
  expect(oomContainer({ topic: '/tasks/oom', event: null })).toBeUndefined();
});

test('the subscription is made again after containerd goes away, and stops for good when closed', async () => {
  vi.useFakeTimers();
  try {
    const streams: (EventEmitter & { cancel(): void; req: unknown })[] = [];
    const cd = {
      serverStream: (_name: string, req: unknown) => {
        const s = Object.assign(new EventEmitter(), { req, cancel: () => s.emit('error', new Error('cancelled')) });
        streams.push(s);
        return s;
      },
    } as unknown as ContainerdClient;
    const seen: string[] = [];
    const log = { debug: () => {} } as unknown as Logger;
    const w = watchOom(cd, 'ns1', (id) => seen.push(id), log);
    expect(streams).toHaveLength(1);
    expect(streams[0]!.req).toEqual({ filters: ['topic=="/tasks/oom",namespace=="ns1"'] });
    streams[0]!.emit('error', new Error('14 UNAVAILABLE: containerd restarting'));
    await vi.advanceTimersByTimeAsync(250);
    expect(streams).toHaveLength(2);
    const value = containerd.events.TaskOOM.encode({ containerId: 'c2' }).finish();
    streams[1]!.emit('data', { topic: '/tasks/oom', event: { value } });
    expect(seen).toEqual(['c2']);
    streams[1]!.emit('end');
    await vi.advanceTimersByTimeAsync(250);
    expect(streams).toHaveLength(3);
    w.close();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(streams).toHaveLength(3);
  } finally {
    vi.useRealTimers();
  }
});
