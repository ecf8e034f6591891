/**
 * An instant, approximate layered layout (longest-path layers, file order within a layer).
 * It only bridges the moments before ELK answers: new nodes appear at once where they
 * roughly belong, then ELK's layout replaces these positions.
 */
import type { Point } from './layout.ts';
import type { Size } from './size.ts';
import type { Direction, GraphModel } from './types.ts';

const LAYER_GAP = 56;
const NODE_GAP = 28;

/** Layers: stages by longest path over earlier stages; images one layer above their first user. */
function layers(graph: GraphModel): Map<string, number> {
  const layer = new Map<string, number>();
  const incoming = new Map<string, string[]>();
  for (const e of graph.edges) {
    const list = incoming.get(e.target);
    if (list) list.push(e.source);
    else incoming.set(e.target, [e.source]);
  }
  for (const n of graph.nodes) {
    if (n.kind !== 'stage') continue;
    let l = 1;
    for (const src of incoming.get(n.id) ?? []) {
      const s = layer.get(src);
      if (s !== undefined) l = Math.max(l, s + 1);
    }
    layer.set(n.id, l);
  }
  for (const e of graph.edges) {
    if (e.source.startsWith('stage:')) continue;
    const t = layer.get(e.target) ?? 1;
    layer.set(e.source, Math.min(layer.get(e.source) ?? Infinity, t - 1));
  }
  for (const n of graph.nodes) if (!layer.has(n.id)) layer.set(n.id, 0);
  return layer;
}

export function quickLayout(graph: GraphModel, sizeOf: (id: string) => Size, direction: Direction): Record<string, Point> {
  const byLayer = new Map<number, string[]>();
  for (const [id, l] of layers(graph)) {
    const ids = byLayer.get(l);
    if (ids) ids.push(id);
    else byLayer.set(l, [id]);
  }
  const positions: Record<string, Point> = {};
  let offset = 0;
  for (const l of [...byLayer.keys()].sort((a, b) => a - b)) {
    const ids = byLayer.get(l) ?? [];
    let across = 0;
    let depth = 0;
    for (const id of ids) {
      const { width, height } = sizeOf(id);
      positions[id] = direction === 'DOWN' ? { x: across, y: offset } : { x: offset, y: across };
      across += (direction === 'DOWN' ? width : height) + NODE_GAP;
      depth = Math.max(depth, direction === 'DOWN' ? height : width);
    }
    offset += depth + LAYER_GAP;
  }
  return positions;
}
