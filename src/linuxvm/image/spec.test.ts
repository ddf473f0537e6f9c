import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseYaml } from './yaml.js';
import { parseDebianSpec, parseGuestSpec, recipeFor } from './spec.js';
import { Code, TandemError } from '../../common/errdefs.js';

const REPO = new URL('../../../', import.meta.url).pathname;

describe('parseYaml', () => {
  test('failsafe schema: every scalar is a string', () => {
    expect(parseYaml('a: 1\nb: [true, "x"]\nc: |\n  line\nmode: 0644\n')).toEqual({ a: '1', b: ['true', 'x'], c: 'line\n', mode: '0644' });
  });

  test.each([
    ['a: 1\na: 2\n', /t\.yml:2:1: Map keys must be unique/],
    ['a: [1, 2\n', /t\.yml:\d+:\d+: /],
    ['a:\n\tb: 1\n', /t\.yml:\d+:\d+: /],
  ])('refuses %j with a position', (src, msg) => {
    expect(() => parseYaml(src, 't.yml')).toThrow(msg);
    try {
      parseYaml(src, 't.yml');
    } catch (err) {
      expect((err as TandemError).code).toBe(Code.InvalidArgument);
    }
  });
});

describe('guest description', () => {
  test('the repository guest.yml and debian.yml parse and every image has a recipe', () => {
    const spec = parseGuestSpec(readFileSync(`${REPO}images/guest/guest.yml`, 'utf8'));
    const deb = parseDebianSpec(readFileSync(`${REPO}images/guest/debian.yml`, 'utf8'));
    expect(recipeFor(deb, spec.kernel.image).role).toBe('kernel');
    expect(recipeFor(deb, spec.services[0]!.image).role).toBe('agent');
    for (const i of [...spec.init, ...spec.onboot.map((o) => o.image)]) expect(recipeFor(deb, i)).toBeDefined();
    const modules = spec.onboot.find((o) => o.name === 'modules')!.command;
    expect(modules).toContain('virtio_console');
    expect(modules).toContain('9p');
    expect(modules).toContain('virtiofs');
    expect(spec.files.find((f) => f.path === 'root')).toMatchObject({ directory: true, mode: 0o700 });
  });

  test('unknown keys and bad files are refused', () => {
    const base = 'kernel:\n  image: k:1\ninit: [i:1]\nservices:\n  - name: agent\n    image: a:1\n';
    expect(() => parseGuestSpec(base + 'kernal: x\n')).toThrow(/unknown key "kernal"/);
    expect(() => parseGuestSpec(base.replace('image: a:1', 'image: a:1\n    imgae: b'))).toThrow(/unknown key "imgae"/);
    expect(() => parseGuestSpec(base + 'files:\n  - path: ../etc/x\n    contents: y\n')).toThrow(/bad path/);
    expect(() => parseGuestSpec(base + 'files:\n  - path: x\n    contents: y\n    source: z\n')).toThrow(/exactly one of/);
    expect(() => parseGuestSpec(base + 'files:\n  - path: x\n    contents: y\n    mode: "rw"\n')).toThrow(/octal/);
    expect(() => parseGuestSpec(base.replace(/services:[\s\S]*/, 'services: []\n'))).toThrow(/exactly one service/);
  });

  test('LinuxKit settings we do not act on are reported', () => {
    const s = parseGuestSpec('kernel:\n  image: k:1\n  ucode: u\nservices:\n  - name: agent\n    image: a:1\n    capabilities: [all]\n');
    expect(s.ignored).toEqual(['kernel.ucode', 'services.agent.capabilities']);
  });

  test('recipes match on the image name without tag or digest', () => {
    const deb = parseDebianSpec(
      'suite: s\nimages:\n  - image: linuxkit/kernel\n    role: kernel\n    packages:\n      amd64: [a]\n      arm64: [b]\n',
    );
    expect(recipeFor(deb, 'linuxkit/kernel:6.1').packages).toEqual({ amd64: ['a'], arm64: ['b'] });
    expect(recipeFor(deb, 'linuxkit/kernel@sha256:abcd').role).toBe('kernel');
    expect(() => recipeFor(deb, 'other/image:1')).toThrow(/no Debian recipe/);
    expect(() => parseDebianSpec('suite: s\nimages:\n  - image: x\n    role: nope\n')).toThrow(/role must be/);
  });
});
