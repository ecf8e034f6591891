/**
 * The steps of a build, before timing: which instructions each builder runs and what each
 * step's result is built from. BuildKit (dockerfile2llb): only the stages the target needs; a
 * stage based on an image starts with pulling it (`[name 1/n] FROM …`, counted in `n` as BuildKit's
 * cmdTotal does), FROM scratch and FROM <stage> add no step; RUN, COPY, ADD and WORKDIR are steps
 * (ENV, ARG, CMD… only change the image config); an image named by COPY --from / RUN --mount from=
 * is pulled in a step of its own. Classic: every stage up to the target, every instruction a step.
 */
import { resolveWorkdir } from '../analyze/layers.ts';
import type { Analysis, Edge, Stage } from '../model.ts';
import type { BuilderKind, DepKind, StepDep } from './types.ts';

const BUILDKIT_OPS = new Set(['run', 'copy', 'add', 'workdir']);

/** A step before timing; `deps` may name a stage whose last step is not known yet. */
export interface StepDraft {
  readonly kind: 'pull' | 'instruction';
  readonly stage: number;
  readonly line: number;
  readonly keyword: string;
  readonly instruction: string;
  readonly image?: string;
  readonly layer: boolean;
  readonly ordinal: { readonly index: number; readonly total: number } | null;
  readonly deps: StepDep[];
  /** Dependencies on a whole stage (its last step), resolved once every stage has its steps. */
  readonly stageDeps: { readonly kind: DepKind; readonly stage: number }[];
}

/** The stages a builder builds for the analysis' target, in file order. */
export function builtStages(analysis: Analysis, builder: BuilderKind): Stage[] {
  if (analysis.target === null) return [];
  return analysis.stages.filter((s) => (builder === 'buildkit' ? s.reachable : s.classicBuilt));
}

/** Drafts every step of `stages`, in file order, stage by stage. */
export function draftSteps(analysis: Analysis, stages: readonly Stage[], builder: BuilderKind): StepDraft[] {
  const out: StepDraft[] = [];
  const workdirEnd = new Map<number, string>();
  const totalInstructions = analysis.parse.instructions.length;
  let classicIndex = 0;
  const edgesOf = new Map<number, Edge[]>();
  for (const e of analysis.edges) (edgesOf.get(e.stage) ?? edgesOf.set(e.stage, []).get(e.stage)!).push(e);
  for (const st of stages) {
    const own = edgesOf.get(st.index) ?? [];
    const edgesAt = (line: number) => own.filter((e) => e.line === line && e.kind !== 'base' && e.kind !== 'onbuild');
    const onbuild = own.filter((e) => e.kind === 'onbuild' && e.source.kind === 'stage');
    let workdir = st.base.kind === 'stage' ? (workdirEnd.get(st.base.stage) ?? '/') : '/';
    const buildkitTotal = (st.base.kind === 'image' ? 1 : 0) + st.instructions.slice(1).filter((i) => BUILDKIT_OPS.has(i.keyword)).length;
    let ordinal = 0;
    let prev: number | null = null;
    const push = (d: StepDraft): number => out.push(d) - 1;
    for (const [i, ins] of st.instructions.entries()) {
      const line = ins.range.start.line;
      const isFrom = i === 0;
      if (builder === 'buildkit' && !isFrom && !BUILDKIT_OPS.has(ins.keyword)) continue;
      if (builder === 'buildkit' && isFrom && st.base.kind !== 'image') continue;
      const deps: StepDep[] = [];
      const stageDeps: StepDraft['stageDeps'] = [];
      if (prev !== null) deps.push({ kind: 'previous', step: prev });
      else {
        if (st.base.kind === 'stage') stageDeps.push({ kind: 'base', stage: st.base.stage });
        if (!(builder === 'buildkit' && isFrom)) for (const e of onbuild) if (e.source.kind === 'stage') stageDeps.push({ kind: 'onbuild', stage: e.source.stage });
      }
      if (!isFrom) {
        for (const e of edgesAt(line)) {
          const kind: DepKind = e.kind === 'mount' ? 'mount' : 'copy';
          if (e.source.kind === 'stage') stageDeps.push({ kind, stage: e.source.stage });
          else if (builder === 'buildkit') {
            const ref = e.source.ref;
            const pull = push({ kind: 'pull', stage: st.index, line, keyword: 'from', instruction: `FROM ${ref}`, image: ref, layer: false, ordinal: null, deps: [], stageDeps: [] });
            deps.push({ kind: 'pull', step: pull });
          }
        }
      }
      if (ins.keyword === 'workdir') workdir = resolveWorkdir(workdir, ins.args[0] ?? '/');
      const layer = ins.keyword === 'run' || ins.keyword === 'copy' || ins.keyword === 'add' || (ins.keyword === 'workdir' && workdir !== '/');
      const pulling = builder === 'buildkit' && isFrom;
      const text = pulling ? `FROM ${st.image}` : ins.text.trim();
      const number = builder === 'buildkit' ? { index: ++ordinal, total: buildkitTotal } : { index: ++classicIndex, total: totalInstructions };
      prev = push({ kind: pulling ? 'pull' : 'instruction', stage: st.index, line, keyword: ins.keyword, instruction: text, ...(pulling ? { image: st.image } : {}), layer, ordinal: number, deps, stageDeps });
    }
    workdirEnd.set(st.index, workdir);
  }
  return out;
}
