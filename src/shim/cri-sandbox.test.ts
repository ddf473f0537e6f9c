import { describe, expect, it, test } from 'vitest';
import { publishFromSandboxMetadata, wantsOwnNetwork } from './cri-sandbox.js';

describe('publishFromSandboxMetadata', () => {
  it("turns a pod's host ports into publish entries (TCP, UDP; empty host IP means every address)", () => {
    const json = JSON.stringify({
      Version: 'v1',
      Metadata: {
        ID: 'x',
        Config: {
          port_mappings: [
            { container_port: 80, host_port: 8080, host_ip: '127.0.0.1' },
            { protocol: 1, container_port: 53, host_port: 5353 },
            { protocol: 2, container_port: 9, host_port: 9 },
            { container_port: 7000 },
          ],
        },
      },
    });
    expect(publishFromSandboxMetadata(json)).toEqual({
      publish: '127.0.0.1:8080:80/tcp,0.0.0.0:5353:53/udp',
      skipped: ['0.0.0.0:9:9/sctp'],
    });
  });

  it('gives nothing for a pod without host ports', () => {
    expect(publishFromSandboxMetadata('{"Version":"v1","Metadata":{"Config":{}}}')).toEqual({ skipped: [] });
  });
});

test('a pod wants a network of its own unless its network namespace mode is NODE', () => {
  expect(wantsOwnNetwork('{"Version":"v1","Metadata":{"Config":{}}}')).toBe(true);
  expect(wantsOwnNetwork('{"Metadata":{"Config":{"linux":{"security_context":{"namespace_options":{"network":2}}}}}}')).toBe(false);
  expect(wantsOwnNetwork('{"Metadata":{"Config":{"linux":{"security_context":{"namespace_options":{"pid":1}}}}}}')).toBe(true);
});
