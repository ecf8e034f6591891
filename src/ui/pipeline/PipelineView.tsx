/**
 * The builder pattern as a picture (issue 13): when the active file is a build script, its whole
 * pipeline (core/builder/pipeline.ts) takes the graph pane's place, laid out by ELK in its worker
 * and drawn by React Flow, with the reader's notes under it. Clicking a node selects its script line.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Background, Controls, getNodesBounds, MarkerType, ReactFlow, ReactFlowProvider, useReactFlow, type Edge } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { builderPipeline, type Pipeline, type PipelineNode, type WorkspaceFile } from '../../core/builder/index.ts';
import { ELK_OPTIONS } from '../../core/graph/layout.ts';
import { noteText } from '../compare/noteMessages.ts';
import { getElk } from '../graph/elk.ts';
import type { Language } from '../i18n/index.ts';
import { fitZooms, useTextSize } from '../state/textSize.ts';
import PipelineNodeView, { nameOf, type PipelineFlowNode } from './PipelineNodeView.tsx';
import './pipeline.css';

const NODE_TYPES = { pipe: PipelineNodeView };
const PRO_OPTIONS = { hideAttribution: true } as const;
const WIDTH = 200;
/** Characters of 13 px text per line of a node, and the height of a line. */
const CHARS = 22;
const LINE = 19;
const linesOf = (s: string): number => Math.max(1, Math.ceil(s.length / CHARS));

/** What a node shows beyond its kind and name: drawn by PipelineNodeView, counted here for its height. */
export interface NodeExtras {
  /** COPY lines of this image's Dockerfile that take a copied-out file. */
  readonly picksUp: readonly { readonly text: string; readonly file: string; readonly line: number }[];
  /** For a file on the host: the path inside the container it came from. */
  readonly copiedFrom: string | null;
}

function heightOf(n: PipelineNode, x: NodeExtras): number {
  let lines = 1 + linesOf(nameOf(n)) * 1.1;
  if (n.kind === 'image') lines += linesOf(`${n.dockerfile} · FROM ${n.from ?? ''}`) + (n.final ? 1 : 0) + x.picksUp.reduce((k, c) => k + linesOf(c.text) + 2, 0);
  if (n.kind === 'container') lines += linesOf(`from ${n.image}`);
  if (n.kind === 'host' && x.copiedFrom) lines += linesOf(`copied out of ${x.copiedFrom}`);
  if (n.kind !== 'base' && n.removedLine !== null) lines += 2;
  return Math.round(lines * LINE + 24);
}

/**
 * What is drawn: a pulled image that is only a FROM is said on its image node (one layer fewer,
 * larger type at 1280x720); pulled images a container or COPY --from uses stay nodes.
 */
function drawn(p: Pipeline): { nodes: (PipelineNode & { extras: NodeExtras })[]; edges: Pipeline['edges'] } {
  const keep = new Set(p.nodes.filter((n) => n.kind !== 'base' || p.edges.some((e) => e.source === n.id && e.kind !== 'from')).map((n) => n.id));
  const edges = p.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const nodes = p.nodes.filter((n) => keep.has(n.id)).map((n) => ({
    ...n,
    extras: {
      picksUp: [...new Map(edges.filter((e) => e.target === n.id && e.kind === 'copy').map((e) => [e.line, { text: e.label, file: e.file, line: e.line }])).values()],
      copiedFrom: edges.find((e) => e.target === n.id && e.kind === 'cp')?.label ?? null,
    },
  }));
  return { nodes, edges };
}

export interface PipelineViewProps {
  readonly files: readonly WorkspaceFile[];
  readonly script: string;
  /** The Dockerfile the graph shows (named on the way back). */
  readonly graphFile: string;
  readonly dark: boolean;
  readonly onReveal: (file: string, line: number) => void;
  readonly onClose: () => void;
}

export function PipelineView(props: PipelineViewProps) {
  return (
    <ReactFlowProvider>
      <PipelinePane {...props} />
    </ReactFlowProvider>
  );
}

function PipelinePane({ files, script, graphFile, dark, onReveal, onClose }: PipelineViewProps) {
  const { t, i18n } = useTranslation();
  const pipeline = useMemo(() => builderPipeline(files, script), [files, script]);
  const pane = useRef<HTMLDivElement>(null);
  const [down, setDown] = useState(false);
  useEffect(() => {
    const el = pane.current;
    if (!el) return;
    const measure = () => setDown(el.clientWidth < el.clientHeight * 1.2);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const [positions, setPositions] = useState<{ key: string; at: Record<string, { x: number; y: number }> } | null>(null);
  const shown = useMemo(() => drawn(pipeline), [pipeline]);
  const key = `${down}|${shown.nodes.map((n) => `${n.id}:${heightOf(n, n.extras)}`).join(',')}|${shown.edges.map((e) => `${e.source}>${e.target}`).join(',')}`;
  useEffect(() => {
    let live = true;
    void getElk()
      .layout({
        id: 'root',
        layoutOptions: { ...ELK_OPTIONS, 'elk.direction': down ? 'DOWN' : 'RIGHT', 'elk.layered.spacing.nodeNodeBetweenLayers': down ? '44' : '64', 'elk.spacing.nodeNode': '20' },
        children: shown.nodes.map((n) => ({ id: n.id, width: WIDTH, height: heightOf(n, n.extras) })),
        edges: shown.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
      })
      .then((out) => {
        if (!live) return;
        const at: Record<string, { x: number; y: number }> = {};
        for (const c of out.children ?? []) at[c.id] = { x: c.x ?? 0, y: c.y ?? 0 };
        setPositions({ key, at });
      });
    return () => { live = false; };
    // `key` names everything the layout depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const ready = positions?.key === key;
  const nodes = useMemo((): PipelineFlowNode[] => shown.nodes.map((n) => ({
    id: n.id, type: 'pipe', position: positions?.at[n.id] ?? { x: 0, y: 0 }, data: { node: n, extras: n.extras, down },
    width: WIDTH, height: heightOf(n, n.extras), draggable: false, ariaLabel: ariaOf(n, t),
  })), [shown, positions, down, t]);
  const edges = useMemo((): Edge[] => shown.edges.map((e) => ({
    id: e.id, source: e.source, target: e.target, type: 'default',
    // The node at each end says what happened; the edge names the command that carries it.
    label: t(e.kind === 'from' ? 'pipeline.edgeFrom' : e.kind === 'create' ? 'pipeline.edgeCreate' : e.kind === 'cp' ? 'pipeline.edgeCp' : 'pipeline.edgeCopy'),
    className: `pipe-edge is-${e.kind}`, markerEnd: { type: MarkerType.ArrowClosed },
    labelBgPadding: [4, 2] as [number, number], labelBgBorderRadius: 4,
    ariaLabel: t('pipeline.edgeAria', { kind: e.kind === 'copy' ? e.label : e.kind, source: label(pipeline, e.source), target: label(pipeline, e.target) }),
    data: { file: e.file, line: e.line },
  })), [shown, pipeline, t]);

  const onNodeClick = useCallback((_: unknown, n: PipelineFlowNode) => { const d = n.data.node; if (d.kind !== 'base') onReveal(pipeline.script, d.line); }, [onReveal, pipeline.script]);
  const onEdgeClick = useCallback((_: unknown, e: Edge) => { const d = e.data as { file: string; line: number }; if (d.file === pipeline.script) onReveal(d.file, d.line); }, [onReveal, pipeline.script]);

  const c = count(pipeline);
  return (
    <section className="pipeline-view" aria-label={t('pipeline.label', { script })} data-testid="pipeline-view" data-ready={ready} data-direction={down ? 'DOWN' : 'RIGHT'}>
      <header className="pipeline-head">
        <div className="pipeline-title">
          <h2>{t('pipeline.title', { script })}</h2>
          <button type="button" data-testid="pipeline-close" onClick={onClose}>{graphFile ? t('pipeline.close', { file: graphFile }) : t('pipeline.closeNoFile')}</button>
        </div>
        <p className="pipeline-why" data-testid="pipeline-why">{t('pipeline.why')}</p>
        {c.builds > 0 && (
          <p className="pipeline-counts">
            {t('pipeline.counts', {
              builds: t('pipeline.builds', { count: c.builds }), containers: t('pipeline.containers', { count: c.containers }),
              copies: t('pipeline.copies', { count: c.copies }), cleanup: t('pipeline.cleanup', { count: pipeline.cleanup.length }),
            })}{' '}
            <span className="pipeline-hint">{t('pipeline.compareHint')}</span>
          </p>
        )}
      </header>
      <div className="pipeline-pane" ref={pane}>
        {c.builds === 0 ? (
          <p className="pipeline-empty" role="status">{t('pipeline.nothing', { script })}</p>
        ) : (
          <PipelineFlow nodes={nodes} edges={edges} ready={ready} down={down} dark={dark} onNodeClick={onNodeClick} onEdgeClick={onEdgeClick} label={t('pipeline.label', { script })} />
        )}
      </div>
      {pipeline.notes.length > 0 && (
        <details className="pipeline-notes" data-testid="pipeline-notes">
          <summary>{t('pipeline.notesTitle', { count: pipeline.notes.length, script })}</summary>
          <ul>
            {pipeline.notes.map((n, i) => (
              <li key={i} className={`sev-${n.severity}`}>
                {n.line > 0 && <span className="pipe-line">{`${n.file}:${n.line}`}</span>} {noteText(n, i18n.language as Language)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

interface FlowProps {
  readonly nodes: PipelineFlowNode[];
  readonly edges: Edge[];
  readonly ready: boolean;
  readonly down: boolean;
  readonly dark: boolean;
  readonly label: string;
  readonly onNodeClick: (e: unknown, n: PipelineFlowNode) => void;
  readonly onEdgeClick: (e: unknown, edge: Edge) => void;
}

/** Fits once the layout is in, and again when the pane changes size; never smaller than readable. */
function PipelineFlow({ nodes, edges, ready, down, dark, label, onNodeClick, onEdgeClick }: FlowProps) {
  const flow = useReactFlow();
  const box = useRef<HTMLDivElement>(null);
  // Fit the whole pipeline when it can be read whole; else keep type readable (75%) and start at its
  // beginning (top or left), the rest a pan away. A larger text size (the projector control) keeps
  // the pipeline's type large too, as it does the graph's (state/textSize.ts fitZooms).
  const size = useTextSize();
  useEffect(() => {
    const el = box.current;
    if (!ready || !el || nodes.length === 0) return;
    const b = getNodesBounds(nodes);
    const pad = 12;
    // Left to right, the pipeline starts right of the zoom buttons (bottom left), so they never cover a node.
    const controls = down ? null : el.querySelector('.react-flow__controls');
    const left = controls ? Math.max(pad, controls.getBoundingClientRect().right - el.getBoundingClientRect().left + 4) : pad;
    const w = el.clientWidth - left - pad;
    const h = el.clientHeight - 2 * pad;
    // Top to bottom (a phone), the width decides and the rest scrolls by; else the whole pipeline.
    const range = fitZooms(size, { min: 0.75, max: 1.2 });
    const zoom = Math.min(range.max, Math.max(range.min, down ? w / b.width : Math.min(w / b.width, h / b.height)));
    const x = b.width * zoom <= w ? left + (w - b.width * zoom) / 2 - b.x * zoom : left - b.x * zoom;
    const y = b.height * zoom <= h ? pad + (h - b.height * zoom) / 2 - b.y * zoom : pad - b.y * zoom;
    void flow.setViewport({ x, y, zoom });
  }, [ready, nodes, flow, down, size]);
  return (
    <div ref={box} className="pipeline-flow">
    <ReactFlow<PipelineFlowNode, Edge>
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      onNodeClick={onNodeClick}
      onEdgeClick={onEdgeClick}
      nodesConnectable={false}
      nodesDraggable={false}
      deleteKeyCode={null}
      nodesFocusable
      edgesFocusable
      onlyRenderVisibleElements={nodes.length > 150}
      minZoom={0.2}
      maxZoom={2}
      colorMode={dark ? 'dark' : 'light'}
      proOptions={PRO_OPTIONS}
      aria-label={label}
      style={{ opacity: ready ? 1 : 0 }}
    >
      <Background gap={24} size={1} />
      <Controls showInteractive={false} />
    </ReactFlow>
    </div>
  );
}

function count(p: Pipeline) {
  return {
    builds: p.nodes.filter((n) => n.kind === 'image').length,
    containers: p.nodes.filter((n) => n.kind === 'container').length,
    copies: p.nodes.filter((n) => n.kind === 'host').length,
  };
}

function label(p: Pipeline, id: string): string {
  const n = p.nodes.find((x) => x.id === id);
  return n ? nameOf(n) : id;
}

function ariaOf(n: PipelineNode, t: (k: string, o?: Record<string, unknown>) => string): string {
  const kind = t(`pipeline.kind${n.kind[0]!.toUpperCase()}${n.kind.slice(1)}`);
  return t('pipeline.nodeAria', { kind, name: nameOf(n), where: n.kind === 'base' ? '' : t('pipeline.line', { line: n.line }) });
}
