import { describe, expect, test } from 'vitest';
import { parseDockerfile } from './dockerfile.js';

describe('parseDockerfile', () => {
  test('meta ARGs, stages with names, flags, JSON forms and joined continuations', () => {
    const df = parseDockerfile(
      'ARG V=1\nFROM --platform=linux/arm64 busybox:$V AS Build\nRUN echo a \\\n  && echo b\nCOPY --chown=1:2 a b /d/\nFROM build\nCMD ["x", "y"]\n',
    );
    expect(df.metaArgs.map((a) => a.args)).toEqual(['V=1']);
    expect(df.stages.map((s) => [s.name, s.from.args, s.from.flags.get('platform')])).toEqual([
      ['build', 'busybox:$V', 'linux/arm64'],
      [undefined, 'build', undefined],
    ]);
    const [run, copy] = df.stages[0].commands;
    expect(run.original).toBe('RUN echo a && echo b');
    expect(run.line).toBe(3);
    expect(copy.flags.get('chown')).toBe('1:2');
    expect(copy.args).toBe('a b /d/');
    expect(df.stages[1].commands[0].json).toEqual(['x', 'y']);
  });

  test('errors name the line: unknown instruction, BuildKit-only flags, no FROM', () => {
    expect(() => parseDockerfile('FROM x\nRUN true\nFOO bar\n')).toThrow('dockerfile parse error on line 3: unknown instruction: FOO');
    expect(() => parseDockerfile('FROM x\nRUN --mount=type=cache,target=/x true\n')).toThrow(
      /line 2: the --mount option requires BuildKit/,
    );
    expect(() => parseDockerfile('RUN true\n')).toThrow(/line 1: no build stage/);
    expect(() => parseDockerfile('# just a comment\n')).toThrow(/needs a FROM/);
  });

  test('the escape directive', () => {
    const df = parseDockerfile('# escape=`\nFROM x\nRUN echo a `\n  b\n');
    expect(df.escape).toBe('`');
    expect(df.stages[0].commands[0].original).toBe('RUN echo a b');
  });
});
