import { expect, test } from 'vitest';
import { policyRestarts, restartDelayMs } from './restart-policy.js';
import type { ContainerRecord } from './types.js';

const rec = (policy: { Name?: string; MaximumRetryCount?: number }, exitCode: number, restarts = 0, byUser = false) =>
  ({
    HostConfig: { RestartPolicy: policy },
    State: { ExitCode: exitCode },
    RestartCount: restarts,
    StoppedByUser: byUser,
  }) as unknown as ContainerRecord;

test("an exit brings a container back as dockerd's restart policies say", () => {
  expect(policyRestarts(rec({}, 1))).toBe(false);
  expect(policyRestarts(rec({ Name: 'no' }, 1))).toBe(false);
  expect(policyRestarts(rec({ Name: 'always' }, 0))).toBe(true);
  expect(policyRestarts(rec({ Name: 'unless-stopped' }, 0))).toBe(true);
  expect(policyRestarts(rec({ Name: 'always' }, 0, 0, true))).toBe(false);
  expect(policyRestarts(rec({ Name: 'on-failure' }, 0))).toBe(false);
  expect(policyRestarts(rec({ Name: 'on-failure' }, 3, 50))).toBe(true);
  expect(policyRestarts(rec({ Name: 'on-failure', MaximumRetryCount: 2 }, 3, 1))).toBe(true);
  expect(policyRestarts(rec({ Name: 'on-failure', MaximumRetryCount: 2 }, 3, 2))).toBe(false);
  expect(policyRestarts(rec({ Name: 'on-failure' }, 3, 0, true))).toBe(false);
});

test('the back-off doubles from 100 ms up to a minute', () => {
  expect([0, 1, 2, 9, 10, 30].map(restartDelayMs)).toEqual([100, 200, 400, 51_200, 60_000, 60_000]);
});
