/**
 * Every quick fix, applied: its finding is gone and the graph is the same (stages, bases,
 * edges and what is built; stage names compared as BuildKit keys them, lower-cased).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { applyEdits, quickFixes, type FixKind } from '../../src/core/checks/fixes.ts';
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
  ])('no JSON-form fix: %s', (_, text) => {
    const f = findings(text, 'JSONArgsRecommended')[0]!;
    expect(quickFixes(text, analyze(text), f).map((x) => x.kind)).toEqual(['skipHere']);
  });

  it('ENV a "b c" legacy with quotes: only the skip', () => {
    const text = 'FROM alpine\nENV a "b c"\n';
    const f = findings(text, 'LegacyKeyValueFormat')[0]!;
    expect(quickFixes(text, analyze(text), f).map((x) => x.kind)).toEqual(['skipHere']);
  });
});
