/**
 * BuildKit's own shell-lexer tables (frontend/dockerfile/shell/envVarTest and
 * wordsTest), run the way lex_test.go runs them:
 *  - TestShellParser4EnvVars: `PLATFORM|input|expected`, env
 *    PWD=/home SHELL=bash KOREAN=한국어 NULL=, escape `\`. We are Unix: rows A and U
 *    run, W rows are skipped. `expected` "error" means the input must fail.
 *  - TestShellParser4Words: `input|w1,w2,…` through ProcessWords; `ENV k=v`
 *    lines extend the env for the rows below; an error counts as ["error"].
 *    (Upstream loops a second time with RawQuotes+SkipUnsetEnv over the same,
 *    already exhausted scanner, so that pass never runs; neither do we.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { processWord, processWords, type Env } from '../../src/core/shell/index.ts';
import { readShared } from '../support/shared.ts';

/** Go `strings.TrimSpace` (Unicode White_Space; unlike String.trim, U+FEFF is kept). */
function goTrimSpace(s: string): string {
  return s.replace(/^\p{White_Space}+|\p{White_Space}+$/gu, '');
}

/** Go `bufio.Scanner` lines: split on \n, drop one trailing \r, no final empty line. */
function goLines(text: string): string[] {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Go `EnvsFromSlice`: `k=v` cut at the first '=', a later key wins. */
function envsFromSlice(env: readonly string[]): Env {
  const m = new Map<string, string>();
  for (const e of env) {
    const i = e.indexOf('=');
    if (i < 0) m.set(e, '');
    else m.set(e.slice(0, i), e.slice(i + 1));
  }
  return m;
}

const tally = {
  envVar: { run: 0, passed: 0, skipped: 0 },
  words: { run: 0, passed: 0 },
};

afterAll(() => {
  const { envVar, words } = tally;
  console.log(
    `shell tables: envVarTest ${envVar.passed}/${envVar.run}, wordsTest ${words.passed}/${words.run}` +
      ` (${envVar.skipped} Windows-only rows skipped)`,
  );
});

describe('envVarTest (TestShellParser4EnvVars)', () => {
  const env = envsFromSlice(['PWD=/home', 'SHELL=bash', 'KOREAN=한국어', 'NULL=']);
  let lineCount = 0;
  for (const raw of goLines(readShared('buildkit/parser-testfiles/shell/envVarTest'))) {
    lineCount++;
    if (raw.startsWith('#')) continue;
    const line = goTrimSpace(raw);
    if (line === '') continue;
    const fields = line.split('|');
    const [platform = '', source = '', expected = ''] = fields.map(goTrimSpace);
    const at = lineCount;
    if (fields.length !== 3 || !['A', 'U', 'W'].includes(platform)) {
      it(`line ${at} is well-formed`, () => expect.fail(`bad table line ${at}: ${JSON.stringify(raw)}`));
      continue;
    }
    if (platform === 'W') {
      tally.envVar.skipped++;
      continue;
    }
    tally.envVar.run++;
    it(source, () => {
      const r = processWord(source, env);
      if (expected === 'error') {
        expect(r.ok, `line ${at}: ${JSON.stringify(r)}`).toBe(false);
      } else {
        expect(r, `line ${at}`).toMatchObject({ ok: true, result: expected });
      }
      tally.envVar.passed++;
    });
  }
});

describe('wordsTest (TestShellParser4Words)', () => {
  const envs: string[] = [];
  let lineNum = 0;
  for (const line of goLines(readShared('buildkit/parser-testfiles/shell/wordsTest'))) {
    lineNum++;
    if (line.startsWith('#')) continue;
    if (line.startsWith('ENV ')) {
      envs.push(line.slice(3).replace(/^ +/, ''));
      continue;
    }
    const fields = line.split('|');
    const at = lineNum;
    if (fields.length !== 2) {
      it(`line ${at} has exactly one |`, () => expect.fail(`bad table line ${at}: ${JSON.stringify(line)}`));
      continue;
    }
    const test = goTrimSpace(fields[0] ?? '');
    const expected = (fields[1] ?? '').replace(/^ +/, '').split(',');
    const env = envsFromSlice(envs); // the ENV lines seen so far
    tally.words.run++;
    it(test, () => {
      const r = processWords(test, env);
      const result = r.ok ? r.words : ['error'];
      expect(result, `line ${at}`).toEqual(expected);
      tally.words.passed++;
    });
  }
});
