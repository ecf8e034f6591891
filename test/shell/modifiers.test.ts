/**
 * Every `${…}` form, one test per literal input, plus the cases of lex_test.go
 * (TestProcessWithMatches, TestShellParserMandatoryEnvVars,
 * TestProcessWithMatchesPlatform) and real-world FROM lines.
 */
import { describe, expect, it } from 'vitest';
import {
  formatProcessError,
  processWord,
  processWordWithMatches,
  type Env,
} from '../../src/core/shell/index.ts';

const env = (record: Record<string, string>): Env => new Map(Object.entries(record));

/** SET is set, EMPTY is set to '', UNSET is not in the env. */
const BASE = env({ SET: 'value', EMPTY: '', FILE: 'archive.tar.gz', PATHS: '/a/b:/c/d:/e' });

type Row = [input: string, expected: string | { error: string }];

function table(title: string, rows: readonly Row[], e: Env = BASE): void {
  describe(title, () => {
    for (const [input, expected] of rows) {
      it(input, () => {
        const r = processWord(input, e);
        if (typeof expected === 'string') expect(r).toMatchObject({ ok: true, result: expected });
        else expect(r).toEqual({ ok: false, error: expected.error });
      });
    }
  });
}

table('plain references', [
  ['$SET', 'value'],
  ['${SET}', 'value'],
  ['${EMPTY}', ''],
  ['${UNSET}', ''],
  ['pre-${SET}-post', 'pre-value-post'],
  ['$SET$SET', 'valuevalue'],
  ['$1', ''],
  ['${10}x', 'x'],
  ['$', '$'],
  ['$.', '$.'],
  ['a$ b', 'a$ b'],
]);

table('${V-w} and ${V:-w} (default)', [
  ['${SET-w}', 'value'],
  ['${EMPTY-w}', ''],
  ['${UNSET-w}', 'w'],
  ['${SET:-w}', 'value'],
  ['${EMPTY:-w}', 'w'],
  ['${UNSET:-w}', 'w'],
  ['${UNSET:-}', ''],
  ['${UNSET:-$SET}', 'value'],
  ['${UNSET:-${EMPTY:-nested}}', 'nested'],
  ['${UNSET:-a b}', 'a b'],
  ['${UNSET:-"q}"}', 'q}'],
]);

table('${V+w} and ${V:+w} (alternative)', [
  ['${SET+w}', 'w'],
  ['${EMPTY+w}', 'w'],
  ['${UNSET+w}', ''],
  ['${SET:+w}', 'w'],
  ['${EMPTY:+w}', ''],
  ['${UNSET:+w}', ''],
  ['${SET:+-$SET}', '-value'],
]);

table('${V?w} and ${V:?w} (required)', [
  ['${SET?w}', 'value'],
  ['${EMPTY?w}', ''],
  ['${UNSET?w}', { error: 'UNSET: w' }],
  ['${UNSET?}', { error: 'UNSET: is not allowed to be unset' }],
  ['${SET:?w}', 'value'],
  ['${EMPTY:?w}', { error: 'EMPTY: w' }],
  ['${EMPTY:?}', { error: 'EMPTY: is not allowed to be empty' }],
  ['${UNSET:?}', { error: 'UNSET: is not allowed to be unset' }],
  ['${UNSET:?message $SET}', { error: 'UNSET: message value' }],
]);

table('${V#p} and ${V##p} (remove prefix)', [
  ['${FILE#*.}', 'tar.gz'],
  ['${FILE##*.}', 'gz'],
  ['${FILE#archive}', '.tar.gz'],
  ['${FILE#nomatch}', 'archive.tar.gz'],
  ['${FILE#?}', 'rchive.tar.gz'],
  ['${FILE#}', 'archive.tar.gz'],
  ['${FILE##}', 'archive.tar.gz'],
  ['${PATHS#*:}', '/c/d:/e'],
  ['${PATHS##*:}', '/e'],
  ['${UNSET#x}', ''],
  ['${FILE#\\x}', { error: "invalid pattern (\\x) in substitution: invalid escape '\\x'" }],
]);

table('${V%p} and ${V%%p} (remove suffix)', [
  ['${FILE%.*}', 'archive.tar'],
  ['${FILE%%.*}', 'archive'],
  ['${FILE%.gz}', 'archive.tar'],
  ['${FILE%?}', 'archive.tar.g'],
  ['${FILE%}', 'archive.tar.gz'],
  ['${PATHS%:*}', '/a/b:/c/d'],
  ['${PATHS%%:*}', '/a/b'],
]);

table('${V/p/r} and ${V//p/r} (replace)', [
  ['${FILE/./-}', 'archive-tar.gz'],
  ['${FILE//./-}', 'archive-tar-gz'],
  ['${FILE/a/}', 'rchive.tar.gz'],
  ['${FILE//a}', { error: "syntax error: missing '/' in ${}" }],
  ['${FILE/*./}', 'gz'],
  ['${FILE/nomatch/x}', 'archive.tar.gz'],
  ['${PATHS//:/ }', '/a/b /c/d /e'],
  ['${PATHS//\\//|}', '|a|b:|c|d:|e'],
  ['${UNSET/a/b}', ''],
]);

table('unsupported and malformed forms', [
  ['${SET:#x}', { error: 'unsupported modifier (:#) in substitution' }],
  ['${SET:##x}', { error: 'unsupported modifier (:#) in substitution' }],
  ['${SET:%x}', { error: 'unsupported modifier (:%) in substitution' }],
  ['${SET:%%x}', { error: 'unsupported modifier (:%) in substitution' }],
  ['${SET:=x}', { error: 'unsupported modifier (:=) in substitution' }],
  ['${SET=x}', { error: 'unsupported modifier (=) in substitution' }],
  ['${SET:/a/b}', { error: 'unsupported modifier (:/) in substitution' }],
  ['${SET:x}', { error: 'unsupported modifier (:x) in substitution' }],
  ['${}', { error: 'syntax error: bad substitution' }],
  ['${:}', { error: 'syntax error: bad substitution' }],
  ['${{SET}', { error: 'syntax error: bad substitution' }],
  ['${', { error: "syntax error: missing '}'" }],
  ['${SET:-x', { error: "syntax error: missing '}'" }],
  ['${SET', { error: 'unsupported modifier (\ufffd) in substitution' }],
  ['${SET.x}', { error: 'unsupported modifier (.) in substitution' }],
]);

describe('real-world FROM lines', () => {
  const cases: [input: string, record: Record<string, string>, expected: string][] = [
    ['qdrant-${GPU:+gpu-}${GPU:-cpu}', {}, 'qdrant-cpu'],
    ['qdrant-${GPU:+gpu-}${GPU:-cpu}', { GPU: 'nvidia' }, 'qdrant-gpu-nvidia'],
    ['qdrant-${GPU:+gpu-}${GPU:-cpu}', { GPU: '' }, 'qdrant-cpu'],
    ['${GPU:+gpu-}${GPU:-cpu}', { GPU: 'amd' }, 'gpu-amd'],
    ['scra${DEBUG:-tch}', {}, 'scratch'],
    ['scra${DEBUG:-tch}', { DEBUG: 'tch-debug' }, 'scratch-debug'],
    ['golang:${GO_VERSION}-alpine${ALPINE_VERSION}', { GO_VERSION: '1.22', ALPINE_VERSION: '3.19' }, 'golang:1.22-alpine3.19'],
    ['${BASE_IMAGE:-debian}:${BASE_TAG:-bookworm-slim}', {}, 'debian:bookworm-slim'],
    ['--platform=$BUILDPLATFORM', { BUILDPLATFORM: 'linux/amd64' }, '--platform=linux/amd64'],
  ];
  for (const [input, record, expected] of cases) {
    it(`${input}  with ${JSON.stringify(record)}`, () => {
      expect(processWord(input, env(record))).toMatchObject({ ok: true, result: expected });
    });
  }

  // TestProcessWithMatchesPlatform: an empty TARGETVARIANT counts as set, but `:+` treats it as unset.
  const release = 'something-${VERSION}.${TARGETOS}-${TARGETARCH}${TARGETVARIANT:+-${TARGETVARIANT}}.tar.gz';
  it(release, () => {
    const base = { VERSION: 'v1.2.3', TARGETOS: 'linux' };
    expect(processWord(release, env({ ...base, TARGETARCH: 'arm', TARGETVARIANT: 'v7' }))).toMatchObject({
      result: 'something-v1.2.3.linux-arm-v7.tar.gz',
    });
    expect(processWord(release, env({ ...base, TARGETARCH: 'arm64', TARGETVARIANT: '' }))).toMatchObject({
      result: 'something-v1.2.3.linux-arm64.tar.gz',
    });
    expect(processWord(release, env({ ...base, TARGETARCH: 'arm64' }))).toMatchObject({
      result: 'something-v1.2.3.linux-arm64.tar.gz',
    });
  });
});

describe('ARG defaults with required variables (args testGlobalArgErrors)', () => {
  it('ARG FOO=${FOO:?"custom error"}', () => {
    const word = '${FOO:?"custom error"}';
    const r = processWord(word, env({}));
    expect(r).toEqual({ ok: false, error: 'FOO: custom error' });
    if (!r.ok) expect(formatProcessError(word, r.error)).toBe('failed to process "${FOO:?\\"custom error\\"}": FOO: custom error');
  });
  it('ARG FOO=${FOO:?} with FOO empty', () => {
    expect(processWord('${FOO:?}', env({ FOO: '' }))).toEqual({ ok: false, error: 'FOO: is not allowed to be empty' });
  });
  it('ARG FOO=${FOO:?"custom error"} with FOO set', () => {
    expect(processWord('${FOO:?"custom error"}', env({ FOO: 'x' }))).toMatchObject({ ok: true, result: 'x' });
  });
  // TestShellParserMandatoryEnvVars
  it('${VAR:?message here$ARG}', () => {
    const w = '${VAR:?message here$ARG}';
    expect(processWord(w, env({ VAR: 'plain', ARG: 'x' }))).toMatchObject({ ok: true, result: 'plain' });
    expect(processWord(w, env({ VAR: '', ARG: 'x' }))).toEqual({ ok: false, error: 'VAR: message herex' });
    expect(processWord(w, env({ ARG: 'x' }))).toEqual({ ok: false, error: 'VAR: message herex' });
  });
  it('${VAR?message here$ARG}', () => {
    const w = '${VAR?message here$ARG}';
    expect(processWord(w, env({ VAR: 'plain', ARG: 'x' }))).toMatchObject({ ok: true, result: 'plain' });
    expect(processWord(w, env({ VAR: '', ARG: 'x' }))).toMatchObject({ ok: true, result: '' });
    expect(processWord(w, env({ ARG: 'x' }))).toEqual({ ok: false, error: 'VAR: message herex' });
  });
});

/** lex_test.go TestProcessWithMatches, row by row. */
describe('matched / unmatched (TestProcessWithMatches)', () => {
  type MatchRow = {
    input: string;
    envs: Record<string, string>;
    expected?: string;
    err?: true;
    matches?: string[];
    unmatched?: string[];
  };
  const FB = { FOO: 'xxx', BAR: '' };
  const rows: MatchRow[] = [
    { input: 'x', envs: { DUMMY: 'dummy' }, expected: 'x' },
    { input: 'x ${UNUSED}', envs: { DUMMY: 'dummy' }, expected: 'x ', unmatched: ['UNUSED'] },
    { input: 'x ${FOO}', envs: { FOO: 'y' }, expected: 'x y', matches: ['FOO'] },
    { input: '${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}', envs: FB, expected: 'xxx  ccc', matches: ['FOO', 'BAR'], unmatched: ['BAZ'] },
    { input: '${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}', envs: FB, expected: 'xxx bbb ccc', matches: ['FOO', 'BAR'], unmatched: ['BAZ'] },
    { input: '${FOO:-}', envs: FB, expected: 'xxx', matches: ['FOO'] },
    { input: '${FOO:-}', envs: {}, expected: '', unmatched: ['FOO'] },
    { input: '${FOO+aaa} ${BAR+bbb} ${BAZ+ccc}', envs: FB, expected: 'aaa bbb ', matches: ['FOO', 'BAR'], unmatched: ['BAZ'] },
    { input: '${FOO:+aaa} ${BAR:+bbb} ${BAZ:+ccc}', envs: FB, expected: 'aaa  ', matches: ['FOO', 'BAR'], unmatched: ['BAZ'] },
    { input: '${FOO?aaa}', envs: FB, expected: 'xxx', matches: ['FOO'] },
    { input: '${BAR?bbb}', envs: FB, expected: '', matches: ['BAR'] },
    { input: '${BAZ?ccc}', envs: FB, err: true },
    { input: '${FOO:?aaa}', envs: FB, expected: 'xxx', matches: ['FOO'] },
    { input: '${BAR:?bbb}', envs: FB, err: true },
    { input: '${BAZ:?ccc}', envs: FB, err: true },
    { input: '${BAZ:?}', envs: FB, err: true },
    { input: '${FOO=aaa}', envs: FB, err: true },
    { input: '${FOO=:aaa}', envs: FB, err: true },
    { input: '${FOO=}', envs: {}, err: true },
    { input: '${FOO#()[]{\\}^$.\\*\\?|\\\\}', envs: { FOO: '()[]{}^$.*?|\\x' }, expected: 'x', matches: ['FOO'] },
    { input: '${FOO%%\\**}', envs: { FOO: 'xx**' }, expected: 'xx', matches: ['FOO'] },
    { input: '${FOO#*x*y}', envs: { FOO: 'xxyy' }, expected: 'y', matches: ['FOO'] },
    { input: '${FOO#*}', envs: { FOO: 'xxyy' }, expected: 'xxyy', matches: ['FOO'] },
    { input: '${FOO#$BAR}', envs: { FOO: 'xxyy', BAR: 'x' }, expected: 'xyy', matches: ['FOO', 'BAR'] },
    { input: '${FOO#$BAR}', envs: { FOO: 'xxyy', BAR: '' }, expected: 'xxyy', matches: ['FOO', 'BAR'] },
    { input: '${FOO#}', envs: { FOO: 'xxyy' }, expected: 'xxyy', matches: ['FOO'] },
    { input: '${FOO##*x}', envs: { FOO: 'xxyy' }, expected: 'yy', matches: ['FOO'] },
    { input: '${FOO##}', envs: { FOO: 'xxyy' }, expected: 'xxyy', matches: ['FOO'] },
    { input: '${FOO#?\\?}', envs: { FOO: '???y' }, expected: '?y', matches: ['FOO'] },
    { input: '${ABC:-.}${FOO%x}${ABC:-.}', envs: { FOO: 'xxyy' }, expected: '.xxyy.', matches: ['FOO'], unmatched: ['ABC'] },
    { input: '${FOO%%\\**\\*}', envs: { FOO: 'a***yy*' }, expected: 'a', matches: ['FOO'] },
    { input: '${FOO%}', envs: { FOO: 'xxyy' }, expected: 'xxyy', matches: ['FOO'] },
    { input: '${FOO%%$BAR}', envs: { FOO: 'xxyy', BAR: '' }, expected: 'xxyy', matches: ['FOO', 'BAR'] },
    { input: '${FOO:#}', envs: {}, err: true },
    { input: '${FOO:##}', envs: {}, err: true },
    { input: '${FOO:%}', envs: {}, err: true },
    { input: '${FOO:%%}', envs: {}, err: true },
    {
      input: '${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}',
      envs: { FOO: '/foo*/*/*.txt', NEEDLE: '\\*/' },
      expected: '/foo.*/*.txt - /foo..*.txt',
      matches: ['FOO', 'NEEDLE'],
    },
    {
      input: '${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}',
      envs: { FOO: '/tmp/tmp/bar.txt', NEEDLE: '/tmp' },
      expected: '/tmp/bar.txt - /bar.txt',
      matches: ['FOO', 'NEEDLE'],
    },
    {
      input: '${FOO/$NEEDLE/$REPLACEMENT} - ${FOO//$NEEDLE/$REPLACEMENT}',
      envs: { FOO: '/a/foo/b/c.txt', NEEDLE: '/?/', REPLACEMENT: '/' },
      expected: '/foo/b/c.txt - /foo/c.txt',
      matches: ['FOO', 'NEEDLE', 'REPLACEMENT'],
    },
    {
      input: '${FOO/$NEEDLE/$REPLACEMENT}',
      envs: { FOO: 'http://google.de', NEEDLE: 'http://', REPLACEMENT: 'https://' },
      expected: 'https://google.de',
      matches: ['FOO', 'NEEDLE', 'REPLACEMENT'],
    },
    { input: '${FOO//\\//\\/}', envs: { FOO: '/tmp/foo.txt' }, expected: '\\/tmp\\/foo.txt', matches: ['FOO'] },
    { input: '${FOO/$BAR/ww}', envs: { FOO: 'xxyy', BAR: '' }, expected: 'wwxxyy', matches: ['FOO', 'BAR'] },
    { input: '${FOO//ww}', envs: { FOO: 'xxyy' }, err: true },
    { input: '${FOO//}', envs: { FOO: 'xxyy' }, err: true },
    { input: '${FOO///}', envs: { FOO: 'xxyy' }, expected: 'xxyy', matches: ['FOO'] },
    { input: '${FOO///}', envs: {}, expected: '', unmatched: ['FOO'] },
  ];
  for (const row of rows) {
    it(`${row.input}  with ${JSON.stringify(row.envs)}`, () => {
      const r = processWordWithMatches(row.input, env(row.envs));
      if (row.err) {
        expect(r.ok).toBe(false);
        return;
      }
      expect(r).toMatchObject({ ok: true, result: row.expected });
      if (!r.ok) return;
      expect([...r.matched].sort()).toEqual([...(row.matches ?? [])].sort());
      expect([...r.unmatched].sort()).toEqual([...(row.unmatched ?? [])].sort());
    });
  }

  it('reports names in first-use order, once each', () => {
    const r = processWordWithMatches('$B ${A:-$C} $B ${D:+x}', env({ B: '1', D: '' }));
    expect(r).toEqual({ ok: true, result: '1  1 ', matched: ['B', 'D'], unmatched: ['C', 'A'] });
  });
  it('counts positional and special parameters as unmatched, like BuildKit', () => {
    const r = processWordWithMatches('$1${@}$#', env({}));
    expect(r).toEqual({ ok: true, result: '', matched: [], unmatched: ['1', '@', '#'] });
  });
});
