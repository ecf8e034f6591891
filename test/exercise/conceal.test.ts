/** What the graph keeps back while an exercise is unanswered (core/exercise/conceal.ts). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { concealedBy, withoutConcealed } from '../../src/core/exercise/conceal.ts';
import { solve } from '../../src/core/exercise/engine.ts';
import type { ExerciseSpec } from '../../src/core/exercise/types.ts';
import { relativesOf } from '../../src/core/graph/focus.ts';
import { buildGraph } from '../../src/core/graph/index.ts';
import { readExample } from '../support/examples.ts';

const conceal = (text: string, spec: ExerciseSpec) => {
  const c = concealedBy(buildGraph(analyze(text)), spec);
  return { edges: [...c.edges].sort(), nodes: [...c.nodes].sort() };
};

const TWO_COPIES = ['FROM alpine AS a', 'RUN x', 'FROM alpine AS b', 'RUN y', 'FROM scratch', 'COPY --from=a /x /x', 'COPY --from=b /y /y', 'COPY --from=nginx:1 /z /z', ''].join('\n');

describe('concealedBy', () => {
  const rows: [string, string, ExerciseSpec, { edges: string[]; nodes: string[] }][] = [
    ['seed000 copySource line 9 (COPY --from=0)', readExample('seed000-go-scratch', 'Dockerfile'), { kind: 'copySource', line: 9 }, { edges: ['copy:stage:0->stage:1'], nodes: [] }],
    ['seed001 copySource line 12 (COPY --from=nginx:latest): the edge and the image drawn only for it', readExample('seed001-copy-from-nginx', 'Dockerfile'), { kind: 'copySource', line: 12 }, { edges: ['copy:image:nginx:latest->stage:1'], nodes: ['image:nginx:latest'] }],
    ['two stage copies, asked about line 6: only the edge from a', TWO_COPIES, { kind: 'copySource', line: 6 }, { edges: ['copy:stage:0->stage:2'], nodes: [] }],
    ['two stage copies, asked about line 8 (an image only copied from)', TWO_COPIES, { kind: 'copySource', line: 8 }, { edges: ['copy:image:nginx:1->stage:2'], nodes: ['image:nginx:1'] }],
    ['an image also used by FROM stays drawn', 'FROM nginx:1 AS web\nFROM scratch\nCOPY --from=nginx:1 /a /a\n', { kind: 'copySource', line: 3 }, { edges: ['copy:image:nginx:1->stage:1'], nodes: [] }],
    ['copySource on a line with no COPY --from: nothing', TWO_COPIES, { kind: 'copySource', line: 2 }, { edges: [], nodes: [] }],
    ['targetBuilds: nothing (dimming is styled away)', TWO_COPIES, { kind: 'targetBuilds', target: null }, { edges: [], nodes: [] }],
    ['layerCount: nothing', TWO_COPIES, { kind: 'layerCount', stage: 0, scope: 'own' }, { edges: [], nodes: [] }],
  ];
  it.each(rows)('%s', (_name, text, spec, want) => {
    expect(conceal(text, spec)).toEqual(want);
  });

  it('seed001: the concealed edge is the one whose source is the answer', () => {
    const text = readExample('seed001-copy-from-nginx', 'Dockerfile');
    const s = solve(text, { kind: 'copySource', line: 12 });
    if (!s.ok || s.expected.kind !== 'copySource') throw new Error('no answer');
    const answer = s.expected.choice;
    const g = buildGraph(analyze(text));
    const c = concealedBy(g, { kind: 'copySource', line: 12 });
    expect([...c.edges].map((id) => g.edges.find((e) => e.id === id)!.source)).toEqual([answer]);
  });

  it('every copy edge into the asked stage that carries the line is gone, and relatives no longer lead to the source', () => {
    const g = buildGraph(analyze(TWO_COPIES));
    const shown = withoutConcealed(g, concealedBy(g, { kind: 'copySource', line: 6 }));
    expect(shown.edges.map((e) => e.id)).not.toContain('copy:stage:0->stage:2');
    expect(relativesOf(shown, 'stage:2').has('stage:0')).toBe(false);
    expect(relativesOf(g, 'stage:2').has('stage:0')).toBe(true);
  });
});
