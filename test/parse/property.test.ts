/**
 * Robustness of the parser: it never throws, every range lies inside the text with
 * start ≤ end, on random, mutated, huge and pathological inputs. A hang or a quadratic
 * blow-up shows as a test timeout; speed figures live in `npm run bench`, never in assertions.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Instruction, ParseResult, Position, Range } from '../../src/core/model.ts';
import { dumpInstructions } from '../../src/core/parse/dump.ts';
import { sharedPath } from '../support/shared.ts';
import { errors, parseDockerfile } from './util.ts';

const corpusDir = sharedPath('corpus');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.Dockerfile'))
  .sort()
  .map((f) => readFileSync(`${corpusDir}/${f}`, 'utf8'));

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.column <= b.column);
}

/** Throws (fails the property) unless every range of `result` lies inside `text`. */
function checkRanges(text: string, result: ParseResult): void {
  const lines = text.split('\n');
  if (result.lineCount !== lines.length) throw new Error(`lineCount ${result.lineCount} != ${lines.length}`);
  const inside = (p: Position, what: string): void => {
    const line = lines[p.line - 1];
    if (!Number.isInteger(p.line) || line === undefined) throw new Error(`${what}: line ${p.line} outside 1..${lines.length}`);
    if (!Number.isInteger(p.column) || p.column < 1 || p.column > line.length + 1) {
      throw new Error(`${what}: column ${p.column} outside line ${p.line} (length ${line.length})`);
    }
  };
  const range = (r: Range, what: string): void => {
    inside(r.start, what);
    inside(r.end, what);
    if (!before(r.start, r.end)) throw new Error(`${what}: start after end ${JSON.stringify(r)}`);
  };
  const instruction = (ins: Instruction, what: string): void => {
    range(ins.range, what);
    range(ins.keywordRange, `${what} keyword`);
    if (!before(ins.range.start, ins.keywordRange.start)) throw new Error(`${what}: keyword before instruction`);
    ins.flags.forEach((f, i) => range(f.range, `${what} flag ${i}`));
    ins.heredocs.forEach((h, i) => range(h.range, `${what} heredoc ${i}`));
    if (ins.trigger !== null) instruction(ins.trigger, `${what} trigger`);
  };
  let previous: Position | null = null;
  result.instructions.forEach((ins, i) => {
    instruction(ins, `instruction ${i}`);
    if (previous !== null && !before(previous, ins.range.start)) throw new Error(`instruction ${i} starts before its predecessor ends`);
    previous = ins.range.end;
  });
  result.diagnostics.forEach((d, i) => range(d.range, `diagnostic ${i} (${d.code})`));
  for (const d of result.directives) inside({ line: d.line, column: 1 }, 'directive');
}

/** Parses, dumps and checks the ranges; returns the result. */
function parseChecked(text: string): ParseResult {
  const result = parseDockerfile(text);
  checkRanges(text, result);
  dumpInstructions(result.instructions);
  return result;
}

/** Pieces that exercise every branch of the line loop, flags, JSON and heredocs. */
const TOKENS = [
  'FROM ', 'RUN ', 'COPY ', 'ADD ', 'ONBUILD ', 'ENV ', 'LABEL ', 'ARG ', 'CMD ', 'HEALTHCHECK ', 'SHELL ', 'frob ',
  '--from=a ', '--mount=type=cache ', '-- ', '--', '\\', '`', '\\\n', '`\n', '\n', '\r\n', '\r', ' ', '\t', '\v', '\f',
  '\u00a0', '\u2028', '\u0085', '\ufeff', '\0', '#', '# escape=`\n', '# escape=\\\n', '# syntax=x\n', '#\n', '"', "'",
  '[', ']', '["a", "b"]', '[1]', '{', '}', '$', '${', '${a:-', '${a/b/', ':', '=', 'a=b ', '<<', '<<EOF', '<<-EOF',
  "<<'EOF'", '3<<EOF', '<< EOF', 'EOF', '\tEOF', 'é', '😀', '\ud800', 'x', 'AS ', 'alpine ',
];

const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((parts) => parts.join(''));

/**
 * Any code point, lone surrogates included, biased towards ASCII. (fast-check's
 * `unit: 'binary'` would build a table of every code point, ~1 s and a large heap that
 * would then distort the timing tests below.)
 */
const codePoint = fc
  .oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0, max: 0x10ffff }))
  .map((cp) => String.fromCodePoint(cp));
const anyString = (maxLength: number): fc.Arbitrary<string> => fc.string({ unit: codePoint, maxLength });

type Edit = { kind: 'insert' | 'delete' | 'duplicate'; at: number; length: number; text: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'duplicate'),
  at: fc.nat(),
  length: fc.nat({ max: 200 }),
  text: fc.oneof(tokenSoup, anyString(20)),
});

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % (out.length + 1);
    if (e.kind === 'insert') out = out.slice(0, at) + e.text + out.slice(at);
    else if (e.kind === 'delete') out = out.slice(0, at) + out.slice(at + e.length);
    else out = out.slice(0, at) + out.slice(at, at + e.length).repeat(3) + out.slice(at);
  }
  return out;
}

/** The shape the brief names: FROM, a comment, a RUN continued over 3 lines, COPY --from. */
function stages(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    s += `FROM alpine:3.${i % 20} AS s${i}\n# stage ${i}\n`;
    s += `RUN apk add --no-cache curl \\\n    && echo ${i} \\\n    && rm -rf /var/cache/apk/*\n`;
    s += `COPY --from=s${Math.max(0, i - 1)} /out /in${i}\n`;
  }
  return s;
}

describe('size and pathological inputs', () => {
  it('1,000 stages', () => {
    const text = stages(1000);
    const result = parseChecked(text);
    expect(result.instructions).toHaveLength(3000);
    expect(result.instructions[1]?.range).toEqual({ start: { line: 3, column: 1 }, end: { line: 5, column: 31 } });
  });

  it('2,000 stages', () => {
    const result = parseChecked(stages(2000));
    expect(result.instructions).toHaveLength(6000);
    expect(result.instructions.filter((i) => i.keyword === 'from')).toHaveLength(2000);
  });

  it('5 MB', () => {
    const unit = stages(1000);
    const text = unit.repeat(Math.ceil((5 * 1024 * 1024) / unit.length));
    const result = parseDockerfile(text);
    expect(result.instructions).toHaveLength(111000);
    expect(errors(result)).toEqual([]);
  });

  it('5 MB on a single line, in one continuation, in one heredoc, and as comments', () => {
    const five = 5 * 1024 * 1024;
    for (const text of [
      'RUN ' + 'a '.repeat(five / 2),
      'RUN a \\\n'.repeat(five / 8) + 'b',
      'RUN <<EOF\n' + 'echo hi\n'.repeat(five / 8) + 'EOF\n',
      '# comment\n'.repeat(five / 10) + 'FROM x',
    ]) {
      expect(parseDockerfile(text).instructions).toHaveLength(1);
    }
  });

  it('a 70,000-character line', () => {
    const result = parseChecked(`FROM a\nRUN ${'x'.repeat(70000)}\nRUN b`);
    expect(errors(result)).toEqual(['LineTooLong']);
    expect(result.instructions.map((i) => i.keyword)).toEqual(['from', 'run', 'run']);
  });

  it('70,000 characters of quotes, brackets, escapes and heredoc markers', () => {
    for (const unit of ['"', "'", '[', '\\', '`', '${', '<<', '--a ', '# ', '\\\n']) {
      parseChecked('RUN <<EOF ' + unit.repeat(Math.ceil(70000 / unit.length)) + '\nEOF');
      parseChecked('COPY ' + unit.repeat(Math.ceil(70000 / unit.length)));
    }
  });

  it('20,000 nested ONBUILD words', () => {
    const result = parseChecked('ONBUILD '.repeat(20000) + 'RUN x');
    let depth = 0;
    for (let ins = result.instructions[0]?.trigger; ins; ins = ins.trigger) depth++;
    expect(depth).toBe(100); // MAX_ONBUILD_DEPTH: deeper chains keep their text only
    expect(() => JSON.stringify(result)).not.toThrow();
  });

  it('deeply nested ${ in a heredoc line', () => {
    parseChecked('RUN <<EOF ' + '${a:-'.repeat(12000) + '\nEOF');
  });

  it('NUL bytes', () => {
    const result = parseChecked('FROM a\0b\n\0\0RUN \0\n\0');
    expect(result.instructions.length).toBeGreaterThan(0);
    parseChecked('\0'.repeat(10000));
  });

  it('empty input, lone escape at EOF, BOM only', () => {
    for (const text of ['', '\\', '`', '\\\n', '# escape=`\n`', '\ufeff', '\r\n', '\n']) parseChecked(text);
  });
});

describe('never throws, ranges inside the text (fast-check)', () => {
  it('random strings of any code points', () => {
    fc.assert(fc.property(anyString(400), (s) => void parseChecked(s)), { numRuns: 400 });
  });

  it('random Dockerfile token soup', () => {
    fc.assert(fc.property(tokenSoup, (s) => void parseChecked(s)), { numRuns: 600 });
  });

  it('random bytes decoded as UTF-8 and as Latin-1', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        parseChecked(new TextDecoder().decode(bytes));
        parseChecked(String.fromCharCode(...bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('mutations of the real Dockerfiles in the corpus', () => {
    expect(corpus.length).toBeGreaterThan(80);
    fc.assert(
      fc.property(fc.nat({ max: corpus.length - 1 }), fc.array(edit, { maxLength: 12 }), (index, edits) => {
        parseChecked(applyEdits(corpus[index] ?? '', edits));
      }),
      { numRuns: 400 },
    );
  });

  it('every corpus file as is, and with CRLF line endings', () => {
    for (const text of corpus) {
      expect(errors(parseChecked(text))).toEqual([]);
      expect(errors(parseChecked(text.replace(/\n/g, '\r\n')))).toEqual([]);
    }
  });
});
