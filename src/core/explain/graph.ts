/**
 * What the graph's pieces mean for this build: which instructions made a stage's layers, where
 * its total comes from (the catalogue's estimate, dated and sourced), why a stage is not built,
 * what an image or scratch node is used for, what each kind of edge does. Sentences as data.
 */
import { resolveWorkdir } from '../analyze/layers.ts';
import { lookupImage } from '../catalog/lookup.ts';
import type { Analysis, EdgeKind, Instruction, Stage } from '../model.ts';
import { stageLabel } from './instruction.ts';
import type { Sentence } from './types.ts';
import { rootImageOf } from '../analyze/rootImage.ts';

export interface LayerMaker {
  readonly line: number;
  readonly text: string;
  /** True for an ONBUILD trigger of the base stage, run at the start of this one. */
  readonly trigger: boolean;
}

const LAYER = new Set(['run', 'copy', 'add']);

function workdirAtEnd(a: Analysis, st: Stage, depth = 0): string {
  let wd = st.base.kind === 'stage' && depth < a.stages.length ? workdirAtEnd(a, a.stages[st.base.stage]!, depth + 1) : '/';
  for (const ins of st.instructions) if (ins.keyword === 'workdir') wd = resolveWorkdir(wd, ins.args[0] ?? '/');
  return wd;
}

/** The instructions that added the stage's own layers, in the order they ran (layers.ts rules). */
export function layerMakers(a: Analysis, stage: number): LayerMaker[] {
  const st = a.stages[stage];
  if (!st) return [];
  const parent = st.base.kind === 'stage' ? a.stages[st.base.stage] : undefined;
  const triggers = (parent?.instructions ?? []).flatMap((i) => (i.keyword === 'onbuild' && i.trigger ? [i.trigger] : []));
  let wd = parent ? workdirAtEnd(a, parent) : '/';
  const out: LayerMaker[] = [];
  const visit = (ins: Instruction, trigger: boolean): void => {
    let adds = LAYER.has(ins.keyword);
    if (ins.keyword === 'workdir') {
      wd = resolveWorkdir(wd, ins.args[0] ?? '/');
      adds = wd !== '/';
    }
    if (adds) out.push({ line: ins.range.start.line, text: ins.text, trigger });
  };
  triggers.forEach((t) => visit(t, true));
  st.instructions.slice(1).forEach((i) => visit(i, false));
  return out;
}

/** Where the total layer count comes from. */
export function totalFacts(a: Analysis, stage: number): Sentence[] {
  const st = a.stages[stage];
  if (!st) return [];
  const own = st.layerInfo.layers;
  const base = st.layerInfo.baseLayers;
  if (st.base.kind === 'scratch') return [{ key: 'graph.totalScratch', params: { count: own } }];
  const ref = rootImageOf(a, st);
  const entry = ref === null ? null : lookupImage(ref);
  if (base === null || !entry || ref === null) return [{ key: 'graph.totalUnknown', params: { image: ref ?? st.image } }];
  return [
    { key: 'graph.total', params: { count: base + own, base, own } },
    { key: 'graph.estimate', params: { image: ref, label: entry.label, asOf: entry.asOf, source: entry.source, mb: Math.round(entry.compressedBytes / 1e6) } },
  ];
}

/** Where a stage's size estimate comes from, and how old it is (the catalogue entry of its root image). */
export function sizeFacts(a: Analysis, stage: number): Sentence[] {
  const st = a.stages[stage];
  if (!st) return [];
  const ref = rootImageOf(a, st);
  const entry = ref === null ? null : lookupImage(ref);
  if (!entry || ref === null) return [{ key: 'graph.totalUnknown', params: { image: ref ?? st.image } }];
  return [{ key: 'graph.estimate', params: { image: ref, label: entry.label, asOf: entry.asOf, source: entry.source, mb: Math.round(entry.compressedBytes / 1e6) } }];
}

/** Why a stage is (not) built for the target, in full. */
export function statusFacts(a: Analysis, stage: number, classic: boolean): Sentence[] {
  const st = a.stages[stage];
  const t = a.target === null ? undefined : a.stages[a.target];
  if (!st || !t) return [];
  const target = stageLabel(t);
  if (st.index === t.index) return [{ key: 'ctx.target' }, { key: 'graph.targetHow' }];
  if (classic) {
    if (st.classicBuilt) return st.reachable ? [{ key: 'ctx.built', params: { target } }] : [{ key: 'graph.classicBuildsAnyway', params: { target } }];
    return [{ key: 'graph.classicAfterTarget', params: { target } }];
  }
  if (st.reachable) return [{ key: 'ctx.built', params: { target } }];
  const users = a.edges.filter((e) => e.source.kind === 'stage' && e.source.stage === stage).map((e) => a.stages[e.stage]).filter((s): s is Stage => !!s);
  const out: Sentence[] = [{ key: 'ctx.skipped', params: { target } }];
  out.push(users.length === 0 ? { key: 'graph.unused' } : { key: 'graph.usedOnlyBy', params: { stages: [...new Set(users.map(stageLabel))] } });
  if (st.classicBuilt) out.push({ key: 'ctx.classicBuilds' });
  return out;
}

/** An external image node: what it is and who uses it how. */
export function imageFacts(a: Analysis, ref: string): Sentence[] {
  const uses = a.edges.filter((e) => e.source.kind === 'image' && e.source.ref === ref);
  const by = (kind: EdgeKind): string[] => [...new Set(uses.filter((e) => e.kind === kind).map((e) => a.stages[e.stage]).filter((s): s is Stage => !!s).map(stageLabel))];
  const fromStages = [...new Set(a.stages.filter((s) => s.base.kind === 'image' && s.base.ref === ref).map(stageLabel))];
  const out: Sentence[] = [{ key: 'graph.image', params: { image: ref } }];
  if (fromStages.length > 0) out.push({ key: 'graph.imageBase', params: { stages: fromStages } });
  const copied = by('copy');
  if (copied.length > 0) out.push({ key: 'graph.imageCopied', params: { stages: copied } });
  const mounted = by('mount');
  if (mounted.length > 0) out.push({ key: 'graph.imageMounted', params: { stages: mounted } });
  const entry = lookupImage(ref);
  if (entry) out.push({ key: 'graph.estimate', params: { image: ref, label: entry.label, asOf: entry.asOf, source: entry.source, mb: Math.round(entry.compressedBytes / 1e6) } });
  return out;
}

export function scratchFacts(a: Analysis): Sentence[] {
  const stages = a.stages.filter((s) => s.base.kind === 'scratch').map(stageLabel);
  return [{ key: 'graph.scratch' }, ...(stages.length > 0 ? [{ key: 'graph.scratchUsedBy', params: { stages } }] : [])];
}

export const EDGE_KINDS: readonly EdgeKind[] = ['base', 'copy', 'mount', 'onbuild'];

export function edgeKindFacts(kind: EdgeKind): Sentence[] {
  return [{ key: `graph.edge.${kind}` }];
}
