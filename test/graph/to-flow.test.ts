/**
 * toFlow keeps React Flow's work proportional to what an edit changes: node and edge objects
 * survive edits that do not change what they show (a new line above them shifts only line
 * numbers), and the arrays survive when no object changed.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { buildGraph } from '../../src/core/graph/build.ts';
import { quickLayout } from '../../src/core/graph/quick.ts';
import { nodeSize } from '../../src/core/graph/size.ts';
import type { GraphModel } from '../../src/core/graph/types.ts';
import { farLines, shortRef } from '../../src/ui/graph/lod.ts';
import { newFlowCache, toFlow, type ViewInputs } from '../../src/ui/graph/toFlow.ts';

const FILE = 'FROM golang:1.22 AS build\nRUN make\nFROM alpine\nCOPY --from=build /app /app\nRUN ls\n';
const graphOf = (text: string): GraphModel => buildGraph(analyze(text, { target: null, buildArgs: {} }));
const inputs = (over: Partial<ViewInputs> = {}): ViewInputs => ({
  classic: false,
  activeStage: null,
  selectedNode: null,
  detailEdges: new Set(),
  hoveredEdge: null,
  expanded: new Set(),
  direction: 'DOWN',
  language: 'en',
  nodeAria: (n) => n.id,
  edgeAria: (kind, s, t) => `${kind} ${s} ${t}`,
  stageLabel: (n) => (n.name === null ? `stage ${n.stage} (unnamed)` : n.label),
  ...over,
});
const positionsOf = (g: GraphModel) => {
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  return quickLayout(g, (id) => nodeSize(byId.get(id)!, false), 'DOWN');
};

describe('toFlow', () => {
  it('a new first line (every line below shifts) rebuilds nothing: same arrays, same objects', () => {
    const cache = newFlowCache();
    const g = graphOf(FILE);
    const first = toFlow(g, positionsOf(g), inputs(), cache);
    const shifted = graphOf(`# a comment\n${FILE}`);
    expect(shifted.nodes[0]).not.toEqual(g.nodes[0]); // the lines did move
    const second = toFlow(shifted, positionsOf(shifted), inputs(), cache);
    expect(second.nodes).toBe(first.nodes);
    expect(second.edges).toBe(first.edges);
  });

  it('an open instruction list shows line numbers: that node, and only it, is rebuilt', () => {
    const cache = newFlowCache();
    const open = inputs({ expanded: new Set([0]) });
    const g = graphOf(FILE);
    const first = toFlow(g, positionsOf(g), open, cache);
    const shifted = graphOf(`# a comment\n${FILE}`);
    const second = toFlow(shifted, positionsOf(shifted), open, cache);
    const stage0 = second.nodes.find((n) => n.id === 'stage:0')!;
    expect(stage0).not.toBe(first.nodes.find((n) => n.id === 'stage:0'));
    expect(stage0.type === 'stage' && stage0.data.face.instructions?.[0]?.line).toBe(2);
    expect(second.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id)).toEqual(['stage:0']);
  });

  it('a new instruction changes its stage (count and layers) and nothing else', () => {
    const cache = newFlowCache();
    const g = graphOf(FILE);
    const first = toFlow(g, positionsOf(g), inputs(), cache);
    const more = graphOf(`${FILE}RUN echo more\n`);
    const second = toFlow(more, positionsOf(more), inputs(), cache);
    expect(second.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id)).toEqual(['stage:1']);
    expect(second.edges).toBe(first.edges);
  });

  it('a move keeps the node\'s data object (its view does not re-render), a new position is used', () => {
    const cache = newFlowCache();
    const g = graphOf(FILE);
    const pos = positionsOf(g);
    const first = toFlow(g, pos, inputs(), cache);
    const second = toFlow(g, { ...pos, 'stage:1': { x: 500, y: 500 } }, inputs(), cache);
    const a = first.nodes.find((n) => n.id === 'stage:1')!;
    const b = second.nodes.find((n) => n.id === 'stage:1')!;
    expect(b).not.toBe(a);
    expect(b.position).toEqual({ x: 500, y: 500 });
    expect(b.data).toBe(a.data);
  });

  it('edges carry their instructions (with lines) only while their details show', () => {
    const cache = newFlowCache();
    const g = graphOf(FILE);
    const copy = g.edges.find((e) => e.kind === 'copy')!;
    const hidden = toFlow(g, positionsOf(g), inputs(), cache);
    expect(hidden.edges.find((e) => e.id === copy.id)?.data?.items).toBeNull();
    const shown = toFlow(g, positionsOf(g), inputs({ detailEdges: new Set([copy.id]), hoveredEdge: copy.id }), cache);
    expect(shown.edges.find((e) => e.id === copy.id)?.data?.items?.[0]?.line).toBe(4);
  });
});

describe('far labels', () => {
  it('farLines: whole when short, broken after a separator, cut with … on the last line', () => {
    expect(farLines('dev', 10, 2)).toEqual(['dev']);
    expect(farLines('dockercli-integration', 10, 2)).toEqual(['dockercli-', 'integrati…']);
    expect(farLines('abcdefghijklmnop', 10, 2)).toEqual(['abcdefghij', 'klmnop']);
    expect(farLines('abcdefghijklmnopqrstuvwxyz', 10, 1)).toEqual(['abcdefghi…']);
  });

  it('shortRef drops registry and repository path', () => {
    expect(shortRef('docker.io/library/golang:1.22')).toBe('golang:1.22');
    expect(shortRef('alpine')).toBe('alpine');
  });
});
