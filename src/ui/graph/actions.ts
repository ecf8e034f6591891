/**
 * What node and edge views ask the graph pane to do. The object is created once per pane and
 * reads the current graph when called, so views never re-render because of it, and a click
 * always uses current line numbers (flow data carries none: see flowTypes.ts).
 */
import { createContext, useContext } from 'react';

export interface GraphActions {
  /** Selects the lines of the first instruction behind an edge in the editor. */
  readonly revealEdge: (edgeId: string) => void;
  /**
   * The pointer is on (an id) or left (null) an edge's label. The label is drawn in a layer of its
   * own (React Flow's EdgeLabelRenderer), outside the edge's element, so the edge's own pointer
   * handlers never see it: the label reports itself (Preact, like the DOM, does not bubble events
   * from a portal to the component that rendered it).
   */
  readonly hoverEdge: (edgeId: string | null) => void;
}

const NONE: GraphActions = { revealEdge: () => undefined, hoverEdge: () => undefined };

export const GraphActionsContext = createContext<GraphActions>(NONE);

export const useGraphActions = (): GraphActions => useContext(GraphActionsContext);
