/**
 * Differential test against BuildKit itself: fixtures/lex-golden.json holds
 * what BuildKit's lex.go (the EnvGetter/shared-wordsBuffer version) returned,
 * under Go, for ~600 words: every modifier on set/empty/unset variables,
 * malformed forms, quotes, escapes (both tokens), the Lex flags, BOMs,
 * non-ASCII and newlines in values and patterns, plus seeded random words.
 * Errors are compared in full, i.e. with BuildKit's `failed to process %q: ` prefix.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProcessError, processWordWithMatches, processWords, type Env } from '../../src/core/shell/index.ts';
import { lex } from '../../src/core/shell/lexer.ts';
import type { LexOptions } from '../../src/core/shell/types.ts';

type Flag = 'RawQuotes' | 'RawEscapes' | 'SkipProcessQuotes' | 'SkipUnsetEnv';
interface GoldenCase {
  word: string;
  env: string | Record<string, string>;
  escape?: '\\' | '`';
  flags?: Flag[];
  go: { ok: true; result: string; matched: string[]; unmatched: string[] } | { ok: false; error: string };
  goWords: { ok: true; words: string[] } | { ok: false; error: string };
}
interface Golden {
  envs: Record<string, Record<string, string>>;
  cases: GoldenCase[];
}

const golden = JSON.parse(readFileSync(new URL('./fixtures/lex-golden.json', import.meta.url), 'utf8')) as Golden;

function envOf(c: GoldenCase): Env {
  const record = typeof c.env === 'string' ? (golden.envs[c.env] ?? {}) : c.env;
  return new Map(Object.entries(record));
}

const sorted = (xs: readonly string[]): string[] => [...xs].sort();

describe('BuildKit lex.go golden outputs', () => {
  it('has the fixture', () => expect(golden.cases.length).toBeGreaterThan(500));

  for (const c of golden.cases) {
    const name = `${c.word}${c.escape === '`' ? '  [escape=`]' : ''}${c.flags ? `  [${c.flags.join(',')}]` : ''}`;
    it(name, () => {
      const env = envOf(c);
      let expanded: { ok: true; result: string; matched: string[]; unmatched: string[] } | { ok: false; error: string };
      let words: { ok: true; words: string[] } | { ok: false; error: string };
      if (c.flags) {
        // The Lex flags are not part of the public API: use the lexer directly.
        const options: LexOptions = {
          escapeToken: c.escape ?? '\\',
          rawQuotes: c.flags.includes('RawQuotes'),
          rawEscapes: c.flags.includes('RawEscapes'),
          skipProcessQuotes: c.flags.includes('SkipProcessQuotes'),
          skipUnsetEnv: c.flags.includes('SkipUnsetEnv'),
        };
        const run = lex(c.word, (n) => env.get(n), options);
        expanded = run.outcome.ok
          ? { ok: true, result: run.outcome.value, matched: sorted(run.matched), unmatched: sorted(run.unmatched) }
          : { ok: false, error: formatProcessError(c.word, run.outcome.error) };
        words = run.outcome.ok
          ? { ok: true, words: [...run.outcome.words] }
          : { ok: false, error: formatProcessError(c.word, run.outcome.error) };
      } else {
        const options = { escapeToken: c.escape ?? '\\' } as const;
        const r = processWordWithMatches(c.word, env, options);
        expanded = r.ok
          ? { ok: true, result: r.result, matched: sorted(r.matched), unmatched: sorted(r.unmatched) }
          : { ok: false, error: formatProcessError(c.word, r.error) };
        const w = processWords(c.word, env, options);
        words = w.ok ? { ok: true, words: [...w.words] } : { ok: false, error: formatProcessError(c.word, w.error) };
      }
      expect(expanded).toEqual(c.go);
      expect(words).toEqual(c.goWords);
    });
  }
});
