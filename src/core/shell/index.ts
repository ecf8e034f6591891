/**
 * Shell word expansion exactly as BuildKit does it for FROM, ARG defaults and
 * other Dockerfile words: a port of moby/buildkit
 * `frontend/dockerfile/shell/lex.go` (`ProcessWord`, `ProcessWords`,
 * `ProcessWordWithMatches`), Unix flavour (variable names are case-sensitive).
 *
 * Nothing here throws. Errors carry BuildKit's inner message (e.g.
 * `syntax error: bad substitution`, `FOO: custom error`); `formatProcessError`
 * adds BuildKit's `failed to process "<word>": ` prefix.
 */
import { lex, type LexRun } from './lexer.ts';
import type { Env, EnvLookup, ExpandResult, ShellOptions, WordsResult } from './types.ts';

export type { Env, ExpandResult, LexOptions, ShellOptions, WordsResult } from './types.ts';
export { formatProcessError, goQuote } from './errors.ts';

function lookupIn(env: Env): EnvLookup {
  return (name) => (env.has(name) ? (env.get(name) ?? '') : undefined);
}

/** Run the lexer; any unexpected exception (a bug, memory exhaustion) becomes an error result. */
function safeLex(word: string, lookup: EnvLookup, options: ShellOptions | undefined): LexRun {
  try {
    return lex(String(word), lookup, { escapeToken: options?.escapeToken ?? '\\' });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { outcome: { ok: false, error: `internal error: ${message}` }, matched: [], unmatched: [] };
  }
}

/**
 * `Lex.ProcessWordWithMatches`: expand `word`. `matched` are the referenced
 * names found in `env` (an empty value counts), `unmatched` the referenced
 * names that are not, in first-use order. Positional and special parameters
 * (`$1`, `$@`, `$#`…) are never set and so land in `unmatched`, as in BuildKit.
 */
export function processWordWithMatches(word: string, env: Env, options?: ShellOptions): ExpandResult {
  const { outcome, matched, unmatched } = safeLex(word, lookupIn(env), options);
  if (!outcome.ok) return { ok: false, error: outcome.error };
  return { ok: true, result: outcome.value, matched, unmatched };
}

/** `Lex.ProcessWord`: the same expansion (BuildKit's variant only drops `matched`). */
export function processWord(word: string, env: Env, options?: ShellOptions): ExpandResult {
  return processWordWithMatches(word, env, options);
}

/**
 * `Lex.ProcessWords`: expand, then split on unquoted whitespace that came
 * from the word or from `$` expansions. Empty words are dropped (so `""`
 * yields nothing). BuildKit quirk kept: text of the current word that precedes
 * a `${V<modifier>…}` is lost (`hello${x:-a}` → `["a"]`), see words.ts.
 */
export function processWords(word: string, env: Env, options?: ShellOptions): WordsResult {
  const { outcome } = safeLex(word, lookupIn(env), options);
  if (!outcome.ok) return { ok: false, error: outcome.error };
  return { ok: true, words: outcome.words };
}

/**
 * The variable names `word` refers to, in first-use order, without duplicates:
 * every name BuildKit would look up, whatever the environment (the word of
 * `${A:-$B}` is always expanded, so B counts). Single-quoted and escaped `$`
 * are not references. Reading stops at the first syntax error.
 */
export function variablesIn(word: string, options?: ShellOptions): string[] {
  // Every name "set" and non-empty: `${V?}`/`${V:?}` never stop the scan.
  const names: string[] = [];
  const seen = new Set<string>();
  safeLex(
    word,
    (name) => {
      if (!seen.has(name)) {
        seen.add(name);
        names.push(name);
      }
      return 'x';
    },
    options,
  );
  return names;
}
