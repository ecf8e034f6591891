/**
 * While an exercise is unanswered, the graph leaves out what would give its answer away
 * (core/exercise/conceal.ts): the picture, the hover/focus tracing of a node's relatives and the
 * outline all read the graph through these hooks. Revealing (right answer, or "Show the answer")
 * brings everything back in place.
 */
import { useMemo } from 'react';
import { concealedBy, NOTHING_CONCEALED, withoutConcealed, type Concealed } from '../../core/exercise/conceal.ts';
import type { GraphModel } from '../../core/graph/types.ts';
import { useExerciseSession } from './exerciseSession.ts';

export function useConcealed(graph: GraphModel | null): Concealed {
  const session = useExerciseSession();
  const spec = session && !session.revealed ? session.spec : null;
  return useMemo(() => (graph && spec ? concealedBy(graph, spec) : NOTHING_CONCEALED), [graph, spec]);
}

/** `graph` as the student may see it. */
export function useConcealedGraph(graph: GraphModel | null): GraphModel | null {
  const c = useConcealed(graph);
  return useMemo(() => (graph ? withoutConcealed(graph, c) : null), [graph, c]);
}
