/**
 * The build checks on the page: which mode is shown (a build of the current target, or
 * `--check`: every stage), and that mode's result, for the problems panel, the editor's
 * squiggles and the stage badges. The mode is view state, not saved.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { CheckMode, CheckResult, Finding } from '../../core/checks/index.ts';
import { dockerignoreOf } from '../../core/context/dockerignore.ts';
import type { Diagnostic, DiagnosticCode } from '../../core/model.ts';
import type { ViewChecks } from '../state/view.ts';

export interface ChecksState {
  readonly mode: CheckMode;
  readonly setMode: (mode: CheckMode) => void;
  /** The shown mode's result; null before the first analysis. */
  readonly result: CheckResult | null;
}

const Ctx = createContext<ChecksState>({ mode: 'build', setMode: () => undefined, result: null });

/** The mode is the page's (App holds it, to put the same findings in the editor). */
export function ChecksProvider({ checks, mode, setMode, children }: { readonly checks: ViewChecks | null; readonly mode: CheckMode; readonly setMode: (m: CheckMode) => void; readonly children: ReactNode }) {
  const result = checks ? checks[mode] : null;
  const value = useMemo(() => ({ mode, setMode, result }), [mode, result]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useChecks(): ChecksState {
  return useContext(Ctx);
}

/** The text of the .dockerignore BuildKit would use for the Dockerfile `name`, or null. */
export function dockerignoreFor(files: readonly { readonly name: string; readonly text: string }[], name: string | undefined): string | null {
  return name === undefined ? null : (dockerignoreOf(files, name)?.text ?? null);
}

const FINDING_MARK = 'buildCheck';

/** Marker data for the editor: a finding as a warning whose code is its rule and message BuildKit's. */
export function findingDiagnostics(findings: readonly Finding[]): Diagnostic[] {
  // Rule names are not engine codes; they travel as marker codes (the quick fixes read them).
  return findings.map((f) => ({ severity: 'warning', code: f.ruleName as DiagnosticCode, message: f.detail, params: { [FINDING_MARK]: 1 }, range: f.range, ...(f.stage === undefined ? {} : { stage: f.stage }) }));
}

/** Findings carry BuildKit's words as they are; engine diagnostics are translated by code. */
export function isFindingDiagnostic(d: Diagnostic): boolean {
  return d.params[FINDING_MARK] === 1;
}
