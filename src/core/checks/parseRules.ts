/**
 * The checks BuildKit runs while it parses (parser.Parse warnings, instructions.Parse) and
 * right after (validateStageNames, validateCommandCasing): NoEmptyContinuation,
 * MaintainerDeprecated, StageNameCasing, FromAsCasing, InvalidDefinitionDescription,
 * DuplicateStageName, ReservedStageName, ConsistentInstructionCasing.
 */
import type { Instruction, ParseResult, Range } from '../model.ts';
import { ruleEnabled } from './config.ts';
import type { Linter } from './linter.ts';
import { DETAIL, RULES } from './rules.ts';

/**
 * NoEmptyContinuation, reported at the last line of the instruction's logical line (as
 * parser.go does), through the file-level config (no per-instruction comments).
 */
export function checkEmptyContinuations(parse: ParseResult, line: (n: number) => string, linter: Linter): void {
  for (const ins of parse.instructions) {
    const first = ins.range.start.line;
    const last = ins.heredocs.length > 0 ? (ins.heredocs[0]?.range.start.line ?? first + 1) - 1 : ins.range.end.line;
    let empty = false;
    for (let n = first + 1; n <= last && !empty; n++) empty = /^[ \t]*\r?$/.test(line(n));
    if (empty) {
      const range: Range = { start: { line: last, column: 1 }, end: { line: last, column: line(last).length + 1 } };
      linter.run(linter.config, RULES.NoEmptyContinuation, range, DETAIL.NoEmptyContinuation());
    }
  }
}

/** instructions.ParseInstructionWithLinter, for the instructions before `stopLine` (exclusive). */
export function checkParsed(instructions: readonly Instruction[], linter: Linter, stopLine: number, stageOf: (ins: Instruction) => number | undefined): void {
  for (const ins of instructions) {
    if (ins.range.start.line > stopLine) return;
    const config = linter.forComments(ins.comments);
    const stage = stageOf(ins);
    if (ins.keyword === 'maintainer') linter.run(config, RULES.MaintainerDeprecated, ins.range, DETAIL.MaintainerDeprecated(), stage);
    if (ins.keyword === 'from') {
      const args = ins.args;
      if (args.length === 3 && args[2] !== (args[2] ?? '').toLowerCase()) {
        linter.run(config, RULES.StageNameCasing, ins.range, DETAIL.StageNameCasing(args[2] ?? ''), stage);
      }
      if (args.length >= 3 && !fromMatchesAs(ins.original, args[1] ?? '')) {
        linter.run(config, RULES.FromAsCasing, ins.range, DETAIL.FromAsCasing(ins.original, args[1] ?? ''), stage);
      }
      if (ins.range.start.line === stopLine) return;
      if (args.length === 3 && (args[1] ?? '').toLowerCase() === 'as') {
        description(linter, config, 'FROM', [(args[2] ?? '').toLowerCase()], ins, stage);
      }
    }
    if (ins.range.start.line === stopLine) return;
    if (ins.keyword === 'arg') {
      if (ins.comments.length > 0) description(linter, config, 'ARG', ins.args.map((w) => (w.includes('=') ? w.slice(0, w.indexOf('=')) : w)), ins, stage);
    }
  }
}

/** doesFromCaseMatchAsCase: judged only when FROM itself is all lower or all upper case. */
function fromMatchesAs(from: string, as: string): boolean {
  if (from === from.toLowerCase()) return as === as.toLowerCase();
  if (from === from.toUpperCase()) return as === as.toUpperCase();
  return true;
}

/** validateDefinitionDescription (experimental): the last comment must start with the name. */
function description(linter: Linter, config: Linter['config'], what: 'FROM' | 'ARG', keys: readonly string[], ins: Instruction, stage?: number): void {
  if (ins.comments.length === 0 || keys.length === 0 || !ruleEnabled(config, RULES.InvalidDefinitionDescription)) return;
  const first = (ins.comments[ins.comments.length - 1] ?? '').split(' ')[0] ?? '';
  if (keys.includes(first)) return;
  const example = keys.length > 1 ? '<arg_key>' : (keys[0] ?? '');
  linter.run(config, RULES.InvalidDefinitionDescription, ins.range, DETAIL.InvalidDefinitionDescription(what, example), stage);
}

export interface NamedStage {
  readonly index: number;
  readonly name: string | null;
  readonly from: Instruction;
  readonly instructions: readonly Instruction[];
}

/** validateStageNames: reserved names, then duplicates, through the file-level config. */
export function checkStageNames(stages: readonly NamedStage[], linter: Linter): void {
  const seen = new Set<string>();
  for (const s of stages) {
    if (s.name === null) continue;
    if (s.name === 'scratch' || s.name === 'context') linter.run(linter.config, RULES.ReservedStageName, s.from.range, DETAIL.ReservedStageName(s.name), s.index);
    if (seen.has(s.name)) linter.run(linter.config, RULES.DuplicateStageName, s.from.range, DETAIL.DuplicateStageName(s.name), s.index);
    seen.add(s.name);
  }
}

/** validateCommandCasing: the majority casing of consistently-cased keywords (stages only). */
export function checkCommandCasing(stages: readonly NamedStage[], linter: Linter): void {
  let lower = 0;
  let upper = 0;
  const isLower: boolean[] = [];
  const isUpper: boolean[] = [];
  for (const s of stages) {
    for (const ins of s.instructions) {
      const w = ins.original;
      const l = w === w.toLowerCase();
      const u = !l && w === w.toUpperCase();
      isLower.push(l);
      isUpper.push(u);
      if (l) lower++;
      else if (u) upper++;
    }
  }
  const majorityLower = lower > upper;
  let k = 0;
  for (const s of stages) {
    for (const ins of s.instructions) {
      const w = ins.original;
      const l = isLower[k] ?? false;
      const u = isUpper[k] ?? false;
      k++;
      const casing = majorityLower ? (l ? '' : 'lowercase') : u || w === w.toUpperCase() ? '' : 'uppercase';
      if (casing !== '') linter.run(linter.config, RULES.ConsistentInstructionCasing, ins.range, DETAIL.ConsistentInstructionCasing(w, casing), s.index);
    }
  }
}
