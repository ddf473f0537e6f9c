// A process's user given by name (`process.user.username`: the Docker endpoint's `-u name[:group]`
// or an image's `USER name[:group]`, either part a name or a number) resolved in the container's
// own /etc/passwd and /etc/group, as dockerd does before it hands runc a spec (runc and crun take
// only numbers: the OCI spec's username is Windows's, and tandem's executors read it this way).
// Both the VM's agent and the native executor resolve it here; without it a VM process ran as
// uid 0. The supplementary groups are the groups that list the user, as runc's lookup gives them.
import { readFile } from 'node:fs/promises';
import { failedPrecondition, invalidArgument } from './errdefs.js';
import { resolveInRoot } from './in-root.js';
import type { OciUser } from './oci.js';

const NUM = /^\d+$/;
const rows = (text: string | undefined) => (text ?? '').split('\n').map((l) => l.split(':'));

/**
 * The row of an /etc/passwd (fields ≥ 4) or /etc/group (≥ 3) text for a name, or for a number
 * the row of that id; undefined when there is none. The one lookup of the endpoint's build, its
 * --group-add and the executors' users.
 */
export function accountRow(text: string | undefined, key: string, fields: 3 | 4): string[] | undefined {
  return rows(text).find((f) => f.length >= fields && (NUM.test(key) ? f[2] === key : f[0] === key));
}

/** The user with `username` (`user[:group]`) resolved from the passwd and group texts (undefined: no such file). */
export function userFromAccounts(user: OciUser, passwd: string | undefined, group: string | undefined): OciUser {
  if (user.username === undefined || user.username === '') return user;
  // The spec comes from any containerd client: a name of another type is refused, not a TypeError.
  if (typeof user.username !== 'string') throw invalidArgument('process.user.username must be a string');
  const [u, g] = user.username.split(':', 2) as [string, string | undefined];
  const pw = accountRow(passwd, u, 4);
  if (!pw && !NUM.test(u)) throw failedPrecondition(`unable to find user ${u}: no matching entries in passwd file`);
  const uid = Number(pw ? pw[2] : u);
  if (!Number.isInteger(uid)) throw failedPrecondition(`passwd entry of user ${u} has no numeric uid`);
  let gid: number;
  if (g === undefined || g === '') gid = pw ? Number(pw[3]) : user.gid;
  else if (NUM.test(g)) gid = Number(g);
  else {
    const gr = accountRow(group, g, 3);
    if (!gr) throw failedPrecondition(`unable to find group ${g}: no matching entries in group file`);
    gid = Number(gr[2]);
  }
  if (!Number.isInteger(gid)) throw failedPrecondition(`user ${user.username} has no numeric gid`);
  const extra = new Set([...(user.additionalGids ?? []), ...(pw ? groupsListing(pw[0]!, group) : [])]);
  const out: OciUser = { ...user, uid, gid };
  delete out.username;
  extra.delete(gid);
  if (extra.size) out.additionalGids = [...extra].sort((a, b) => a - b);
  else delete out.additionalGids;
  return out;
}

/** The gids of the groups whose member list names the user. */
function groupsListing(name: string, group: string | undefined): number[] {
  return rows(group)
    .filter(([, , gid, members]) => gid !== undefined && NUM.test(gid) && (members ?? '').split(',').includes(name))
    .map(([, , gid]) => Number(gid));
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
