/**
 * The graph pane: React Flow with our node and edge types, keyboard navigation on, controls,
 * minimap and legend; clicks select lines in the editor, and store requests (fit, focus a node)
 * move the viewport. The last good graph stays, dimmed, while the text has errors.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background, Controls, MiniMap, ReactFlow, useEdgesState, useNodesState, useReactFlow,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { GraphModel } from '../../core/graph/types.ts';
import type { Range } from '../../core/model.ts';
import { useDispatch, useStore } from '../state/store.tsx';
import type { StageSpan } from '../state/view.ts';
import { TEST_IDS } from '../testIds.ts';
import { flowAriaLabels } from './ariaLabels.ts';
import type { DepFlowEdge, FlowNode } from './flowTypes.ts';
import { Legend } from './Legend.tsx';
import { EDGE_TYPES, NODE_TYPES } from './types.ts';
import { useFlowElements } from './useFlowElements.ts';

function keepSelection<T extends { id: string; selected?: boolean }>(prev: readonly T[], next: T[]): T[] {
  const selected = new Set(prev.filter((x) => x.selected).map((x) => x.id));
  return selected.size === 0 ? next : next.map((x) => (selected.has(x.id) ? { ...x, selected: true } : x));
}

const PRO_OPTIONS = { hideAttribution: true } as const;

const lines = (start: number, end: number): Range => ({ start: { line: start, column: 1 }, end: { line: end, column: 100_000 } });

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
  const [hoveredEdge, setHoveredEdge] = useState<string | null>(null);
  const elements = useFlowElements(graph, stages, hoveredEdge);
  const [nodes, setNodes, onNodesChange] = useNodesState<FlowNode>([]);
  const [edges, setEdges, onEdgesChange] = useEdgesState<DepFlowEdge>([]);

  // Derived elements replace React Flow's, keeping only its own selection state.
  useEffect(() => {
    setNodes((prev) => keepSelection(prev, elements.nodes));
    setEdges((prev) => keepSelection(prev, elements.edges));
  }, [elements.nodes, elements.edges, setNodes, setEdges]);

  // Fit after the nodes React Flow holds are the ones we just derived (never in the same tick).
  const [fitPending, setFitPending] = useState(true);
  useEffect(() => setFitPending(true), [s.fit]);
  useEffect(() => {
    const applied = nodes.length === elements.nodes.length && nodes[0]?.id === elements.nodes[0]?.id;
    if (!fitPending || nodes.length === 0 || !applied) return;
    const final = elements.layout?.final ?? false;
    // fitView may wait for React Flow to measure the nodes: settle only once it has applied.
    void flow.fitView({ padding: 0.12, maxZoom: 1.2 }).then(() => {
      if (final) setFitPending(false);
    });
  }, [nodes, elements.nodes, elements.layout?.final, flow, fitPending]);

  useEffect(() => {
    const id = s.focusNode?.value;
    const n = id ? flow.getNode(id) : undefined;
    if (!n) return;
    const w = n.width ?? 0;
    const h = n.height ?? 0;
    void flow.setCenter(n.position.x + w / 2, n.position.y + h / 2, { zoom: Math.max(flow.getZoom(), 0.9) });
  }, [s.focusNode, flow]);

  const graphRef = useRef(graph);
  graphRef.current = graph;
  const selectNode = useCallback(
    (n: FlowNode) => {
      if (n.type === 'stage') dispatch({ type: 'selectNode', id: n.id, range: lines(n.data.node.startLine, n.data.node.endLine) });
      else {
        const first = graphRef.current?.edges.find((e) => e.source === n.id)?.items[0];
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
      const key = n?.id ?? e?.id ?? null;
      if (key === lastSelection.current) return;
      lastSelection.current = key;
      if (n) selectNode(n);
      const line = e?.data?.edge.items[0]?.line;
      if (line !== undefined) dispatch({ type: 'reveal', range: lines(line, line) });
    },
    [selectNode, dispatch],
  );

  // Every prop handed to React Flow is stable: a new function or object here would make React Flow
  // update its store and re-render every node and edge on each keystroke.
  const onNodeClick = useCallback((_: unknown, n: FlowNode) => selectNode(n), [selectNode]);
  const onEdgeClick = useCallback(
    (_: unknown, e: DepFlowEdge) => {
      const line = e.data?.edge.items[0]?.line;
      if (line !== undefined) dispatch({ type: 'reveal', range: lines(line, line) });
    },
    [dispatch],
  );
  const onEdgeMouseEnter = useCallback((_: unknown, e: DepFlowEdge) => setHoveredEdge(e.id), []);
  const onEdgeMouseLeave = useCallback(() => setHoveredEdge(null), []);
  const ariaLabelConfig = useMemo(() => flowAriaLabels(t), [t, i18n.language]);

  const empty = s.text.trim() === '';
  return (
    <div className={`graph-pane${stale ? ' is-stale' : ''}`} data-testid={TEST_IDS.graph} data-final={elements.layout?.final ?? false}
      data-settled={(elements.layout?.final ?? false) && !fitPending}
      data-version={version}
    >
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
        <Controls showInteractive={false} />
        {s.options.minimap && <MiniMap pannable zoomable ariaLabel={t('flow.minimap')} nodeStrokeWidth={3} />}
      </ReactFlow>
      <Legend />
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
      {stale && (
        <div className="graph-banner" role="status" data-testid={TEST_IDS.staleBanner}>
          {t('graph.stale')}
        </div>
      )}
    </div>
  );
}
