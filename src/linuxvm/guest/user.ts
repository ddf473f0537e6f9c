// A process's user given by name (`process.user.username`: the Docker endpoint's `-u name` or
// an image's `USER name`) resolved in the container's own /etc/passwd and /etc/group, as dockerd
// does before it hands runc a spec (runc and crun take only numbers: the OCI spec's username is
// Windows's). Without this the process would run as uid 0. The user's supplementary groups are
// the groups that list it, as runc's exec user lookup gives them.
import { readFile } from 'node:fs/promises';
import { failedPrecondition } from '../../common/errdefs.js';
import { resolveInRoot } from '../../common/in-root.js';
import type { OciUser } from '../../common/oci.js';

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
  const extra = new Set(user.additionalGids ?? []);
  for (const line of (group ?? '').split('\n')) {
    const [, , gid, members] = line.split(':');
    if (gid !== undefined && /^\d+$/.test(gid) && (members ?? '').split(',').includes(name)) extra.add(Number(gid));
  }
  const out: OciUser = { ...user, uid, gid: user.gid || primary };
  delete out.username;
  extra.delete(out.gid);
  if (extra.size) out.additionalGids = [...extra].sort((a, b) => a - b);
  return out;
}

/** Reads the accounts of the root the process runs in (symlinks followed inside it). */
export async function resolveUser(root: string, user: OciUser | undefined): Promise<OciUser | undefined> {
  if (!user?.username) return user;
  const read = async (p: string) =>
    resolveInRoot(root, p)
      .then((f) => readFile(f, 'utf8'))
      .catch(() => undefined);
  const [passwd, group] = await Promise.all([read('/etc/passwd'), read('/etc/group')]);
  return userFromAccounts(user, passwd, group);
}
