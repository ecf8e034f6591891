/**
 * Dependency edges from COPY --from, RUN --mount and inherited ONBUILD
 * triggers (BuildKit convert.go toCommand / detectRunMount / initOnBuildTriggers).
 * References are resolved after every stage is registered, so they see the
 * *final* name map: the last stage with a given name, even a later one.
 *
 * Two BuildKit corners kept on purpose:
 * - every mount has a source: one without `from=` is `findStateByName("scratch")`,
 *   so a stage named `scratch` gains an edge from each such mount;
 * - every source that is not a stage is an *implicit state* appended to the
 *   state list (`dispatchStates.addState`), so a numeric `--from` past the last
 *   stage can land on an earlier `COPY --from=<image>` or mount.
 */
import { diagnostic } from '../diagnostics.ts';
import type { CopyPaths, Diagnostic, Edge, Instruction, SourceRef } from '../model.ts';
import { processWord, type ShellOptions } from '../shell/index.ts';
import { parseMount } from './mount.ts';
import { checkImageReference } from './reference.ts';
import type { StageDraft } from './stages.ts';
import { nearIndexOf } from './suggest.ts';

/** A reference found in one instruction, before it becomes an edge. */
export interface RawRef {
  readonly kind: 'copy' | 'mount';
  /** The value as written (`scratch` for a mount without `from=`). */
  readonly value: string;
  readonly via: string;
  readonly instruction: Instruction;
  readonly mountType?: string;
  /** The mount's target path (BuildKit names it when the source is not built yet). */
  readonly mountTarget?: string;
  /** A mount without `from=`: BuildKit looks up `scratch`. */
  readonly implicit?: boolean;
}

export interface DepContext {
  readonly stages: readonly StageDraft[];
  /** Lower-cased name → index of the LAST stage with that name. */
  readonly finalByName: ReadonlyMap<string, number>;
  readonly shell: ShellOptions;
  readonly out: Diagnostic[];
  /** Implicit states appended after the stages, in BuildKit's order (image refs; `scratch` for a pseudo-state). */
  readonly implicit: string[];
}

const EMPTY_ENV: ReadonlyMap<string, string> = new Map();
const ATOI = /^[+-]?[0-9]+$/;

/** The stage-reference words an instruction carries (COPY --from, RUN --mount). */
export function refsOf(ins: Instruction, ctx: DepContext, stage: number): RawRef[] {
  if (ins.keyword === 'copy') {
    const froms = ins.flags.filter((f) => f.name === 'from');
    const f = froms[0];
    if (f === undefined) return [];
    if (f.value === null) {
      ctx.out.push(diagnostic('error', 'FlagMissingValue', f.range, { flag: '--from', name: 'from' }, stage));
      return [];
    }
    if (froms.length > 1) ctx.out.push(diagnostic('error', 'DuplicateFlag', f.range, { flag: '--from', name: 'from' }, stage));
    if (f.value === '') return [];
    const expanded = processWord(f.value, EMPTY_ENV, ctx.shell);
    if (!expanded.ok || expanded.result !== f.value) {
      const detail = 'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround';
      ctx.out.push(diagnostic('error', 'FromFlagVariable', f.range, { flag: f.text, detail }, stage));
      return [];
    }
    return [{ kind: 'copy', value: f.value, via: `--from=${f.value}`, instruction: ins }];
  }
  if (ins.keyword === 'run') {
    const refs: RawRef[] = [];
    for (const f of ins.flags) {
      if (f.name !== 'mount' || f.value === null) continue;
      const m = parseMount(f.value);
      const target = m.target ?? '';
      if (m.from === null || m.from === '') {
        refs.push({ kind: 'mount', value: 'scratch', via: `--mount=${f.value}`, instruction: ins, mountType: m.type, mountTarget: target, implicit: true });
        continue;
      }
      const dollar = m.from.indexOf('$');
      if (dollar >= 0 && dollar !== m.from.length - 1) {
        const detail = "'from' doesn't support variable expansion, define alias stage instead";
        ctx.out.push(diagnostic('error', 'FromFlagVariable', f.range, { flag: `from=${m.from}`, detail }, stage));
        continue;
      }
      refs.push({ kind: 'mount', value: m.from, via: `from=${m.from}`, instruction: ins, mountType: m.type, mountTarget: target });
    }
    return refs;
  }
  return [];
}

/**
 * Resolves one reference (toCommand / detectRunMount): a source, or null for
 * no edge (an invalid index, or a mount without `from=` when no stage is named
 * `scratch`). Sources that are not stages are appended to `ctx.implicit`.
 */
export function resolveRef(ref: RawRef, ctx: DepContext, stage: number): SourceRef | null {
  const at = ref.instruction.range;
  const total = ctx.stages.length + ctx.implicit.length;
  if (ref.kind === 'copy' && ATOI.test(ref.value)) {
    const i = Number(ref.value);
    if (i >= 0 && i < ctx.stages.length) return { kind: 'stage', stage: i };
    if (i >= 0 && i < total) {
      // findStateByIndex indexes every state, implicit ones included.
      const image = ctx.implicit[i - ctx.stages.length] ?? 'scratch';
      ctx.out.push(diagnostic('warning', 'ImplicitStateIndex', at, { index: i, image, stages: ctx.stages.length }, stage));
      return { kind: 'image', ref: image };
    }
    ctx.out.push(diagnostic('error', 'InvalidStageIndex', at, { index: i, max: ctx.stages.length - 1 }, stage));
    return null;
  }
  const named = ctx.finalByName.get(ref.value.toLowerCase());
  if (named !== undefined) {
    if (ref.implicit) ctx.out.push(diagnostic('info', 'ScratchStageMount', at, { stage: ctx.stages[named]?.name ?? 'scratch' }, stage));
    return { kind: 'stage', stage: named };
  }
  ctx.implicit.push(ref.value);
  if (ref.implicit) return null;
  if (ref.kind === 'mount' && ATOI.test(ref.value)) {
    ctx.out.push(diagnostic('warning', 'NumericMountFrom', at, { ref: ref.value }, stage));
  }
  const check = checkImageReference(ref.value);
  if (!check.ok) {
    ctx.out.push(diagnostic('error', 'InvalidImageReference', at, { ref: ref.value, reason: check.reason }, stage));
  } else if (!/[:/@.]/.test(ref.value)) {
    const near = nearIndexOf(ctx.finalByName).closest(ref.value);
    if (near !== null) ctx.out.push(diagnostic('warning', 'FromLikelyStageTypo', at, { ref: ref.value, stage: near }, stage));
  }
  return { kind: 'image', ref: ref.value };
}

/** What a COPY copies: every argument but the last is a source, the last the destination. */
export function copyPaths(ins: Instruction): CopyPaths | undefined {
  if (ins.keyword !== 'copy' || ins.args.length < 2) return undefined;
  return { sources: ins.args.slice(0, -1), dest: ins.args[ins.args.length - 1] ?? '' };
}

function edgeOf(ref: RawRef, source: SourceRef, stage: number, line: number, trigger?: Edge['trigger']): Edge {
  const paths = copyPaths(ref.instruction);
  return {
    kind: trigger ? 'onbuild' : ref.kind, stage, source, line, via: ref.via,
    ...(trigger ? { trigger } : {}),
    ...(paths ? { paths } : {}), ...(ref.mountType ? { mountType: ref.mountType } : {}),
    ...(ref.mountTarget !== undefined ? { mountTarget: ref.mountTarget } : {}),
    ...(ref.implicit ? { implicitFrom: true } : {}),
  };
}

/** Copy and mount edges of every stage, in file order (buildStageDependencyGraph). */
export function collectDeps(ctx: DepContext): Edge[] {
  const edges: Edge[] = [];
  for (const st of ctx.stages) {
    for (const ins of st.instructions) {
      for (const ref of refsOf(ins, ctx, st.index)) {
        const source = resolveRef(ref, ctx, st.index);
        if (source !== null) edges.push(edgeOf(ref, source, st.index, ins.range.start.line));
      }
    }
  }
  return edges;
}

/**
 * The edges of the ONBUILD triggers a stage inherits from its base stage
 * (initOnBuildTriggers): run only for stages that are built, after the cycle
 * check; each trigger is parsed then, so its errors belong to the child.
 */
export function triggerDeps(ctx: DepContext, child: StageDraft, base: StageDraft, check: (trigger: Instruction) => void): Edge[] {
  const edges: Edge[] = [];
  for (const decl of base.instructions) {
    const trig = decl.keyword === 'onbuild' ? decl.trigger : null;
    if (trig === null) continue;
    const before = ctx.out.length;
    check(trig);
    for (const ref of refsOf(trig, ctx, child.index)) {
      const source = resolveRef(ref, ctx, child.index);
      if (source === null) continue;
      edges.push(edgeOf(ref, source, child.index, child.from.range.start.line, { kind: ref.kind, declaredLine: decl.range.start.line }));
    }
    relocateTriggerErrors(ctx.out, before, child, decl);
  }
  return edges;
}

/**
 * initOnBuildTriggers resets the trigger's node to the child's FROM lines and resolveStages wraps
 * its error with parser.SetLocation(err, d.stage.Location): BuildKit reports a trigger's error on
 * the child's FROM line. The errors found since `from` move there (with the trigger's own line in
 * `triggerLine`), and a note on the ONBUILD line says where its error is reported. Our own hints
 * stay where the trigger was written.
 */
function relocateTriggerErrors(out: Diagnostic[], from: number, child: StageDraft, decl: Instruction): void {
  let moved = false;
  for (let i = from; i < out.length; i++) {
    const d = out[i]!;
    if (d.severity !== 'error') continue;
    out[i] = { ...d, range: child.from.range, params: { ...d.params, triggerLine: decl.range.start.line } };
    moved = true;
  }
  if (moved) {
    const name = child.name ?? `stage-${child.index}`;
    out.push(diagnostic('info', 'OnbuildTriggerFailsInChild', decl.range, { stage: name, line: child.from.range.start.line }, child.index));
  }
}
