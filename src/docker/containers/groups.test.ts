import { expect, test } from 'vitest';
import { additionalGids, gidsOf, namedGroups, numericGroups } from './groups.js';

const GROUP = 'root:x:0:\naudio:x:29:\nvideo:x:44:user\nbroken:x:nan:\n';

test('numbers go into the spec at create, names wait for the start', () => {
  expect(numericGroups(['1234', 'audio', '0'])).toEqual([1234, 0]);
  expect(namedGroups(['1234', 'audio', 'video'])).toEqual(['audio', 'video']);
  expect([numericGroups(null), namedGroups(undefined)]).toEqual([[], []]);
});

test("names resolve in the container's /etc/group; a missing one is dockerd's error", () => {
  expect(gidsOf(['video', 'audio'], GROUP)).toEqual([44, 29]);
  expect(() => gidsOf(['games'], GROUP)).toThrow('Unable to find group games: no matching entries in group file');
  expect(() => gidsOf(['broken'], GROUP)).toThrow(/Unable to find group broken/);
  expect(() => gidsOf(['audio'], undefined)).toThrow(/Unable to find group audio/);
});

test('the spec gets the numbers then the names, each once', () => {
  expect(additionalGids(['29', 'audio', '7'], [29])).toEqual([29, 7]);
});
