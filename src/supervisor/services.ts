// The services the supervisor of a state directory runs, in start order. Each is a process with
// a command line, the sockets it serves, and a readiness probe that asks it something real.
// Adding a service is adding one entry.
import { request } from 'node:http';
import { join } from 'node:path';
import { containerdAnswers, grpcAnswers } from './containerd-api.js';
import type { Layout } from './layout.js';
import type { ContainerdBinary } from './containerd-bin.js';

export interface ServiceContext {
  layout: Layout;
  containerd: ContainerdBinary;
  /** How to run a `tandem` subcommand: node and the CLI entry of this package. */
  tandem: string[];
}

export interface ServiceSpec {
  name: string;
  description: string;
  command(c: ServiceContext): string[];
  /** Sockets it serves: stale ones are removed before it starts, and after it stops. */
  sockets(c: ServiceContext): string[];
  /** True once the service answers a real request; polled until readyTimeoutMs. */
  ready(c: ServiceContext): Promise<boolean>;
  readyTimeoutMs: number;
  /** SIGTERM, then SIGKILL after this long. */
  stopTimeoutMs: number;
  /**
   * A front end takes requests that start containers: it stops before `down` stops the
   * containers. Back ends (containerd, the snapshotter) stop after the containers, the VM and
   * the shim daemons, in reverse start order.
   */
  frontend?: boolean;
}

/** True when an HTTP server on a unix socket answers GET `path` with 200 (false on any error, within 5 s). */
export function httpOk(socketPath: string, path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ socketPath, path, method: 'GET', timeout: 5000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}

export const SERVICES: readonly ServiceSpec[] = [
  {
    name: 'containerd',
    description: 'containerd (default runtime tandem, CRI handlers tandem and tandem-vm)',
    command: (c) => [c.containerd.path, '--config', c.layout.containerdConfig],
    sockets: (c) => [c.layout.containerdSocket, `${c.layout.containerdSocket}.ttrpc`],
    ready: (c) => containerdAnswers(c.layout.containerdSocket),
    readyTimeoutMs: 60_000,
    stopTimeoutMs: 20_000,
  },
  {
    name: 'snapshotter',
    description: 'tandem snapshotter (containerd proxy plugin "tandem")',
    command: (c) => [...c.tandem, 'snapshotter', '--root', c.layout.snapshotterRoot, '--address', c.layout.snapshotterSocket],
    sockets: (c) => [c.layout.snapshotterSocket],
    ready: (c) => grpcAnswers(c.layout.snapshotterSocket),
    readyTimeoutMs: 60_000,
    stopTimeoutMs: 10_000,
  },
  {
    name: 'docker',
    description: 'Docker Engine API endpoint (DOCKER_HOST of `tandem env`)',
    command: (c) => [
      ...c.tandem,
      'docker',
      'serve',
      '--socket',
      c.layout.dockerSocket,
      '--containerd',
      c.layout.containerdSocket,
      '--namespace',
      c.layout.namespace,
      '--state-dir',
      join(c.layout.stateDir, 'docker'),
      // Its containers stop with it, so their exit status is recorded (not a 255 found at the next up).
      '--no-live-restore',
    ],
    sockets: (c) => [c.layout.dockerSocket],
    ready: (c) => httpOk(c.layout.dockerSocket, '/_ping'),
    readyTimeoutMs: 60_000,
    // A container's stop timeout (10 s by default) and its exit's recording.
    stopTimeoutMs: 30_000,
    // It starts containers, so it stops before `down` stops them (no new ones meanwhile).
    frontend: true,
  },
];
