/**
 * The main screen: file tabs and editor (left), graph (right), details (problems, build args, outline) below.
 * Data path: the graph file's text (store: files → graph file, core/workspace/graphFile.ts) + options
 * → analysis view (sync or worker) → last good graph → graph pane.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { CheckMode } from '../core/checks/index.ts';
import type { Diagnostic } from '../core/model.ts';
import { ChecksPanel } from './checks/ChecksPanel.tsx';
import { ChecksProvider, dockerignoreFor, findingDiagnostics, isFindingDiagnostic } from './checks/ChecksContext.tsx';
import { LazyCompareView } from './compare/LazyCompareView.tsx';
import { GraphView } from './graph/GraphView.tsx';
import { BuildArgs } from './panels/BuildArgs.tsx';
import { DetailTabs } from './panels/DetailTabs.tsx';
import { LazyTab } from './panels/LazyTab.tsx';
import { useExplainSource } from './explain/source.ts';
import { PRACTICE_TAB, usePracticeTab } from './explain/practiceTab.ts';
import { ExampleCredit } from './panels/ExampleCredit.tsx';
import { Outline } from './panels/Outline.tsx';
import { Problems } from './panels/Problems.tsx';
import { Toolbar, targetChoices } from './panels/Toolbar.tsx';
import { ShareBar } from './share/ShareBar.tsx';
import { usePlayerLineMarks } from './player/lineMarks.ts';
import { PresentBar } from './player/PresentBar.tsx';
import { useDiagnosticMessage } from './panels/useDiagnosticMessage.ts';
import { switchLanguage } from './i18n/index.ts';
import { formatList } from './i18n/lists.ts';
import { useDispatch, useStore } from './state/store.tsx';
import { useAnalysis } from './state/useAnalysis.ts';
import { useLastGood } from './state/useLastGood.ts';
import { MAX_DRAWN_NODES } from './state/view.ts';
import { useDarkTheme } from './state/useTheme.ts';
import { TEST_IDS } from './testIds.ts';
import { useConcealedGraph } from './explain/concealed.ts';
import { openAsMultistage, openBuilderPattern, revealLine } from './workspace/actions.ts';
import { FILE_PANEL_ID, fileTabId, FileTabs } from './workspace/FileTabs.tsx';
import { fileKind } from '../core/workspace/files.ts';
import { PipelineToggle } from './pipeline/PipelineToggle.tsx';

const MonacoEditor = lazy(() => import('./editor/MonacoEditor.tsx'));
// A build script's pipeline (issue 13): loaded with the builder-pattern core only when a script is open.
const PipelineView = lazy(() => import('./pipeline/PipelineView.tsx').then((m) => ({ default: m.PipelineView })));
// Details tabs nothing on the first screen needs: each loads the first time it is opened.
const BuildContexts = lazy(() => import('./panels/BuildContexts.tsx').then((m) => ({ default: m.BuildContexts })));
const BuildPanel = lazy(() => import('./player/BuildPanel.tsx').then((m) => ({ default: m.BuildPanel })));
const ScopePanel = lazy(() => import('./explain/ScopePanel.tsx').then((m) => ({ default: m.ScopePanel })));
const LessonsPanel = lazy(() => import('./explain/LessonsPanel.tsx').then((m) => ({ default: m.LessonsPanel })));
const PracticePanel = lazy(() => import('./explain/PracticePanel.tsx').then((m) => ({ default: m.PracticePanel })));

export function App() {
  const { t, i18n } = useTranslation();
  const s = useStore();
  const dispatch = useDispatch();
  const dark = useDarkTheme(s.options.theme);
  const dockerignore = useMemo(() => dockerignoreFor(s.files, s.graphFile?.name), [s.files, s.graphFile?.name]);
  const { view } = useAnalysis(s.text, s.version, s.options, dockerignore);
  const shown = useLastGood(view, s.graphFile?.id ?? null, s.version);
  const choices = useMemo(() => targetChoices(view?.stages ?? []), [view?.stages]);
  const message = useDiagnosticMessage();
  const [tab, setTab] = useState('problems');
  const [checkMode, setCheckMode] = useState<CheckMode>('build');
  const checkResult = view?.checks[checkMode] ?? null;
  // An empty editor is a calm start, not an error: EmptyDockerfile is neither listed nor squiggled.
  const diagnostics = useMemo(() => (view?.diagnostics ?? []).filter((d) => d.code !== 'EmptyDockerfile'), [view?.diagnostics]);
  const editorDiagnostics = useMemo(() => [...diagnostics, ...findingDiagnostics(checkResult?.findings ?? [])], [diagnostics, checkResult]);
  const editorMessage = useCallback((d: Diagnostic) => (isFindingDiagnostic(d) ? d.message : message(d)), [message]);
  const lineMarks = usePlayerLineMarks();
  useExplainSource(s.text, s.options);
  usePracticeTab(setTab);

  useEffect(() => {
    // The other language's catalogue loads on first use: the page switches once it is there.
    if (i18n.language !== s.options.language) void switchLanguage(s.options.language);
    document.documentElement.lang = s.options.language === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [s.options.language, i18n, t]);

  const onChange = useCallback((id: number, text: string) => dispatch({ type: 'editFile', id, text }), [dispatch]);
  const onCursor = useCallback((id: number, line: number) => dispatch({ type: 'cursor', id, line }), [dispatch]);
  const activeFile = s.files[s.active];
  // A build script's pipeline (issue 13) replaces the graph while the script is open and the view option is on.
  const isScript = activeFile !== undefined && fileKind(activeFile.name) === 'script';
  const pipelineOn = s.options.pipeline;

  // An empty editor is a calm empty state (the graph pane says what to do), never an error.
  const metaArgs = view?.metaArgs ?? [];
  const graphView = shown.view;
  const allNodes = graphView?.graph.nodes.length ?? 0;
  const tooLarge = allNodes > MAX_DRAWN_NODES;
  const graph = graphView && allNodes > 0 && !tooLarge ? graphView.graph : null;
  const stageCount = graphView?.stages.length ?? 0;
  // The count says what is drawn: an unanswered exercise's hidden edge is not counted either.
  const drawnEdges = useConcealedGraph(graphView?.graph ?? null)?.edges.length ?? 0;
  const overrides = Object.entries(s.options.buildArgs).map(([k, v]) => `${k}=${v}`);
  return (
    <ChecksProvider checks={view?.checks ?? null} mode={checkMode} setMode={setCheckMode}>
    <div className="app" data-testid={TEST_IDS.app}>
      <a className="skip-link" href="#graph-pane">{t('app.skipToGraph')}</a>
      <header className="app-header">
        <h1>
          {t('app.title')} <span className="tagline">{t('app.tagline')}</span>
        </h1>
        <Toolbar choices={choices} />
      </header>
      <main className="workspace">
        <section className="editor-pane" aria-label={t('editor.label')}>
          <ExampleCredit />
          <FileTabs />
          <div className="file-panel" role="tabpanel" id={FILE_PANEL_ID} aria-labelledby={activeFile ? fileTabId(activeFile.id) : undefined}>
            <Suspense fallback={<div className="editor-loading">{t('editor.loading')}</div>}>
              <MonacoEditor
                files={s.files}
                active={s.active}
                graphId={s.graphFile?.id ?? null}
                externalVersion={s.externalVersion}
                onChange={onChange}
                onCursor={onCursor}
                reveal={s.reveal}
                diagnostics={editorDiagnostics}
                message={editorMessage}
                dark={dark}
                ariaLabel={t('workspace.editorFor', { name: activeFile?.name ?? '' })}
                lineMarks={lineMarks}
              />
            </Suspense>
          </div>
        </section>
        <section className="graph-section" id="graph-pane" aria-label={t('graph.label')} tabIndex={-1}>
          <p className="graph-summary" data-testid={TEST_IDS.summary} data-stages={stageCount} aria-live="polite">
            {t('graph.summary', { stages: t('graph.stages', { count: stageCount }), edges: t('graph.dependencies', { count: drawnEdges }) })}
            {overrides.length > 0 && (
              // Build args set in their tab stay in force while it is hidden: say so where the graph is read.
              <button type="button" className="graph-status-chip" data-testid="arg-overrides" onClick={() => setTab('args')}>
                {t('toolbar.argOverrides', { list: formatList(overrides, i18n.language) })}
              </button>
            )}
            {s.options.classic && <span className="graph-status-chip" data-testid="classic-status">{t('toolbar.classicStatus')}</span>}
            {activeFile && isScript && <PipelineToggle script={activeFile.name} onOpen={() => dispatch({ type: 'setPipeline', pipeline: true })} />}
            {shown.stale && (
              <span className="graph-stale" role="status" data-testid={TEST_IDS.staleBanner}>
                {t('graph.stale')}
              </span>
            )}
          </p>
          <ReactFlowProvider>
            <GraphView graph={graph} stages={graphView?.stages ?? []} stale={shown.stale} dark={dark} tooLarge={tooLarge ? allNodes : null} version={graphView?.version ?? -1} />
            <ShareBar stages={graphView?.stages ?? []} />
            {s.view === 'presentation' && <PresentBar />}
          </ReactFlowProvider>
          {activeFile && isScript && pipelineOn && (
            <Suspense fallback={null}>
              <PipelineView files={s.files} script={activeFile.name} graphFile={s.graphFile?.name ?? ''} dark={dark} onReveal={(file, line) => dispatch(revealLine(file, line))} onClose={() => dispatch({ type: 'setPipeline', pipeline: false })} />
            </Suspense>
          )}
        </section>
        {s.view === 'compare' && (
          // The builder-pattern comparison (issue 4) takes the graph's place; the graph section stays mounted.
          <LazyCompareView
            files={s.files}
            dockerfile={s.graphFile?.name ?? ''}
            target={s.options.target}
            buildArgs={s.options.buildArgs}
            dark={dark}
            onOpenAsMultistage={(text) => {
              dispatch(openAsMultistage(text));
              dispatch({ type: 'setView', view: 'graph' });
            }}
            onOpenFiles={(files) => dispatch(openBuilderPattern(s.files, files))}
            onReveal={(file, line) => dispatch(revealLine(file, line))}
            onClose={() => dispatch({ type: 'setView', view: 'graph' })}
          />
        )}
      </main>
      <DetailTabs
        active={tab}
        onSelect={setTab}
        tabs={[
          {
            id: 'problems',
            label: t('panels.problems', { count: diagnostics.length + (checkResult?.findings.length ?? 0) }),
            content: (
              <>
                {(diagnostics.length > 0 || !checkResult?.findings.length) && <Problems diagnostics={diagnostics} stages={view?.stages ?? []} />}
                <ChecksPanel targetLabel={targetLabel(view?.stages ?? [], view?.target ?? null)} />
              </>
            ),
          },
          { id: 'args', label: t('panels.args', { count: metaArgs.length + Object.keys(s.options.buildArgs).filter((k) => !metaArgs.some((a) => a.name === k)).length }), content: <BuildArgs metaArgs={metaArgs} /> },
          { id: 'contexts', label: t('fidelity.ctxTab', { count: Object.keys(s.options.buildContexts ?? {}).length }), content: <LazyTab><BuildContexts graph={graphView?.graph ?? null} /></LazyTab> },
          { id: 'outline', label: t('panels.outline'), content: <Outline graph={graphView?.graph ?? null} classic={s.options.classic} diagnostics={graphView?.diagnostics} /> },
          { id: 'build', label: t('build.tab'), content: <LazyTab><BuildPanel /></LazyTab> },
          { id: 'scope', label: t('explain.scope.tab'), content: <LazyTab><ScopePanel /></LazyTab> },
          { id: 'lessons', label: t('explain.lesson.tab'), content: <LazyTab><LessonsPanel /></LazyTab> },
          { id: PRACTICE_TAB, label: t('explain.ex.tab'), content: <LazyTab><PracticePanel /></LazyTab> },
        ]}
      />
    </div>
    </ChecksProvider>
  );
}

/** The target's name as the page shows stages (its AS name, else stage-N). */
/** The target as the page names it: an unnamed stage by its index (`#1`), never BuildKit's internal `stage-1`. */
function targetLabel(stages: readonly { readonly index: number; readonly name: string | null; readonly label: string }[], target: number | null): string {
  const st = stages.find((s) => s.index === target);
  return st === undefined ? '—' : st.name === null ? `#${st.index}` : st.label;
}
