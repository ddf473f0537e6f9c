import { expect, test } from 'vitest';
import { linkEnv } from './links.js';

test("a link's variables as dockerd's links package makes them: the name, each exposed port (the lowest first), the linked container's environment", () => {
  const db = { Config: { ExposedPorts: { '5432/tcp': {}, '53/udp': {} }, Env: ['PATH=/bin', 'POSTGRES_DB=app', 'HOME=/root', 'EMPTY='] } };
  expect(linkEnv('my-db', 'web', db)).toEqual([
    'MY_DB_NAME=/web/my-db',
    'MY_DB_PORT=udp://127.0.0.1:53',
    'MY_DB_PORT_53_UDP=udp://127.0.0.1:53',
    'MY_DB_PORT_53_UDP_ADDR=127.0.0.1',
    'MY_DB_PORT_53_UDP_PORT=53',
    'MY_DB_PORT_53_UDP_PROTO=udp',
    'MY_DB_PORT_5432_TCP=tcp://127.0.0.1:5432',
    'MY_DB_PORT_5432_TCP_ADDR=127.0.0.1',
    'MY_DB_PORT_5432_TCP_PORT=5432',
    'MY_DB_PORT_5432_TCP_PROTO=tcp',
    'MY_DB_ENV_POSTGRES_DB=app',
    'MY_DB_ENV_EMPTY=',
  ]);
  expect(linkEnv('x', 'y', { Config: {} })).toEqual(['X_NAME=/y/x']);
  // From a VM container to a native one: the host's address in the guest, as its hosts file says.
  expect(linkEnv('db', 'vm', { Config: { ExposedPorts: { '80/tcp': {} } } }, '10.0.2.2')).toContain('DB_PORT_80_TCP_ADDR=10.0.2.2');
});
