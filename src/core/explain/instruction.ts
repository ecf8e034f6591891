/**
 * What an instruction does in this build: the general sentence, then the facts of this file
 * (its stage's base, whether the target needs it, what a COPY copies from where), then whether
 * it adds a layer (analyze/layers.ts rules: RUN, COPY, ADD and WORKDIR other than / add one).
 */
import { stageAtLine } from '../analyze/scope.ts';
import type { Analysis, Instruction, Stage } from '../model.ts';
import type { Sentence } from './types.ts';

/** `builder`, or `1 (alpine:3.20)` for an unnamed stage. */
export function stageLabel(st: Stage): string {
  return st.name ?? `${st.index} (${st.fromText})`;
}

/** The target's label, or null without a target. */
function targetLabel(a: Analysis): string | null {
  const t = a.target === null ? undefined : a.stages[a.target];
  return t ? stageLabel(t) : null;
}

/** Where a stage starts from and whether the target needs it. */
export function stageFacts(a: Analysis, st: Stage): Sentence[] {
  const out: Sentence[] = [];
  const stage = stageLabel(st);
  if (st.base.kind === 'scratch') out.push({ key: 'ctx.fromScratch', params: { stage } });
  else if (st.base.kind === 'image') out.push({ key: 'ctx.fromImage', params: { stage, image: st.image } });
  else {
    const b = a.stages[st.base.stage];
    if (b) out.push({ key: 'ctx.fromStage', params: { stage, base: stageLabel(b), line: b.startLine } });
  }
  const target = targetLabel(a);
  if (target === null) return out;
  if (a.target === st.index) out.push({ key: 'ctx.target' });
  else if (st.reachable) out.push({ key: 'ctx.built', params: { target } });
  else {
    out.push({ key: 'ctx.skipped', params: { target } });
    if (st.classicBuilt) out.push({ key: 'ctx.classicBuilds' });
  }
  return out;
}

const LAYER_KEYWORDS = new Set(['run', 'copy', 'add']);

export function layerSentence(a: Analysis, ins: Instruction, stage: Stage | null): Sentence {
  const k = ins.keyword;
  if (stage === null) return { key: 'layer.meta' };
  if (k === 'from') {
    const n = stage.layerInfo.baseLayers;
    return n === null ? { key: 'layer.baseUnknown' } : { key: 'layer.base', params: { count: n } };
  }
  if (LAYER_KEYWORDS.has(k)) return { key: 'layer.layer' };
  if (k === 'workdir') return { key: 'layer.layerUnlessRoot' };
  if (k === 'onbuild') return { key: 'layer.none' };
  return { key: 'layer.metadata' };
}

/** COPY/ADD sources and destination as written (heredoc sources by their delimiter). */
function paths(ins: Instruction): { sources: string[]; dest: string } {
  const args = ins.args;
  return { sources: args.slice(0, -1), dest: args[args.length - 1] ?? '' };
}

/** The sentences about this instruction in this build (after the general one). */
export function instructionFacts(a: Analysis, ins: Instruction): Sentence[] {
  const line = ins.range.start.line;
  const st = stageAtLine(a, line);
  const k = ins.keyword;
  if (st === null) return k === 'arg' ? ins.args.slice(0, 1).map((w) => ({ key: 'ctx.argMeta', params: { name: w.split('=')[0] ?? w } })) : [];
  if (k === 'from') return stageFacts(a, st);
  const edges = a.edges.filter((e) => e.stage === st.index && e.line === line && !e.trigger);
  if (k === 'copy' || k === 'add') {
    const copy = edges.find((e) => e.kind === 'copy');
    const p = copy?.paths ?? paths(ins);
    if (copy?.source.kind === 'stage') {
      const src = a.stages[copy.source.stage];
      if (src) return [{ key: 'ctx.copyFromStage', params: { sources: p.sources, dest: p.dest, source: stageLabel(src), line: src.startLine } }];
    } else if (copy?.source.kind === 'image') {
      return [{ key: 'ctx.copyFromImage', params: { sources: p.sources, dest: p.dest, image: copy.source.ref } }];
    }
    return k === 'copy' && p.sources.length > 0 ? [{ key: 'ctx.copyContext', params: { sources: p.sources, dest: p.dest } }] : [];
  }
  if (k === 'run') {
    return edges.filter((e) => e.kind === 'mount').map((e) => {
      const s = e.source.kind === 'stage' ? a.stages[e.source.stage] : undefined;
      return { key: 'ctx.runMountFrom', params: { source: s ? stageLabel(s) : e.source.kind === 'image' ? e.source.ref : e.via } };
    });
  }
  if (k === 'arg') return [{ key: 'ctx.argStage', params: { stage: stageLabel(st) } }];
  if (k === 'onbuild' && ins.trigger) return [{ key: 'ctx.trigger', params: { name: ins.trigger.original.toUpperCase(), stage: stageLabel(st) } }];
  return [];
}
