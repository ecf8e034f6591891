/**
 * The graph pane: React Flow with our node and edge types, keyboard navigation on, controls,
 * minimap and legend; clicks select lines in the editor, and store requests (fit, focus a node)
 * move the viewport. The last good graph stays, dimmed, while the text has errors.
 * Fitting keeps the graph clear of the overlays, and never zooms out so far that names are
 * unreadable: a deep graph is shown around its target stage instead (see viewport.ts), and
 * zoomed out, nodes draw simplified (see lod.ts).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background, Controls, MiniMap, ReactFlow, useEdgesState, useNodesState, useReactFlow, useStore as useFlowStore,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { focusGraph, relativesOf } from '../../core/graph/focus.ts';
import { withoutConcealed } from '../../core/exercise/conceal.ts';
import { useConcealed } from '../explain/concealed.ts';
import { LARGE_GRAPH_NODES } from '../../core/graph/layout.ts';
import type { GraphModel, StageNode } from '../../core/graph/types.ts';
import type { Range } from '../../core/model.ts';
import { useDispatch, useStore } from '../state/store.tsx';
import type { StageSpan } from '../state/view.ts';
import { TEST_IDS } from '../testIds.ts';
import { GraphActionsContext, type GraphActions } from './actions.ts';
import { flowAriaLabels } from './ariaLabels.ts';
import type { DepFlowEdge, FlowNode, FoldFlowNode, PaneNode } from './flowTypes.ts';
import { DenseTools } from './DenseTools.tsx';
import { Legend } from './Legend.tsx';
import { FAR_ZOOM, FarContext } from './lod.ts';
import { minimapClass } from './minimap.ts';
import { EDGE_TYPES, NODE_TYPES } from './types.ts';
import { useFit } from './useFit.ts';
import { useHandlesFollow } from './useHandlesFollow.ts';
import { useRevealExpanded } from './useRevealExpanded.ts';
import { useFlowElements, type EdgeFocus } from './useFlowElements.ts';

function keepSelection<T extends { id: string; selected?: boolean }>(prev: readonly T[], next: T[]): T[] {
  const selected = new Set(prev.filter((x) => x.selected).map((x) => x.id));
  return selected.size === 0 ? next : next.map((x) => (selected.has(x.id) ? { ...x, selected: true } : x));
}

const PRO_OPTIONS = { hideAttribution: true } as const;
/** Small enough to leave the graph room, large enough to steer by. */
const MINIMAP_STYLE = { width: 150, height: 100 } as const;

const lines = (start: number, end: number): Range => ({ start: { line: start, column: 1 }, end: { line: end, column: 100_000 } });

/** From this many stages on (or while focus mode folds stages), the graph shows its tools for dense graphs (focus switch, stage search). */
export const DENSE_STAGES = 8;
const FOLD_ID = 'folded';
const FOLD_SIZE = { width: 264, height: 96 } as const;
const paneMinimapClass = (n: PaneNode): string => (n.type === 'folded' ? 'mm-image' : minimapClass(n));

/**
 * The fold node sits beside the target, in the target's layer: in focus mode every other drawn
 * node is an ancestor of the target, so that layer holds the target alone, and the view fitted
 * around the target shows the fold too.
 */
function foldNode(nodes: readonly FlowNode[], targetId: string | null, count: number, direction: 'DOWN' | 'RIGHT'): FoldFlowNode {
  const t = nodes.find((n) => n.id === targetId) ?? nodes[nodes.length - 1];
  const x = t?.position.x ?? 0, y = t?.position.y ?? 0, w = t?.width ?? 0, h = t?.height ?? 0;
  const position = direction === 'DOWN' ? { x: x + w + 60, y } : { x, y: y + h + 60 };
  return { id: FOLD_ID, type: 'folded', position, ...FOLD_SIZE, measured: FOLD_SIZE, data: { count, direction }, ariaLabel: '' };
}

/** Rules that step back every node and edge outside `keep` (a hovered or focused node's relatives). */
function traceRules(keep: ReadonlySet<string>, edges: readonly { id: string; source: string; target: string }[]): string {
  const q = (id: string) => `[data-id="${CSS.escape(id)}"]`;
  const nodes = [...keep].map(q).join(',');
  const kept = edges.filter((e) => keep.has(e.source) && keep.has(e.target)).map((e) => q(e.id)).join(',');
  return (
    `.graph-pane.is-tracing .react-flow__node${nodes ? `:not(${nodes})` : ''} { opacity: 0.3; }\n` +
    `.graph-pane.is-tracing .react-flow__edge${kept ? `:not(${kept})` : ''} { opacity: 0.12; }`
  );
}

const isFar = (s: { transform: [number, number, number] }): boolean => s.transform[2] < FAR_ZOOM;

export interface GraphViewProps {
  readonly graph: GraphModel | null;
  readonly stages: readonly StageSpan[];
  readonly stale: boolean;
  readonly dark: boolean;
  /** Node count when the graph is too large to draw, else null. */
  readonly tooLarge: number | null;
  /** The text version the drawn graph was computed from (exposed for tests and the benchmark). */
  readonly version?: number;
}

export function GraphView({ graph, stages, stale, dark, tooLarge, version = -1 }: GraphViewProps) {
  const { t, i18n } = useTranslation();
  const s = useStore();
  const dispatch = useDispatch();
  const flow = useReactFlow<FlowNode, DepFlowEdge>();
  const far = useFlowStore(isFar);
  const pane = useRef<HTMLDivElement>(null);
  const [edgeFocus, setEdgeFocus] = useState<EdgeFocus>({ hovered: null, selected: null });
  // Dense graphs: focus mode draws the target's own subgraph and one node for the rest (a view option:
  // remembered and carried by links like the layout).
  const focusMode = s.options.focus;
  const focused = useMemo(() => (graph && focusMode ? focusGraph(graph, s.options.classic) : null), [graph, focusMode, s.options.classic]);
  const shown = focused?.graph ?? graph;
  const elements = useFlowElements(shown, stages, edgeFocus);
  // An unanswered exercise keeps back what gives its answer away; the layout keeps their places.
  const concealed = useConcealed(shown);
  const drawnNodes = useMemo(() => (concealed.nodes.size > 0 ? elements.nodes.filter((n) => !concealed.nodes.has(n.id)) : elements.nodes), [elements.nodes, concealed]);
  const drawnEdges = useMemo(() => (concealed.edges.size > 0 ? elements.edges.filter((e) => !concealed.edges.has(e.id)) : elements.edges), [elements.edges, concealed]);
  const traced = useMemo(() => (shown ? withoutConcealed(shown, concealed) : null), [shown, concealed]);
  const foldCount = focused?.folded.length ?? 0;
  const paneNodes = useMemo(
    (): PaneNode[] => (foldCount > 0 ? [...drawnNodes, foldNode(drawnNodes, graph?.target == null ? null : `stage:${graph.target}`, foldCount, s.options.direction)] : drawnNodes),
    [drawnNodes, foldCount, s.options.direction, graph?.target],
  );
  const [nodes, setNodes, onNodesChange] = useNodesState<PaneNode>([]);
  const flowNodes = useMemo(() => (foldCount > 0 ? nodes.filter((n): n is FlowNode => n.type !== 'folded') : (nodes as FlowNode[])), [nodes, foldCount]);
  const [edges, setEdges, onEdgesChange] = useEdgesState<DepFlowEdge>([]);

  // Derived elements replace React Flow's, keeping only its own selection state. Unchanged
  // elements come back as the same arrays (toFlow), so typing usually skips this entirely.
  useEffect(() => {
    setNodes((prev) => keepSelection(prev, paneNodes));
    setEdges((prev) => keepSelection(prev, drawnEdges));
  }, [paneNodes, drawnEdges, setNodes, setEdges]);

  useHandlesFollow(s.options.direction, flowNodes);
  // The legend explains what is drawn: its edge kinds, and dimming only when a drawn stage is not
  // built (focus mode folds those away).
  const legendKinds = useMemo(() => [...new Set(shown?.edges.map((e) => e.kind) ?? [])].sort().join(','), [shown]);
  const legendDimmed = useMemo(
    () => shown?.nodes.some((n) => n.kind === 'stage' && !(s.options.classic ? n.classicBuilt : n.reachable)) ?? false,
    [shown, s.options.classic],
  );

  const graphRef = useRef(graph);
  graphRef.current = graph;

  // A graph too large to show whole at a readable size is shown around its target stage.
  const target = graph?.target ?? null;
  const focusId = target === null ? null : `stage:${target}`;
  // The fold node counts: fitted like the others, it never ends up under the minimap or the zoom buttons.
  const fit = useFit(pane, s.fit, nodes, paneNodes, elements.layout?.final ?? false, focusId);

  useEffect(() => {
    const id = s.focusNode?.value;
    const n = id ? flow.getNode(id) : undefined;
    if (!n) return;
    const w = n.width ?? 0;
    const h = n.height ?? 0;
    void flow.setCenter(n.position.x + w / 2, n.position.y + h / 2, { zoom: Math.max(flow.getZoom(), 0.9) });
  }, [s.focusNode, flow]);

  const revealEdge = useCallback(
    (id: string) => {
      const line = graphRef.current?.edges.find((e) => e.id === id)?.items[0]?.line;
      if (line !== undefined) dispatch({ type: 'reveal', range: lines(line, line) });
    },
    [dispatch],
  );
  const hoverEdge = useCallback((id: string | null) => setEdgeFocus((f) => (f.hovered === id ? f : { ...f, hovered: id })), []);
  const actions = useMemo((): GraphActions => ({ revealEdge, hoverEdge }), [revealEdge, hoverEdge]);

  // Lines come from the current graph: flow data carries none (see flowTypes.ts).
  const selectNode = useCallback(
    (n: FlowNode) => {
      const g = graphRef.current;
      const node = g?.nodes.find((x) => x.id === n.id);
      if (node?.kind === 'stage') dispatch({ type: 'selectNode', id: n.id, range: lines(node.startLine, node.endLine) });
      else {
        const first = g?.edges.find((e) => e.source === n.id)?.items[0];
        dispatch({ type: 'selectNode', id: n.id, range: first ? lines(first.line, first.line) : null });
      }
    },
    [dispatch],
  );

  // Another set of nodes is drawn: fit the view to it.
  const toggleFocus = useCallback(
    (on: boolean) => {
      dispatch({ type: 'setFocus', focus: on });
      dispatch({ type: 'fitView' });
    },
    [dispatch],
  );
  const unfold = useCallback(() => toggleFocus(false), [toggleFocus]);

  // A stage found by the search: shown (unfolded if need be), selected, and centred once it is drawn.
  const [centreOn, setCentreOn] = useState<string | null>(null);
  const pickStage = useCallback(
    (n: StageNode) => {
      if (focusMode && !(s.options.classic ? n.classicBuilt : n.reachable)) dispatch({ type: 'setFocus', focus: false });
      dispatch({ type: 'selectNode', id: n.id, range: lines(n.startLine, n.endLine) });
      setCentreOn(n.id);
    },
    [dispatch, focusMode, s.options.classic],
  );
  const layoutFinal = elements.layout?.final ?? false;
  useRevealExpanded(pane, s.expanded, elements.nodes, layoutFinal);
  useEffect(() => {
    if (centreOn === null || !layoutFinal) return;
    const n = elements.nodes.find((x) => x.id === centreOn);
    if (!n) return;
    setCentreOn(null);
    // After React Flow has adopted the new positions.
    const frame = requestAnimationFrame(() => {
      void flow.setCenter(n.position.x + (n.width ?? 0) / 2, n.position.y + (n.height ?? 0) / 2, { zoom: Math.max(flow.getZoom(), 0.9), duration: 200 });
    });
    return () => cancelAnimationFrame(frame);
  }, [centreOn, layoutFinal, elements.nodes, flow]);

  // Hover or keyboard focus on a node: its ancestors and descendants stay, the others step back.
  const [trace, setTrace] = useState<string | null>(null);
  const related = useMemo(() => (trace !== null && traced ? relativesOf(traced, trace) : null), [trace, traced]);
  const traceCss = useMemo(() => (related ? traceRules(related, traced?.edges ?? []) : ''), [related, traced]);
  const onNodeMouseEnter = useCallback((_: unknown, n: PaneNode) => setTrace(n.type === 'folded' ? null : n.id), []);
  const onNodeMouseLeave = useCallback(() => setTrace(null), []);
  const onFocusCapture = useCallback((e: React.FocusEvent) => {
    const el = e.target instanceof Element ? e.target.closest('.react-flow__node') : null;
    const id = el?.getAttribute('data-id') ?? null;
    setTrace(id === FOLD_ID ? null : id);
  }, []);
  const onBlurCapture = useCallback(() => setTrace(null), []);

  // Keyboard selection (Enter/Space on a focused node or edge) links to the editor like a click.
  // Only a change of React Flow's selection counts, so re-derived elements never re-trigger it.
  const lastSelection = useRef<string | null>(null);
  const onSelectionChange = useCallback(
    ({ nodes: sel, edges: selEdges }: OnSelectionChangeParams<PaneNode, DepFlowEdge>) => {
      const n = sel.length === 1 ? sel[0] : undefined;
      const e = sel.length === 0 && selEdges.length === 1 ? selEdges[0] : undefined;
      setEdgeFocus((f) => (f.selected === (e?.id ?? null) ? f : { ...f, selected: e?.id ?? null }));
      const key = n?.id ?? e?.id ?? null;
      if (key === lastSelection.current) return;
      lastSelection.current = key;
      if (n?.type === 'folded') unfold();
      else if (n) selectNode(n);
      if (e) revealEdge(e.id);
    },
    [selectNode, revealEdge, unfold],
  );

  // Every prop handed to React Flow is stable: a new function or object here would make React Flow
  // update its store and re-render every node and edge on each keystroke.
  const onNodeClick = useCallback((_: unknown, n: PaneNode) => (n.type === 'folded' ? unfold() : selectNode(n)), [selectNode, unfold]);
  const onEdgeClick = useCallback((_: unknown, e: DepFlowEdge) => revealEdge(e.id), [revealEdge]);
  const onEdgeMouseEnter = useCallback((_: unknown, e: DepFlowEdge) => hoverEdge(e.id), [hoverEdge]);
  const onEdgeMouseLeave = useCallback(() => hoverEdge(null), [hoverEdge]);
  const onFitView = useCallback(() => dispatch({ type: 'fitView' }), [dispatch]);
  const ariaLabelConfig = useMemo(() => flowAriaLabels(t), [t, i18n.language]);

  const empty = s.text.trim() === '';
  const stageCount = useMemo(() => graph?.nodes.filter((n) => n.kind === 'stage').length ?? 0, [graph]);
  const { settled, partial } = fit;
  // ELK takes seconds for large graphs: say the quick placeholder layout is one meanwhile.
  const laying = !(elements.layout?.final ?? true) && elements.nodes.length >= LARGE_GRAPH_NODES;
  return (
    <div
      ref={pane}
      className={`graph-pane${stale ? ' is-stale' : ''}${far ? ' is-far' : ''}${related ? ' is-tracing' : ''}`}
      data-testid={TEST_IDS.graph}
      data-final={elements.layout?.final ?? false}
      data-settled={settled}
      data-far={far}
      data-version={version}
      data-focus={focusMode}
      data-trace={trace ?? undefined}
      onFocusCapture={onFocusCapture}
      onBlurCapture={onBlurCapture}
    >
      {traceCss && <style>{traceCss}</style>}
      <GraphActionsContext.Provider value={actions}>
        <FarContext.Provider value={far}>
          <ReactFlow<PaneNode, DepFlowEdge>
            nodes={nodes}
            edges={edges}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            nodeTypes={NODE_TYPES}
            edgeTypes={EDGE_TYPES}
            onNodeClick={onNodeClick}
            onEdgeClick={onEdgeClick}
            onNodeMouseEnter={onNodeMouseEnter}
            onNodeMouseLeave={onNodeMouseLeave}
            onEdgeMouseEnter={onEdgeMouseEnter}
            onEdgeMouseLeave={onEdgeMouseLeave}
            onSelectionChange={onSelectionChange}
            nodesConnectable={false}
            deleteKeyCode={null}
            nodesFocusable
            edgesFocusable
            disableKeyboardA11y={false}
            onlyRenderVisibleElements={nodes.length > 150}
            minZoom={0.03}
            maxZoom={2}
            colorMode={dark ? 'dark' : 'light'}
            ariaLabelConfig={ariaLabelConfig}
            proOptions={PRO_OPTIONS}
            aria-label={t('graph.label')}
          >
            <Background gap={24} size={1} />
            <Controls showInteractive={false} onFitView={onFitView} />
            {s.options.minimap && (
              <MiniMap pannable zoomable ariaLabel={t('flow.minimap')} nodeStrokeWidth={3} nodeClassName={paneMinimapClass} style={MINIMAP_STYLE} />
            )}
          </ReactFlow>
        </FarContext.Provider>
      </GraphActionsContext.Provider>
      <Legend kinds={legendKinds} dimmed={legendDimmed} />
      {graph && (stageCount >= DENSE_STAGES || foldCount > 0) && (
        <DenseTools graph={graph} classic={s.options.classic} focus={focusMode} onFocus={toggleFocus} onPick={pickStage} />
      )}
      {empty && (
        <div className="graph-overlay" data-testid={TEST_IDS.emptyState}>
          <h2>{t('graph.emptyTitle')}</h2>
          <p>{t('graph.emptyText')}</p>
        </div>
      )}
      {!empty && !graph && (
        <div className="graph-overlay" role="status">
          {tooLarge === null ? t('graph.noGraph') : t('graph.tooLarge', { count: tooLarge })}
        </div>
      )}
      {/* The stale notice is in the summary line above the pane (App): nothing floating can cover it. */}
      {graph && (laying || (partial && settled)) && (
        <p className="graph-note" role="status">
          {laying ? t('graph.layingOut') : t('graph.partialView', { count: stages.length - foldCount })}
        </p>
      )}
    </div>
  );
}
