// A process's user given by name (`process.user.username`: the Docker endpoint's `-u name` or
// an image's `USER name`) resolved in the container's own /etc/passwd and /etc/group, as dockerd
// does before it hands runc a spec (runc and crun take only numbers: the OCI spec's username is
// Windows's). The VM's agent resolves it whole (without this its process ran as uid 0); the
// native executor takes the supplementary groups from here (its helper reads the passwd itself).
// The user's supplementary groups are the groups that list it, as runc's exec user lookup gives them.
import { readFile } from 'node:fs/promises';
import { failedPrecondition } from './errdefs.js';
import { resolveInRoot } from './in-root.js';
import type { OciUser } from './oci.js';

/** The user with its name resolved from the passwd and group texts (undefined: no such file). */
export function userFromAccounts(user: OciUser, passwd: string | undefined, group: string | undefined): OciUser {
  const name = user.username;
  if (!name) return user;
  const pw = (passwd ?? '')
    .split('\n')
    .map((l) => l.split(':'))
    .find((f) => f[0] === name && f.length >= 4);
  if (!pw) throw failedPrecondition(`unable to find user ${name}: no matching entries in passwd file`);
  const uid = Number(pw[2]);
  const primary = Number(pw[3]);
  if (!Number.isInteger(uid) || !Number.isInteger(primary))
    throw failedPrecondition(`passwd entry of user ${name} has no numeric uid and gid`);
  const extra = new Set([...(user.additionalGids ?? []), ...groupsListing(name, group)]);
  const out: OciUser = { ...user, uid, gid: user.gid || primary };
  delete out.username;
  extra.delete(out.gid);
  if (extra.size) out.additionalGids = [...extra].sort((a, b) => a - b);
  return out;
}

/** The gids of the groups whose member list names the user. */
export function groupsListing(name: string, group: string | undefined): number[] {
  const out: number[] = [];
  for (const line of (group ?? '').split('\n')) {
    const [, , gid, members] = line.split(':');
    if (gid !== undefined && /^\d+$/.test(gid) && (members ?? '').split(',').includes(name)) out.push(Number(gid));
  }
  return out;
}

/** A file of the root (followed inside it), or undefined when it cannot be read. */
export const readInRoot = (root: string, p: string): Promise<string | undefined> =>
  resolveInRoot(root, p)
    .then((f) => readFile(f, 'utf8'))
    .catch(() => undefined);

/** Reads the accounts of the root the process runs in (symlinks followed inside it). */
export async function resolveUser(root: string, user: OciUser | undefined): Promise<OciUser | undefined> {
  if (!user?.username) return user;
  const [passwd, group] = await Promise.all([readInRoot(root, '/etc/passwd'), readInRoot(root, '/etc/group')]);
  return userFromAccounts(user, passwd, group);
}
