import { describe, expect, it } from 'vitest';
import { Code } from '../common/errdefs.js';
import { refuseLimits, requestedLimits } from './resources.js';

describe('native resource limits', () => {
  it('names every limit asked for, and ignores device rules and unset values', () => {
    expect(requestedLimits({ devices: [{ allow: false, access: 'rwm' }], memory: { limit: 0 }, cpu: { shares: 0 } })).toEqual([]);
    expect(
      requestedLimits({
        memory: { limit: 1 << 26, swap: 1 },
        cpu: { shares: 512, quota: 50000, period: 100000, cpus: '0' },
        pids: { limit: 9 },
      }),
    ).toEqual(['memory', 'swap', 'cpu shares', 'cpu quota', 'cpuset', 'pids']);
  });

  it('refuses with FailedPrecondition naming what cannot be limited', () => {
    expect(() => refuseLimits({}, 'darwin')).not.toThrow();
    expect(() => refuseLimits({ memory: { limit: 64 << 20 }, cpu: { shares: 512 } }, 'darwin')).toThrow(
      expect.objectContaining({
        code: Code.FailedPrecondition,
        message: expect.stringMatching(/^native containers cannot limit memory, cpu shares: /),
      }),
    );
  });
});
