// A private containerd with the CRI plugin on, both tandem handlers (tandem, tandem-vm), empty
// CNI dirs (host-network pods need none), and a pause image built here and imported into k8s.io;
// plus helpers that build pod and container configs for our CRI client.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { CriClient, runtime } from '../../src/cri/client.js';
import { criConfigV2, VM_HANDLER_CONFIG } from '../../src/cri/containerd-config.js';
import { PAUSE_IMAGE } from '../../src/images/pause.js';
import { BUSYBOX_TAR, Containerd, REPO } from './containerd.js';

export const PAUSE_TAR = join(REPO, 'images/out/pause.tar');
export const NodeMode = runtime.v1.NamespaceMode.NODE;

export interface CriEnv {
  cd: Containerd;
  cri: CriClient;
  /** Where the pods' logs go (each pod gets a directory below). */
  logs: string;
  dispose(): Promise<void>;
}

/** The pause image archive (native/tandem-pause as /pause), built once. */
export function ensurePauseImage(): void {
  if (existsSync(PAUSE_TAR)) return;
  mkdirSync(join(REPO, 'images/out'), { recursive: true });
  execFileSync(join(REPO, 'bin/tandem'), ['image', 'pause', '--out', PAUSE_TAR], { stdio: 'inherit' });
}

export async function startCri(env: Record<string, string> = {}): Promise<CriEnv> {
  ensurePauseImage();
  const dir = mkdtempSync('/tmp/td-cri-');
  for (const d of ['cni/bin', 'cni/conf', 'logs']) mkdirSync(join(dir, d), { recursive: true });
  const vmConfigPath = join(dir, 'tandem-vm.json');
  writeFileSync(vmConfigPath, JSON.stringify(VM_HANDLER_CONFIG));
  const cd = await Containerd.start({
    cri: true,
    env,
    extraConfig: criConfigV2({
      vmConfigPath,
      sandboxImage: PAUSE_IMAGE,
      cniBinDir: join(dir, 'cni/bin'),
      cniConfDir: join(dir, 'cni/conf'),
    }),
  });
  await cd.ctrOk(['images', 'import', PAUSE_TAR]);
  await cd.ctrOk(['images', 'import', BUSYBOX_TAR]);
  const cri = new CriClient(cd.address);
  return {
    cd,
    cri,
    logs: join(dir, 'logs'),
    async dispose() {
      // Every pod still there is stopped and removed through CRI (that is what removes its
      // containers' tasks, snapshots and log files), then containerd goes.
      const pods = (await cri.runtime.ListPodSandbox({}).catch(() => ({ items: [] }))).items;
      for (const p of pods) {
        await cri.runtime.StopPodSandbox({ podSandboxId: p.id }).catch(() => {});
        await cri.runtime.RemovePodSandbox({ podSandboxId: p.id }).catch(() => {});
      }
      cri.close();
      await cd.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A host-network pod's config (the only kind a darwin node runs; no CNI needed anywhere). */
export function podConfig(name: string, logDirectory: string, extra: runtime.v1.IPodSandboxConfig = {}): runtime.v1.IPodSandboxConfig {
  return {
    metadata: { name, namespace: 'default', uid: `uid-${name}`, attempt: 0 },
    logDirectory,
    linux: { securityContext: { namespaceOptions: { network: NodeMode } } },
    ...extra,
  };
}

export function containerConfig(
  name: string,
  image: string,
  command: string[],
  extra: runtime.v1.IContainerConfig = {},
): runtime.v1.IContainerConfig {
  return { metadata: { name, attempt: 0 }, image: { image }, command, logPath: `${name}.log`, ...extra };
}
