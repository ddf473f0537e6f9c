import { describe, expect, it } from 'vitest';
import { Code, TandemError } from '../common/errdefs.js';
import type { OciProcess } from '../common/oci.js';
import { helperInvocation } from './helper-args.js';

const base: OciProcess = { user: { uid: 0, gid: 0 }, args: ['sh'], cwd: '/', env: ['PATH=/bin', 'A=b=c'] };

describe('helperInvocation', () => {
  it('translates every process field', () => {
    const inv = helperInvocation(
      '/r',
      {
        ...base,
        cwd: '/w',
        user: { uid: 1000, gid: 1001, additionalGids: [5, 6], umask: 0o22, username: 'u' },
        rlimits: [{ type: 'RLIMIT_NOFILE', soft: 10, hard: JSON.parse('18446744073709551615') as number }],
        noNewPrivileges: true,
        args: ['prog', '--', 'x'],
      },
      { terminal: true },
    );
    expect(inv.args).toEqual([
      '--root',
      '/r',
      '--cwd',
      '/w',
      '--uid',
      '1000',
      '--gid',
      '1001',
      '--groups',
      '5,6',
      '--user',
      'u',
      '--umask',
      '22',
      '--rlimit',
      'RLIMIT_NOFILE:10:unlimited',
      '--tty',
      '--no-new-privs',
      '--',
      'prog',
      '--',
      'x',
    ]);
    expect(inv.env).toEqual({ PATH: '/bin', A: 'b=c' });
  });

  it.each([
    [{ ...base, args: [] }, 'process.args'],
    [{ ...base, cwd: 'rel' }, 'process.cwd'],
    [{ ...base, env: ['NOEQUALS'] }, 'NAME=value'],
    [{ ...base, rlimits: [{ type: 'NOFILE', soft: 1, hard: 1 }] }, 'unknown rlimit'],
    [{ ...base, user: { uid: -1, gid: 0 } }, 'numeric uid'],
    // fuzz findings: config.json fields of the wrong type were TypeErrors, a NUL failed the spawn
    [{ ...base, cwd: 5 }, 'absolute path'],
    [{ ...base, user: [] }, 'numeric uid'],
    [{ ...base, env: 'A=1' }, 'NAME=value'],
    [{ ...base, rlimits: [{ type: 'RLIMIT_NOFILE', soft: 'x', hard: 1 }] }, 'must be numbers'],
    [{ ...base, args: ['sh', 'a\0b'] }, 'NUL'],
  ])('rejects bad input with InvalidArgument (%#)', (p, msg) => {
    let err: unknown;
    try {
      helperInvocation('/r', p as OciProcess, { terminal: false });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TandemError);
    expect((err as TandemError).code).toBe(Code.InvalidArgument);
    expect((err as Error).message).toContain(msg);
  });
});
