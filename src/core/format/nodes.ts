/**
 * The node set the text-based renderers (Mermaid, DOT) draw: one node per
 * stage, one per distinct external image, one `scratch` node; edges from
 * what is depended on to what depends on it, merged per (source, stage, kind).
 */
import type { Analysis, EdgeKind } from '../model.ts';

export interface DrawNode {
  readonly id: string;
  readonly kind: 'stage' | 'image' | 'scratch';
  readonly label: string;
  readonly detail: string;
  readonly target: boolean;
  readonly built: boolean;
}

export interface DrawEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
  readonly count: number;
}

export function drawGraph(a: Analysis): { nodes: DrawNode[]; edges: DrawEdge[] } {
  const nodes: DrawNode[] = [];
  const imageIds = new Map<string, string>();
  const imageNode = (ref: string): string => {
    let id = imageIds.get(ref);
    if (id === undefined) {
      id = `i${imageIds.size}`;
      imageIds.set(ref, id);
      // A FROM that expands to nothing still gets a node, with a label that says so.
      nodes.push({ id, kind: 'image', label: ref === '' ? '(blank image name)' : ref, detail: 'image', target: false, built: true });
    }
    return id;
  };
  let scratch: string | null = null;
  const edges = new Map<string, { from: string; to: string; kind: EdgeKind; count: number }>();
  const addEdge = (from: string, to: string, kind: EdgeKind): void => {
    const key = `${from}>${to}>${kind}`;
    const e = edges.get(key);
    if (e) e.count++;
    else edges.set(key, { from, to, kind, count: 1 });
  };
  for (const s of a.stages) {
    const layers = s.layerInfo.totalLayers === null ? `+${s.layerInfo.layers} layers` : `+${s.layerInfo.layers} layers, ${s.layerInfo.totalLayers} total`;
    nodes.push({
      id: `s${s.index}`, kind: 'stage', label: `${s.index}: ${s.displayName}`, detail: layers,
      target: a.target === s.index, built: s.reachable,
    });
    if (s.base.kind === 'image') addEdge(imageNode(s.base.ref), `s${s.index}`, 'base');
    if (s.base.kind === 'scratch') {
      if (scratch === null) {
        scratch = 'scratch';
        nodes.push({ id: scratch, kind: 'scratch', label: 'scratch', detail: 'empty image', target: false, built: true });
      }
      addEdge(scratch, `s${s.index}`, 'base');
    }
  }
  for (const e of a.edges) {
    const from = e.source.kind === 'stage' ? `s${e.source.stage}` : imageNode(e.source.ref);
    addEdge(from, `s${e.stage}`, e.kind);
  }
  return { nodes, edges: [...edges.values()] };
}
