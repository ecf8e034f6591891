/**
 * BuildKit's own parser suite (parser_test.go): TestParseCases, TestParseErrorCases
 * and TestParseIncludesLineNumbers, run against our port.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../support/shared.ts';
import { dump, parseDockerfile } from './util.ts';

const base = sharedPath('buildkit', 'parser-testfiles');
const positives = readdirSync(`${base}/testfiles`).sort();
const negatives = readdirSync(`${base}/testfiles-negative`).sort();
let passed = 0;
const total = positives.length + negatives.length + 1;

afterAll(() => {
  console.log(`parser testfiles: ${passed}/${total} pass`);
});

describe('testfiles (dump equals result, byte for byte)', () => {
  it('has the 33 upstream cases', () => {
    expect(positives).toHaveLength(33);
  });
  for (const dir of positives) {
    it(dir, () => {
      const dockerfile = readFileSync(`${base}/testfiles/${dir}/Dockerfile`, 'utf8');
      const result = readFileSync(`${base}/testfiles/${dir}/result`, 'utf8');
      expect(dump(dockerfile)).toBe(result);
      expect(parseDockerfile(dockerfile).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      passed++;
    });
  }
});

describe('testfiles-negative (an error diagnostic)', () => {
  it('has the 4 upstream cases', () => {
    expect(negatives).toHaveLength(4);
  });
  const expected: Record<string, string> = {
    empty_dockerfile: 'EmptyDockerfile',
    only_comments: 'EmptyDockerfile',
    env_no_value: 'MissingArguments',
    'shykes-nested-json': 'JsonNotStrings',
  };
  for (const dir of negatives) {
    it(dir, () => {
      const result = parseDockerfile(readFileSync(`${base}/testfiles-negative/${dir}/Dockerfile`, 'utf8'));
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => d.code)).toEqual([expected[dir]]);
      passed++;
    });
  }
  it('env_no_value says what BuildKit says', () => {
    const result = parseDockerfile(readFileSync(`${base}/testfiles-negative/env_no_value/Dockerfile`, 'utf8'));
    expect(result.diagnostics[0]?.message).toBe('ENV must have two arguments');
    expect(result.diagnostics[0]?.range.start.line).toBe(3);
  });
});

describe('testfile-line (TestParseIncludesLineNumbers)', () => {
  it('testfile-line', () => {
    const result = parseDockerfile(readFileSync(`${base}/testfile-line/Dockerfile`, 'utf8'));
    const spans = result.instructions.map((i) => [i.range.start.line, i.range.end.line]);
    expect(spans).toEqual([
      [5, 5],
      [11, 12],
      [17, 31],
    ]);
    expect(result.directives).toEqual([{ name: 'escape', value: '\\', line: 1 }]);
    passed++;
  });
});
