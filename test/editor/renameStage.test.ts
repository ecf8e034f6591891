/** Renaming a stage: what changes, what stays (BuildKit resolves it elsewhere), what is refused and why. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { applyEdits, renameStage } from '../../src/core/editor/renameStage.ts';
import { indexStages } from '../../src/core/editor/stageRefs.ts';
import { realDockerfiles } from './realDockerfiles.ts';

function rename(text: string, stage: number, to: string): string {
  const r = renameStage(text, stage, to);
  if (!r.ok) throw new Error(`refused: ${r.refusal.code}`);
  return applyEdits(text, r.edits);
}

describe('rename a stage', () => {
  const cases: { name: string; text: string; stage: number; to: string; expected: string }[] = [
    {
      name: 'builder → build: AS, FROM, COPY --from=BUILDER (case-insensitive), mount, ONBUILD; --from=0 stays',
      text: 'FROM golang AS builder\nONBUILD COPY --from=builder /x /y\nFROM builder AS t\nCOPY --from=BUILDER /a /b\nCOPY --from=0 /a /b\nRUN --mount=from=builder,target=/m true\n',
      stage: 0, to: 'build',
      expected: 'FROM golang AS build\nONBUILD COPY --from=build /x /y\nFROM build AS t\nCOPY --from=build /a /b\nCOPY --from=0 /a /b\nRUN --mount=from=build,target=/m true\n',
    },
    {
      name: 'FROM Builder is an image: it stays',
      text: 'FROM golang AS builder\nFROM Builder\nCOPY --from=builder /a /b\n',
      stage: 0, to: 'b2',
      expected: 'FROM golang AS b2\nFROM Builder\nCOPY --from=b2 /a /b\n',
    },
    {
      name: 'first of duplicates x: only the FROM x between them',
      text: 'FROM alpine AS x\nFROM x\nFROM busybox AS x\nFROM x\nCOPY --from=x /a /b\n',
      stage: 0, to: 'y',
      expected: 'FROM alpine AS y\nFROM y\nFROM busybox AS x\nFROM x\nCOPY --from=x /a /b\n',
    },
    {
      name: 'last of duplicates x: its FROM x and every COPY --from=x',
      text: 'FROM alpine AS x\nCOPY --from=x /a /b\nFROM x\nFROM busybox AS x\nFROM x\n',
      stage: 2, to: 'y',
      expected: 'FROM alpine AS x\nCOPY --from=y /a /b\nFROM x\nFROM busybox AS y\nFROM y\n',
    },
    {
      name: 'AS Builder (written in capitals) → the AS word is rewritten as given',
      text: 'FROM golang AS Builder\nFROM builder\n',
      stage: 0, to: 'compile',
      expected: 'FROM golang AS compile\nFROM compile\n',
    },
  ];
  for (const c of cases) it(c.name, () => expect(rename(c.text, c.stage, c.to)).toBe(c.expected));
});

describe('rename refused', () => {
  const cases: { name: string; text: string; stage: number; to: string; code: string }[] = [
    { name: 'to "1abc": not a valid stage name', text: 'FROM alpine AS a\n', stage: 0, to: '1abc', code: 'invalidName' },
    { name: 'to "a b": not a valid stage name', text: 'FROM alpine AS a\n', stage: 0, to: 'a b', code: 'invalidName' },
    { name: 'to "" : not a valid stage name', text: 'FROM alpine AS a\n', stage: 0, to: '', code: 'invalidName' },
    { name: 'to "scratch": reserved', text: 'FROM alpine AS a\n', stage: 0, to: 'scratch', code: 'reserved' },
    { name: 'to "context": reserved', text: 'FROM alpine AS a\n', stage: 0, to: 'Context', code: 'reserved' },
    { name: 'to "B" when b exists: taken (names are case-insensitive)', text: 'FROM alpine AS a\nFROM alpine AS b\n', stage: 0, to: 'B', code: 'taken' },
    { name: 'an unnamed stage', text: 'FROM alpine\n', stage: 0, to: 'a', code: 'unnamed' },
    { name: 'a stage that does not exist', text: 'FROM alpine\n', stage: 3, to: 'a', code: 'notAStage' },
    { name: 'to "cache" when COPY --from=cache is an image: it would capture it', text: 'FROM alpine AS a\nFROM alpine\nCOPY --from=cache /a /b\n', stage: 0, to: 'cache', code: 'changesMeaning' },
    { name: 'FROM ${BASE} names the stage through a variable: renaming would break it', text: 'ARG BASE=b\nFROM alpine AS b\nFROM ${BASE}\n', stage: 0, to: 'c', code: 'changesMeaning' },
    { name: 'to "golang" when a later FROM golang is an image: it would capture it', text: 'FROM alpine AS a\nFROM golang\n', stage: 0, to: 'golang', code: 'changesMeaning' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = renameStage(c.text, c.stage, c.to);
      expect(r.ok ? 'ok' : r.refusal.code).toBe(c.code);
    });
  }
});

describe('rename over real Dockerfiles', () => {
  it('every named stage of every real Dockerfile renames and keeps its graph', () => {
    let renamed = 0;
    for (const { name: file, text } of realDockerfiles()) {
      const a = analyze(text);
      for (const st of a.stages) {
        if (st.name === null || a.stages.some((s) => s.name === 'zz-renamed')) continue;
        const r = renameStage(text, st.index, 'zz-renamed', {}, a);
        // Only a FROM that reaches the stage through a variable (FROM binaries-$TARGETOS) may stop it.
        const viaVariable = indexStages(a, text).occurrences.some((o) => o.kind === 'from' && o.written.includes('$') && o.resolved.kind === 'stage' && o.resolved.stage === st.index);
        expect(r.ok || (viaVariable && r.refusal.code === 'changesMeaning'), `${file} stage ${st.index}`).toBe(true);
        if (!r.ok) continue;
        const after = analyze(applyEdits(text, r.edits));
        expect(after.stages[st.index]?.name).toBe('zz-renamed');
        renamed++;
      }
    }
    expect(renamed).toBeGreaterThan(100);
  });
});
