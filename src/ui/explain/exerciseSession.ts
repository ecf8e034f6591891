/**
 * The exercise a student is doing on this page (from a link, or a built-in one), outside the store:
 * it changes nothing the store owns. While it is unanswered, <html data-exercise="<kind>"> lets the
 * styles hide what would give the answer away (explain.css), and hovers keep variable values back.
 */
import { useSyncExternalStore } from 'react';
import type { ExerciseSpec } from '../../core/exercise/types.ts';

export interface Session {
  readonly spec: ExerciseSpec;
  /** Answered rightly, or the answer was shown: nothing is hidden any more. */
  readonly revealed: boolean;
  /** Bumped on every start, so a view can reset its draft answer. */
  readonly seq: number;
  /** A built-in exercise's hint, as a catalogue key under `explain.ex.hint.` (link exercises carry text). */
  readonly hintKey?: string;
}

let current: Session | null = null;
let seq = 0;
const listeners = new Set<() => void>();

function set(next: Session | null): void {
  current = next;
  const root = typeof document === 'undefined' ? null : document.documentElement;
  if (root) {
    if (next && !next.revealed) root.dataset.exercise = next.spec.kind;
    else delete root.dataset.exercise;
  }
  listeners.forEach((f) => f());
}

export const exerciseSession = (): Session | null => current;
export const startExercise = (spec: ExerciseSpec | null, hintKey?: string): void =>
  set(spec ? { spec, revealed: false, seq: ++seq, ...(hintKey ? { hintKey } : {}) } : null);
export const revealExercise = (): void => {
  if (current) set({ ...current, revealed: true });
};
export const leaveExercise = (): void => set(null);

/** True while an unanswered exercise of one of `kinds` is on (hovers check this). */
export const hiding = (...kinds: ExerciseSpec['kind'][]): boolean => !!current && !current.revealed && kinds.includes(current.spec.kind);

export function useExerciseSession(): Session | null {
  return useSyncExternalStore((f) => {
    listeners.add(f);
    return () => listeners.delete(f);
  }, exerciseSession);
}
