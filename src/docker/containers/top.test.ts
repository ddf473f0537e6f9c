import { describe, expect, it } from 'vitest';
import { encodeProcessInfo } from '../../common/process-info.js';
import { cpuTime, passwdNames, startTime, topTable } from './top.js';

describe('docker top of a VM container (the shim sent the guest processes)', () => {
  const now = new Date(2026, 11, 6, 14, 30, 0);
  const listed = [
    { pid: 1, info: encodeProcessInfo({ pid: 1, ppid: 0, uid: 0, ageMs: 60_000, cpuMs: 30_000, tty: '', cmd: 'sleep 600' }) },
    { pid: 9, info: encodeProcessInfo({ pid: 9, ppid: 1, uid: 1000, ageMs: 90_000_000, cpuMs: 3_723_000, tty: 'pts/0', cmd: 'sh' }) },
  ];

  it('lays them out as ps -ef does, dated by the host clock', async () => {
    expect(await topTable('', listed, now)).toEqual({
      Titles: ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'],
      Processes: [
        ['root', '1', '0', '50', '14:29', '?', '00:00:30', 'sleep 600'],
        ['1000', '9', '1', '4', 'Dec05', 'pts/0', '01:02:03', 'sh'],
      ],
    });
    expect((await topTable('-e -f', listed, now)).Processes).toHaveLength(2);
  });

  it("names uids from the container's passwd; an unreadable one leaves numbers", async () => {
    const users = async () =>
      passwdNames('root:x:0:0:root:/root:/bin/sh\nuser:x:1000:1000::/home/user:/bin/sh\nalias:x:1000:1000::/:/bin/sh\n');
    expect((await topTable('', listed, now, users)).Processes.map((p) => p[0])).toEqual(['root', 'user']);
    const broken = async (): Promise<Map<number, string>> => Promise.reject(new Error('ENOENT'));
    expect((await topTable('', listed, now, broken)).Processes.map((p) => p[0])).toEqual(['root', '1000']);
  });

  it('other ps options are refused with what works, not ignored', async () => {
    await expect(topTable('aux', listed, now)).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/ps -ef/) });
  });

  it('formats times as ps does', () => {
    expect(cpuTime(90_061_000)).toBe('1-01:01:01');
    expect(startTime(new Date(2025, 0, 2), now)).toBe('2025');
    expect(startTime(new Date(2026, 0, 2, 9, 5), now)).toBe('Jan02');
  });
});

it("docker top of a native container runs the host's ps over its pids", async () => {
  const t = await topTable('-ef', [{ pid: process.pid }]);
  expect(t.Titles).toContain('PID');
  expect(t.Processes).toHaveLength(1);
  expect(t.Processes[0][t.Titles.indexOf('PID')]).toBe(String(process.pid));
});
