import type { Analysis, Stage } from '../model.ts';

/**
 * The external image at the root of a stage's FROM chain (FROM a, a FROM b, … b FROM image), or
 * null when the chain ends in scratch or loops (a cycle is an error elsewhere; here it ends the walk).
 */
export function rootImageOf(a: Analysis, st: Stage): string | null {
  let cur: Stage | undefined = st;
  for (let i = 0; cur && i <= a.stages.length; i++) {
    if (cur.base.kind === 'image') return cur.base.ref;
    if (cur.base.kind === 'scratch') return null;
    cur = a.stages[cur.base.stage];
  }
  return null;
}
