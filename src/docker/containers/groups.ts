// --group-add: a number is the gid as given; a name is looked up in the container's own
// /etc/group at each start, as dockerd does when it builds the spec at start (the container's
// layer may have added the group), and the gids found go into the spec's additionalGids.
import { accountRow } from '../../common/accounts.js';
import { invalidArgument } from '../../common/errdefs.js';

const NUM = /^\d+$/;

/** The gids given as numbers (they go into the spec at create). */
export const numericGroups = (groupAdd: readonly string[] | null | undefined): number[] =>
  (groupAdd ?? []).filter((g) => NUM.test(g)).map(Number);

/** The groups given by name (resolved at each start). */
export const namedGroups = (groupAdd: readonly string[] | null | undefined): string[] => (groupAdd ?? []).filter((g) => !NUM.test(g));

/** Each name's gid in an /etc/group text (undefined: the root has none); dockerd's words when one is missing. */
export function gidsOf(names: readonly string[], group: string | undefined): number[] {
  return names.map((name) => {
    const row = accountRow(group, name, 3);
    if (!row || !NUM.test(row[2]!)) throw invalidArgument(`Unable to find group ${name}: no matching entries in group file`);
    return Number(row[2]);
  });
}

/** The spec's additionalGids for this start: the numbers, then the names' gids, each once. */
export const additionalGids = (groupAdd: readonly string[] | null | undefined, resolved: readonly number[]): number[] => [
  ...new Set([...numericGroups(groupAdd), ...resolved]),
];
