// What the Task RPCs read and write beyond their messages: the bundle's config.json (Create),
// an exec's process spec and Update's resources (JSON in an Any), and a container's stats as
// cgroup v2 Metrics (Stats). Each malformed input is InvalidArgument naming what is wrong.
import { readFile } from 'node:fs/promises';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import { invalidArgument, notFound } from '../common/errdefs.js';
import type { Mount, OciProcess, OciResources, OciSpec } from '../common/oci.js';
import type { ContainerStats } from '../common/stats.js';
import { io, type containerd } from '../generated/protos.js';

/** A container's stats in cgroup v2's shape, the type containerd's clients already decode for runc. */
export function encodeMetrics(s: ContainerStats): { type_url: string; value: Uint8Array } {
  const metrics = io.containerd.cgroups.v2.Metrics.encode({
    pids: { current: s.pids },
    cpu: { usageUsec: s.userUsec + s.systemUsec, userUsec: s.userUsec, systemUsec: s.systemUsec },
    memory: {
      usage: s.memoryBytes,
      anon: s.anonBytes,
      file: s.fileBytes,
      usageLimit: s.limitBytes ?? totalmem(),
      inactiveFile: s.inactiveFileBytes ?? 0,
    },
  }).finish();
  return { type_url: 'io.containerd.cgroups.v2.Metrics', value: metrics };
}

/** The bundle's config.json, checked for what Create needs (a process with arguments). */
export async function readSpec(bundle: string): Promise<OciSpec> {
  let text: string;
  try {
    text = await readFile(join(bundle, 'config.json'), 'utf8');
  } catch (err) {
    throw notFound(`config.json in bundle ${bundle}: ${(err as Error).message}`, err);
  }
  let spec: unknown;
  try {
    spec = JSON.parse(text);
  } catch (err) {
    throw invalidArgument(`malformed config.json: ${(err as Error).message}`, err);
  }
  if (!spec || typeof spec !== 'object' || Array.isArray(spec)) throw invalidArgument('malformed config.json: not an object');
  const s = spec as OciSpec;
  if (!s.process || typeof s.process !== 'object') throw invalidArgument('malformed config.json: no process');
  if (!Array.isArray(s.process.args) || s.process.args.length === 0 || !s.process.args.every((a) => typeof a === 'string')) {
    throw invalidArgument('malformed config.json: process.args must be a non-empty list of strings');
  }
  return s;
}

/** Task.Update's resources: an OCI LinuxResources object as JSON (containerd's typeurl for it). */
export function parseResources(value: Uint8Array | null | undefined): OciResources {
  if (!value || value.length === 0) throw invalidArgument('update: resources are empty');
  let r: unknown;
  try {
    r = JSON.parse(Buffer.from(value).toString('utf8'));
  } catch (err) {
    throw invalidArgument(`update: malformed resources: ${(err as Error).message}`, err);
  }
  if (!r || typeof r !== 'object' || Array.isArray(r)) throw invalidArgument('update: resources must be an object');
  return r as OciResources;
}

export function parseProcessSpec(value: Uint8Array | null | undefined): OciProcess {
  if (!value || value.length === 0) throw invalidArgument('exec: process spec is empty');
  let p: OciProcess;
  try {
    p = JSON.parse(Buffer.from(value).toString('utf8')) as OciProcess;
  } catch (err) {
    throw invalidArgument(`exec: malformed process spec: ${(err as Error).message}`, err);
  }
  if (!p || typeof p !== 'object' || Array.isArray(p)) throw invalidArgument('exec: process spec is not a JSON object');
  if (!Array.isArray(p.args) || p.args.length === 0) throw invalidArgument('exec: process.args must not be empty');
  return p;
}

/** The rootfs mounts of a CreateTask request, as the executors take them. */
export function parseRootfs(mounts: containerd.types.IMount[]): Mount[] {
  return mounts.map((m) => ({
    type: m.type ?? '',
    source: m.source ?? '',
    target: m.target || undefined,
    options: [...(m.options ?? [])],
  }));
}
