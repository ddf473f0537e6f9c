// Request body shapes: Docker's decoder message for a wrong type, null as a zero value.
import { expect, test } from 'vitest';
import { CREATE_BODY, checkShape } from './shape.js';

test('a field of the wrong type is a 400 in the words of Docker’s decoder', () => {
  expect(() => checkShape({ Image: 'x', HostConfig: { Mounts: 0 } }, CREATE_BODY, '')).toThrow(
    expect.objectContaining({
      status: 400,
      message: 'json: cannot unmarshal number into Go struct field HostConfig.Mounts of type []struct',
    }),
  );
  expect(() => checkShape({ Env: ['A=1', 5] }, CREATE_BODY, '')).toThrow(/Env\[1\] of type string/);
  expect(() => checkShape({ Labels: { a: null } }, CREATE_BODY, '')).toThrow(/Labels of type map\[string\]string/);
  expect(() => checkShape({ Cmd: [null] }, CREATE_BODY, '')).toThrow(/Cmd of type strslice/);
});

test('null is a zero value; a string or a list for Cmd; unknown fields pass', () => {
  expect(() =>
    checkShape(
      {
        Image: 'x',
        Cmd: 'sh',
        Entrypoint: ['a'],
        HostConfig: null,
        ExposedPorts: { '80/tcp': {} },
        X: 1,
        NetworkingConfig: { EndpointsConfig: { n: {} } },
      },
      CREATE_BODY,
      '',
    ),
  ).not.toThrow();
  expect(() => checkShape({ HostConfig: { PortBindings: { '80/tcp': null } } }, CREATE_BODY, '')).not.toThrow();
});
