// Engine API endpoints tandem does not serve yet: each answers 501 with its own name, never a
// silent success. docs/docker.md lists them; an endpoint leaves this list when it is built.
import { HttpError, type Ctx } from '../api.js';
import type { Route } from '../server.js';
import type { HTTPMethod } from 'find-my-way';

const MISSING: [HTTPMethod, string][] = [
  ['POST', '/build/cancel'],
  ['GET', '/distribution/*'],
  ['GET', '/plugins'],
  ['GET', '/swarm'],
  ['GET', '/nodes'],
  ['GET', '/services'],
  ['GET', '/tasks'],
  ['GET', '/secrets'],
  ['GET', '/configs'],
  ['POST', '/session'],
];

export function notImplementedRoutes(): Route[] {
  return MISSING.map(([method, path]) => ({
    method,
    path,
    handler: async (_ctx: Ctx) => {
      throw new HttpError(501, `tandem does not implement ${method} ${path} yet (see docs/docker.md)`);
    },
  }));
}
