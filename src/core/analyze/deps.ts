/**
 * Dependency edges from COPY --from, RUN --mount from= and inherited ONBUILD
 * triggers (BuildKit convert.go toCommand / detectRunMount / initOnBuildTriggers).
 * References are resolved after every stage is registered, so they see the
 * *final* name map: the last stage with a given name, even a later one.
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
  readonly value: string;
  readonly via: string;
  readonly instruction: Instruction;
  readonly mountType?: string;
}

export interface DepContext {
  readonly stages: readonly StageDraft[];
  /** Lower-cased name → index of the LAST stage with that name. */
  readonly finalByName: ReadonlyMap<string, number>;
  readonly shell: ShellOptions;
  readonly out: Diagnostic[];
}

const EMPTY_ENV: ReadonlyMap<string, string> = new Map();
const ATOI = /^[+-]?[0-9]+$/;

/** The stage-reference words an instruction carries (COPY --from, RUN --mount from=). */
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
      if (m.from === null || m.from === '') continue;
      const dollar = m.from.indexOf('$');
      if (dollar >= 0 && dollar !== m.from.length - 1) {
        const detail = "'from' doesn't support variable expansion, define alias stage instead";
        ctx.out.push(diagnostic('error', 'FromFlagVariable', f.range, { flag: `from=${m.from}`, detail }, stage));
        continue;
      }
      refs.push({ kind: 'mount', value: m.from, via: `from=${m.from}`, instruction: ins, mountType: m.type });
    }
    return refs;
  }
  return [];
}

/** Resolves one reference to a source (or null when it is an invalid index). */
export function resolveRef(ref: RawRef, ctx: DepContext, stage: number): SourceRef | null {
  const at = ref.instruction.range;
  if (ref.kind === 'copy' && ATOI.test(ref.value)) {
    const i = Number(ref.value);
    if (i >= 0 && i < ctx.stages.length) return { kind: 'stage', stage: i };
    ctx.out.push(diagnostic('error', 'InvalidStageIndex', at, { index: i, max: ctx.stages.length - 1 }, stage));
    return null;
  }
  const named = ctx.finalByName.get(ref.value.toLowerCase());
  if (named !== undefined) return { kind: 'stage', stage: named };
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

/** All copy / mount / onbuild edges of every stage, in file order. */
export function collectDeps(ctx: DepContext, baseStageOf: (i: number) => number | null): Edge[] {
  const edges: Edge[] = [];
  for (const st of ctx.stages) {
    const baseStage = baseStageOf(st.index);
    if (baseStage !== null) {
      for (const decl of ctx.stages[baseStage]?.instructions ?? []) {
        const trig = decl.keyword === 'onbuild' ? decl.trigger : null;
        if (trig === null) continue;
        for (const ref of refsOf(trig, ctx, st.index)) {
          const source = resolveRef(ref, ctx, st.index);
          if (source === null) continue;
          const paths = copyPaths(trig);
          edges.push({
            kind: 'onbuild', stage: st.index, source, line: st.from.range.start.line, via: ref.via,
            trigger: { kind: ref.kind, declaredLine: decl.range.start.line },
            ...(paths ? { paths } : {}), ...(ref.mountType ? { mountType: ref.mountType } : {}),
          });
        }
      }
    }
    for (const ins of st.instructions) {
      for (const ref of refsOf(ins, ctx, st.index)) {
        const source = resolveRef(ref, ctx, st.index);
        if (source === null) continue;
        const paths = copyPaths(ins);
        edges.push({
          kind: ref.kind, stage: st.index, source, line: ins.range.start.line, via: ref.via,
          ...(paths ? { paths } : {}), ...(ref.mountType ? { mountType: ref.mountType } : {}),
        });
      }
    }
  }
  return edges;
}
