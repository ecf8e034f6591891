/** The exercise session's gate for the editor hover on a "which stage does this COPY --from copy from?" line. */
import { describe, expect, it } from 'vitest';
import { hidingCopyLine, leaveExercise, revealExercise, startExercise } from '../../src/ui/explain/exerciseSession.ts';

describe('hidingCopyLine', () => {
  it('copySource on line 9, unanswered: line 9 is kept back, line 10 is not', () => {
    startExercise({ kind: 'copySource', line: 9 });
    expect([hidingCopyLine(9), hidingCopyLine(10)]).toEqual([true, false]);
  });
  it('copySource on line 9, revealed: nothing kept back', () => {
    startExercise({ kind: 'copySource', line: 9 });
    revealExercise();
    expect(hidingCopyLine(9)).toBe(false);
  });
  it('another kind (layerCount) asks nothing of line 9', () => {
    startExercise({ kind: 'layerCount', stage: 0, scope: 'own' });
    expect(hidingCopyLine(9)).toBe(false);
  });
  it('no exercise: nothing kept back', () => {
    leaveExercise();
    expect(hidingCopyLine(9)).toBe(false);
  });
});
