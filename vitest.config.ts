import { defineConfig } from 'vitest/config';

// Two projects: unit tests of pure logic beside the code, and integration tests that drive a
// real containerd, ctr and QEMU (one containerd per test file, files run one at a time because
// the machine has two cores and the guest VM is booted under TCG).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], testTimeout: 20_000, globalSetup: ['test/helpers/unit-tmp.ts'] } },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          globalSetup: ['test/helpers/global-setup.ts'],
        },
      },
    ],
  },
});
