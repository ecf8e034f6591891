/**
 * The exercise a student is doing on this page (from a link, or a built-in one), outside the store:
 * it changes nothing the store owns. While it is unanswered, <html data-exercise="<kind>"> lets the
 * styles hide what would give the answer away (explain.css), and hovers keep variable values back.
 *
 * The session is kept in sessionStorage, so a reload of the tab keeps the exercise (the page's
 * own address-bar writes drop a link's `x`): it is read back only when the page was reloaded, and
 * only if the reloaded address carries no exercise of its own.
 */
import { readExercise, toCompactExercise } from '../../core/exercise/compact.ts';
import type { ExerciseSpec } from '../../core/exercise/types.ts';
import { valueStore } from '../state/valueStore.ts';

export interface Session {
  readonly spec: ExerciseSpec;
  /** Answered rightly, or the answer was shown: nothing is hidden any more. */
  readonly revealed: boolean;
  /** Bumped on every start, so a view can reset its draft answer. */
  readonly seq: number;
  /** A built-in exercise's hint, as a catalogue key under `explain.ex.hint.` (link exercises carry text). */
  readonly hintKey?: string;
}

const STORAGE_KEY = 'stagecraft.exercise';
let seq = 0;

function save(next: Session | null): void {
  try {
    if (next) sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ x: toCompactExercise(next.spec), revealed: next.revealed, hintKey: next.hintKey }));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // No storage (private mode, a sandboxed frame): a reload then drops the exercise.
  }
}

/** The session this tab had before a reload, or null (not a reload, nothing kept, or unreadable). */
function reloaded(): Session | null {
  try {
    if (typeof performance === 'undefined' || typeof sessionStorage === 'undefined') return null;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (nav?.type !== 'reload') return null;
    const raw: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return null;
    const kept = raw as { x?: unknown; revealed?: unknown; hintKey?: unknown };
    const r = readExercise(kept.x);
    if (!r.ok) return null;
    const hintKey = typeof kept.hintKey === 'string' && /^[A-Za-z]{1,40}$/.test(kept.hintKey) ? kept.hintKey : undefined;
    return { spec: r.exercise, revealed: kept.revealed === true, seq: ++seq, ...(hintKey ? { hintKey } : {}) };
  } catch {
    return null;
  }
}

const session = valueStore<Session | null>(reloaded());
/** Until the first link is applied, a session read back after a reload survives a link without `x`. */
let keptOverReload = session.get() !== null;
{
  const s = session.get();
  if (s && !s.revealed && typeof document !== 'undefined') document.documentElement.dataset.exercise = s.spec.kind;
}

function set(next: Session | null): void {
  keptOverReload = false;
  save(next);
  const root = typeof document === 'undefined' ? null : document.documentElement;
  if (root) {
    if (next && !next.revealed) root.dataset.exercise = next.spec.kind;
    else delete root.dataset.exercise;
  }
  session.set(next);
}

export const exerciseSession = session.get;
export const startExercise = (spec: ExerciseSpec | null, hintKey?: string): void =>
  set(spec ? { spec, revealed: false, seq: ++seq, ...(hintKey ? { hintKey } : {}) } : null);
/** The exercise of a link being applied (none: `undefined`); a reload's own address keeps the kept one. */
export function startLinkExercise(spec: ExerciseSpec | undefined): void {
  if (spec === undefined && keptOverReload) {
    keptOverReload = false;
    return;
  }
  startExercise(spec ?? null);
}
export const revealExercise = (): void => {
  const s = session.get();
  if (s) set({ ...s, revealed: true });
};
export const leaveExercise = (): void => set(null);

/** True while an unanswered exercise of one of `kinds` is on (hovers check this). */
export const hiding = (...kinds: ExerciseSpec['kind'][]): boolean => {
  const s = session.get();
  return !!s && !s.revealed && kinds.includes(s.spec.kind);
};

/** True on the line an unanswered "which stage does this COPY --from copy from?" asks about (its hovers say the answer). */
export const hidingCopyLine = (line: number): boolean => {
  const s = session.get();
  return !!s && !s.revealed && s.spec.kind === 'copySource' && s.spec.line === line;
};

export const useExerciseSession = session.use;
