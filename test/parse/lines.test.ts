/**
 * Physical lines → instructions (parser.go `Parse`, directives.go): continuations,
 * comments, empty lines, directives, escape token, CRLF and BOM.
 */
import { describe, expect, it } from 'vitest';
import { dump, errors, first, parseDockerfile, title } from './util.ts';

describe('continuations', () => {
  const cases: Array<[string, string]> = [
    ['RUN a \\\n  b', '(run "a   b")\n'],
    ['RUN a \\\n# comment\n  b', '(run "a   b")\n'],
    ['RUN a \\\n    # indented comment\n  b', '(run "a   b")\n'],
    ['RUN a \\\n\n  b', '(run "a   b")\n'],
    ['RUN a \\\n   \n\t\n  b', '(run "a   b")\n'],
    ['RUN a \\\n\nFROM b', '(run "a FROM b")\n'],
    ['RUN a \\  \t\n  b', '(run "a   b")\n'],
    ['RUN a\\\nb', '(run "ab")\n'],
    ['RUN a \\\\\nRUN b', '(run "a \\\\\\\\")\n(run "b")\n'],
    ['RUN a \\', '(run "a")\n'],
    ['RUN a \\\n# only a comment follows', '(run "a")\n'],
    ['\\\nFROM x', '(from "x")\n'],
    ['FROM \\\n  x \\\n  AS \\\n  y', '(from "x" "AS" "y")\n'],
    ['CMD ["a", \\\n  "b"]', '(cmd "a" "b")\n'],
    ['RUN echo # not a comment', '(run "echo # not a comment")\n'],
  ];
  for (const [input, expected] of cases) {
    it(title(input), () => {
      expect(dump(input)).toBe(expected);
      expect(errors(parseDockerfile(input))).toEqual([]);
    });
  }

  it(title('RUN a \\\n# c\n\n  b'), () => {
    const ins = first(parseDockerfile('RUN a \\\n# c\n\n  b'));
    expect(ins.text).toBe('RUN a   b');
    expect(ins.range).toEqual({ start: { line: 1, column: 1 }, end: { line: 4, column: 4 } });
  });

  it(title('FROM a\n\\'), () => {
    // A lone escape token at the end of the file: BuildKit keeps an empty node.
    const result = parseDockerfile('FROM a\n\\');
    expect(result.instructions.map((i) => i.keyword)).toEqual(['from', '']);
    expect(dump('FROM a\n\\')).toBe('(from "a")\n("")\n');
  });
});

describe('comments attached to the next instruction', () => {
  const cases: Array<[string, string[][]]> = [
    ['# c1\n# c2\nFROM x', [['c1', 'c2']]],
    ['# c1\n#\n# c2\nFROM x', [['c2']]],
    ['# c1\n\n\nFROM x', [['c1']]],
    ['  # indented\nFROM x', [['# indented']]],
    ['FROM x\n# about run\nRUN y', [[], ['about run']]],
    ['# a\nRUN x \\\n# inside\n  y\nRUN z', [['a'], []]],
    ['#    spaced   \nFROM x', [['spaced']]],
  ];
  for (const [input, expected] of cases) {
    it(title(input), () => {
      expect(parseDockerfile(input).instructions.map((i) => i.comments)).toEqual(expected);
    });
  }
});

describe('directives', () => {
  it(title('# syntax=docker/dockerfile:1\n# escape=`\n# check=skip=all\nFROM x'), () => {
    const result = parseDockerfile('# syntax=docker/dockerfile:1\n# escape=`\n# check=skip=all\nFROM x');
    expect(result.directives).toEqual([
      { name: 'syntax', value: 'docker/dockerfile:1', line: 1 },
      { name: 'escape', value: '`', line: 2 },
      { name: 'check', value: 'skip=all', line: 3 },
    ]);
    expect(result.escapeToken).toBe('`');
    expect(first(result).comments).toEqual([]);
  });

  it(title('# ESCAPE = `\nRUN a `\n  b'), () => {
    const result = parseDockerfile('# ESCAPE = `\nRUN a `\n  b');
    expect(result.directives).toEqual([{ name: 'escape', value: '`', line: 1 }]);
    expect(dump('# ESCAPE = `\nRUN a `\n  b')).toBe('(run "a   b")\n');
  });

  it(title('# escape=`\nRUN dir c:\\\nRUN b'), () => {
    // With a backtick escape, a trailing backslash is plain text.
    expect(dump('# escape=`\nRUN dir c:\\\nRUN b')).toBe('(run "dir c:\\\\")\n(run "b")\n');
  });

  it(title('# escape=`\nENV a=x`y b=c``'), () => {
    expect(dump('# escape=`\nENV a=x`y b=c``')).toBe('(env "a" "x`y" "=" "b" "c``" "=")\n');
  });

  it(title('\n# escape=`\nFROM x'), () => {
    const result = parseDockerfile('\n# escape=`\nFROM x');
    expect(result.directives).toEqual([]);
    expect(result.escapeToken).toBe('\\');
    expect(first(result).comments).toEqual(['escape=`']);
  });

  it(title('# hello\n# escape=`\nFROM x'), () => {
    const result = parseDockerfile('# hello\n# escape=`\nFROM x');
    expect(result.directives).toEqual([]);
    expect(first(result).comments).toEqual(['hello', 'escape=`']);
  });

  it(title('# unknown=1\n# syntax=x\nFROM x'), () => {
    expect(parseDockerfile('# unknown=1\n# syntax=x\nFROM x').directives).toEqual([]);
  });

  it(title('# syntax=a\n# syntax=b\nFROM x'), () => {
    const result = parseDockerfile('# syntax=a\n# syntax=b\nFROM x');
    expect(errors(result)).toEqual(['DuplicateDirective']);
    expect(result.diagnostics[0]?.message).toBe('only one syntax parser directive can be used.');
    expect(result.diagnostics[0]?.range.start.line).toBe(2);
    expect(result.directives).toEqual([{ name: 'syntax', value: 'a', line: 1 }]);
  });

  it(title('# escape=x\nFROM x'), () => {
    const result = parseDockerfile('# escape=x\nFROM x');
    expect(errors(result)).toEqual(['InvalidEscapeDirective']);
    expect(result.escapeToken).toBe('\\');
  });

  it(title('# escape=\nFROM x'), () => {
    // `(.+?)` needs a value: without one, the line is an ordinary comment.
    const result = parseDockerfile('# escape=\nFROM x');
    expect(errors(result)).toEqual([]);
    expect(result.directives).toEqual([]);
  });

  it(title('   #  syntax  =  docker/dockerfile:1.7  \nFROM x'), () => {
    expect(parseDockerfile('   #  syntax  =  docker/dockerfile:1.7  \nFROM x').directives).toEqual([
      { name: 'syntax', value: 'docker/dockerfile:1.7', line: 1 },
    ]);
  });

  it(title('FROM x\n# escape=`'), () => {
    expect(parseDockerfile('FROM x\n# escape=`').directives).toEqual([]);
  });
});

describe('CRLF and BOM', () => {
  it(title('FROM a\r\nRUN b \\\r\n  c\r\n'), () => {
    const result = parseDockerfile('FROM a\r\nRUN b \\\r\n  c\r\n');
    expect(dump('FROM a\r\nRUN b \\\r\n  c\r\n')).toBe('(from "a")\n(run "b   c")\n');
    expect(first(result).range).toEqual({ start: { line: 1, column: 1 }, end: { line: 1, column: 7 } });
    expect(result.instructions[1]?.range.end).toEqual({ line: 3, column: 4 });
    expect(result.lineCount).toBe(4);
  });

  it(title('# escape=`\r\nRUN a `\r\n  b'), () => {
    expect(dump('# escape=`\r\nRUN a `\r\n  b')).toBe('(run "a   b")\n');
  });

  it(title('\uFEFFFROM x'), () => {
    const result = parseDockerfile('\uFEFFFROM x');
    expect(first(result).keyword).toBe('from');
    expect(first(result).keywordRange).toEqual({ start: { line: 1, column: 2 }, end: { line: 1, column: 6 } });
  });

  it(title('\uFEFF# escape=`\nRUN a `\n b'), () => {
    const result = parseDockerfile('\uFEFF# escape=`\nRUN a `\n b');
    expect(result.escapeToken).toBe('`');
    expect(dump('\uFEFF# escape=`\nRUN a `\n b')).toBe('(run "a  b")\n');
  });

  it(title('FROM a\rRUN b'), () => {
    // Only \n ends a line: a lone CR stays in the line, where FROM's `[\t\v\f\r ]+`
    // split treats it as a space and RUN keeps it.
    expect(dump('FROM a\rRUN b')).toBe('(from "a" "RUN" "b")\n');
    expect(dump('RUN a\rRUN b')).toBe('(run "a\\rRUN b")\n');
  });
});

describe('empty input', () => {
  for (const input of ['', '\n\n', '# just a comment\n', '   \t  ']) {
    it(title(input), () => {
      const result = parseDockerfile(input);
      expect(result.instructions).toEqual([]);
      expect(errors(result)).toEqual(['EmptyDockerfile']);
    });
  }
});

describe('long lines', () => {
  it('a 65,535-character line is allowed, 65,536 is not', () => {
    expect(errors(parseDockerfile(`LABEL a=${'x'.repeat(65535 - 8)}\n`))).toEqual([]);
    const result = parseDockerfile(`FROM a\nLABEL a=${'x'.repeat(65536 - 8)}\nRUN b`);
    expect(errors(result)).toEqual(['LineTooLong']);
    expect(result.diagnostics[0]?.range.start.line).toBe(2);
    expect(result.instructions.map((i) => i.keyword)).toEqual(['from', 'label', 'run']);
  });

  it('the limit counts UTF-8 bytes, as Go does', () => {
    expect(errors(parseDockerfile(`LABEL a=${'é'.repeat(33000)}`))).toEqual(['LineTooLong']);
  });
});
