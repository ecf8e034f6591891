/**
 * Variable scope against BuildKit's rules (buildkit-semantics.md §4; dockerfile2llb dispatchArg,
 * buildMetaArgs, dispatchState.init). One row per input; `at` is the 1-based line asked about.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { outOfScopeAt, scopeAt, stageScopes, variableAt, variableTokens, type Binding } from '../../src/core/analyze/scope.ts';
import type { AnalyzeOptions } from '../../src/core/model.ts';

const brief = (b: Binding | undefined) =>
  b && `${b.value ?? '<unset>'} ${b.origin.kind}${b.origin.line !== undefined ? '@' + b.origin.line : ''}${b.inheritedFrom !== undefined ? ' from ' + b.inheritedFrom : ''}`;

function lookup(text: string, line: number, name: string, opts: AnalyzeOptions = {}) {
  const a = analyze(text, opts);
  return brief(scopeAt(a, line, opts).find((b) => b.name === name));
}

interface Row { text: string; at: number; name: string; opts?: AnalyzeOptions; want: string | undefined }

const rows: Record<string, Row> = {
  'ARG V=1 / FROM alpine:$V (FROM sees the meta ARG)': { text: 'ARG V=1\nFROM alpine:$V\n', at: 2, name: 'V', want: '1 meta-arg@1' },
  'ARG V=1 / FROM alpine / RUN echo $V (not re-declared: invisible)': { text: 'ARG V=1\nFROM alpine\nRUN echo $V\n', at: 3, name: 'V', want: undefined },
  'ARG V=1 / FROM alpine / ARG V / RUN (valueless re-declaration inherits the global default)': {
    text: 'ARG V=1\nFROM alpine\nARG V\nRUN echo $V\n', at: 4, name: 'V', want: '1 meta-arg@1',
  },
  'ARG V=1 / FROM / ARG V=2 (a default in the stage ignores the global value)': {
    text: 'ARG V=1\nFROM alpine\nARG V=2\nRUN echo $V\n', at: 4, name: 'V', want: '2 stage-arg@3',
  },
  'ARG V=1 / FROM / ARG V=2 with --build-arg V=9': {
    text: 'ARG V=1\nFROM alpine\nARG V=2\nRUN echo $V\n', at: 4, name: 'V', opts: { buildArgs: { V: '9' } }, want: '9 build-arg',
  },
  'ARG V=1 / FROM alpine:$V with --build-arg V=9 (overridden, unexpanded)': {
    text: 'ARG V=1\nFROM alpine:$V\n', at: 2, name: 'V', opts: { buildArgs: { V: '$X' } }, want: '$X build-arg@1',
  },
  'ARG V=1 / FROM / ARG V with --build-arg V=9': {
    text: 'ARG V=1\nFROM alpine\nARG V\nRUN echo $V\n', at: 4, name: 'V', opts: { buildArgs: { V: '9' } }, want: '9 build-arg',
  },
  'FROM / ARG V (no value anywhere: declared, unset)': { text: 'FROM alpine\nARG V\nRUN echo $V\n', at: 3, name: 'V', want: '<unset> stage-arg@2' },
  'ARG on its own line is not yet in scope on that line': { text: 'FROM alpine\nARG V=1\n', at: 2, name: 'V', want: undefined },
  'ARG B=$A after ARG A=x in the stage': { text: 'FROM alpine\nARG A=x\nARG B=${A}y\nRUN true\n', at: 4, name: 'B', want: 'xy stage-arg@3' },
  'ARG A=x B=$A (one ARG: later words see earlier ones)': { text: 'FROM alpine\nARG A=x B=$A\nRUN true\n', at: 3, name: 'B', want: 'x stage-arg@2' },
  'ENV A=1 B=$A (one ENV: every pair sees the scope before it)': { text: 'FROM alpine\nENV A=1 B=$A\nRUN true\n', at: 3, name: 'B', want: ' env@2' },
  'ENV A=1 then ARG A=2 (the later one wins in the stage)': { text: 'FROM alpine\nENV A=1\nARG A=2\nRUN true\n', at: 4, name: 'A', want: '2 stage-arg@3' },
  'ENV A=1 then ARG A (valueless, no global: ENV stays)': { text: 'FROM alpine\nENV A=1\nARG A\nRUN true\n', at: 4, name: 'A', want: '1 env@2' },
  'ENV quoted value "a b"': { text: 'FROM alpine\nENV A="a b"\nRUN true\n', at: 3, name: 'A', want: 'a b env@2' },
  'FROM base AS b / ENV E=1 / FROM b (child inherits ENV)': { text: 'FROM alpine AS b\nENV E=1\nFROM b\nRUN true\n', at: 4, name: 'E', want: '1 env@2 from 0' },
  'FROM alpine AS b / ARG A=1 / FROM b (child inherits the stage ARG)': { text: 'FROM alpine AS b\nARG A=1\nFROM b\nRUN true\n', at: 4, name: 'A', want: '1 stage-arg@2 from 0' },
  'parent ENV E=1 then ARG E=2: the child sees ENV again (image config re-applied)': {
    text: 'FROM alpine AS b\nENV E=1\nARG E=2\nFROM b\nRUN true\n', at: 5, name: 'E', want: '1 env@2 from 0',
  },
  'FROM alpine / COPY (a sibling stage does not inherit)': { text: 'FROM alpine AS b\nENV E=1\nFROM alpine\nRUN true\n', at: 4, name: 'E', want: undefined },
  'parent ONBUILD ENV runs in the child': { text: 'FROM alpine AS b\nONBUILD ENV T=1\nFROM b\nRUN true\n', at: 4, name: 'T', want: '1 env@2 from 0' },
  'FROM alpine / ARG TARGETARCH (builtin)': { text: 'FROM alpine\nARG TARGETARCH\nRUN true\n', at: 3, name: 'TARGETARCH', want: 'amd64 builtin' },
  'FROM alpine / RUN $TARGETARCH (builtin not declared: invisible)': { text: 'FROM alpine\nRUN echo $TARGETARCH\n', at: 2, name: 'TARGETARCH', want: undefined },
  'FROM --platform=$BUILDPLATFORM (builtins in FROM)': { text: 'FROM --platform=$BUILDPLATFORM alpine\n', at: 1, name: 'BUILDPLATFORM', want: 'linux/amd64 builtin' },
  'ARG TARGETARCH with --build-arg TARGETARCH=arm64': {
    text: 'FROM alpine\nARG TARGETARCH\nRUN true\n', at: 3, name: 'TARGETARCH', opts: { buildArgs: { TARGETARCH: 'arm64' } }, want: 'arm64 build-arg',
  },
  'TARGETSTAGE is the last stage name': { text: 'FROM alpine AS a\nFROM alpine AS final\nARG TARGETSTAGE\nRUN true\n', at: 4, name: 'TARGETSTAGE', want: 'final builtin' },
  'TARGETSTAGE with --target a': { text: 'FROM alpine AS a\nARG TARGETSTAGE\nRUN true\nFROM alpine AS final\n', at: 3, name: 'TARGETSTAGE', opts: { target: 'a' }, want: 'a builtin' },
  'ARG A=1 / ARG B=$A (meta ARGs chain)': { text: 'ARG A=1\nARG B=${A}2\nFROM alpine:$B\n', at: 3, name: 'B', want: '12 meta-arg@2' },
  'line 2 before the first FROM sees only earlier meta ARGs': { text: 'ARG A=1\nARG B=2\nFROM alpine\n', at: 2, name: 'B', want: undefined },
  'ARG A=1 / ARG A (valueless meta re-declaration keeps the value)': { text: 'ARG A=1\nARG A\nFROM alpine:$A\n', at: 3, name: 'A', want: '1 meta-arg@1' },
};

describe('scopeAt', () => {
  for (const [name, r] of Object.entries(rows)) {
    it(name, () => expect(lookup(r.text, r.at, r.name, r.opts)).toBe(r.want));
  }
  it('a heredoc body line sees the scope before its RUN', () => {
    const text = 'FROM alpine\nARG A=1\nRUN <<EOF\necho $A\nEOF\nARG A=2\n';
    expect(lookup(text, 4, 'A')).toBe('1 stage-arg@2');
  });
});

describe('outOfScopeAt', () => {
  it('ARG V=1 / ARG W / FROM alpine / ARG W: V is out of scope, W is not', () => {
    const a = analyze('ARG V=1\nARG W\nFROM alpine\nARG W\nRUN true\n');
    expect(outOfScopeAt(a, 5).map((b) => `${b.name}@${b.declaredAt?.line}`)).toEqual(['V@1']);
    expect(outOfScopeAt(a, 3)).toEqual([]);
  });
});

describe('stageScopes', () => {
  it('each stage ends with its own ARG and ENV', () => {
    const a = analyze('ARG G=1\nFROM alpine AS a\nARG G\nENV E=$G\nFROM a AS b\nENV F=2\n');
    const s = stageScopes(a).map((x) => x.bindings.map((b) => `${b.name}=${b.value}`).join(' '));
    expect(s).toEqual(['G=1 E=1', 'G=1 E=1 F=2']);
  });
});

describe('variableTokens', () => {
  const names = (line: string, esc: '\\' | '`' = '\\') => variableTokens(line, esc).map((t) => `${t.text}|${t.modifier ?? ''}`);
  it.each([
    ['RUN echo $A ${B} ${C:-x} ${D##*/}', ['$A|', '${B}|', '${C:-x}|:-', '${D##*/}|##']],
    ["RUN echo '$A' \\$B $C", ['$C|']],
    ['RUN echo `$A $B', ['$B|']],
    ['RUN echo ${A:-${B}} $', ['${A:-${B}}|:-']],
  ])('%s', (line, want) => expect(names(line, line.includes('`') ? '`' : '\\')).toEqual(want));
});

describe('variableAt', () => {
  const text = 'ARG VARIANT=slim\nARG GO=1.22\nFROM golang:${GO}-${VARIANT}\nARG GO\nRUN echo ${VARIANT:-none} $GO\nENV P=/x\nCMD echo $GO $P\n';
  const a = analyze(text);
  const lines = text.split('\n');
  const at = (line: number, col: number) => variableAt(a, line, col, lines[line - 1]!);

  it('FROM golang:${GO}: the meta ARG on line 2', () => {
    const v = at(3, 15);
    expect([v?.name, v?.expanded, v?.binding?.origin]).toEqual(['GO', '1.22', { kind: 'meta-arg', line: 2 }]);
  });
  it('RUN ${VARIANT:-none} in a stage that did not re-declare VARIANT', () => {
    const v = at(5, 12);
    expect([v?.name, v?.modifier, v?.expanded, v?.unbound, v?.expander]).toEqual(['VARIANT', ':-', 'none', { kind: 'meta-not-redeclared', line: 1 }, 'run-shell']);
  });
  it('RUN $GO after ARG GO: the global default', () => {
    const v = at(5, 28);
    expect([v?.name, v?.expanded, v?.binding?.declaredAt?.line]).toEqual(['GO', '1.22', 4]);
  });
  it('CMD $GO: an ARG is not in the image; $P (ENV) is', () => {
    expect(at(7, 11)?.unbound).toEqual({ kind: 'arg-not-in-image', line: 4 });
    expect(at(7, 15)?.expanded).toBe('/x');
  });
  it('outside a reference: null', () => expect(at(5, 2)).toBeNull());
  it('RUN $TARGETOS without ARG: a builtin not declared', () => {
    const b = analyze('FROM alpine\nRUN echo $TARGETOS\n');
    expect(variableAt(b, 2, 11, 'RUN echo $TARGETOS')?.unbound).toEqual({ kind: 'builtin-not-declared' });
  });
  it('exec form: nobody expands', () => {
    const b = analyze('FROM alpine\nENV A=1\nCMD ["echo", "$A"]\n');
    const v = variableAt(b, 3, 15, 'CMD ["echo", "$A"]');
    expect([v?.expander, v?.expanded]).toEqual(['none', undefined]);
  });
});
