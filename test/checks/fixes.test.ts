/**
 * Every quick fix, applied: its finding is gone and the graph is the same (stages, bases,
 * edges and what is built; stage names compared as BuildKit keys them, lower-cased).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { addSkip, applyEdits, quickFixes, type FixKind } from '../../src/core/checks/fixes.ts';
import { runChecks } from '../../src/core/checks/index.ts';

function graphOf(text: string) {
  const a = analyze(text);
  return {
    stages: a.stages.map((s) => [s.index, s.name, s.base, s.reachable, s.layerInfo.layers]),
    edges: a.edges.map((e) => [e.kind, e.stage, e.source]),
    errors: a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code),
  };
}

function findings(text: string, rule: string) {
  return runChecks(text, analyze(text), { mode: 'check' }).findings.filter((f) => f.ruleName === rule);
}

const rows: { name: string; text: string; rule: string; kind: FixKind; expected?: string }[] = [
  { name: 'FROM alpine AS Builder + COPY --from=Builder', text: 'FROM alpine AS Builder\nRUN make\nFROM scratch\nCOPY --from=Builder /app /app\nRUN --mount=from=Builder,target=/x true\n', rule: 'StageNameCasing', kind: 'lowercaseStage',
    expected: 'FROM alpine AS builder\nRUN make\nFROM scratch\nCOPY --from=builder /app /app\nRUN --mount=from=builder,target=/x true\n' },
  { name: 'FROM golang as build', text: 'FROM golang as build\n', rule: 'FromAsCasing', kind: 'matchAsCasing', expected: 'FROM golang AS build\n' },
  { name: 'from golang AS build', text: 'from golang AS build\n', rule: 'FromAsCasing', kind: 'matchAsCasing', expected: 'from golang as build\n' },
  { name: 'FROM alpine / run / COPY', text: 'FROM alpine\nrun echo\nCOPY a /a\nENV a=b\n', rule: 'ConsistentInstructionCasing', kind: 'instructionCasing', expected: 'FROM alpine\nRUN echo\nCOPY a /a\nENV a=b\n' },
  { name: 'ENV PORT 8080', text: 'FROM alpine\nENV PORT 8080\n', rule: 'LegacyKeyValueFormat', kind: 'keyValue', expected: 'FROM alpine\nENV PORT=8080\n' },
  { name: 'LABEL description a b c', text: 'FROM alpine\nLABEL description a b c\n', rule: 'LegacyKeyValueFormat', kind: 'keyValue', expected: 'FROM alpine\nLABEL description="a b c"\n' },
  { name: 'CMD ./server --port 80', text: 'FROM alpine\nCMD ./server --port 80\n', rule: 'JSONArgsRecommended', kind: 'jsonForm', expected: 'FROM alpine\nCMD ["./server", "--port", "80"]\n' },
  { name: 'ENTRYPOINT ./run (no CMD in the stage)', text: 'FROM alpine\nENTRYPOINT ./run\n', rule: 'JSONArgsRecommended', kind: 'jsonForm', expected: 'FROM alpine\nENTRYPOINT ["./run"]\n' },
  { name: 'MAINTAINER Jane "J" <j@x>', text: 'FROM alpine\nMAINTAINER Jane "J" <j@x>\n', rule: 'MaintainerDeprecated', kind: 'maintainerLabel', expected: 'FROM alpine\nLABEL org.opencontainers.image.authors="Jane \\"J\\" <j@x>"\n' },
  { name: 'RUN a \\ (empty line) b', text: 'FROM alpine\nRUN echo a \\\n\n  b\n', rule: 'NoEmptyContinuation', kind: 'removeEmptyContinuation', expected: 'FROM alpine\nRUN echo a \\\n  b\n' },
  { name: 'FROM --platform=$TARGETPLATFORM alpine', text: 'FROM --platform=$TARGETPLATFORM alpine\n', rule: 'RedundantTargetPlatform', kind: 'dropPlatform', expected: 'FROM alpine\n' },
  { name: 'EXPOSE 80/TCP 53/Udp', text: 'FROM alpine\nEXPOSE 80/TCP 53/Udp\n', rule: 'ExposeProtoCasing', kind: 'lowercaseProtocol', expected: 'FROM alpine\nEXPOSE 80/tcp 53/udp\n' },
  { name: 'skip UndefinedVar above an indented COPY $X (at column 1: BuildKit ignores indented check comments)', text: 'FROM alpine\n  COPY $X /x\n', rule: 'UndefinedVar', kind: 'skipHere', expected: 'FROM alpine\n# check=skip=UndefinedVar\n  COPY $X /x\n' },
  { name: 'skip adds to an existing # check=skip= above', text: 'FROM alpine\n# check=skip=JSONArgsRecommended\nCOPY $X /x\n', rule: 'UndefinedVar', kind: 'skipHere', expected: 'FROM alpine\n# check=skip=JSONArgsRecommended,UndefinedVar\nCOPY $X /x\n' },
  { name: 'skip MultipleInstructionsDisallowed goes above the later CMD', text: 'FROM alpine\nCMD ["a"]\nCMD ["b"]\n', rule: 'MultipleInstructionsDisallowed', kind: 'skipHere', expected: 'FROM alpine\nCMD ["a"]\n# check=skip=MultipleInstructionsDisallowed\nCMD ["b"]\n' },
  { name: 'skip a file-level rule (DuplicateStageName) in the # check directive', text: '# syntax=docker/dockerfile:1\nFROM alpine AS a\nFROM alpine AS a\n', rule: 'DuplicateStageName', kind: 'skipFile', expected: '# syntax=docker/dockerfile:1\n# check=skip=DuplicateStageName\nFROM alpine AS a\nFROM alpine AS a\n' },
  { name: 'skip a file-level rule with an existing # check=error=true', text: '# check=error=true\nFROM alpine AS scratch\n', rule: 'ReservedStageName', kind: 'skipFile', expected: '# check=error=true;skip=ReservedStageName\nFROM alpine AS scratch\n' },
  // BuildKit merges only the first `check=` comment above an instruction: the rule goes into it.
  { name: '# check=skip=JSONArgsRecommended / # note / ENV X 1 (into the first check comment)', text: 'FROM alpine\n# check=skip=JSONArgsRecommended\n# note\nENV X 1\n', rule: 'LegacyKeyValueFormat', kind: 'skipHere', expected: 'FROM alpine\n# check=skip=JSONArgsRecommended,LegacyKeyValueFormat\n# note\nENV X 1\n' },
  { name: '# check=skip=JSONArgsRecommended;error=false above ENV X 1 (into the skip part)', text: 'FROM alpine\n# check=skip=JSONArgsRecommended;error=false\nENV X 1\n', rule: 'LegacyKeyValueFormat', kind: 'skipHere', expected: 'FROM alpine\n# check=skip=JSONArgsRecommended,LegacyKeyValueFormat;error=false\nENV X 1\n' },
  { name: '# check=error=false // why, above ENV X 1 (a skip part added to the first word)', text: 'FROM alpine\n# check=error=false // why\nENV X 1\n', rule: 'LegacyKeyValueFormat', kind: 'skipHere', expected: 'FROM alpine\n# check=error=false;skip=LegacyKeyValueFormat // why\nENV X 1\n' },
  { name: 'skip above the first instruction right after the directives (a blank line first, or it would be a directive)', text: '# syntax=docker/dockerfile:1\n# check=error=false\nFROM alpine as build\n', rule: 'FromAsCasing', kind: 'skipHere', expected: '# syntax=docker/dockerfile:1\n# check=error=false\n\n# check=skip=FromAsCasing\nFROM alpine as build\n' },
  { name: 'skip an ONBUILD trigger\'s finding (triggers run without comments: the file\'s directive)', text: 'FROM alpine AS base\nONBUILD ENV A 1\nFROM base\n', rule: 'LegacyKeyValueFormat', kind: 'skipFile', expected: '# check=skip=LegacyKeyValueFormat\nFROM alpine AS base\nONBUILD ENV A 1\nFROM base\n' },
  { name: 'skip a file-level rule with # check=skip=A;error=false (into the skip part)', text: '# check=skip=JSONArgsRecommended;error=false\nFROM alpine AS scratch\n', rule: 'ReservedStageName', kind: 'skipFile', expected: '# check=skip=JSONArgsRecommended,ReservedStageName;error=false\nFROM alpine AS scratch\n' },
];

describe('quick fixes', () => {
  for (const row of rows) {
    it(`${row.kind}: ${row.name}`, () => {
      const before = findings(row.text, row.rule);
      expect(before.length).toBeGreaterThan(0);
      const fix = quickFixes(row.text, analyze(row.text), before[0]!).find((f) => f.kind === row.kind);
      expect(fix, `no ${row.kind} fix offered`).toBeDefined();
      const after = applyEdits(row.text, fix!.edits);
      if (row.expected !== undefined) expect(after).toBe(row.expected);
      expect(findings(after, row.rule)).toEqual([]);
      expect(graphOf(after)).toEqual(graphOf(row.text));
    });
  }

  it.each([
    ['CMD echo $HOME (a variable: the shell matters)', 'FROM alpine\nCMD echo $HOME\n'],
    ['ENTRYPOINT ./run with a CMD (JSON form would append it)', 'FROM alpine\nENTRYPOINT ./run\nCMD ["x"]\n'],
    // Shell builtins and keywords are no programs: in JSON form the container fails to start.
    ['CMD cd /x (a builtin)', 'FROM alpine\nCMD cd /x\n'],
    ['CMD source x (a builtin)', 'FROM alpine\nCMD source x\n'],
    ['CMD . ./env (a builtin)', 'FROM alpine\nCMD . ./env\n'],
    ['CMD exec ./app (a builtin)', 'FROM alpine\nCMD exec ./app\n'],
    ['ENTRYPOINT export A=1 (a builtin)', 'FROM alpine\nENTRYPOINT export A=1\n'],
    ['CMD set -e (a builtin)', 'FROM alpine\nCMD set -e\n'],
    ['CMD ulimit -n 1024 (a builtin)', 'FROM alpine\nCMD ulimit -n 1024\n'],
    ['CMD if true (a keyword)', 'FROM alpine\nCMD if true\n'],
    ['CMD FOO=1 ./app (an assignment first)', 'FROM alpine\nCMD FOO=1 ./app\n'],
    ['CMD ./app > log (a redirection)', 'FROM alpine\nCMD ./app > log\n'],
    ['CMD ./a && ./b (an operator)', 'FROM alpine\nCMD ./a && ./b\n'],
    ['CMD ./a; ./b (a separator)', 'FROM alpine\nCMD ./a; ./b\n'],
    ['CMD ./a | ./b (a pipe)', 'FROM alpine\nCMD ./a | ./b\n'],
    ['CMD ls *.txt (a glob)', 'FROM alpine\nCMD ls *.txt\n'],
    ['CMD ls ~/x (a tilde)', 'FROM alpine\nCMD ls ~/x\n'],
    ["CMD echo 'a b' (quotes)", "FROM alpine\nCMD echo 'a b'\n"],
  ])('no JSON-form fix: %s', (_, text) => {
    const f = findings(text, 'JSONArgsRecommended')[0]!;
    expect(quickFixes(text, analyze(text), f).map((x) => x.kind)).toEqual(['skipHere']);
  });

  it.each([
    ['', 'skip=R'],
    ['skip=A', 'skip=A,R'],
    ['skip=A;error=false', 'skip=A,R;error=false'],
    ['error=true', 'error=true;skip=R'],
    ['error=true;experimental=X', 'error=true;experimental=X;skip=R'],
    ['skip=A;skip=B', 'skip=A;skip=B,R'],
  ])('addSkip(%j) = %j', (value, want) => expect(addSkip(value, 'R')).toBe(want));
  it.each([['nope'], ['error=maybe'], ['error=true;experimental=X;error=false']])('addSkip(%j) refuses', (value) => expect(addSkip(value, 'R')).toBeNull());

  it('InvalidDefinitionDescription (experimental: skip does not reach it, so no skip is offered)', () => {
    const text = '# check=experimental=InvalidDefinitionDescription\n# bar this is the bar\nFROM scratch AS base\n';
    const f = findings(text, 'InvalidDefinitionDescription')[0]!;
    expect(quickFixes(text, analyze(text), f)).toEqual([]);
  });

  it('ENV a "b c" legacy with quotes: only the skip', () => {
    const text = 'FROM alpine\nENV a "b c"\n';
    const f = findings(text, 'LegacyKeyValueFormat')[0]!;
    expect(quickFixes(text, analyze(text), f).map((x) => x.kind)).toEqual(['skipHere']);
  });
});
