/**
 * The graph pane's data path: graph model → layout → React Flow elements, with the
 * view flags (target dimming, cursor highlight, selection, hover, open edge details) applied.
 */
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphModel, GraphNode, StageNode } from '../../core/graph/types.ts';
import { useStore } from '../state/store.tsx';
import { stageAtLine, type StageSpan } from '../state/view.ts';
import type { DepFlowEdge, FlowNode } from './flowTypes.ts';
import { newFlowCache, toFlow } from './toFlow.ts';
import { useLayout, type Layout } from './useLayout.ts';

export interface FlowElements {
  readonly nodes: FlowNode[];
  readonly edges: DepFlowEdge[];
  readonly layout: Layout | null;
}

/** Hovered and selected edges: the ones whose details (instructions and lines) show. */
export interface EdgeFocus {
  readonly hovered: string | null;
  readonly selected: string | null;
}

export function useFlowElements(graph: GraphModel | null, stages: readonly StageSpan[], edgeFocus: EdgeFocus): FlowElements {
  const s = useStore();
  const { t, i18n } = useTranslation();
  const expanded = useMemo(() => new Set(s.expanded), [s.expanded]);
  const layout = useLayout(graph, expanded, s.options.direction);
  const activeStage = s.cursorLine === null ? null : (stageAtLine(stages, s.cursorLine)?.index ?? null);
  const cache = useRef(newFlowCache());

  const language = i18n.language;
  const nodeAria = useMemo(
    () => (n: GraphNode) =>
      n.kind === 'stage' ? t('node.stageAria', { index: n.stage, label: n.name === null ? t('node.unnamedName', { index: n.stage }) : n.label })
      : n.kind === 'image' ? t('node.imageAria', { ref: n.ref })
      : t('node.scratchAria'),
    [t],
  );
  const edgeAria = useMemo(
    () => (kind: string, source: string, target: string, count: number) =>
      t('edge.aria', { kind: t(`edge.${kind}`), source, target, count }),
    [t],
  );
  const stageLabel = useMemo(() => (n: StageNode) => (n.name === null ? t('node.unnamed', { index: n.stage }) : n.label), [t]);
  const { hovered, selected } = edgeFocus;
  const detailEdges = useMemo(() => new Set([hovered, selected].filter((x): x is string => x !== null)), [hovered, selected]);

  const flow = useMemo(() => {
    if (!graph || !layout) return { nodes: [], edges: [] };
    return toFlow(
      graph,
      layout.positions,
      {
        classic: s.options.classic,
        activeStage,
        selectedNode: s.selectedNode,
        detailEdges,
        hoveredEdge: hovered,
        expanded,
        direction: s.options.direction,
        language,
        nodeAria,
        edgeAria,
        stageLabel,
      },
      cache.current,
    );
  }, [graph, layout, s.options.classic, activeStage, s.selectedNode, detailEdges, hovered, expanded, s.options.direction, language, nodeAria, edgeAria, stageLabel]);

  return { ...flow, layout };
}
