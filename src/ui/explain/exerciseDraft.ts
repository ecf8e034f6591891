/**
 * A student's answer in progress and its verdict, kept outside the Practise tab's view: looking at
 * another tab (the Build tab, the Variables) and coming back finds the answer, the verdict and the
 * explanation as they were. One exercise at a time (its session `seq`); a new exercise starts empty.
 */

export type Verdict = 'right' | 'wrong' | 'shown' | null;

export interface Draft {
  readonly stages: readonly number[];
  readonly lines: readonly number[];
  readonly choice: string;
  readonly value: string;
  readonly verdict: Verdict;
  readonly hint: boolean;
}

export const EMPTY_DRAFT: Draft = { stages: [], lines: [], choice: '', value: '', verdict: null, hint: false };

let kept: { readonly seq: number; readonly draft: Draft } | null = null;

/** The draft of exercise `seq` (empty for any other). */
export const draftFor = (seq: number): Draft => (kept !== null && kept.seq === seq ? kept.draft : EMPTY_DRAFT);

export function keepDraft(seq: number, draft: Draft): void {
  kept = { seq, draft };
}
