import { expect, test } from 'vitest';
import { Code } from '../../common/errdefs.js';
import { ANNOTATION_INIT } from '../../common/oci.js';
import { findInit, guestInit, initMount } from './init.js';

const linux = { os: 'linux', architecture: 'amd64' };

test('the init is found where Debian and Docker put it, or where TANDEM_DOCKER_INIT says', () => {
  expect(findInit({}, ['/nonexistent/tini', '/bin/sh'])).toBe('/bin/sh');
  expect(findInit({}, ['/nonexistent/tini'])).toBeUndefined();
  expect(findInit({ TANDEM_DOCKER_INIT: '/bin/sh' }, ['/nonexistent'])).toBe('/bin/sh');
});

test('a linux container gets the init read-only at /sbin/docker-init; otherwise the refusal says what to do', () => {
  expect(initMount(linux, '/usr/bin/tini-static', 'linux')).toEqual({
    destination: '/sbin/docker-init',
    type: 'bind',
    source: '/usr/bin/tini-static',
    options: ['rbind', 'ro'],
  });
  expect(() => initMount(linux, undefined, 'linux')).toThrow(/apt-get install tini/);
  expect(() => initMount({ os: 'darwin', architecture: 'arm64' }, '/x', 'darwin')).toThrow(/not available for darwin containers/);
  try {
    initMount(linux, undefined, 'darwin');
  } catch (err) {
    expect(err).toMatchObject({ code: Code.InvalidArgument, message: expect.stringMatching(/TANDEM_DOCKER_INIT/) });
  }
});

test("a VM container's init is the guest's own, asked for by annotation; a darwin one is refused", () => {
  expect(guestInit(linux)).toEqual({ [ANNOTATION_INIT]: '/sbin/docker-init' });
  expect(() => guestInit({ os: 'darwin', architecture: 'arm64' })).toThrow(/not available for darwin containers/);
});
