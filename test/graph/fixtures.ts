/**
 * Hand-built Analysis values for graph tests: a compact description in, a full Analysis out.
 * Only the fields the graph reads are meaningful; the rest are filled with plain defaults.
 */
import type { Analysis, BaseRef, Edge, Instruction, Stage } from '../../src/core/model.ts';

export interface StageSpec {
  name?: string;
  base: BaseRef;
  fromText?: string;
  /** Instruction texts after FROM, e.g. `RUN make`. */
  body?: string[];
  reachable?: boolean;
  classicBuilt?: boolean;
  platform?: string;
  layers?: number;
  totalLayers?: number | null;
}

const range = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 10 } });

function instruction(text: string, line: number): Instruction {
  const keyword = text.split(/\s+/, 1)[0]!.toLowerCase();
  return {
    keyword,
    original: keyword.toUpperCase(),
    flags: [],
    args: [],
    json: false,
    heredocs: [],
    trigger: null,
    comments: [],
    range: range(line),
    keywordRange: range(line),
    text,
  };
}

/** Stages are laid out one instruction per line, starting at line 1. */
export function analysisOf(specs: StageSpec[], edges: Edge[] = [], target: number | null = specs.length - 1): Analysis {
  let line = 1;
  const stages: Stage[] = specs.map((s, index) => {
    const fromText = s.fromText ?? (s.base.kind === 'image' ? s.base.ref : s.base.kind === 'scratch' ? 'scratch' : `stage-${s.base.stage}`);
    const startLine = line;
    const texts = [`FROM ${fromText}${s.name ? ` AS ${s.name}` : ''}`, ...(s.body ?? [])];
    const instructions = texts.map((t) => instruction(t, line++));
    return {
      index,
      name: s.name?.toLowerCase() ?? null,
      originalName: s.name ?? null,
      displayName: s.name?.toLowerCase() ?? `stage-${index}`,
      fromText,
      image: fromText,
      base: s.base,
      platform: s.platform ?? null,
      startLine,
      endLine: line - 1,
      fromRange: range(startLine),
      instructions,
      layerInfo: { layers: s.layers ?? 0, history: 0, baseLayers: null, totalLayers: s.totalLayers ?? null, baseSizeBytes: null },
      reachable: s.reachable ?? true,
      classicBuilt: s.classicBuilt ?? true,
    };
  });
  return {
    parse: { directives: [], escapeToken: '\\', instructions: stages.flatMap((s) => s.instructions), diagnostics: [], lineCount: line - 1 },
    metaArgs: [],
    stages,
    edges,
    target,
    diagnostics: [],
  };
}

export const copyEdge = (stage: number, from: number | string, line: number, sources: string[], dest: string): Edge => ({
  kind: 'copy',
  stage,
  source: typeof from === 'number' ? { kind: 'stage', stage: from } : { kind: 'image', ref: from },
  line,
  via: `--from=${from}`,
  paths: { sources, dest },
});

/** A layered graph of `n` stages where stage i copies from up to `fanIn` earlier stages. */
export function generatedAnalysis(n: number, fanIn: number): Analysis {
  const specs: StageSpec[] = [];
  const edges: Edge[] = [];
  for (let i = 0; i < n; i++) {
    specs.push({ name: `s${i}`, base: i % 10 === 0 ? { kind: 'image', ref: `alpine:3.${i % 7}` } : { kind: 'stage', stage: i - 1 }, body: ['RUN true'] });
    for (let k = 1; k <= fanIn && i - k * 3 >= 0; k++) edges.push(copyEdge(i, i - k * 3, i, ['/out'], '/in'));
  }
  return analysisOf(specs, edges);
}
