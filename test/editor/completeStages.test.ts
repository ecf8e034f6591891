/** Completion after FROM, COPY --from= and --mount=from=: which stages each place can see (BuildKit's rules). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { lookupImage } from '../../src/core/catalog/lookup.ts';
import { CATALOG_IMAGES, completionSlot, stageCompletions, type StageSlot } from '../../src/core/editor/completeStages.ts';

describe('completion slot', () => {
  const cases: [string, { slot: StageSlot; typed: string } | null][] = [
    ['FROM ', { slot: 'from', typed: '' }],
    ['from gol', { slot: 'from', typed: 'gol' }],
    ['FROM --platform=$BUILDPLATFORM ', { slot: 'from', typed: '' }],
    ['FROM golang AS ', null],
    ['COPY --from=', { slot: 'copy', typed: '' }],
    ['copy --chown=1 --from=bu', { slot: 'copy', typed: 'bu' }],
    ['ONBUILD COPY --from=', { slot: 'copy', typed: '' }],
    ['COPY --from=b /a ', null],
    ['RUN --mount=type=cache,from=', { slot: 'mount', typed: '' }],
    ['RUN --mount=from=c', { slot: 'mount', typed: 'c' }],
    ['RUN echo from=', null],
    ['COPY --from=$', null],
  ];
  for (const [before, expected] of cases) it(JSON.stringify(before), () => expect(completionSlot(before)).toEqual(expected));
});

const TEXT = 'FROM golang AS builder\nFROM alpine AS x\nFROM alpine\nCOPY --from= /a /b\nFROM busybox AS x\nFROM \n';
const labels = (slot: StageSlot, line: number): string[] =>
  stageCompletions(analyze(TEXT), slot, line).filter((c) => c.kind !== 'image').map((c) => (c.kind === 'stage' ? `${c.label}→${c.stage}` : c.label));

describe('stage completions', () => {
  // convert.go dispatchCopy: a source not dispatched yet fails ("it needs to be defined before current stage").
  it('COPY --from= in stage 2: the stages above by index; by name only builder (x names the later stage 3)', () => {
    expect(labels('copy', 4)).toEqual(['builder→0', '0→0', '1→1']);
  });
  it('FROM on line 3: only the stages above, then scratch', () => {
    expect(labels('from', 3)).toEqual(['builder→0', 'x→1', 'scratch']);
  });
  it('FROM on line 6: the x above it is the second one', () => {
    expect(labels('from', 6)).toEqual(['builder→0', 'x→3', 'scratch']);
  });
  it('mount from=: names only, no indexes, stages above only', () => {
    expect(labels('mount', 4)).toEqual(['builder→0']);
  });
  it('COPY --from= in the first stage: no stage at all (FROM a / COPY --from= / FROM b AS later)', () => {
    const a = analyze('FROM alpine\nCOPY --from= /a /b\nFROM alpine AS later\n');
    expect(stageCompletions(a, 'copy', 2).filter((c) => c.kind !== 'image')).toEqual([]);
  });
  it('COPY --from= before a stage a named context replaces (--build-context later=docker-image://busybox): offered', () => {
    const a = analyze('FROM alpine\nCOPY --from= /a /b\nFROM alpine AS later\n', { buildContexts: { later: 'docker-image://busybox' } });
    expect(stageCompletions(a, 'copy', 2).filter((c) => c.kind === 'stage').map((c) => c.label)).toEqual(['later', '1']);
  });
  it('images come after the stages, each with its catalog description', () => {
    const all = stageCompletions(analyze(TEXT), 'from', 6);
    expect(all.findIndex((c) => c.kind === 'image')).toBe(3);
  });
  it.each(CATALOG_IMAGES)('catalog image %s is in the catalog', (image) => expect(lookupImage(image)).not.toBeNull());
});
