/** The Practise tab's id, and the hook that shows it whenever an exercise starts (kept apart from the panel, which loads on first use). */
import { useEffect } from 'react';
import { useExerciseSession } from './exerciseSession.ts';

export const PRACTICE_TAB = 'practice';

/** Shows the Practise tab whenever an exercise starts (from a link or the built-in list). */
export function usePracticeTab(select: (id: string) => void): void {
  const session = useExerciseSession();
  const seq = session?.seq;
  useEffect(() => {
    if (seq !== undefined) select(PRACTICE_TAB);
  }, [seq, select]);
}
