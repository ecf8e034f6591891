/**
 * The CLI's default output: a readable summary of stages, edges, what each
 * builder builds, layers and diagnostics with line numbers.
 */
import type { Analysis, BaseRef, Edge, Stage } from '../model.ts';

function baseText(b: BaseRef, a: Analysis): string {
  switch (b.kind) {
    case 'stage':
      return `stage ${b.stage} (${a.stages[b.stage]?.displayName ?? '?'})`;
    case 'scratch':
      return 'scratch (empty image)';
    case 'image':
      return `image ${b.ref}`;
  }
}

/** A named build context in place of the stage or its FROM image. */
function contextText(s: Stage): string | null {
  if (s.replacedBy) return `build context ${s.replacedBy.name}=${s.replacedBy.value} (replaces the whole stage)`;
  if (s.baseContext && s.base.kind === 'image') return `build context ${s.baseContext.name}=${s.baseContext.value} (replaces image ${s.base.ref})`;
  return null;
}

function edgeText(e: Edge, a: Analysis): string {
  const src = e.source.kind === 'stage' ? `stage ${e.source.stage} (${a.stages[e.source.stage]?.displayName ?? '?'})` : `image ${e.source.ref}`;
  const what = e.kind === 'onbuild' ? `onbuild ${e.trigger?.kind ?? ''} (declared line ${e.trigger?.declaredLine ?? '?'})` : e.kind;
  const paths = e.paths ? `  ${e.paths.sources.join(' ')} -> ${e.paths.dest}` : '';
  return `  line ${e.line}: ${a.stages[e.stage]?.displayName ?? e.stage} <- ${src}  [${what} ${e.via}]${paths}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function stageText(s: Stage, a: Analysis): string {
  const li = s.layerInfo;
  const total = li.totalLayers === null ? 'total unknown' : `${li.totalLayers} in the image`;
  const flags = [a.target === s.index ? 'TARGET' : '', s.reachable ? 'built' : 'not built by BuildKit', s.classicBuilt ? '' : 'not built by classic builder']
    .filter(Boolean).join(', ');
  return [
    `  ${s.index}: ${s.displayName}  (lines ${s.startLine}-${s.endLine})  ${flags}`,
    `     from ${contextText(s) ?? baseText(s.base, a)}${s.fromText !== s.image ? `  [FROM ${s.fromText}]` : ''}${s.platform ? `  platform ${s.platform}` : ''}`,
    ...(s.description ? [`     ${s.description}`] : []),
    `     ${plural(s.instructions.length, 'instruction')}, +${plural(li.layers, 'layer')} (${plural(li.history, 'history entry', 'history entries')}), ${total}`,
  ].join('\n');
}

export function formatText(a: Analysis): string {
  const out: string[] = [];
  const built = a.stages.filter((s) => s.reachable).map((s) => s.displayName);
  const classic = a.stages.filter((s) => s.classicBuilt).map((s) => s.displayName);
  out.push(`Stages (${a.stages.length}):`);
  for (const s of a.stages) out.push(stageText(s, a));
  out.push('', `Edges (${a.edges.length}):`);
  for (const e of a.edges) out.push(edgeText(e, a));
  out.push('', `Target: ${a.target === null ? '(none)' : `${a.target} (${a.stages[a.target]?.displayName ?? ''})`}`);
  out.push(`BuildKit builds: ${built.length ? built.join(', ') : '(nothing)'}`);
  const blocker = a.diagnostics.find((d) => d.code === 'ClassicBuilderCannotBuild');
  out.push(blocker
    ? `Classic builder cannot build this file: ${blocker.params.feature ?? ''} needs BuildKit (line ${blocker.range.start.line})`
    : `Classic builder builds: ${classic.length ? classic.join(', ') : '(nothing)'}`);
  out.push('', `Diagnostics (${a.diagnostics.length}):`);
  for (const d of a.diagnostics) {
    const next = d.afterFirstError ? ' (BuildKit stops earlier; it would say this next)' : '';
    out.push(`  line ${d.range.start.line}: ${d.severity} ${d.code}: ${d.message}${next}`);
  }
  return `${out.join('\n')}\n`;
}
