/**
 * `--format markdown`: a Mermaid block and a table of stages, for GitHub job summaries,
 * pull-request comments and READMEs. Table cells are escaped for GitHub-flavoured Markdown.
 */
import type { Analysis, Stage } from '../model.ts';
import { formatMermaid } from './mermaid.ts';

/** Text safe in a GFM table cell: no pipes, backslashes, HTML or line breaks taken literally. */
export function markdownCell(s: string): string {
  return s.replace(/[\\|`*_<>[\]]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}

function sizeText(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.round(bytes / 1e6 * 10) / 10} MB`;
}

function baseCell(s: Stage, a: Analysis): string {
  switch (s.base.kind) {
    case 'stage': return `stage ${markdownCell(a.stages[s.base.stage]?.displayName ?? '?')}`;
    case 'scratch': return 'scratch';
    case 'image': return `\`${s.base.ref.replace(/`/g, "'")}\``;
  }
}

/** The download size of the image at the root of this stage's FROM chain, plus its own layers. */
function sizeCell(s: Stage, a: Analysis): string {
  let root: Stage = s;
  for (let hops = 0; root.base.kind === 'stage' && hops < a.stages.length; hops++) root = a.stages[root.base.stage] ?? root;
  if (root.base.kind === 'scratch') return s.layerInfo.layers > 0 || root !== s ? 'own layers only (scratch)' : 'empty';
  const bytes = root.layerInfo.baseSizeBytes;
  return bytes === null ? 'unknown base' : `≈ ${sizeText(bytes)} base + own layers`;
}

function builtCell(s: Stage, a: Analysis): string {
  if (a.target === s.index) return 'yes (target)';
  return s.reachable ? 'yes' : 'no';
}

export function formatMarkdown(a: Analysis, title?: string): string {
  const out: string[] = [];
  if (title !== undefined) out.push(`## ${markdownCell(title)}`, '');
  out.push('```mermaid', formatMermaid(a).trimEnd(), '```', '');
  const target = a.target === null ? 'none' : markdownCell(a.stages[a.target]?.displayName ?? '?');
  out.push(`${a.stages.length} ${a.stages.length === 1 ? 'stage' : 'stages'}; target: ${target}.`, '');
  out.push('| Stage | Base | Built for the target | Layers | Size estimate |', '| --- | --- | --- | ---: | --- |');
  for (const s of a.stages) {
    const layers = s.layerInfo.totalLayers === null ? `+${s.layerInfo.layers}` : `+${s.layerInfo.layers} (${s.layerInfo.totalLayers} total)`;
    out.push(`| ${markdownCell(s.displayName)} | ${baseCell(s, a)} | ${builtCell(s, a)} | ${layers} | ${sizeCell(s, a)} |`);
  }
  const errors = a.diagnostics.filter((d) => d.severity === 'error');
  if (a.diagnostics.length > 0) {
    out.push('', `Diagnostics (${a.diagnostics.length}${errors.length ? `, ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}` : ''}):`, '');
    for (const d of a.diagnostics) out.push(`- line ${d.range.start.line}: ${d.severity} \`${d.code}\`: ${markdownCell(d.message)}`);
  }
  out.push('', 'Sizes are estimates from a catalog of common base images (compressed download, linux/amd64).');
  return `${out.join('\n')}\n`;
}
