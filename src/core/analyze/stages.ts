/**
 * Splits the instruction list into meta (global) ARGs and FROM-delimited stages,
 * and reads each FROM line: image text, AS name, --platform.
 * Ports instructions.Parse + parseBuildStageName (BuildKit instructions/parse.go).
 */
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, Flag, Instruction } from '../model.ts';

export interface StageDraft {
  readonly index: number;
  readonly from: Instruction;
  /** FROM first, then the stage's own instructions. */
  readonly instructions: readonly Instruction[];
  /** Lower-cased, validated AS name, or null. */
  readonly name: string | null;
  readonly originalName: string | null;
  /** The image word as written (quotes and variables kept). */
  readonly fromText: string;
  readonly platformFlag: Flag | null;
}

export interface SplitResult {
  readonly metaArgs: readonly Instruction[];
  readonly stages: readonly StageDraft[];
  readonly diagnostics: readonly Diagnostic[];
}

const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

/** instructions → meta ARGs + stages; never throws. */
export function splitStages(instructions: readonly Instruction[]): SplitResult {
  const metaArgs: Instruction[] = [];
  const stages: StageDraft[] = [];
  const diagnostics: Diagnostic[] = [];
  let current: { from: Instruction; list: Instruction[] } | null = null;
  const close = (): void => {
    if (current) stages.push(readFrom(stages.length, current.from, current.list, diagnostics));
  };
  for (const ins of instructions) {
    if (ins.keyword === 'from') {
      close();
      current = { from: ins, list: [ins] };
    } else if (current) {
      current.list.push(ins);
    } else if (ins.keyword === 'arg') {
      metaArgs.push(ins);
    } else {
      diagnostics.push(diagnostic('error', 'InstructionBeforeFrom', ins.keywordRange, { instruction: ins.original.toUpperCase() }));
    }
  }
  close();
  return { metaArgs, stages, diagnostics };
}

function readFrom(index: number, from: Instruction, list: Instruction[], out: Diagnostic[]): StageDraft {
  const args = from.args;
  const platformFlag = from.flags.find((f) => f.name === 'platform') ?? null;
  let originalName: string | null = null;
  let name: string | null = null;
  const hasAs = args.length === 3 && (args[1] ?? '').toLowerCase() === 'as';
  if (args.length !== 1 && !hasAs) {
    out.push(diagnostic('error', 'FromArgumentCount', from.range, { count: args.length }, index));
  }
  if (hasAs) {
    originalName = args[2] ?? '';
    const lower = originalName.toLowerCase();
    if (!STAGE_NAME.test(lower)) {
      out.push(diagnostic('error', 'InvalidStageName', from.range, { name: originalName }, index));
    } else {
      // StageNameCasing / FromAsCasing are build checks: src/core/checks reports them.
      name = lower;
    }
  }
  return { index, from, instructions: list, name, originalName, fromText: args[0] ?? '', platformFlag };
}
