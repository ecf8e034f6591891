/**
 * Mermaid flowchart of the stage graph (renders on GitHub). Edge kinds differ
 * by line style *and* label, so the picture does not rely on colour.
 */
import type { Analysis, EdgeKind } from '../model.ts';
import { drawGraph } from './nodes.ts';

/** Mermaid-safe label text: entity codes for the characters its parser treats specially. */
export function mermaidText(s: string): string {
  return s.replace(/[#"<>&`\\|[\]{}()]/g, (c) => `#${c.charCodeAt(0)};`).replace(/[\r\n]+/g, ' ');
}

const ARROW: Record<EdgeKind, string> = { base: '-->', copy: '-.->', mount: '==>', onbuild: '-.->' };
const LABEL: Record<EdgeKind, string> = { base: 'FROM', copy: 'COPY --from', mount: 'RUN --mount', onbuild: 'ONBUILD' };

export function formatMermaid(a: Analysis, direction: 'TB' | 'LR' = 'TB'): string {
  const g = drawGraph(a);
  const lines = [`flowchart ${direction}`];
  for (const n of g.nodes) {
    const text = `${mermaidText(n.label)}<br/>${mermaidText(n.detail)}${n.target ? '<br/>#9733; target' : ''}`;
    if (n.kind === 'stage') lines.push(`  ${n.id}["${text}"]`);
    else if (n.kind === 'scratch') lines.push(`  ${n.id}(["scratch<br/>empty image"])`);
    else lines.push(`  ${n.id}[("${mermaidText(n.label)}")]`);
  }
  for (const e of g.edges) {
    const label = e.count > 1 ? `${LABEL[e.kind]} ×${e.count}` : LABEL[e.kind];
    lines.push(`  ${e.from} ${ARROW[e.kind]}|"${label}"| ${e.to}`);
  }
  lines.push('  classDef stage fill:#eef4ff,stroke:#3b5bdb,color:#111');
  lines.push('  classDef image fill:#f8f9fa,stroke:#868e96,color:#111,stroke-dasharray:4 3');
  lines.push('  classDef target stroke-width:4px,stroke:#2b8a3e');
  lines.push('  classDef unbuilt fill:#f1f3f5,stroke:#adb5bd,color:#868e96,stroke-dasharray:2 2');
  const ids = (pred: (n: (typeof g.nodes)[number]) => boolean): string => g.nodes.filter(pred).map((n) => n.id).join(',');
  const classes: [string, string][] = [
    ['stage', ids((n) => n.kind === 'stage' && n.built)],
    ['image', ids((n) => n.kind !== 'stage')],
    ['target', ids((n) => n.target)],
    ['unbuilt', ids((n) => n.kind === 'stage' && !n.built)],
  ];
  for (const [cls, list] of classes) if (list) lines.push(`  class ${list} ${cls}`);
  return `${lines.join('\n')}\n`;
}
