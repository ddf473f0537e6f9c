import { describe, expect, test } from 'vitest';
import { checkId, parseSpec, specForGuest } from '../guest/spec.js';
import { WARMUP_ID, warmupSpec } from './warmup.js';

describe('the warm-up container', () => {
  test('its id is valid for the agent and never a client container (those are <namespace>--<id>)', () => {
    expect(() => checkId('container', WARMUP_ID)).not.toThrow();
    expect(WARMUP_ID).not.toContain('--');
  });

  test("its spec passes the agent's own checks and rewrite, read-only on the system image", () => {
    const spec = parseSpec(JSON.stringify(warmupSpec()));
    const g = specForGuest(spec, { id: WARMUP_ID, rootfs: '/.system', terminal: false, createdFifo: '/c', gateFifo: '/g' });
    expect(g.root).toEqual({ path: '/.system', readonly: true });
    expect(g.process?.args).toEqual(['/bin/busybox', 'true']);
    // The agent adds a private cgroup namespace and its hierarchy inside the spec's sysfs (spec.ts).
    expect((g.linux?.namespaces as { type: string }[]).map((n) => n.type)).toEqual(['pid', 'ipc', 'uts', 'mount', 'cgroup']);
    expect(g.mounts?.at(-1)?.destination).toBe('/sys/fs/cgroup');
  });
});
