/**
 * Public and internal types of the shell-word expander, a port of BuildKit's
 * `frontend/dockerfile/shell/lex.go` (moby/buildkit).
 */

/** Variables visible to the expansion. A key mapped to '' is set (defined) but empty. */
export type Env = ReadonlyMap<string, string>;

/** Options of the public API: only the Dockerfile escape token (`# escape=` directive). */
export interface ShellOptions {
  /** Default '\\'. With '`', backslash is an ordinary character (Windows-style Dockerfiles). */
  escapeToken?: '\\' | '`';
}

/**
 * The other fields of Go's `Lex` struct. BuildKit sets them for some callers
 * (e.g. `RawQuotes` + `SkipUnsetEnv` in tests, `SkipProcessQuotes` for heredocs);
 * FROM/ARG expansion uses none of them. Exposed for completeness and tests.
 */
export interface LexOptions extends ShellOptions {
  /** Keep the quote characters in the result (`Lex.RawQuotes`). */
  rawQuotes?: boolean;
  /** Keep the escape characters in the result (`Lex.RawEscapes`). */
  rawEscapes?: boolean;
  /** Treat quotes as ordinary characters (`Lex.SkipProcessQuotes`). */
  skipProcessQuotes?: boolean;
  /** Leave references to unset variables as written (`Lex.SkipUnsetEnv`). */
  skipUnsetEnv?: boolean;
}

/** Result of `processWordWithMatches` / `processWord`. */
export type ExpandResult =
  | { ok: true; result: string; matched: readonly string[]; unmatched: readonly string[] }
  | { ok: false; error: string };

/** Result of `processWords`. */
export type WordsResult = { ok: true; words: readonly string[] } | { ok: false; error: string };

/**
 * How the lexer reads a variable: the value, or undefined when unset.
 * (Go's `EnvGetter.Get`, which returns `(value, found)`.)
 */
export type EnvLookup = (name: string) => string | undefined;

/**
 * What every recursive step of the lexer returns: Go's `(string, error)` pair,
 * plus the split words for `processStopOn`.
 */
export type Outcome = { ok: true; value: string; words: readonly string[] } | { ok: false; error: string };
