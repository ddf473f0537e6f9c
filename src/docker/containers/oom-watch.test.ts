import { expect, test } from 'vitest';
import { containerd } from '../../generated/protos.js';
import { oomContainer } from './oom-watch.js';

test('a /tasks/oom envelope gives its container; other topics and bad payloads give none', () => {
  const value = containerd.events.TaskOOM.encode({ containerId: 'c1' }).finish();
  expect(oomContainer({ topic: '/tasks/oom', event: { value } })).toBe('c1');
  expect(oomContainer({ topic: '/tasks/exit', event: { value } })).toBeUndefined();
  expect(oomContainer({ topic: '/tasks/oom', event: { value: Buffer.from([0xff, 0xff, 0xff]) } })).toBeUndefined();
  expect(oomContainer({ topic: '/tasks/oom', event: null })).toBeUndefined();
});
