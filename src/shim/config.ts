// tandem's runtime configuration, a small JSON file: the path comes from the container's runtime
// options (`ctr run --runtime-config-path FILE`, runtimeoptions.v1.Options.config_path), else
// TANDEM_CONFIG, else /etc/tandem/config.json (optional).
//   { "linuxExecutor": "native" | "vm" }   what linux images run in on a Linux host (default native)
import { readFileSync } from 'node:fs';
import { runtimeoptions, type google } from '../generated/protos.js';
import { invalidArgument } from '../common/errdefs.js';
import type { ExecutorName } from './dispatch.js';

export interface TandemConfig {
  linuxExecutor: ExecutorName;
}

const DEFAULTS: TandemConfig = { linuxExecutor: 'native' };

export function configPathFromOptions(options: google.protobuf.IAny | null | undefined): string | undefined {
  if (!options?.value?.length) return undefined;
  // `tandem up` serves the runtime name ctr sends by default (runc's) with this shim: those
  // containers carry runc's options, which are not ours.
  if (options.type_url && !/runtimeoptions\.v1\.Options$/.test(options.type_url)) return undefined;
  try {
    const o = runtimeoptions.v1.Options.decode(options.value);
    return o.configPath || undefined;
  } catch {
    return undefined; // options of another shape (e.g. runc's) carry no config path for us
  }
}

export function loadConfig(explicitPath?: string, env: NodeJS.ProcessEnv = process.env): TandemConfig {
  const path = explicitPath ?? env.TANDEM_CONFIG ?? '/etc/tandem/config.json';
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (!explicitPath && (err as NodeJS.ErrnoException).code === 'ENOENT') return DEFAULTS;
    throw invalidArgument(`tandem config ${path}: ${(err as Error).message}`, err);
  }
  let raw: Partial<TandemConfig>;
  try {
    raw = JSON.parse(text) as Partial<TandemConfig>;
  } catch (err) {
    throw invalidArgument(`tandem config ${path}: ${(err as Error).message}`, err);
  }
  const linuxExecutor = raw.linuxExecutor ?? DEFAULTS.linuxExecutor;
  if (linuxExecutor !== 'native' && linuxExecutor !== 'vm')
    throw invalidArgument(`tandem config ${path}: linuxExecutor must be "native" or "vm"`);
  return { linuxExecutor };
}
