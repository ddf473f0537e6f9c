import { expect, test } from 'vitest';
import { mergeHealth, nextHealth, probeCommand } from './health.js';
import type { HealthState } from './types.js';

const at = { start: 's', end: 'e' };
const ok = { exitCode: 0, output: 'fine' };
const bad = { exitCode: 1, output: 'down' };

test('the test forms: CMD as is, CMD-SHELL through sh -c, NONE and empty mean no check', () => {
  expect(probeCommand(['CMD', 'curl', '-f', 'x'])).toEqual(['curl', '-f', 'x']);
  expect(probeCommand(['CMD-SHELL', 'test -f /ready'])).toEqual(['/bin/sh', '-c', 'test -f /ready']);
  expect(probeCommand(['NONE'])).toBeUndefined();
  expect(probeCommand([])).toBeUndefined();
  expect(probeCommand(undefined)).toBeUndefined();
});

test("the request's check over the image's, field by field; --no-healthcheck (NONE) wins", () => {
  const image = { Test: ['CMD', 'probe'], Interval: 5e9, Retries: 2 };
  expect(mergeHealth({ Interval: 1e9 }, image)).toEqual({ Test: ['CMD', 'probe'], Interval: 1e9, Retries: 2 });
  expect(mergeHealth({ Test: ['NONE'] }, image)?.Test).toEqual(['NONE']);
  expect(mergeHealth(undefined, image)).toBe(image);
  expect(mergeHealth(undefined, undefined)).toBeUndefined();
});

test('healthy on success; unhealthy after `retries` failures in a row; the log keeps the last five', () => {
  let h: HealthState = { Status: 'starting', FailingStreak: 0, Log: [] };
  h = nextHealth(h, ok, false, 2, at);
  expect(h).toMatchObject({ Status: 'healthy', FailingStreak: 0 });
  h = nextHealth(h, bad, false, 2, at);
  expect(h).toMatchObject({ Status: 'healthy', FailingStreak: 1 });
  h = nextHealth(h, bad, false, 2, at);
  expect(h).toMatchObject({ Status: 'unhealthy', FailingStreak: 2 });
  for (let i = 0; i < 5; i++) h = nextHealth(h, ok, false, 2, at);
  expect(h.Log).toHaveLength(5);
  expect(h.Log[0]).toEqual({ Start: 's', End: 'e', ExitCode: 0, Output: 'fine' });
});

test('in the start period a failure does not count until a first success', () => {
  let h: HealthState = { Status: 'starting', FailingStreak: 0, Log: [] };
  for (let i = 0; i < 4; i++) h = nextHealth(h, bad, true, 1, at);
  expect(h).toMatchObject({ Status: 'starting', FailingStreak: 0 });
  h = nextHealth(h, ok, true, 1, at);
  h = nextHealth(h, bad, true, 1, at);
  expect(h).toMatchObject({ Status: 'unhealthy', FailingStreak: 1 });
});
