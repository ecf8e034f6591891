/**
 * What node and edge views ask the graph pane to do. The object is created once per pane and
 * reads the current graph when called, so views never re-render because of it, and a click
 * always uses current line numbers (flow data carries none: see flowTypes.ts).
 */
import { createContext, useContext } from 'react';

export interface GraphActions {
  /** Selects the lines of the first instruction behind an edge in the editor. */
  readonly revealEdge: (edgeId: string) => void;
}

const NONE: GraphActions = { revealEdge: () => undefined };

export const GraphActionsContext = createContext<GraphActions>(NONE);

export const useGraphActions = (): GraphActions => useContext(GraphActionsContext);
