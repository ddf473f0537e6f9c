import { expect, test } from 'vitest';
import type { OciSpec } from '../common/oci.js';
import { unhonouredFields } from './unhonoured.js';

const spec = (s: Partial<OciSpec>): OciSpec => ({ ociVersion: '1.0.2', ...s });

test('a hostname and resource limits are reported; defaults and unset fields are not', () => {
  expect(unhonouredFields(spec({}))).toEqual([]);
  // What ctr 1.6 puts in every spec: the default cpu weight and a device rule, no limit.
  expect(unhonouredFields(spec({ linux: { resources: { devices: [{ allow: false, access: 'rwm' }], cpu: { shares: 1024 } } } }))).toEqual(
    [],
  );
  expect(
    unhonouredFields(
      spec({
        hostname: 'web',
        linux: {
          resources: {
            memory: { limit: 64 << 20, swap: 0 },
            cpu: { shares: 2, quota: 50000, period: 100000, cpus: '0-1' },
            pids: { limit: 100 },
            blockIO: { weight: 0, throttleReadBpsDevice: [] },
          },
        },
      }),
    ),
  ).toEqual([
    'hostname',
    'linux.resources.memory.limit',
    'linux.resources.cpu.shares',
    'linux.resources.cpu.quota',
    'linux.resources.cpu.cpus',
    'linux.resources.pids.limit',
  ]);
});
