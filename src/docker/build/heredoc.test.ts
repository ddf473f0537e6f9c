import { expect, test } from 'vitest';
import { parseDockerfile } from './dockerfile.js';
import { expandHeredoc, heredocCommand, readHeredocs } from './heredoc.js';

const SH = ['/bin/sh', '-c'];

test('documents are read in order; <<- strips tabs; a quoted delimiter does not expand; an unterminated one is named', () => {
  expect(readHeredocs(' cat <<A <<-"B"', ['1', 'A', '\t2', '\tB'], 3)).toEqual([
    { name: 'A', content: '1\n', expand: true },
    { name: 'B', content: '2\n', expand: false },
  ]);
  expect(readHeredocs(' echo "a <<b" && true', ['x'], 1)).toBeUndefined();
  expect(() => readHeredocs(' <<EOF', ['echo hi'], 7)).toThrow('dockerfile parse error on line 7: unterminated heredoc EOF');
});

test('a RUN that is one document runs it as the script, through its #! interpreter if it names one; else the shell reads the documents', () => {
  expect(heredocCommand(SH, '<<EOF', '', [{ name: 'EOF', content: 'echo a\necho b\n', expand: true }])).toEqual([
    ...SH,
    'echo a\necho b\n',
  ]);
  const py = '#!/usr/bin/env python3\nprint(1)\n';
  expect(heredocCommand(SH, '<<EOF', '', [{ name: 'EOF', content: py, expand: true }])).toEqual([
    ...SH,
    `printf '%s' "$1" > /dev/shm/.tandem-heredoc-EOF && exec "$2" "$3" /dev/shm/.tandem-heredoc-EOF`,
    'sh',
    py,
    '/usr/bin/env',
    'python3',
  ]);
  const full = 'cat <<A > /a\n1\nA';
  expect(heredocCommand(SH, 'cat <<A > /a', full, [{ name: 'A', content: '1\n', expand: true }])).toEqual([...SH, full]);
});

test("COPY documents expand the build's variables unless quoted", () => {
  expect(
    expandHeredoc(
      'v=$V ${W} $NONE\n',
      new Map([
        ['V', '1'],
        ['W', '2'],
      ]),
    ),
  ).toBe('v=1 2 \n');
});

test('the Dockerfile parser hands RUN, COPY and ADD their documents; other instructions and continued lines are as before', () => {
  const df = parseDockerfile('FROM x\nRUN <<EOF\necho a \\\nEOF\nCOPY <<-EOT /b\n\thi\n\tEOT\nRUN echo a \\\n  b\n');
  const [run, copy, plain] = df.stages[0]!.commands;
  expect([run!.args, run!.heredocs]).toEqual(['<<EOF', [{ name: 'EOF', content: 'echo a \\\n', expand: true }]]);
  expect([copy!.args, copy!.heredocs?.[0]?.content]).toEqual(['<<-EOT /b', 'hi\n']);
  expect([plain!.args, plain!.heredocs]).toEqual(['echo a b', undefined]);
});
