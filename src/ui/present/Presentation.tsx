/**
 * Presentation mode for workshops: the graph fills the screen (CSS hides the rest), the current
 * stage is selected, the graph zoomed to it (as large as the pane allows: large type) and its lines
 * shown in large type; it starts at the first stage; arrow keys step in BUILD order
 * (stages the target does not build are skipped, or shown marked with the switch), and each step
 * shows the `docker build` command that builds up to it. Esc leaves.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useReactFlow, useStore as useFlowStore, type ReactFlowState } from '@xyflow/react';
import { analyze } from '../../core/analyze/analyze.ts';
import { buildGraph } from '../../core/graph/build.ts';
import { classicBlocker } from '../../core/schedule/index.ts';
import type { StageNode } from '../../core/graph/types.ts';
import { buildCommand, buildOrder } from './buildOrder.ts';
import { useTranslation } from 'react-i18next';
import { useDispatch, useStore } from '../state/store.tsx';
import type { StageSpan } from '../state/view.ts';
import { keyToStep, stepTo } from './steps.ts';
import { zoomToStage } from './zoom.ts';
import './present.css';

/** Screen pixels kept clear around the current stage. */
const ZOOM_MARGIN = 32;

export function Presentation({ stages, onExit }: { readonly stages: readonly StageSpan[]; readonly onExit: () => void }) {
  const { t } = useTranslation();
  const s = useStore();
  const dispatch = useDispatch();
  const { target, buildArgs } = s.options;
  const analysis = useMemo(() => analyze(s.text, { target, buildArgs }), [s.text, target, buildArgs]);
  const graph = useMemo(() => buildGraph(analysis), [analysis]);
  // The classic builder stops at BuildKit-only syntax: no DOCKER_BUILDKIT=0 command, the reason instead.
  const blocker = useMemo(() => (s.options.classic ? classicBlocker(analysis) : null), [analysis, s.options.classic]);
  const [includeUnbuilt, setIncludeUnbuilt] = useState(false);
  const steps = useMemo(() => buildOrder(graph, { includeUnbuilt, classic: s.options.classic }), [graph, includeUnbuilt, s.options.classic]);
  const nodes = useMemo(() => new Map(graph.nodes.filter((n): n is StageNode => n.kind === 'stage').map((n) => [n.stage, n])), [graph]);
  // A presentation starts at the first stage built.
  const [at, setAt] = useState(0);
  const exitRef = useRef(onExit);
  exitRef.current = onExit;
  const count = steps.length;

  // Full screen while presenting; leaving full screen (the browser's own Esc) leaves the mode too.
  useEffect(() => {
    document.body.classList.add('sc-presenting');
    let entered = false;
    const onFs = (): void => {
      if (entered && !document.fullscreenElement) exitRef.current();
    };
    document.addEventListener('fullscreenchange', onFs);
    document.documentElement.requestFullscreen?.().then(() => { entered = true; }, () => undefined);
    return () => {
      document.removeEventListener('fullscreenchange', onFs);
      document.body.classList.remove('sc-presenting');
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      dispatch({ type: 'fitView' });
    };
  }, [dispatch]);

  // Capture phase: the arrows must step stages, not move a focused React Flow node.
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const step = keyToStep(e.key);
      if (step === null || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      e.stopPropagation();
      if (step === 'exit') exitRef.current();
      else setAt((i) => stepTo(i, step, count));
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [count]);

  const step = steps[Math.min(at, count - 1)];
  const stage = step ? stages.find((x) => x.index === step.stage) : undefined;
  const node = step ? nodes.get(step.stage) : undefined;
  const command = node ? buildCommand(node, node.stage === stages.length - 1, s.options.classic) : null;
  useEffect(() => {
    if (!stage) return;
    const range = { start: { line: stage.startLine, column: 1 }, end: { line: stage.endLine, column: 100_000 } };
    dispatch({ type: 'cursor', line: stage.startLine });
    // Selected, not "focused": the camera below zooms to it (the graph's own focus would only centre it).
    dispatch({ type: 'selectNode', id: `stage:${stage.index}`, range });
  }, [stage, dispatch]);

  // The panel is as tall as its stage's lines need (at most half the screen); the graph takes the rest.
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = panel.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const set = (): void => document.body.style.setProperty('--sc-present-height', `${Math.ceil(el.getBoundingClientRect().height)}px`);
    const ro = new ResizeObserver(set);
    ro.observe(el);
    set();
    return () => {
      ro.disconnect();
      document.body.style.removeProperty('--sc-present-height');
    };
  }, []);

  // The camera: the current stage as large as the graph pane allows, again whenever the node moves
  // (layout), changes size, or the pane does (full screen).
  const flow = useReactFlow();
  const nodeId = stage ? `stage:${stage.index}` : null;
  const rect = useFlowStore((st: ReactFlowState) => {
    const n = nodeId === null ? undefined : st.nodeLookup.get(nodeId);
    if (!n) return '';
    const { x, y } = n.internals.positionAbsolute;
    return `${x},${y},${n.measured.width ?? 0},${n.measured.height ?? 0},${st.width},${st.height},${st.maxZoom},${st.minZoom}`;
  });
  useEffect(() => {
    if (rect === '') return;
    const [x, y, width, height, paneW, paneH, maxZoom, minZoom] = rect.split(',').map(Number) as [number, number, number, number, number, number, number, number];
    const v = zoomToStage({ x, y, width, height }, { width: paneW, height: paneH }, { margin: ZOOM_MARGIN, minZoom, maxZoom });
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    if (v) void flow.setViewport(v, { duration: still ? 0 : 250 });
  }, [rect, flow]);

  const lines = stage ? s.text.split(/\r\n|\r|\n/u).slice(stage.startLine - 1, stage.endLine) : [];
  return (
    <aside ref={panel} className="sc-present" aria-label={t('share.present')} data-testid="presentation" data-stage={stage?.index ?? -1}>
      <h1 aria-live="polite" data-testid="presentation-title">
        {stage ? t('share.presentLabel', { n: at + 1, total: count }) : t('share.presentNoStages')}
        {stage && <span className="sc-present-name" translate="no"> · {stage.name === null ? t('node.unnamed', { index: stage.index }) : stage.label}</span>}
        {step && !step.built && <span className="sc-present-unbuilt" data-testid="presentation-unbuilt"> · {t('share.presentUnbuilt')}</span>}
      </h1>
      <p className="sc-present-command" data-testid="presentation-command">
        {blocker ? (
          <span data-testid="presentation-classic-cannot">{t('verdict.classicCannotShort', { line: blocker.range.start.line, feature: String(blocker.params.feature ?? '') })}</span>
        ) : command !== null ? (
          <>
            {t('share.presentCommand')} <code translate="no">{command}</code>
          </>
        ) : (
          t('share.presentNoTarget')
        )}
      </p>
      <pre className="sc-present-code" data-testid="presentation-code" translate="no" tabIndex={0}>
        {lines.map((l, i) => (
          <span key={i} className="sc-present-line">
            <span className="sc-present-no" aria-hidden="true">{(stage?.startLine ?? 1) + i}</span>
            {l}
            {'\n'}
          </span>
        ))}
      </pre>
      <p className="sc-present-help">
        {t('share.presentHelp')}
        <label className="sc-present-switch">
          <input type="checkbox" data-testid="presentation-unbuilt-switch" checked={includeUnbuilt} onChange={(e) => {
            setIncludeUnbuilt(e.target.checked);
            // Stages the target does not build are to be shown: focus mode would keep them folded away.
            if (e.target.checked) dispatch({ type: 'setFocus', focus: false });
          }} />
          {t('share.presentShowUnbuilt')}
        </label>
      </p>
      <button type="button" data-testid="presentation-exit" onClick={onExit}>{t('share.presentExit')}</button>
    </aside>
  );
}
