/**
 * Presentation mode for workshops: the graph fills the screen (CSS hides the rest), the current
 * stage is selected, centred and its lines shown in large type; arrow keys step in BUILD order
 * (stages the target does not build are skipped, or shown marked with the switch), and each step
 * shows the `docker build` command that builds up to it. Esc leaves.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { analyze } from '../../core/analyze/analyze.ts';
import { buildGraph } from '../../core/graph/build.ts';
import type { StageNode } from '../../core/graph/types.ts';
import { buildCommand, buildOrder } from './buildOrder.ts';
import { useTranslation } from 'react-i18next';
import { useDispatch, useStore } from '../state/store.tsx';
import type { StageSpan } from '../state/view.ts';
import { stageOfNode } from '../share/bridge.ts';
import { keyToStep, stepTo } from './steps.ts';
import './present.css';

export function Presentation({ stages, onExit }: { readonly stages: readonly StageSpan[]; readonly onExit: () => void }) {
  const { t } = useTranslation();
  const s = useStore();
  const dispatch = useDispatch();
  const { target, buildArgs } = s.options;
  const graph = useMemo(() => buildGraph(analyze(s.text, { target, buildArgs })), [s.text, target, buildArgs]);
  const [includeUnbuilt, setIncludeUnbuilt] = useState(false);
  const steps = useMemo(() => buildOrder(graph, { includeUnbuilt, classic: s.options.classic }), [graph, includeUnbuilt, s.options.classic]);
  const nodes = useMemo(() => new Map(graph.nodes.filter((n): n is StageNode => n.kind === 'stage').map((n) => [n.stage, n])), [graph]);
  const [at, setAt] = useState(() => Math.max(0, steps.findIndex((x) => x.stage === stageOfNode(s.selectedNode))));
  const exitRef = useRef(onExit);
  exitRef.current = onExit;
  const count = steps.length;

  // Full screen while presenting; leaving full screen (the browser's own Esc) leaves the mode too.
  useEffect(() => {
    document.body.classList.add('sc-presenting');
    dispatch({ type: 'fitView' });
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
    dispatch({ type: 'gotoProblem', range, nodeId: `stage:${stage.index}` });
  }, [stage, dispatch]);

  const lines = stage ? s.text.split(/\r\n|\r|\n/u).slice(stage.startLine - 1, stage.endLine) : [];
  return (
    <aside className="sc-present" aria-label={t('share.present')} data-testid="presentation" data-stage={stage?.index ?? -1}>
      <h1 aria-live="polite" data-testid="presentation-title">
        {stage ? t('share.presentLabel', { n: at + 1, total: count }) : t('share.presentNoStages')}
        {stage && <span className="sc-present-name" translate="no"> · {stage.name === null ? t('node.unnamed', { index: stage.index }) : stage.label}</span>}
        {step && !step.built && <span className="sc-present-unbuilt" data-testid="presentation-unbuilt"> · {t('share.presentUnbuilt')}</span>}
      </h1>
      <p className="sc-present-command" data-testid="presentation-command">
        {command !== null ? (
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
          <input type="checkbox" data-testid="presentation-unbuilt-switch" checked={includeUnbuilt} onChange={(e) => setIncludeUnbuilt(e.target.checked)} />
          {t('share.presentShowUnbuilt')}
        </label>
      </p>
      <button type="button" data-testid="presentation-exit" onClick={onExit}>{t('share.presentExit')}</button>
    </aside>
  );
}
