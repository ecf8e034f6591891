/**
 * Analysis → graph model. Pure: the same analysis always gives the same graph (ids included),
 * so the UI can reuse layouts and node objects between edits.
 */
import { lookupImage } from '../catalog/lookup.ts';
import { resolveWorkdir } from '../analyze/layers.ts';
import type { Analysis, BuildContext, Edge, SourceRef, Stage } from '../model.ts';
import type { EdgeItem, GraphEdge, GraphModel, GraphNode, InstructionLine, StageNode, UnbuiltWhy } from './types.ts';

/** Longest instruction text kept for display; the editor has the rest. */
export const MAX_INSTRUCTION_TEXT = 160;

export const stageId = (index: number): string => `stage:${index}`;
export const imageId = (ref: string): string => `image:${ref}`;
export const SCRATCH_ID = 'scratch';

function unbuiltWhy(built: boolean, index: number, target: number | null): UnbuiltWhy | null {
  if (built) return null;
  return target !== null && index > target ? 'afterTarget' : 'notNeeded';
}

const LAYER_KEYWORDS = new Set(['run', 'copy', 'add']);

function instructionLines(stage: Stage): InstructionLine[] {
  let workdir = '/';
  return stage.instructions.map((ins): InstructionLine => {
    const line = {
      line: ins.range.start.line,
      keyword: ins.keyword,
      text: ins.text.length > MAX_INSTRUCTION_TEXT ? `${ins.text.slice(0, MAX_INSTRUCTION_TEXT - 1)}…` : ins.text,
    };
    if (ins.keyword === 'from' || ins.keyword === 'onbuild') return line;
    if (LAYER_KEYWORDS.has(ins.keyword)) return { ...line, adds: 'layer' };
    if (ins.keyword !== 'workdir') return { ...line, adds: 'meta' };
    // As layers.ts: WORKDIR adds a layer (it creates the directory) unless it resolves to `/`.
    workdir = resolveWorkdir(workdir, ins.args[0] ?? '/');
    return { ...line, adds: workdir === '/' ? 'meta' : 'workdir' };
  });
}

function stageNode(stage: Stage, all: readonly Stage[], target: number | null): StageNode {
  const b = stage.base;
  const base: StageNode['base'] =
    b.kind === 'stage'
      ? { kind: 'stage', stage: b.stage, label: all[b.stage]?.displayName ?? `stage-${b.stage}` }
      : b.kind === 'scratch'
        ? { kind: 'scratch' }
        : { kind: 'image', ref: b.ref };
  return {
    kind: 'stage',
    id: stageId(stage.index),
    stage: stage.index,
    name: stage.name,
    label: stage.originalName ?? stage.displayName,
    base,
    platform: stage.platform,
    layers: stage.layerInfo.layers,
    totalLayers: stage.layerInfo.totalLayers,
    instructionCount: stage.instructions.length,
    instructions: instructionLines(stage),
    startLine: stage.startLine,
    endLine: stage.endLine,
    isTarget: target === stage.index,
    reachable: stage.reachable,
    classicBuilt: stage.classicBuilt,
    unbuilt: unbuiltWhy(stage.reachable, stage.index, target),
    classicUnbuilt: unbuiltWhy(stage.classicBuilt, stage.index, target),
    sizeBytes: estimatedBytes(stage, all),
    ...(stage.replacedBy ? { replacedBy: stage.replacedBy } : {}),
    ...(stage.description ? { description: stage.description } : {}),
  };
}

/**
 * The stage's image size as the catalogue estimates it: its base image's uncompressed size (what
 * `docker images` shows), a stage's base's estimate, 0 for scratch; null when unknown or replaced
 * by a build context. What the stage's own instructions add is not known, and not counted.
 */
function estimatedBytes(stage: Stage, all: readonly Stage[], seen = new Set<number>()): number | null {
  if (stage.replacedBy || seen.has(stage.index)) return null;
  seen.add(stage.index);
  const b = stage.base;
  if (b.kind === 'scratch') return 0;
  if (b.kind === 'image') return lookupImage(b.ref)?.sizeBytes ?? null;
  const parent = all[b.stage];
  return parent ? estimatedBytes(parent, all, seen) : null;
}

function sourceId(ref: SourceRef): string {
  return ref.kind === 'stage' ? stageId(ref.stage) : imageId(ref.ref);
}

function edgeItem(e: Edge): EdgeItem {
  return {
    line: e.line,
    via: e.via,
    ...(e.paths ? { paths: e.paths } : {}),
    ...(e.mountType !== undefined ? { mountType: e.mountType } : {}),
    ...(e.trigger ? { trigger: e.trigger } : {}),
  };
}

/** Base edges come from each stage's FROM (the only place `scratch` appears). */
function baseEdge(stage: Stage): { source: string; item: EdgeItem } | null {
  const item: EdgeItem = { line: stage.fromRange.start.line, via: stage.fromText };
  if (stage.replacedBy) return null; // a named context replaces the whole stage, FROM included
  switch (stage.base.kind) {
    case 'stage':
      return { source: stageId(stage.base.stage), item };
    case 'scratch':
      return { source: SCRATCH_ID, item };
    case 'image':
      return stage.base.ref.trim() === '' ? null : { source: imageId(stage.base.ref), item };
  }
}

/** Builds the graph model for one analysis. */
export function buildGraph(analysis: Analysis): GraphModel {
  const { stages, target } = analysis;
  const nodes: GraphNode[] = stages.map((s) => stageNode(s, stages, target));
  const known = new Set(nodes.map((n) => n.id));
  const merged = new Map<string, { kind: GraphEdge['kind']; source: string; stage: number; items: EdgeItem[] }>();

  const add = (kind: GraphEdge['kind'], source: string, stage: number, item: EdgeItem): void => {
    if (!known.has(source)) {
      if (source === SCRATCH_ID) nodes.push({ kind: 'scratch', id: SCRATCH_ID });
      else if (source.startsWith('image:')) nodes.push({ kind: 'image', id: source, ref: source.slice(6) });
      else return; // a stage reference the analysis could not resolve: no dangling edge
      known.add(source);
    }
    const key = `${kind}:${source}->${stageId(stage)}`;
    const entry = merged.get(key) ?? { kind, source, stage, items: [] };
    entry.items.push(item);
    merged.set(key, entry);
  };

  for (const s of stages) {
    const base = baseEdge(s);
    if (base) add('base', base.source, s.index, base.item);
  }
  for (const e of analysis.edges) {
    if (e.kind === 'base') continue; // derived from the stages above, scratch included
    if (!known.has(stageId(e.stage))) continue;
    add(e.kind, sourceId(e.source), e.stage, edgeItem(e));
  }
  markContexts(nodes, analysis);

  const edges: GraphEdge[] = [...merged.entries()].map(([id, m]) => {
    const items = [...m.items].sort((a, b) => a.line - b.line);
    return { id, kind: m.kind, source: m.source, target: stageId(m.stage), stage: m.stage, count: items.length, items };
  });
  return { nodes, edges, target };
}

/** Image nodes a named build context replaces carry it (FROM images, COPY --from / mount sources). */
function markContexts(nodes: GraphNode[], analysis: Analysis): void {
  const byId = new Map<string, BuildContext>();
  for (const s of analysis.stages) if (s.baseContext && s.base.kind === 'image') byId.set(imageId(s.base.ref), s.baseContext);
  for (const e of analysis.edges) if (e.sourceContext && e.source.kind === 'image') byId.set(imageId(e.source.ref), e.sourceContext);
  if (byId.size === 0) return;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    const c = n?.kind === 'image' ? byId.get(n.id) : undefined;
    if (n?.kind === 'image' && c) nodes[i] = { ...n, context: c };
  }
}
