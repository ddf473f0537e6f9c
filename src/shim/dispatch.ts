// Chooses the executor for each container and loads executors lazily (the VM code is only
// loaded when a VM container appears). The annotation io.containerd.tandem.runtime wins;
// otherwise the host's own OS runs natively (darwin on macOS, linux here).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { invalidArgument } from '../common/errdefs.js';
import { ANNOTATION_RUNTIME, type Mount, type OciSpec } from '../common/oci.js';
import type { Executor } from './executor.js';
import type { Logger } from './log.js';
import { BUNDLE_STATE_FILE } from './paths.js';

export type ExecutorName = Executor['name'];

const loaded = new Map<ExecutorName, Promise<Executor>>();

export function loadExecutor(name: ExecutorName): Promise<Executor> {
  let e = loaded.get(name);
  if (!e) {
    e = name === 'native' ? import('./native/index.js').then((m) => new m.NativeExecutor()) : import('../linuxvm/executor.js').then((m) => new m.VmExecutor());
    loaded.set(name, e);
  }
  return e;
}

export interface DispatchDecision {
  executor: ExecutorName;
  reason: string;
}

export function decide(spec: OciSpec, _rootfs: Mount[]): DispatchDecision {
  const wanted = spec.annotations?.[ANNOTATION_RUNTIME];
  if (wanted !== undefined) {
    if (wanted !== 'native' && wanted !== 'vm') throw invalidArgument(`annotation ${ANNOTATION_RUNTIME}=${wanted}: must be "native" or "vm"`);
    return { executor: wanted, reason: `annotation ${ANNOTATION_RUNTIME}=${wanted}` };
  }
  return { executor: 'native', reason: `default for a ${process.platform} host` };
}

export async function chooseExecutor(spec: OciSpec, rootfs: Mount[], log: Logger): Promise<Executor> {
  const d = decide(spec, rootfs);
  log.info(d, 'executor chosen');
  return loadExecutor(d.executor);
}

/** The executor recorded in a bundle by Create (for `delete` after the daemon is gone). */
export async function recordedExecutor(bundle: string): Promise<ExecutorName | undefined> {
  try {
    const s = JSON.parse(await readFile(join(bundle, BUNDLE_STATE_FILE), 'utf8')) as { executor?: ExecutorName };
    return s.executor;
  } catch {
    return undefined;
  }
}
