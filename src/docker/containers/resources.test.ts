import { expect, test } from 'vitest';
import { checkMemoryUpdate, withDefaultSwap } from './resources.js';

test("a memory limit without --memory-swap gets as much swap again, as dockerd's adaptContainerSettings", () => {
  expect(withDefaultSwap({ Memory: 32 << 20 })).toEqual({ Memory: 32 << 20, MemorySwap: 64 << 20 });
  expect(withDefaultSwap({ Memory: 32 << 20, MemorySwap: -1 })).toEqual({ Memory: 32 << 20, MemorySwap: -1 });
  expect(withDefaultSwap({ Memory: 32 << 20, MemorySwap: 40 << 20 })).toEqual({ Memory: 32 << 20, MemorySwap: 40 << 20 });
  expect(withDefaultSwap({})).toEqual({});
});

test('docker update: a memory limit above the swap limit set is refused unless the swap changes too', () => {
  const words =
    /Cannot update container c1: Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time/;
  expect(() => checkMemoryUpdate('c1', { MemorySwap: 0 }, 64 << 20, 0)).toThrow(words);
  expect(() => checkMemoryUpdate('c1', { MemorySwap: 64 << 20 }, 96 << 20, undefined)).toThrow(words);
  expect(() => checkMemoryUpdate('c1', { MemorySwap: 128 << 20 }, 96 << 20, 0)).not.toThrow();
  expect(() => checkMemoryUpdate('c1', { MemorySwap: -1 }, 96 << 20, 0)).not.toThrow();
  expect(() => checkMemoryUpdate('c1', { MemorySwap: 0 }, 64 << 20, 128 << 20)).not.toThrow();
  expect(() => checkMemoryUpdate('c1', { MemorySwap: 0 }, 0, 0)).not.toThrow();
});
