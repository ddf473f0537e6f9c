import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { OciSpec } from '../../common/oci.js';
import { parseProfile, seccompFor, withSeccomp, type Profile } from './seccomp.js';

const PROFILE: Profile = {
  defaultAction: 'SCMP_ACT_ERRNO',
  defaultErrnoRet: 1,
  archMap: [
    { architecture: 'SCMP_ARCH_X86_64', subArchitectures: ['SCMP_ARCH_X86', 'SCMP_ARCH_X32'] },
    { architecture: 'SCMP_ARCH_AARCH64', subArchitectures: ['SCMP_ARCH_ARM'] },
  ],
  syscalls: [
    { names: ['read', 'write'], action: 'SCMP_ACT_ALLOW' },
    { names: ['arch_prctl'], action: 'SCMP_ACT_ALLOW', includes: { arches: ['amd64', 'x32'] } },
    { names: ['mount'], action: 'SCMP_ACT_ALLOW', includes: { caps: ['CAP_SYS_ADMIN'] } },
    { names: ['ptrace'], action: 'SCMP_ACT_ERRNO', errnoRet: 1, excludes: { caps: ['CAP_SYS_PTRACE'] } },
    { names: ['pidfd_getfd'], action: 'SCMP_ACT_ALLOW', includes: { minKernel: '5.6' } },
    { names: ['personality'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: 0, valueTwo: 0, op: 'SCMP_CMP_EQ' }] },
  ],
};
const names = (s: Record<string, unknown>) => (s.syscalls as { names: string[] }[]).flatMap((r) => r.names);

test("a rule counts where its arches, capabilities and kernel match, as dockerd's setupSeccomp reads them", () => {
  const amd64 = seccompFor(PROFILE, { arch: 'amd64', kernel: '6.1.0-28-amd64', caps: ['CAP_CHOWN'] });
  expect(amd64.architectures).toEqual(['SCMP_ARCH_X86_64', 'SCMP_ARCH_X86', 'SCMP_ARCH_X32']);
  expect([amd64.defaultAction, amd64.defaultErrnoRet]).toEqual(['SCMP_ACT_ERRNO', 1]);
  expect(names(amd64)).toEqual(['read', 'write', 'arch_prctl', 'ptrace', 'pidfd_getfd', 'personality']);
  const arm = seccompFor(PROFILE, { arch: 'arm64', kernel: '5.4', caps: ['CAP_SYS_ADMIN', 'CAP_SYS_PTRACE'] });
  expect(arm.architectures).toEqual(['SCMP_ARCH_AARCH64', 'SCMP_ARCH_ARM']);
  expect(names(arm)).toEqual(['read', 'write', 'mount', 'personality']);
  expect((amd64.syscalls as { args?: unknown[] }[]).at(-1)!.args).toHaveLength(1);
});

test("the annotation: default is the guest image's profile; a bad profile or none is named", () => {
  expect(parseProfile('default', () => JSON.stringify(PROFILE)).syscalls).toHaveLength(6);
  expect(() => parseProfile('default', () => undefined)).toThrow(/no default seccomp profile .*tandem guest build/);
  expect(() => parseProfile('{', () => undefined)).toThrow(/seccomp profile: not JSON/);
  expect(() => parseProfile('{"syscalls":[]}', () => undefined)).toThrow(/no defaultAction/);
});

test('the spec gets the filter for its bounding capabilities; without the annotation it is left as it is', () => {
  const spec: OciSpec = {
    ociVersion: '1.0.2',
    process: { user: { uid: 0, gid: 0 }, cwd: '/', capabilities: { bounding: ['CAP_SYS_ADMIN'] } },
    annotations: { 'io.containerd.tandem.seccomp': JSON.stringify(PROFILE) },
  };
  const out = withSeccomp(spec, { arch: 'amd64', kernel: '6.1' }, () => undefined);
  expect(names((out.linux as { seccomp: Record<string, unknown> }).seccomp)).toContain('mount');
  const none = { ...spec, annotations: {} };
  expect(withSeccomp(none, { arch: 'amd64', kernel: '6.1' }, () => undefined)).toBe(none);
});

// Debian's profile where this host has it (golang-github-containers-common, which the guest image
// takes): Podman's edition of Docker's rules, which leaves more to the capabilities (docs/security.md).
test.skipIf(!readable('/usr/share/containers/seccomp.json'))(
  "Debian's profile reads: common calls allowed, kexec and userfaultfd refused, bpf only with CAP_SYS_ADMIN",
  () => {
    const p = parseProfile('default', () => readFileSync('/usr/share/containers/seccomp.json', 'utf8'));
    const rules = (caps: string[]) =>
      seccompFor(p, { arch: 'amd64', kernel: '6.1', caps }).syscalls as { names: string[]; action: string; args?: unknown[] }[];
    const refused = (caps: string[]) =>
      rules(caps)
        .filter((r) => r.action === 'SCMP_ACT_ERRNO' && !r.args)
        .flatMap((r) => r.names);
    const allowed = rules(['CAP_CHOWN'])
      .filter((r) => r.action === 'SCMP_ACT_ALLOW')
      .flatMap((r) => r.names);
    for (const call of ['read', 'openat', 'clone', 'execve', 'arch_prctl']) expect(allowed).toContain(call);
    for (const call of ['kexec_load', 'userfaultfd', 'bpf', 'init_module']) expect(refused(['CAP_CHOWN'])).toContain(call);
    expect(refused(['CAP_SYS_ADMIN'])).not.toContain('bpf');
  },
);

function readable(p: string): boolean {
  try {
    readFileSync(p);
    return true;
  } catch {
    return false;
  }
}
