import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  // The launcher run by sh, with /proc/cmdline and setarch's path pointed at the test's own.
  const launch = (cmdline: string, setarch: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'launcher-'));
    try {
      writeFileSync(join(dir, 'cmdline'), `${cmdline}\n`);
      const script = agentLauncher('/bin/cat /proc/self/personality')
        .split('/proc/cmdline')
        .join(join(dir, 'cmdline'))
        .split('/usr/bin/setarch')
        .join(setarch);
      return spawnSync('sh', ['-c', script], { encoding: 'utf8' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  test.runIf(existsSync('/usr/bin/setarch'))('with tandem.fixedmaps=on the agent runs under setarch -R (ADDR_NO_RANDOMIZE)', () => {
    const r = launch('quiet tandem.fixedmaps=on', '/usr/bin/setarch');
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('00040000');
    expect(launch('quiet', '/usr/bin/setarch').stdout.trim()).toBe('00000000');
  });

  test('with tandem.fixedmaps=on and no setarch the agent still runs, and the launcher says why it is slower', () => {
    const r = launch('quiet tandem.fixedmaps=on', '/nonexistent/setarch');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('00000000');
    expect(r.stderr).toMatch(
      /^tandem-agent launcher: tandem\.fixedmaps=on asks for fixed maps but \/nonexistent\/setarch is missing from the guest image: .*\n$/,
    );
  });
});
