import { describe, expect, it } from 'vitest';
import { Code } from '../common/errdefs.js';
import type { OciSpec } from '../common/oci.js';
import { execNamespaces, namespacePlan, withoutOwn } from './namespaces.js';

const spec = (namespaces: { type: string; path?: string }[]): OciSpec => ({ ociVersion: '1.0.2', linux: { namespaces } });

describe('namespacePlan', () => {
  it('Linux: joins namespaces given by path (pid last), makes no new ones, skips mount', () => {
    const plan = namespacePlan(
      spec([
        { type: 'pid', path: '/proc/9/ns/pid' },
        { type: 'network', path: '/var/run/netns/cni-1' },
        { type: 'ipc', path: '/proc/9/ns/ipc' },
        { type: 'uts' },
        { type: 'mount' },
      ]),
      'linux',
    );
    expect(plan.enter).toEqual([
      { type: 'net', path: '/var/run/netns/cni-1' },
      { type: 'ipc', path: '/proc/9/ns/ipc' },
      { type: 'pid', path: '/proc/9/ns/pid' },
    ]);
    expect(plan.skipped).toEqual([
      "a new uts namespace: native containers share the host's",
      "a new mount namespace: native containers share the host's",
    ]);
    expect(execNamespaces(plan, 42).map((n) => n.path)).toEqual(['/proc/42/ns/net', '/proc/42/ns/ipc', '/proc/42/ns/pid']);
  });

  it('darwin: a network namespace by path is refused, saying to use the host network', () => {
    expect(() => namespacePlan(spec([{ type: 'network', path: '/var/run/netns/x' }]), 'darwin')).toThrow(
      expect.objectContaining({ code: Code.FailedPrecondition, message: expect.stringMatching(/hostNetwork: true/) }),
    );
    expect(namespacePlan(spec([{ type: 'network' }, { type: 'ipc', path: '/proc/9/ns/ipc' }]), 'darwin').enter).toEqual([]);
  });

  it('refuses user namespaces by path', () => {
    expect(() => namespacePlan(spec([{ type: 'user', path: '/proc/9/ns/user' }]), 'linux')).toThrow(/user namespace/);
  });

  it("drops what is already the shim's own namespace", async () => {
    const plan = await withoutOwn({ enter: [{ type: 'ipc', path: '/proc/self/ns/ipc' }], skipped: [] });
    expect(plan.enter).toEqual([]);
    expect(plan.skipped[0]).toMatch(/the host's own/);
  });
});
