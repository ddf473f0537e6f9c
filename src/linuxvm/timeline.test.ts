import { describe, expect, it } from 'vitest';
import { formatTimeline, hostMarkLine, isRestored, kernelEpochMs, parseTimeline } from './timeline.js';

const LOG = [
  'SeaBIOS noise',
  'tandem-guest: [0.91] stage 1',
  'tandem-guest: [1.40] modules loaded',
  'tandem-guest: [2.10] boot 6.1.0-41-amd64 x86_64\r',
  'tandem-guest: [2.50] share tandem (virtiofs) at /run/tandem/shares/tandem',
  'tandem-guest: [2.70] share extra (9p,ro) at /run/tandem/shares/extra',
  'tandem-guest: [2.80] ready',
  'tandem-agent info: [5.10] starting node=v18.20.4 noPivot=false terminals=script processStart=2.85',
  'tandem-agent info: [5.30] serving port=/dev/vport1p1',
  'tandem-agent info: [5.60] hello host=tandem-vmd',
  'tandem-agent info: [6.00] created id=default--a pid=100',
  'tandem-agent info: [6.20] started id=default--a exec= pid=100',
  'tandem-agent info: [6.25] first output id=default--a',
  'tandem-agent info: [9.00] created id=default--b pid=200',
  'tandem-agent info: [9.10] first output id=default--b',
].join('\n');

describe('parseTimeline', () => {
  it('takes each step from its first line, shares from their last', () => {
    expect(parseTimeline(LOG)).toEqual([
      { step: '/init (initramfs)', at: 0.91 },
      { step: 'modules loaded', at: 1.4 },
      { step: '/init on the system image', at: 2.1 },
      { step: 'shares mounted', at: 2.7 },
      { step: 'agent launched', at: 2.8 },
      { step: 'node started', at: 2.85 },
      { step: 'agent code loaded', at: 5.1 },
      { step: 'agent serving', at: 5.3 },
      { step: 'first Hello', at: 5.6 },
      { step: 'first container created', at: 6.0 },
      { step: 'first container started', at: 6.2 },
      { step: 'first container output', at: 6.25 },
    ]);
  });

  it("takes the container steps from the first container only: its output through a port is not another's", () => {
    const viaPort = [
      'tandem-agent info: [6.00] created id=default--a pid=100 stdoutPort=tandem.out.0',
      'tandem-agent info: [6.10] created id=default--b pid=101',
      'tandem-agent info: [6.15] started id=default--b exec= pid=101',
      'tandem-agent info: [6.20] started id=default--a exec= pid=100',
      'tandem-agent info: [6.30] started id=default--a exec=e1 pid=102',
      'tandem-agent info: [6.40] first output id=default--b',
    ].join('\n');
    expect(parseTimeline(viaPort)).toEqual([
      { step: 'first container created', at: 6.0 },
      { step: 'first container started', at: 6.2 },
    ]);
  });

  it('leaves out what the log does not have yet', () => {
    expect(parseTimeline('tandem-guest: [0.50] stage 1\ntandem-guest: [3.00] ready\n').map((m) => m.step)).toEqual([
      '/init (initramfs)',
      'agent launched',
    ]);
    expect(parseTimeline('')).toEqual([]);
  });

  it('formats the steps with the time each one added', () => {
    const text = formatTimeline(parseTimeline(LOG).slice(0, 2));
    expect(text).toContain('kernel started');
    expect(text).toMatch(/modules loaded\s+1\.40 s {2}\(\+0\.49\)/);
  });
});

describe('host steps', () => {
  const HOST = [
    'tandem-host: @1000000.0 vmd: VM boot begins',
    'tandem-host: @1001500.0 vmd: QEMU started (tcg)',
    'tandem-guest: [0.91] stage 1',
    'tandem-agent info: [5.60] hello host=tandem-vmd',
    'tandem-host: @1008000.0 vmd: agent answered Hello',
    'tandem-host: @1002000.0 kernel started',
    'tandem-host: @1008100.0 shim: attached',
    'tandem-host: @1009000.0 shim: attached',
  ].join('\n');

  it('puts host steps on the guest clock by the kernel start the vmd wrote, each step once', () => {
    expect(kernelEpochMs(HOST)).toBe(1002000);
    expect(parseTimeline(HOST)).toEqual([
      { step: 'vmd: VM boot begins', at: -2, host: true },
      { step: 'vmd: QEMU started (tcg)', at: -0.5, host: true },
      { step: '/init (initramfs)', at: 0.91 },
      { step: 'first Hello', at: 5.6 },
      { step: 'vmd: agent answered Hello', at: 6, host: true },
      { step: 'shim: attached', at: 6.1, host: true },
    ]);
  });

  it('leaves host steps out while the kernel start is unknown', () => {
    expect(parseTimeline(HOST.replace(/.*kernel started\n/, ''))).toEqual([
      { step: '/init (initramfs)', at: 0.91 },
      { step: 'first Hello', at: 5.6 },
    ]);
  });

  it('formats steps before the kernel above it', () => {
    const lines = formatTimeline(parseTimeline(HOST)).split('\n');
    expect(lines[0]).toMatch(/^vmd: VM boot begins\s+-2\.00 s$/);
    expect(lines[2]).toMatch(/^kernel started\s+0\.00 s {2}\(\+0\.50\)$/);
    expect(hostMarkLine('shim: attached', 12.34)).toBe('tandem-host: @12.3 shim: attached\n');
  });
});

describe('a VM restored from its template', () => {
  // Its guest's uptime goes on from the template's boot (12 s here): the kernel start the vmd
  // derives from it lies before this QEMU started, so the steps are put on QEMU's start.
  const RESTORED = [
    'tandem-host: @1000000.0 vmd: VM boot begins',
    'tandem-host: @1000050.0 vmd: QEMU started (kvm)', // the accelerator's probe, which failed
    'tandem-host: @1000100.0 vmd: RAM copied from the template',
    'tandem-host: @1000300.0 vmd: QEMU started (tcg)',
    'tandem-host: @1000500.0 vmd: VM restored from its template',
    'tandem-agent info: [12.90] hello host=tandem-vmd',
    'tandem-host: @1001000.0 vmd: agent answered Hello',
    'tandem-host: @988000.0 kernel started',
    'tandem-agent info: [13.40] created id=default--a pid=100',
  ].join('\n');

  it('has its steps from QEMU start, without a kernel start', () => {
    const marks = parseTimeline(RESTORED);
    expect(isRestored(marks)).toBe(true);
    expect(marks).toEqual([
      { step: 'vmd: VM boot begins', at: -0.3, host: true },
      { step: 'vmd: QEMU started (kvm)', at: -0.25, host: true },
      { step: 'vmd: RAM copied from the template', at: -0.2, host: true },
      { step: 'vmd: QEMU started (tcg)', at: 0, host: true },
      { step: 'vmd: VM restored from its template', at: 0.2, host: true },
      { step: 'first Hello', at: 0.6 },
      { step: 'vmd: agent answered Hello', at: 0.7, host: true },
      { step: 'first container created', at: 1.1 },
    ]);
    const text = formatTimeline(marks);
    expect(text).not.toContain('kernel started');
    expect(text).toMatch(/first Hello\s+0\.60 s {2}\(\+0\.40\)/);
    expect(isRestored(parseTimeline(LOG))).toBe(false);
  });
});
