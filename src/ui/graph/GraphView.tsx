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
import { LARGE_GRAPH_NODES } from '../../core/graph/layout.ts';
import type { GraphModel } from '../../core/graph/types.ts';
import type { Range } from '../../core/model.ts';
import { useDispatch, useStore } from '../state/store.tsx';
import type { StageSpan } from '../state/view.ts';
import { TEST_IDS } from '../testIds.ts';
import { GraphActionsContext, type GraphActions } from './actions.ts';
import { flowAriaLabels } from './ariaLabels.ts';
import type { DepFlowEdge, FlowNode } from './flowTypes.ts';
import { Legend } from './Legend.tsx';
import { FAR_ZOOM, FarContext } from './lod.ts';
import { minimapClass } from './minimap.ts';
import { EDGE_TYPES, NODE_TYPES } from './types.ts';
import { useFit } from './useFit.ts';
import { useHandlesFollow } from './useHandlesFollow.ts';
import { useFlowElements, type EdgeFocus } from './useFlowElements.ts';

function keepSelection<T extends { id: string; selected?: boolean }>(prev: readonly T[], next: T[]): T[] {
  const selected = new Set(prev.filter((x) => x.selected).map((x) => x.id));
  return selected.size === 0 ? next : next.map((x) => (selected.has(x.id) ? { ...x, selected: true } : x));
}

const PRO_OPTIONS = { hideAttribution: true } as const;
/** Small enough to leave the graph room, large enough to steer by. */
const MINIMAP_STYLE = { width: 150, height: 100 } as const;

const lines = (start: number, end: number): Range => ({ start: { line: start, column: 1 }, end: { line: end, column: 100_000 } });

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
  const elements = useFlowElements(graph, stages, edgeFocus);
  const [nodes, setNodes, onNodesChange] = useNodesState<FlowNode>([]);
  const [edges, setEdges, onEdgesChange] = useEdgesState<DepFlowEdge>([]);

  // Derived elements replace React Flow's, keeping only its own selection state. Unchanged
  // elements come back as the same arrays (toFlow), so typing usually skips this entirely.
  useEffect(() => {
    setNodes((prev) => keepSelection(prev, elements.nodes));
    setEdges((prev) => keepSelection(prev, elements.edges));
  }, [elements.nodes, elements.edges, setNodes, setEdges]);

  useHandlesFollow(s.options.direction, nodes);
  // The legend explains what this graph uses: its edge kinds, and dimming only when a stage is not built.
  const legendKinds = useMemo(() => [...new Set(graph?.edges.map((e) => e.kind) ?? [])].sort().join(','), [graph]);
  const legendDimmed = useMemo(
    () => graph?.nodes.some((n) => n.kind === 'stage' && !(s.options.classic ? n.classicBuilt : n.reachable)) ?? false,
    [graph, s.options.classic],
  );

  const graphRef = useRef(graph);
  graphRef.current = graph;

  // A graph too large to show whole at a readable size is shown around its target stage.
  const target = graph?.target ?? null;
  const focusId = target === null ? null : `stage:${target}`;
  const fit = useFit(pane, s.fit, nodes, elements.nodes, elements.layout?.final ?? false, focusId);

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
  const actions = useMemo((): GraphActions => ({ revealEdge }), [revealEdge]);

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

  // Keyboard selection (Enter/Space on a focused node or edge) links to the editor like a click.
  // Only a change of React Flow's selection counts, so re-derived elements never re-trigger it.
  const lastSelection = useRef<string | null>(null);
  const onSelectionChange = useCallback(
    ({ nodes: sel, edges: selEdges }: OnSelectionChangeParams<FlowNode, DepFlowEdge>) => {
      const n = sel.length === 1 ? sel[0] : undefined;
      const e = sel.length === 0 && selEdges.length === 1 ? selEdges[0] : undefined;
      setEdgeFocus((f) => (f.selected === (e?.id ?? null) ? f : { ...f, selected: e?.id ?? null }));
      const key = n?.id ?? e?.id ?? null;
      if (key === lastSelection.current) return;
      lastSelection.current = key;
      if (n) selectNode(n);
      if (e) revealEdge(e.id);
    },
    [selectNode, revealEdge],
  );

  // Every prop handed to React Flow is stable: a new function or object here would make React Flow
  // update its store and re-render every node and edge on each keystroke.
  const onNodeClick = useCallback((_: unknown, n: FlowNode) => selectNode(n), [selectNode]);
  const onEdgeClick = useCallback((_: unknown, e: DepFlowEdge) => revealEdge(e.id), [revealEdge]);
  const onEdgeMouseEnter = useCallback((_: unknown, e: DepFlowEdge) => setEdgeFocus((f) => ({ ...f, hovered: e.id })), []);
  const onEdgeMouseLeave = useCallback(() => setEdgeFocus((f) => ({ ...f, hovered: null })), []);
  const onFitView = useCallback(() => dispatch({ type: 'fitView' }), [dispatch]);
  const ariaLabelConfig = useMemo(() => flowAriaLabels(t), [t, i18n.language]);

  const empty = s.text.trim() === '';
  const { settled, partial } = fit;
  // ELK takes seconds for large graphs: say the quick placeholder layout is one meanwhile.
  const laying = !(elements.layout?.final ?? true) && elements.nodes.length >= LARGE_GRAPH_NODES;
  return (
    <div
      ref={pane}
      className={`graph-pane${stale ? ' is-stale' : ''}${far ? ' is-far' : ''}`}
      data-testid={TEST_IDS.graph}
      data-final={elements.layout?.final ?? false}
      data-settled={settled}
      data-far={far}
      data-version={version}
    >
      <GraphActionsContext.Provider value={actions}>
        <FarContext.Provider value={far}>
          <ReactFlow<FlowNode, DepFlowEdge>
            nodes={nodes}
            edges={edges}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            nodeTypes={NODE_TYPES}
            edgeTypes={EDGE_TYPES}
            onNodeClick={onNodeClick}
            onEdgeClick={onEdgeClick}
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
              <MiniMap pannable zoomable ariaLabel={t('flow.minimap')} nodeStrokeWidth={3} nodeClassName={minimapClass} style={MINIMAP_STYLE} />
            )}
          </ReactFlow>
        </FarContext.Provider>
      </GraphActionsContext.Provider>
      <Legend kinds={legendKinds} dimmed={legendDimmed} />
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
          {laying ? t('graph.layingOut') : t('graph.partialView', { count: stages.length })}
        </p>
      )}
    </div>
  );
}
