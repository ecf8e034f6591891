/**
 * Go to definition and find references of stages, against BuildKit's resolution rules
 * (convert.go): FROM verbatim among earlier stages, COPY --from case-insensitive in the final
 * name map or by index, mounts by name only, ONBUILD triggers, duplicates, scratch.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { definitionAt, indexStages, referencesTo } from '../../src/core/editor/stageRefs.ts';
import { at } from './at.ts';
import { realDockerfiles } from './realDockerfiles.ts';


function definition(text: string, needle: string, nth = 0): { stage: number; line: number } | null {
  const d = definitionAt(indexStages(analyze(text), text), at(text, needle, nth));
  return d === null ? null : { stage: d.stage, line: d.range.start.line };
}

describe('go to definition', () => {
  const cases: { name: string; text: string; needle: string; nth?: number; expected: { stage: number; line: number } | null }[] = [
    { name: 'FROM builder → the stage named builder', text: 'FROM golang AS builder\nFROM builder\n', needle: 'builder', nth: 1, expected: { stage: 0, line: 1 } },
    { name: 'FROM Builder is an image (FROM is case-sensitive)', text: 'FROM golang AS builder\nFROM Builder\n', needle: 'Builder', expected: null },
    { name: 'FROM of a later stage is an image (only stages above)', text: 'FROM app\nFROM alpine AS app\n', needle: 'app', expected: null },
    { name: 'COPY --from=BUILDER → builder (case-insensitive)', text: 'FROM golang AS builder\nFROM alpine\nCOPY --from=BUILDER /a /b\n', needle: 'BUILDER', expected: { stage: 0, line: 1 } },
    { name: 'COPY --from=0 → stage 0 by index', text: 'FROM golang AS builder\nFROM alpine\nCOPY --from=0 /a /b\n', needle: '=0', expected: { stage: 0, line: 1 } },
    { name: 'COPY --from=5 out of range → nothing', text: 'FROM golang\nFROM alpine\nCOPY --from=5 /a /b\n', needle: '=5', expected: null },
    { name: 'COPY --from=1 → unnamed stage 1 at its FROM', text: 'FROM alpine\nCOPY --from=1 /a /b\nFROM golang\n', needle: '=1', expected: { stage: 1, line: 3 } },
    { name: 'COPY --chown=0 --from=b (more than one flag)', text: 'FROM golang AS b\nFROM alpine\nCOPY --chown=0 --from=b /a /b\n', needle: '=b', expected: { stage: 0, line: 1 } },
    { name: 'COPY --from=x with duplicates → the last x, even below', text: 'FROM alpine AS x\nFROM alpine\nCOPY --from=x /a /b\nFROM busybox AS x\n', needle: '=x', expected: { stage: 2, line: 4 } },
    { name: 'FROM x with duplicates → the x above it', text: 'FROM alpine AS x\nFROM x\nFROM busybox AS x\nFROM x\n', needle: 'FROM x', nth: 0, expected: { stage: 0, line: 1 } },
    { name: 'second FROM x with duplicates → the second x', text: 'FROM alpine AS x\nFROM x\nFROM busybox AS x\nFROM x\n', needle: 'FROM x', nth: 1, expected: { stage: 2, line: 3 } },
    { name: 'RUN --mount=from=Cache → cache (names are case-insensitive)', text: 'FROM alpine AS cache\nFROM alpine\nRUN --mount=type=cache,from=Cache,target=/c true\n', needle: 'Cache', expected: { stage: 0, line: 1 } },
    { name: 'RUN --mount=from=0 is an image, not an index', text: 'FROM alpine\nFROM alpine\nRUN --mount=from=0,target=/c true\n', needle: 'from=0', expected: null },
    { name: 'mount source equal to from value: from= is the reference', text: 'FROM alpine AS b\nFROM alpine\nRUN --mount=source=b,from=b,target=/c true\n', needle: 'from=b', expected: { stage: 0, line: 1 } },
    { name: 'ONBUILD COPY --from=b → b', text: 'FROM alpine AS b\nFROM alpine AS p\nONBUILD COPY --from=b /a /b\n', needle: '=b', expected: { stage: 0, line: 1 } },
    { name: 'FROM scratch → nothing', text: 'FROM scratch\n', needle: 'scratch', expected: null },
    { name: 'FROM ${BASE} resolving to a stage → that stage', text: 'ARG BASE=b\nFROM alpine AS b\nFROM ${BASE}\n', needle: '${BASE}', expected: { stage: 0, line: 2 } },
    { name: 'COPY --from=$X → nothing (BuildKit rejects it)', text: 'FROM alpine AS b\nFROM alpine\nCOPY --from=$X /a /b\n', needle: '$X', expected: null },
    { name: 'the AS name itself → its own declaration', text: 'FROM alpine AS b\n', needle: 'AS b', expected: { stage: 0, line: 1 } },
  ];
  for (const c of cases) {
    it(c.name, () => expect(definition(c.text, c.needle, c.nth)).toEqual(c.expected));
  }

  it('mount source=b is not the reference, from=b is', () => {
    const text = 'FROM alpine AS b\nFROM alpine\nRUN --mount=source=b,from=b,target=/c true\n';
    expect(definitionAt(indexStages(analyze(text), text), at(text, 'source=b'))).toBeNull();
  });
});

describe('find references', () => {
  it('FROM builder, COPY --from=BUILDER, --from=0, mount and ONBUILD: all point at builder', () => {
    const text = [
      'FROM golang AS builder',
      'FROM builder AS test',
      'FROM alpine AS p',
      'ONBUILD COPY --from=builder /x /y',
      'FROM alpine',
      'COPY --from=BUILDER /a /b',
      'COPY --from=0 /a /b',
      'RUN --mount=from=builder,target=/m true',
      'FROM Builder',
    ].join('\n');
    const refs = referencesTo(indexStages(analyze(text), text), 0, true);
    expect(refs.map((r) => `${r.kind}@${r.range.start.line}:${r.written}${r.trigger ? ' (onbuild)' : ''}`)).toEqual([
      'name@1:builder', 'from@2:builder', 'copy@4:builder (onbuild)', 'copy@6:BUILDER', 'copy@7:0', 'mount@8:builder',
    ]);
  });

  it('duplicates: references split between the two stages named x', () => {
    const text = 'FROM alpine AS x\nFROM x\nFROM busybox AS x\nFROM x\nCOPY --from=x /a /b\n';
    const idx = indexStages(analyze(text), text);
    expect(referencesTo(idx, 0, false).map((r) => r.range.start.line)).toEqual([2]);
    expect(referencesTo(idx, 2, false).map((r) => r.range.start.line)).toEqual([4, 5]);
  });

  it('FROM --platform=$BUILDPLATFORM golang AS b: the name after the flag and the image', () => {
    const text = 'FROM --platform=$BUILDPLATFORM golang AS b\n';
    const idx = indexStages(analyze(text), text);
    expect(idx.declarations[0]).toEqual({ start: { line: 1, column: 42 }, end: { line: 1, column: 43 } });
  });

  it('FROM a as as: the name, not the AS keyword', () => {
    const text = 'FROM a as as\n';
    expect(indexStages(analyze(text), text).declarations[0]?.start.column).toBe(11);
  });
});

describe('agreement with the engine over real Dockerfiles', () => {
  it('every stage edge of the analysis has its occurrence, resolved to the same stage', () => {
    let checked = 0;
    for (const { name, text } of realDockerfiles()) {
      const a = analyze(text);
      const occ = indexStages(a, text).occurrences.filter((o) => !o.trigger && o.kind !== 'name');
      for (const e of a.edges) {
        if (e.kind === 'onbuild' || e.source.kind !== 'stage') continue;
        const kind = e.kind === 'base' ? 'from' : e.kind;
        const source = e.source.stage;
        const found = occ.some((o) => o.kind === kind && o.inStage === e.stage && o.resolved.kind === 'stage' && o.resolved.stage === source);
        expect(found, `${name}: ${e.kind} ${e.via} line ${e.line}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
