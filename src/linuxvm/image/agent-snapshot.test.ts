import { describe, expect, test } from 'vitest';
import { agentLauncher, SNAPSHOT_BLOB, splitNodeCommand } from './agent-snapshot.js';

describe('agent launcher', () => {
  test("a service's node command splits into node, its flags and the rest", () => {
    expect(splitNodeCommand(['/usr/bin/node', '--jitless', '--max-lazy', '/a.mjs', '--port', 'x'])).toEqual({
      node: '/usr/bin/node',
      flags: ['--jitless', '--max-lazy'],
      rest: ['/a.mjs', '--port', 'x'],
    });
    expect(splitNodeCommand(['/usr/bin/node', '/a.mjs'])).toEqual({ node: '/usr/bin/node', flags: [], rest: ['/a.mjs'] });
  });

  test('the snapshot line keeps the V8 flags the blob was built under; the default line is the command', () => {
    const lines = agentLauncher('/usr/bin/node --jitless /opt/a.mjs').split('\n');
    expect(lines[0]).toBe('#!/bin/sh');
    expect(lines[4]).toBe(
      `case " $cmdline " in *" tandem.snapshot=on "*) [ "$TANDEM_AGENT_SNAPSHOT" != off ] && [ -f ${SNAPSHOT_BLOB} ] && exec $pre /usr/bin/node --jitless --snapshot-blob ${SNAPSHOT_BLOB} /opt/a.mjs "$@" ;; esac`,
    );
    expect(lines[5]).toBe('exec $pre /usr/bin/node --jitless /opt/a.mjs "$@"');
  });

  test('with tandem.fixedmaps=on (and setarch in the image) either line starts the agent under setarch -R', () => {
    const lines = agentLauncher('/usr/bin/node /opt/a.mjs').split('\n');
    expect(lines[2]).toBe('pre=');
    expect(lines[3]).toBe('case " $cmdline " in *" tandem.fixedmaps=on "*) [ -x /usr/bin/setarch ] && pre="/usr/bin/setarch -R" ;; esac');
  });
});
