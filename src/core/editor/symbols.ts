/**
 * The editor's outline and breadcrumbs: meta ARGs, then each stage (named as BuildKit names it:
 * its AS name, else `stage-N`) with the ARGs and ENVs it declares. The language service's own
 * outline names every entry after its keyword (`FROM`, `ARG`), which says nothing.
 */
import type { Analysis, Instruction, Range } from '../model.ts';
import { splitArgWord } from '../analyze/args.ts';
import { indexStages } from './stageRefs.ts';

export interface OutlineSymbol {
  readonly kind: 'stage' | 'arg' | 'env';
  readonly name: string;
  /** For a stage: its base as written; for ARG/ENV: the default or value as written ('' when none). */
  readonly detail: string;
  /** The whole stage / instruction. */
  readonly range: Range;
  /** What to select: the AS name (or FROM keyword), or the instruction's keyword. */
  readonly selectionRange: Range;
  readonly children: readonly OutlineSymbol[];
}

export function outline(analysis: Analysis, text: string): OutlineSymbol[] {
  const { declarations } = indexStages(analysis, text);
  const firstFrom = analysis.stages[0]?.startLine ?? Infinity;
  const meta = analysis.parse.instructions.filter((i) => i.range.start.line < firstFrom).flatMap(variables);
  const stages = analysis.stages.map((st): OutlineSymbol => {
    const last = st.instructions[st.instructions.length - 1] ?? st.instructions[0];
    const range: Range = { start: st.fromRange.start, end: last?.range.end ?? st.fromRange.end };
    return {
      kind: 'stage', name: st.displayName, detail: st.fromText, range,
      selectionRange: declarations[st.index] ?? st.fromRange,
      children: st.instructions.slice(1).flatMap(variables),
    };
  });
  return [...meta, ...stages];
}

function variables(ins: Instruction): OutlineSymbol[] {
  const at = { range: ins.range, selectionRange: ins.keywordRange, children: [] };
  if (ins.keyword === 'arg') {
    return ins.args.map((w) => splitArgWord(w)).filter((a) => a.name !== '').map((a) => ({ kind: 'arg', name: a.name, detail: a.value ?? '', ...at }));
  }
  if (ins.keyword === 'env') {
    const out: OutlineSymbol[] = [];
    for (let i = 0; i + 1 < ins.args.length; i += 3) out.push({ kind: 'env', name: ins.args[i] ?? '', detail: ins.args[i + 1] ?? '', ...at });
    return out;
  }
  return [];
}
