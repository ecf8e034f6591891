/**
 * Graphviz DOT of the stage graph: the same nodes and edges as the Mermaid
 * output, edge kinds drawn with different line styles and labels.
 */
import type { Analysis, EdgeKind } from '../model.ts';
import { drawGraph } from './nodes.ts';

export function dotString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

const STYLE: Record<EdgeKind, string> = {
  base: 'style=solid, label="FROM"',
  copy: 'style=dashed, label="COPY --from"',
  mount: 'style=dotted, penwidth=2, label="RUN --mount"',
  onbuild: 'style=dashed, color="#7048e8", label="ONBUILD"',
};

export function formatDot(a: Analysis, direction: 'TB' | 'LR' = 'TB'): string {
  const g = drawGraph(a);
  const lines = ['digraph stagecraft {', `  rankdir=${direction};`, '  node [shape=box, style="rounded,filled", fillcolor="#eef4ff", fontname="Helvetica"];'];
  for (const n of g.nodes) {
    const label = dotString(n.kind === 'stage' ? `${n.label}\n${n.detail}${n.target ? '\n★ target' : ''}` : n.kind === 'scratch' ? 'scratch\n(empty image)' : n.label);
    const attrs = [`label=${label}`];
    if (n.kind !== 'stage') attrs.push('shape=cylinder', 'fillcolor="#f8f9fa"', 'style="filled,dashed"');
    if (n.target) attrs.push('penwidth=3', 'color="#2b8a3e"');
    if (n.kind === 'stage' && !n.built) attrs.push('style="rounded,dashed"', 'fontcolor="#868e96"', 'color="#adb5bd"');
    lines.push(`  ${n.id} [${attrs.join(', ')}];`);
  }
  for (const e of g.edges) {
    const style = e.count > 1 ? STYLE[e.kind].replace(/label="([^"]*)"/, `label="$1 ×${e.count}"`) : STYLE[e.kind];
    lines.push(`  ${e.from} -> ${e.to} [${style}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
