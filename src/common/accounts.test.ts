import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { resolveUser, userFromAccounts } from './accounts.js';

const passwd = 'root:x:0:0:root:/root:/bin/sh\nuser:x:1000:1000:user:/home/user:/bin/sh\napp:x:1001:1001::/app:/bin/sh\n';
const group = 'root:x:0:\nuser:x:1000:\nstaff:x:50:user,app\nwheel:x:10:app\n';

test("a user by name gets its uid, primary gid and the groups that list it, as runc's lookup gives them", () => {
  expect(userFromAccounts({ uid: 0, gid: 0, username: 'user' }, passwd, group)).toEqual({ uid: 1000, gid: 1000, additionalGids: [50] });
  expect(userFromAccounts({ uid: 0, gid: 0, username: 'app' }, passwd, group)).toEqual({ uid: 1001, gid: 1001, additionalGids: [10, 50] });
  // A group given as a number (`-u app:50`) is kept, and not repeated among the extra ones.
  expect(userFromAccounts({ uid: 0, gid: 0, username: 'app:50' }, passwd, group)).toEqual({ uid: 1001, gid: 50, additionalGids: [10] });
  // Numbers only: nothing to look up.
  expect(userFromAccounts({ uid: 7, gid: 7 }, undefined, undefined)).toEqual({ uid: 7, gid: 7 });
});

test('user[:group] with names or numbers, as dockerd resolves them', () => {
  const as = (username: string) => userFromAccounts({ uid: 0, gid: 0, username }, passwd, group);
  expect(as('app:staff')).toEqual({ uid: 1001, gid: 50, additionalGids: [10] });
  expect(as('app:7')).toEqual({ uid: 1001, gid: 7, additionalGids: [10, 50] });
  expect(as('1000')).toEqual({ uid: 1000, gid: 1000, additionalGids: [50] }); // a known uid: its passwd entry
  expect(as('1000:wheel')).toEqual({ uid: 1000, gid: 10, additionalGids: [50] });
  expect(as('4242')).toEqual({ uid: 4242, gid: 0 }); // unknown uid: the number, no group
  expect(userFromAccounts({ uid: 0, gid: 0, username: '4242' }, undefined, undefined)).toEqual({ uid: 4242, gid: 0 });
  expect(() => as('app:ghosts')).toThrow('unable to find group ghosts: no matching entries in group file');
});

test('an unknown user, or an image without /etc/passwd, is refused with runc’s words', () => {
  expect(() => userFromAccounts({ uid: 0, gid: 0, username: 'ghost' }, passwd, group)).toThrow(
    'unable to find user ghost: no matching entries in passwd file',
  );
  expect(() => userFromAccounts({ uid: 0, gid: 0, username: 'user' }, undefined, undefined)).toThrow(/unable to find user user/);
  expect(() => userFromAccounts({ uid: 0, gid: 0, username: 5 as unknown as string }, passwd, group)).toThrow(
    'process.user.username must be a string',
  );
});

test("the accounts are read inside the container's root: a symlinked /etc/passwd is followed there, not on the host", async () => {
  const root = mkdtempSync(join(tmpdir(), 'tandem-user-'));
  try {
    mkdirSync(join(root, 'etc'));
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'data/passwd'), passwd);
    symlinkSync('/data/passwd', join(root, 'etc/passwd'));
    expect(await resolveUser(root, { uid: 0, gid: 0, username: 'app' })).toEqual({ uid: 1001, gid: 1001 });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
