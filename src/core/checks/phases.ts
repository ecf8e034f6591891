/**
 * Where BuildKit stops. A build that fails stops running checks at that point: a parser error
 * before any check; an instruction that does not parse after the checks of the instructions
 * above it; a FROM that does not resolve after the checks of the FROMs above it; a dispatch
 * error after the checks of the instructions dispatched before it. The engine's error
 * diagnostics say which phase failed, by code.
 */
import type { Diagnostic, DiagnosticCode } from '../model.ts';

export type Phase = 'parser' | 'instructions' | 'froms' | 'graph' | 'dispatch';

const PHASE: Partial<Record<DiagnosticCode, Phase>> = {
  EmptyDockerfile: 'parser',
  InvalidEscapeDirective: 'parser',
  DuplicateDirective: 'parser',
  LineTooLong: 'parser',
  UnterminatedHeredoc: 'parser',
  UnknownInstruction: 'instructions',
  UnknownFlag: 'instructions',
  FlagMissingValue: 'instructions',
  DuplicateFlag: 'instructions',
  MissingArguments: 'instructions',
  FromArgumentCount: 'instructions',
  InvalidStageName: 'instructions',
  OnbuildInvalidTrigger: 'instructions',
  InstructionBeforeFrom: 'instructions',
  JsonNotStrings: 'instructions',
  NoStages: 'instructions',
  ShellExpansionError: 'froms',
  BlankBaseName: 'froms',
  InvalidPlatform: 'froms',
  TargetNotFound: 'graph',
  FromFlagVariable: 'graph',
  InvalidStageIndex: 'graph',
  CircularDependency: 'graph',
  InvalidImageReference: 'graph',
};

const ORDER: readonly Phase[] = ['parser', 'instructions', 'froms', 'graph', 'dispatch'];

/** Errors that only fail a build when their stage is dispatched (all stages in check mode). */
const DISPATCH_TIME = new Set<DiagnosticCode>(['StageUsedBeforeDefined', 'SecretMountFrom']);

export interface Failure {
  readonly phase: Phase;
  readonly diagnostic: Diagnostic;
}

/** The error BuildKit stops at, or null when the build gets through. */
export function firstFailure(diagnostics: readonly Diagnostic[], allStages: boolean): Failure | null {
  let best: Failure | null = null;
  const rank = (f: Failure): number => ORDER.indexOf(f.phase);
  for (const d of diagnostics) {
    const fatal = d.severity === 'error' || (allStages && d.severity === 'warning' && DISPATCH_TIME.has(d.code));
    if (!fatal) continue;
    const f: Failure = { phase: PHASE[d.code] ?? 'dispatch', diagnostic: d };
    if (best === null || rank(f) < rank(best) || (rank(f) === rank(best) && before(d, best.diagnostic))) best = f;
  }
  return best;
}

function before(a: Diagnostic, b: Diagnostic): boolean {
  const sa = a.stage ?? -1;
  const sb = b.stage ?? -1;
  return sa !== sb ? sa < sb : a.range.start.line < b.range.start.line;
}
