/**
 * Which error BuildKit stops at. toDispatchState runs in phases and returns the
 * first error it meets: parser.Parse, instructions.Parse (file order),
 * "no stages", buildMetaArgs, buildDispatchStates (per stage: FROM expansion,
 * blank base, platform), resolveTarget, buildStageDependencyGraph (toCommand in
 * file order: --from expansion, stage index), validateCircularDependency,
 * resolveStages (image references, ONBUILD triggers), dispatchStages (file
 * order: forward references, mount checks). Every other error is marked
 * `afterFirstError`: BuildKit would say it next, once the first is fixed.
 */
import type { Diagnostic, DiagnosticCode } from '../model.ts';

const PHASE: Partial<Record<DiagnosticCode, number>> = {
  EmptyDockerfile: 0, LineTooLong: 0, InvalidEscapeDirective: 0, DuplicateDirective: 0, UnterminatedHeredoc: 0,
  InstructionBeforeFrom: 1, FromArgumentCount: 1, InvalidStageName: 1, UnknownInstruction: 1, UnknownFlag: 1,
  FlagMissingValue: 1, DuplicateFlag: 1, JsonNotStrings: 1, MissingArguments: 1, OnbuildInvalidTrigger: 1,
  NoStages: 2,
  BlankBaseName: 4, InvalidPlatform: 4,
  TargetNotFound: 5,
  InvalidStageIndex: 6,
  CircularDependency: 7,
  InvalidImageReference: 8,
  StageUsedBeforeDefined: 10, SecretMountFrom: 10,
};

/** The phase of one error; a few codes belong to two phases, told apart by their words. */
function phaseOf(d: Diagnostic): number {
  // An ONBUILD trigger is parsed in resolveStages (initOnBuildTriggers), whatever its error.
  if (d.params.triggerLine !== undefined) return 8;
  if (d.code === 'ShellExpansionError') return d.stage === undefined ? 3 : 4;
  if (d.code === 'FromFlagVariable') return d.message.startsWith("'from'") ? 1 : 6;
  return PHASE[d.code] ?? 9;
}

/** Marks every error but the one BuildKit stops at (phase, then line, then column). */
export function markFirstError(list: readonly Diagnostic[]): Diagnostic[] {
  let first: Diagnostic | null = null;
  let key: [number, number, number] = [Infinity, Infinity, Infinity];
  for (const d of list) {
    if (d.severity !== 'error') continue;
    const k: [number, number, number] = [phaseOf(d), d.range.start.line, d.range.start.column];
    if (k[0] < key[0] || (k[0] === key[0] && (k[1] < key[1] || (k[1] === key[1] && k[2] < key[2])))) {
      first = d;
      key = k;
    }
  }
  return list.map((d) => (d.severity === 'error' && d !== first ? { ...d, afterFirstError: true } : d));
}
