/**
 * BuildKit behaviours that differ from a real shell, pinned one by one (each
 * was checked against BuildKit's lex.go run under Go; see go-golden.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  formatProcessError,
  goQuote,
  processWord,
  processWordWithMatches,
  processWords,
  variablesIn,
  type Env,
} from '../../src/core/shell/index.ts';
import { lex } from '../../src/core/shell/lexer.ts';

const env = (record: Record<string, string>): Env => new Map(Object.entries(record));
const E = env({ FOO: 'foo', FILE: 'a.b.c', EMPTY: '', BRACE: 'a}b' });

describe('quotes and escapes', () => {
  const rows: [string, string | null][] = [
    ['"$FOO"', 'foo'],
    ["'$FOO'", '$FOO'],
    ['\\$FOO', '$FOO'],
    ['"\\$FOO"', '$FOO'],
    ['"a\\b"', 'a\\b'], // inside "", \ escapes only " $ and itself
    ['a\\b', 'ab'],
    ['a\\', 'a'], // a final escape is dropped
    ['"a\\', null], // … but inside "" the quote is still missing
    ["'a\\'", 'a\\'], // nothing escapes inside ''
    ['""', ''],
    ["$'x'", '$x'], // no ANSI-C quoting: a lone $ then a quoted x
    ['${UNSET:-"}"}', '}'], // quotes protect the closing brace
  ];
  for (const [input, expected] of rows) {
    it(input, () => {
      const r = processWord(input, E);
      if (expected === null) expect(r.ok).toBe(false);
      else expect(r).toMatchObject({ ok: true, result: expected });
    });
  }
});

describe('escape token `', () => {
  const tick = { escapeToken: '`' } as const;
  const rows: [string, string][] = [
    ['a`$FOO', 'a$FOO'],
    ['a\\b', 'a\\b'], // backslash is an ordinary character
    ['"a`"b"', 'a"b'],
    ['C:\\path\\$FOO', 'C:\\path\\foo'],
    ['${FILE#*.}', 'b.c'],
    ['${FILE%`.*}', 'a.b.c'], // the pattern is "`.*": a literal backtick, never found
  ];
  for (const [input, expected] of rows) {
    it(input, () => expect(processWord(input, E, tick)).toMatchObject({ ok: true, result: expected }));
  }
  // Patterns still use backslash escapes, whatever the escape token, and only \* \? \\ are valid.
  it('${FILE#*\\.}', () => {
    expect(processWord('${FILE#*\\.}', E, tick)).toEqual({
      ok: false,
      error: "invalid pattern (*\\.) in substitution: invalid escape '\\.'",
    });
  });
});

describe('parsing surprises', () => {
  const rows: [string, string | { error: string }][] = [
    ['${FOO:}x}', { error: 'unsupported modifier (:}) in substitution' }], // ':' eats the '}', the word runs to the next '}'
    ['${FOO:}', { error: "syntax error: missing '}'" }],
    ['${BRACE/a}/x}', 'xb'], // in ${V/p/r} the pattern runs to '/', a '}' does not end it
    ['${+x}', ''], // empty name: the variable "" is looked up
    ['${/a/b}', ''],
    ['${-x}', { error: 'unsupported modifier (x) in substitution' }], // '-' is a special parameter name
    ['${#}', ''], // no ${#V} length operator: '#' is a special parameter
    ['${#FOO}', { error: 'unsupported modifier (F) in substitution' }],
    ['${FOO#\\#}', { error: "invalid pattern (\\#) in substitution: invalid escape '\\#'" }],
    ['${FOO##"*"}', ''], // quotes do not make glob characters literal
    ['${FOO%oo\\q}', { error: "invalid pattern (\\qoo) in substitution: invalid escape '\\q'" }], // % reports the reversed pattern
    ['${FOO#f', { error: "syntax error: missing '}'" }],
    ['${FOO#\\', { error: "syntax error: missing '}'" }],
  ];
  for (const [input, expected] of rows) {
    it(input, () => {
      const r = processWord(input, E);
      if (typeof expected === 'string') expect(r).toMatchObject({ ok: true, result: expected });
      else expect(r).toEqual({ ok: false, error: expected.error });
    });
  }

  it('${FOO#$P} is greedy when the expanded pattern starts with #', () => {
    expect(processWord('${FILE#$P}', env({ FILE: 'a.b.c', P: '#*.' }))).toMatchObject({ result: 'c' });
    expect(processWord('${FILE#$P}', env({ FILE: 'a.b.c', P: '*.' }))).toMatchObject({ result: 'b.c' });
  });

  it('${V//p/r} expands $0 in the replacement (Go ReplaceAllString template); ${V/p/r} does not', () => {
    expect(processWord('${FOO//o/\\$0}', E)).toMatchObject({ result: 'f\\o\\o' });
    expect(processWord('${FOO/o/\\$0}', E)).toMatchObject({ result: 'f\\$0o' });
    expect(processWord('${FOO//o/<$R>}', env({ FOO: 'foo', R: '${0}$1$$' }))).toMatchObject({ result: 'f<o$><o$>' });
  });

  it('*, ? and the stars of ## never cross a newline (Go regexp `.`)', () => {
    const nl = env({ V: 'ab\ncd' });
    expect(processWord('${V##*}', nl)).toMatchObject({ result: '\ncd' });
    expect(processWord('${V%%*}', nl)).toMatchObject({ result: 'ab\n' });
    expect(processWord('${V//?/x}', nl)).toMatchObject({ result: 'xx\nxx' });
  });

  it('a leading byte-order mark is dropped (text/scanner), later ones are kept', () => {
    expect(processWord('\uFEFF$FOO', E)).toMatchObject({ result: 'foo' });
    expect(processWord('x\uFEFF', E)).toMatchObject({ result: 'x\uFEFF' });
    expect(processWord('${FOO#\uFEFFf}', E)).toMatchObject({ result: 'oo' }); // the pattern scanner drops it too
  });

  it('patterns match per code point', () => {
    const emoji = env({ V: '😀x😀' });
    expect(processWord('${V#?}', emoji)).toMatchObject({ result: 'x😀' });
    expect(processWord('${V%?}', emoji)).toMatchObject({ result: '😀x' });
    expect(processWord('${V//?/.}', emoji)).toMatchObject({ result: '...' });
  });

  it('lone surrogates are read as U+FFFD, as after UTF-8 encoding', () => {
    expect(processWord('a\uD800b', E)).toMatchObject({ result: 'a\uFFFDb' });
  });
});

describe('ProcessWords', () => {
  it('splits expansions on whitespace but not quoted text', () => {
    expect(processWords('a $V "b c" d', env({ V: ' x  y ' }))).toEqual({ ok: true, words: ['a', 'x', 'y', 'b c', 'd'] });
  });
  it('drops empty quoted words', () => {
    expect(processWords('"" a \'\'', E)).toEqual({ ok: true, words: ['a'] });
  });
  // BuildKit (since moby/buildkit#5067) shares one word buffer between nested
  // processStopOn calls and resets it on entry: text of the current word before
  // a ${V<modifier>…} is lost. ProcessWord is unaffected.
  it('hello${x:-a} loses "hello" (shared words buffer)', () => {
    expect(processWords('hello${x:-a}', E)).toEqual({ ok: true, words: ['a'] });
    expect(processWord('hello${x:-a}', E)).toMatchObject({ result: 'helloa' });
  });
  it('qdrant-${GPU:+gpu-}${GPU:-cpu} splits to ["cpu"]', () => {
    expect(processWords('qdrant-${GPU:+gpu-}${GPU:-cpu}', E)).toEqual({ ok: true, words: ['cpu'] });
  });
  it('hello ${x:-a} keeps both words', () => {
    expect(processWords('hello ${x:-a}', E)).toEqual({ ok: true, words: ['hello', 'a'] });
  });
});

describe('Lex flags (lexer.ts only)', () => {
  const look = (name: string): string | undefined => (name === 'FOO' ? 'foo' : undefined);
  it('rawQuotes + skipUnsetEnv keep quotes and unset references', () => {
    const r = lex('"$FOO" ${X:-d} $Y ${Z//a/b}', look, { rawQuotes: true, skipUnsetEnv: true });
    expect(r.outcome).toMatchObject({ ok: true, value: '"foo" ${X:-d} $Y ${Z/a/b}' });
  });
  it('rawEscapes keeps escape characters', () => {
    expect(lex('a\\$FOO', look, { rawEscapes: true }).outcome).toMatchObject({ value: 'a\\$FOO' });
  });
  it('skipProcessQuotes treats quotes as text', () => {
    expect(lex(`'$FOO'`, look, { skipProcessQuotes: true }).outcome).toMatchObject({ value: "'foo'" });
  });
});

describe('variablesIn', () => {
  const rows: [string, string[]][] = [
    ['alpine:${VERSION}', ['VERSION']],
    ['${REGISTRY:-docker.io}/${IMAGE}:${TAG:-latest}', ['REGISTRY', 'IMAGE', 'TAG']],
    ['${A:+$B}${A:-$C}', ['B', 'A', 'C']], // the word is expanded before the variable is read
    ["'$QUOTED' \\$ESCAPED $X", ['X']],
    ['${REQUIRED:?} $AFTER', ['REQUIRED', 'AFTER']],
    ['$A$A${A}', ['A']],
    ['${A:=x} $B', ['A']], // an unsupported modifier stops the scan (after reading A)
    ['plain', []],
  ];
  for (const [input, expected] of rows) {
    it(input, () => expect(variablesIn(input)).toEqual(expected));
  }
  it('honours the escape token', () => {
    expect(variablesIn('`$A $B', { escapeToken: '`' })).toEqual(['B']);
  });
});

describe('error text', () => {
  it('formatProcessError reproduces BuildKit errors.Wrapf(err, "failed to process %q")', () => {
    const r = processWord('he${PWD', E);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatProcessError('he${PWD', r.error)).toBe('failed to process "he${PWD": unsupported modifier (\ufffd) in substitution');
  });
  it('goQuote is Go strconv.Quote', () => {
    expect(goQuote('a"b\\c\n\t\x00\x7f é😀\u00a0\u200b')).toBe('"a\\"b\\\\c\\n\\t\\x00\\x7f é😀\\u00a0\\u200b"');
  });
  it('an empty value counts as set', () => {
    expect(processWordWithMatches('${EMPTY?}${EMPTY-d}', E)).toEqual({ ok: true, result: '', matched: ['EMPTY'], unmatched: [] });
  });
});
