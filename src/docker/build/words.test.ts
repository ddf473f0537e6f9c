import { describe, expect, test } from 'vitest';
import { envMap, expandWord, expandWords, jsonForm, keyValues, rawWords } from './words.js';

const env = envMap(['A=1', 'B=two words', 'EMPTY=']);

describe('Docker word rules', () => {
  test('variables: $X, ${X}, defaults and alternatives, with and without the colon', () => {
    expect(expandWord('$A-${A}x', env)).toBe('1-1x');
    expect(expandWord('${NOPE:-dflt} ${EMPTY:-e} ${EMPTY-e}', env)).toBe('dflt e ');
    expect(expandWord('${A:+alt}${NOPE:+alt}${EMPTY+set}', env)).toBe('altset');
    expect(expandWord('cost: $5', env)).toBe('cost: $5');
  });

  test('quotes: single literal, double expanding, escapes', () => {
    expect(expandWord(`'$A' "$A" \\$A "a\\"b"`, env)).toBe(`$A 1 $A a"b`);
    expect(expandWords(`one "two $B" 'three four'`, env)).toEqual(['one', 'two two words', 'three four']);
    expect(() => expandWord(`"open`, env)).toThrow(/double-quote/);
  });

  test('KEY=VALUE pairs and the legacy one-pair form', () => {
    expect(keyValues('X=1 Y="a b" Z=$A', env)).toEqual([
      ['X', '1'],
      ['Y', 'a b'],
      ['Z', '1'],
    ]);
    expect(keyValues('X some value $A', env)).toEqual([['X', 'some value 1']]);
    expect(rawWords(`a "b c" 'd e'`)).toEqual(['a', '"b c"', "'d e'"]);
  });

  test('the JSON form only for a JSON array of strings', () => {
    expect(jsonForm('["sh", "-c", "echo x"]')).toEqual(['sh', '-c', 'echo x']);
    expect(jsonForm('[not json')).toBeUndefined();
    expect(jsonForm('echo [x]')).toBeUndefined();
  });
});
