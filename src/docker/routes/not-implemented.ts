// Engine API endpoints tandem does not serve yet: each answers 501 with its own name, never a
// silent success. docs/docker.md lists them; an endpoint leaves this list when it is built.
import { HttpError, type Ctx } from '../api.js';
import type { Route } from '../server.js';
import type { HTTPMethod } from 'find-my-way';

// BuildKit's own API, which buildx's `docker` driver dials (a session, then gRPC over a
// hijacked connection): tandem builds with the classic builder's POST /build only.
const BUILDKIT = 'BuildKit is not served; build with the classic builder: export DOCKER_BUILDKIT=0 (`tandem env` sets it)';

const MISSING: [HTTPMethod, string, string?][] = [
  ['POST', '/build/cancel'],
  ['POST', '/session', BUILDKIT],
  ['POST', '/grpc', BUILDKIT],
  ['GET', '/plugins'],
  ['GET', '/swarm'],
  ['GET', '/nodes'],
  ['GET', '/services'],
  ['GET', '/tasks'],
  ['GET', '/secrets'],
  ['GET', '/configs'],
];

export function notImplementedRoutes(): Route[] {
  return MISSING.map(([method, path, why]) => ({
    method,
    path,
    handler: async (_ctx: Ctx) => {
      throw new HttpError(501, `tandem does not implement ${method} ${path} yet (${why ?? 'see docs/docker.md'})`);
    },
  }));
}
