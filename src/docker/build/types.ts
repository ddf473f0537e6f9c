// What a build is given (the POST /build options, the endpoint's parts) and how it reports.
import type { Logger } from '../../common/log.js';
import type { ContainerdClient } from '../containerd.js';
import type { ImageStore } from '../image/store.js';
import type { Platform } from '../image/oci.js';
import type { AuthConfig } from '../image/registry.js';
import type { Store } from '../store.js';
import type { HostConfig } from '../containers/types.js';

export interface BuildOptions {
  dockerfile: string;
  /** Full names (`docker.io/library/x:latest`). */
  tags: string[];
  buildArgs: Map<string, string>;
  target?: string;
  platform?: Platform;
  labels: Record<string, string>;
  nocache: boolean;
  pull: boolean;
  /** X-Registry-Config: the client's credentials by registry, for FROM images pulled. */
  registryAuth: Record<string, AuthConfig>;
  /** What the RUN containers get (--add-host, --network, limits, --shm-size, --ulimit: run-options.ts). */
  runHost?: HostConfig;
}

export interface BuildDeps {
  cd: ContainerdClient;
  store: Store;
  images: ImageStore;
  snapshotterFor: (p: Platform) => string;
  insecureRegistries?: string[];
  stateDir: string;
  log: Logger;
}

/** Docker's build stream: `{"stream"}` text, pull progress, `{"aux"}`. */
export interface BuildOutput {
  stream(text: string): void;
  progress(msg: object): void;
  aux(value: object): void;
  /** Aborted when the client goes away: the running step is killed, no further step starts. */
  signal: AbortSignal;
  /** A step made a new image (not from the cache): dockerd logs an image `create` event for each. */
  created?(id: string): void;
}
