/** build.sh tokenizing: quotes, continuations, comments, operators, here-documents. */
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/core/builder/shellScript.ts';

const words = (src: string) => parseScript(src).lists.map((l) => l.commands.map((c) => c.words.map((w) => w.text)));

describe('parseScript', () => {
  it('"docker build -t a:b . -f Dockerfile.build" splits into words', () => {
    expect(words('docker build -t a:b . -f Dockerfile.build\n')).toEqual([[['docker', 'build', '-t', 'a:b', '.', '-f', 'Dockerfile.build']]]);
  });

  it('quotes: single, double with escapes, and $VAR kept as written', () => {
    const l = parseScript(`echo 'a b' "c \\"d\\" $HOME" e\\ f\n`).lists[0]!;
    expect(l.commands[0]!.words.map((w) => w.text)).toEqual(['echo', 'a b', 'c "d" $HOME', 'e f']);
    expect(l.commands[0]!.words[2]!.vars).toEqual(['HOME']);
  });

  it('backslash continuation joins lines; the list keeps its first and last line', () => {
    const l = parseScript('docker build \\\n  -t x \\\n  .\necho done\n').lists;
    expect(l[0]).toMatchObject({ line: 1, endLine: 3, text: 'docker build -t x .' });
    expect(l[1]).toMatchObject({ line: 4 });
  });

  it('backslash then spaces at the end of a line (seed 004): read as a continuation, with a warning', () => {
    const p = parseScript('docker build --build-arg a=b \\  \n    -t x .\n');
    expect(p.lists).toHaveLength(1);
    expect(p.lists[0]!.commands[0]!.words.map((w) => w.text)).toEqual(['docker', 'build', '--build-arg', 'a=b', '-t', 'x', '.']);
    expect(p.notes.map((n) => [n.code, n.line])).toEqual([['BackslashSpace', 1]]);
  });

  it('comments and the shebang are collected, a # inside a word is not a comment', () => {
    const p = parseScript('#!/bin/sh\n# build it\necho a#b # trailing\n');
    expect(p.comments).toEqual([{ line: 1, text: '#!/bin/sh' }, { line: 2, text: '# build it' }, { line: 3, text: '# trailing' }]);
    expect(p.lists[0]!.commands[0]!.words.map((w) => w.text)).toEqual(['echo', 'a#b']);
  });

  it('&& || | ; & split commands and lists', () => {
    const p = parseScript('a && b || c | d; e &\n');
    expect(p.lists.map((l) => [l.commands.map((c) => c.joinedBy), l.background])).toEqual([[[null, '&&', '||', '|'], false], [[null], true]]);
  });

  it('$(...) and backquotes mark a substitution; ( ) marks a subshell', () => {
    const p = parseScript('docker rm $(docker ps -aq)\n(cd x && make)\necho `date`\n');
    expect(p.lists[0]!.commands[0]!.words[2]!.substitution).toBe(true);
    expect(p.lists[1]!.subshell).toBe(true);
    expect(p.lists[2]!.commands[0]!.words[1]!.substitution).toBe(true);
  });

  it('redirections are kept apart from the words', () => {
    const c = parseScript('docker build -t x . > build.log 2>&1\n').lists[0]!.commands[0]!;
    expect(c.words.map((w) => w.text)).toEqual(['docker', 'build', '-t', 'x', '.']);
    expect(c.redirects).toEqual(['>build.log', '2>&1']);
  });

  it('here-document bodies are skipped', () => {
    const p = parseScript('cat <<EOF > Dockerfile\nFROM alpine\nEOF\necho after\n');
    expect(p.lists.map((l) => [l.line, l.heredoc])).toEqual([[1, true], [4, false]]);
  });

  it('an unterminated quote is a note, not a crash', () => {
    const p = parseScript('echo "oops\ndocker build .\n');
    expect(p.notes.map((n) => n.code)).toEqual(['UnterminatedQuote']);
  });
});
