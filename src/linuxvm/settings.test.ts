import { describe, expect, test } from 'vitest';
import { INPUT_PORTS, MAX_OUTPUT_PORTS, OUTPUT_PORTS } from './backends/qemu-args.js';
import { vmSettings } from './settings.js';

describe('TANDEM_VM_OUTPUT_PORTS', () => {
  const ports = (v?: string) =>
    vmSettings({ TANDEM_STATE_DIR: '/tmp/x', ...(v !== undefined && { TANDEM_VM_OUTPUT_PORTS: v }) }, 'linux').outputPorts;

  test('a count: the default, none, a few more, the most QEMU has room for', () => {
    expect(ports()).toBe(OUTPUT_PORTS);
    expect(ports('0')).toBe(0);
    expect(ports('6')).toBe(6);
    expect(ports(String(MAX_OUTPUT_PORTS - INPUT_PORTS))).toBe(MAX_OUTPUT_PORTS - INPUT_PORTS);
  });

  test('more than fit, or not a count, is refused naming the variable', () => {
    expect(() => ports(String(MAX_OUTPUT_PORTS + 1))).toThrow(/TANDEM_VM_OUTPUT_PORTS=30: at most 29/);
    expect(() => ports(String(MAX_OUTPUT_PORTS))).toThrow(/TANDEM_VM_OUTPUT_PORTS=29 and TANDEM_VM_INPUT_PORTS=1: at most 29 together/);
    expect(() => ports('many')).toThrow(/TANDEM_VM_OUTPUT_PORTS=many: want an integer >= 0/);
    expect(() => ports('-1')).toThrow(/TANDEM_VM_OUTPUT_PORTS=-1/);
  });
});

describe('TANDEM_VM_INPUT_PORTS', () => {
  const counts = (env: Record<string, string>) => {
    const s = vmSettings({ TANDEM_STATE_DIR: '/tmp/x', ...env }, 'linux');
    return [s.outputPorts, s.inputPorts];
  };

  test('the default, none, or more with fewer output ports; not more than fit, nor not a count', () => {
    expect(counts({})).toEqual([OUTPUT_PORTS, INPUT_PORTS]);
    expect(counts({ TANDEM_VM_INPUT_PORTS: '0' })).toEqual([OUTPUT_PORTS, 0]);
    expect(counts({ TANDEM_VM_INPUT_PORTS: '4', TANDEM_VM_OUTPUT_PORTS: '25' })).toEqual([25, 4]);
    expect(() => counts({ TANDEM_VM_INPUT_PORTS: '27' })).toThrow(/TANDEM_VM_INPUT_PORTS=27: at most 29 together/);
    expect(() => counts({ TANDEM_VM_INPUT_PORTS: 'x' })).toThrow(/TANDEM_VM_INPUT_PORTS=x: want an integer >= 0/);
  });
});

describe('TANDEM_VM_RESTORE', () => {
  const restore = (v?: string) =>
    vmSettings({ TANDEM_STATE_DIR: '/tmp/x', ...(v !== undefined && { TANDEM_VM_RESTORE: v }) }, 'linux').restore;

  test('on unless 0; anything else is refused naming the variable', () => {
    expect(restore()).toBe(true);
    expect(restore('1')).toBe(true);
    expect(restore('0')).toBe(false);
    expect(() => restore('off')).toThrow(/TANDEM_VM_RESTORE=off: want 1 \(the default\) or 0/);
  });
});

describe('TANDEM_VM_TEMPLATE_SERVE_TIMEOUT_MS', () => {
  const serve = (v?: string) =>
    vmSettings({ TANDEM_STATE_DIR: '/tmp/x', ...(v !== undefined && { TANDEM_VM_TEMPLATE_SERVE_TIMEOUT_MS: v }) }, 'linux')
      .templateServeTimeoutMs;

  test('unset by default (the backend derives it from the boot bound); a count of ms; else refused naming the variable', () => {
    expect(serve()).toBeUndefined();
    expect(serve('30000')).toBe(30_000);
    expect(() => serve('0')).toThrow(/TANDEM_VM_TEMPLATE_SERVE_TIMEOUT_MS=0: want an integer >= 1/);
    expect(() => serve('soon')).toThrow(/TANDEM_VM_TEMPLATE_SERVE_TIMEOUT_MS=soon/);
  });
});
