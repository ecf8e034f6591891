/**
 * Heredocs (parser.go `heredocsFromLine`, `heredocFromMatch`, the body loop).
 * Names and bodies follow upstream's parser_heredoc_test.go where it has the case.
 */
import { describe, expect, it } from 'vitest';
import { dump, errors, first, parseDockerfile, title } from './util.ts';

type Expect = { name: string; content: string; expand: boolean; chomp?: boolean; fd?: number };

describe('heredoc name, content and quoting', () => {
  const cases: Array<[string, Expect[]]> = [
    ['RUN <<EOF\necho hi\nEOF', [{ name: 'EOF', content: 'echo hi\n', expand: true }]],
    ['RUN <<EMPTY\nEMPTY', [{ name: 'EMPTY', content: '', expand: true }]],
    ['RUN 3<<EMPTY2\nEMPTY2', [{ name: 'EMPTY2', content: '', expand: true, fd: 3 }]],
    ['RUN <<INDENT\n\tfoo\n\tbar\nINDENT', [{ name: 'INDENT', content: '\tfoo\n\tbar\n', expand: true }]],
    ['RUN <<-UNINDENT\n\tbaz\n\tquux\n\tUNINDENT', [{ name: 'UNINDENT', content: 'baz\nquux\n', expand: true, chomp: true }]],
    ["RUN <<-'NOEXPAND'\n\tdon't expand $NAME\nNOEXPAND", [{ name: 'NOEXPAND', content: "don't expand $NAME\n", expand: false, chomp: true }]],
    ['RUN <<"EOF"\nx\nEOF', [{ name: 'EOF', content: 'x\n', expand: false }]],
    ["RUN <<eo'f'\necho foo\neof", [{ name: 'eof', content: 'echo foo\n', expand: false }]],
    ["RUN <<eo\\'f\necho foo\neo'f", [{ name: "eo'f", content: 'echo foo\n', expand: true }]],
    ["RUN <<'e'o\\'f\necho foo\neo'f", [{ name: "eo'f", content: 'echo foo\n', expand: false }]],
    ["RUN <<'one two'\necho bar\none two", [{ name: 'one two', content: 'echo bar\n', expand: false }]],
    ['RUN <<$EOF\n$EOF', [{ name: '$EOF', content: '', expand: true }]],
    ['RUN <<  EOF\nEOF', [{ name: 'EOF', content: '', expand: true }]],
    ['RUN <<  EOF  > foo\nEOF', [{ name: 'EOF', content: '', expand: true }]],
    ['RUN << -EOF\n-EOF', [{ name: '-EOF', content: '', expand: true }]],
    ['RUN <<COMPLEX python3\nprint(1)\nCOMPLEX', [{ name: 'COMPLEX', content: 'print(1)\n', expand: true }]],
    ['COPY <<file.txt /dest\nhello world\nfile.txt', [{ name: 'file.txt', content: 'hello world\n', expand: true }]],
    ['RUN --mount=type=cache,target=/foo <<MOUNT\necho hello\nMOUNT', [{ name: 'MOUNT', content: 'echo hello\n', expand: true }]],
    ['RUN <<COMMENT\n# internal comment\necho a # trailing\nCOMMENT', [{ name: 'COMMENT', content: '# internal comment\necho a # trailing\n', expand: true }]],
    [
      'COPY <<FILE1 <<FILE2 /dest\ncontent 1\nFILE1\ncontent 2\nFILE2',
      [
        { name: 'FILE1', content: 'content 1\n', expand: true },
        { name: 'FILE2', content: 'content 2\n', expand: true },
      ],
    ],
    [
      'COPY <<X <<Y /dest\nY\nX\nX\nY',
      [
        { name: 'X', content: 'Y\n', expand: true },
        { name: 'Y', content: 'X\n', expand: true },
      ],
    ],
    [
      'RUN <<A cat > a && <<B cat > b\n1\nA\n2\nB',
      [
        { name: 'A', content: '1\n', expand: true },
        { name: 'B', content: '2\n', expand: true },
      ],
    ],
    ['ONBUILD RUN <<EOF\necho hi\nEOF', [{ name: 'EOF', content: 'echo hi\n', expand: true }]],
    ['RUN <<EOF\r\necho hi\r\nEOF\r\n', [{ name: 'EOF', content: 'echo hi\r\n', expand: true }]],
  ];
  for (const [input, expected] of cases) {
    it(title(input), () => {
      const result = parseDockerfile(input);
      expect(errors(result)).toEqual([]);
      expect(result.instructions).toHaveLength(1);
      const got = first(result).heredocs.map((h) => ({ name: h.name, content: h.content, expand: h.expand, chomp: h.chomp, fd: h.fileDescriptor }));
      expect(got).toEqual(expected.map((e) => ({ chomp: false, fd: 0, ...e })));
    });
  }
});

describe('not heredocs', () => {
  const cases: Array<[string, string]> = [
    ['USER <<INVALID\nINVALID', '(user "<<INVALID")\n(invalid "")\n'],
    ['RUN "<<NOHEREDOC"\nNOHEREDOC', '(run "\\"<<NOHEREDOC\\"")\n(noheredoc "")\n'],
    ["RUN '<<EOF'\nEOF", '(run "\'<<EOF\'")\n(eof "")\n'],
    ['RUN ["<<EOF"]\nEOF', '(run "<<EOF")\n(eof "")\n'],
    ['RUN cat<<EOF\nEOF', '(run "cat<<EOF")\n(eof "")\n'],
    ['RUN <<\nEOF', '(run "<<")\n(eof "")\n'],
    // A quote the shell lexer cannot close makes BuildKit see no heredoc on the line at all.
    ["RUN cat <<EOF > it's\nEOF", '(run "cat <<EOF > it\'s")\n(eof "")\n'],
  ];
  for (const [input, expected] of cases) {
    it(title(input), () => {
      expect(dump(input)).toBe(expected);
      expect(parseDockerfile(input).instructions.every((i) => i.heredocs.length === 0)).toBe(true);
    });
  }
});

describe('heredoc bodies are not instructions', () => {
  it(title('FROM a\nRUN <<EOF\nFROM alpine AS evil\nEOF\nFROM scratch'), () => {
    const result = parseDockerfile('FROM a\nRUN <<EOF\nFROM alpine AS evil\nEOF\nFROM scratch');
    expect(dump('FROM a\nRUN <<EOF\nFROM alpine AS evil\nEOF\nFROM scratch')).toBe('(from "a")\n(run "<<EOF")\n(from "scratch")\n');
    expect(result.instructions[1]?.heredocs[0]?.content).toBe('FROM alpine AS evil\n');
  });

  it(title('COPY <<EOF /x\n# not a comment\nline \\\n\nEOF'), () => {
    const ins = first(parseDockerfile('COPY <<EOF /x\n# not a comment\nline \\\n\nEOF'));
    expect(ins.heredocs[0]?.content).toBe('# not a comment\nline \\\n\n');
    expect(ins.comments).toEqual([]);
  });
});

describe('heredoc ranges', () => {
  it(title('FROM a\nRUN <<A <<B\n1\nA\n2\nB\nRUN x'), () => {
    const result = parseDockerfile('FROM a\nRUN <<A <<B\n1\nA\n2\nB\nRUN x');
    const run = result.instructions[1];
    expect(run?.range).toEqual({ start: { line: 2, column: 1 }, end: { line: 6, column: 2 } });
    expect(run?.heredocs.map((h) => h.range)).toEqual([
      { start: { line: 3, column: 1 }, end: { line: 4, column: 2 } },
      { start: { line: 5, column: 1 }, end: { line: 6, column: 2 } },
    ]);
    expect(result.instructions[2]?.range.start.line).toBe(7);
  });
});

describe('unterminated heredoc', () => {
  it(title('FROM a\nRUN <<EOF\necho hi\n'), () => {
    const result = parseDockerfile('FROM a\nRUN <<EOF\necho hi\n');
    expect(errors(result)).toEqual(['UnterminatedHeredoc']);
    const run = result.instructions[1];
    expect(run?.keyword).toBe('run');
    expect(run?.heredocs[0]?.content).toBe('echo hi\n');
    expect(run?.range.end.line).toBe(3);
    expect(result.diagnostics[0]?.range.start.line).toBe(2);
  });

  it(title('RUN <<EOF\necho hi'), () => {
    const result = parseDockerfile('RUN <<EOF\necho hi');
    expect(errors(result)).toEqual(['UnterminatedHeredoc']);
    expect(first(result).heredocs[0]?.content).toBe('echo hi');
  });

  it(title('RUN <<EOF'), () => {
    const result = parseDockerfile('RUN <<EOF');
    expect(errors(result)).toEqual(['UnterminatedHeredoc']);
    expect(first(result).heredocs[0]?.content).toBe('');
  });

  it(title('COPY <<A <<B /x\na\nA\nb'), () => {
    const result = parseDockerfile('COPY <<A <<B /x\na\nA\nb');
    expect(errors(result)).toEqual(['UnterminatedHeredoc']);
    expect(first(result).heredocs.map((h) => [h.name, h.content])).toEqual([
      ['A', 'a\n'],
      ['B', 'b'],
    ]);
  });

  it(title('RUN <<-EOF\n  EOF'), () => {
    // `<<-` strips tabs, not spaces: the terminator must read exactly EOF after tabs.
    expect(errors(parseDockerfile('RUN <<-EOF\n  EOF'))).toEqual(['UnterminatedHeredoc']);
  });
});
