/**
 * The comparison view (issue 4): the builder pattern (before Docker 17.05) and the multi-stage
 * build side by side, corresponding lines linked both ways, the metrics table, the sizes a person
 * can set, every note, and the two simulated build logs. A thin shell over ./model.ts: the view
 * stores only its own UI state (way picked, image name, sizes typed, hovered line).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../core/builder/index.ts';
import { normalizePath } from '../../core/builder/paths.ts';
import { BuildLogs } from './BuildLogs.tsx';
import { CodeSide } from './CodeSide.tsx';
import { CompareControls } from './CompareControls.tsx';
import { MetricsTable } from './MetricsTable.tsx';
import { chooseDirections, defaultProject, resolveWay, type ConvertInput, type LineRef, type PaneFile, type SideKind, type Way } from './model.ts';
import { NoEquivalent, NotesList } from './NotesList.tsx';
import { SizeInputs } from './SizeInputs.tsx';
import { COMPARE_IDS } from './testIds.ts';
import type { CompareViewProps } from './types.ts';
import { useComparison } from './useComparison.ts';
import { findLine, useLineLinks } from './useLineLinks.ts';
import { useSizeDraft } from './useSizeDraft.ts';
import './compare.css';

export function CompareView(props: CompareViewProps) {
  const { dockerfile, target, buildArgs, dark } = props;
  const { t } = useTranslation();
  // Callbacks read the latest props, so children get stable functions however the parent passes them.
  const latest = useRef(props);
  latest.current = props;

  const { files } = props;
  const directions = useMemo(() => chooseDirections(files, dockerfile), [files, dockerfile]);
  const [picked, setPicked] = useState<Way | null>(null);
  const way = resolveWay(directions, picked);
  const dockerfileText = useMemo(() => files.find((f) => normalizePath(f.name) === normalizePath(dockerfile))?.text ?? '', [files, dockerfile]);
  const derivedProject = useMemo(() => defaultProject(dockerfileText), [dockerfileText]);
  const [typedProject, setTypedProject] = useState<string | null>(null);
  const project = typedProject ?? derivedProject;

  // The comments written into the generated files, in the reader's language.
  const comments = useMemo(
    () => ({ scriptHeader: t('compare.commentScriptHeader'), multistageHeader: t('compare.commentMultistageHeader'), builtBy: t('compare.commentBuiltBy'), extractFolder: t('compare.commentExtractFolder'), extractExists: t('compare.commentExtractExists') }),
    [t],
  );
  const input = useMemo<ConvertInput | null>(
    () => (way === null ? null : { files, dockerfile, way, script: directions.script, target, buildArgs, project: way === 'toBuilderPattern' ? project : 'app', comments }),
    [files, dockerfile, way, directions.script, target, buildArgs, project, comments],
  );
  const sizes = useSizeDraft();
  const state = useComparison(input, sizes.draft);
  const result = state.kind === 'done' ? state.result : state.kind === 'converting' ? state.last : null;
  const ready = result !== null && result.ok ? result : null;
  const conv = ready?.conversion ?? null;

  const left = useRef<HTMLDivElement>(null);
  const right = useRef<HTMLDivElement>(null);
  const panes = useMemo(() => ({ builderPattern: left, multistage: right }), []);
  const links = useLineLinks(conv, panes);

  // The comparison covers the editor (full width): choosing a line of your own files goes back to it.
  const onActivate = useCallback((file: PaneFile, line: number) => {
    if (!file.workspace) return;
    latest.current.onReveal(file.name, line);
    latest.current.onClose();
  }, []);
  // A note's location: render it if it was folded, light it up, then focus it.
  const [toFocus, setToFocus] = useState<LineRef | null>(null);
  const { onFocusLine } = links;
  const onShowNote = useCallback(
    (n: Note) => {
      if (conv === null) return;
      const side: SideKind = conv.way === 'toMultistage' ? 'builderPattern' : 'multistage';
      const pane = [...conv.builderPattern, ...conv.multistage].find((p) => p.side === side && p.path === normalizePath(n.file));
      if (pane === undefined || n.line < 1 || n.line > pane.lines.length) return;
      const ref: LineRef = { side, path: pane.path, line: n.line };
      onFocusLine(ref);
      setToFocus(ref);
      if (pane.workspace) latest.current.onReveal(pane.name, n.line);
    },
    [conv, onFocusLine],
  );
  useEffect(() => {
    if (toFocus === null) return;
    findLine(panes[toFocus.side].current, toFocus)?.focus();
  }, [toFocus, panes]);

  // Escape goes back to the graph (not while the editor, a menu or a dialog has the key).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (e.target instanceof Element && e.target.closest('.monaco-editor, [role="dialog"], [role="menu"], [role="listbox"]')) return;
      e.preventDefault();
      latest.current.onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // Focus moves to the view's title when it opens, and back to what opened it when it closes.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const opener = document.activeElement;
    title.current?.focus({ preventScroll: true });
    return () => {
      if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  return (
    <div className={`cmp${dark ? ' is-dark' : ''}`} data-state={state.kind === 'done' ? (state.result.ok ? 'ready' : 'failed') : state.kind} data-way={way ?? ''}>
      <header className="cmp-head">
        <div className="cmp-title-row">
          <h2 ref={title} tabIndex={-1}>{t('compare.title')}</h2>
          <button type="button" data-testid={COMPARE_IDS.back} onClick={() => latest.current.onClose()}>
            {t('compare.back')}
          </button>
        </div>
        <p className="cmp-intro">{t('compare.intro')}</p>
        <CompareControls
          directions={directions}
          way={way}
          onPick={setPicked}
          dockerfile={dockerfile}
          project={project}
          onProject={setTypedProject}
          conv={conv}
          onOpenAsMultistage={(text) => latest.current.onOpenAsMultistage(text)}
          onOpenFiles={(c) => latest.current.onOpenFiles(c.builderFiles)}
        />
      </header>

      {state.kind === 'converting' && conv === null && (
        <p className="cmp-busy" role="status" data-testid={COMPARE_IDS.busy}>{t('compare.converting')}</p>
      )}
      {state.kind === 'none' && <p className="cmp-empty">{t('compare.nothing')}</p>}
      {result !== null && !result.ok && <p className="cmp-failed" role="alert">{t('compare.failed', { message: result.message })}</p>}

      {conv !== null && ready !== null && (
        <div className="cmp-body" aria-busy={state.kind === 'converting'}>
          {/* Over the panes, not above them: showing it must not move (and re-lay out) thousands of lines. */}
          {state.kind === 'converting' && (
            <p className="cmp-busy is-over" role="status" data-testid={COMPARE_IDS.busy}>{t('compare.converting')}</p>
          )}
          {/* The scoreboard first: what each way takes, then the two ways side by side. */}
          {conv.buildable ? (
            <div className={`cmp-measures${state.kind === 'converting' ? ' is-stale' : ''}`}>
              <MetricsTable measured={ready.measured} />
              <SizeInputs images={ready.measured.images} artifacts={conv.artifacts} api={sizes} />
            </div>
          ) : (
            <p className="cmp-empty">{t('compare.nothingToMeasure')}</p>
          )}
          <div className="cmp-sides">
            <CodeSide ref={left} side="builderPattern" files={conv.builderPattern} generated={conv.way === 'toBuilderPattern'}
              commands={[conv.commands.builderPattern]} lit={links.lit} reveal={toFocus?.side === 'builderPattern' ? toFocus : null} onHover={links.onHover} onFocusLine={links.onFocusLine}
              onActivate={onActivate} describe={links.describe}
            />
            <CodeSide ref={right} side="multistage" files={conv.multistage} generated={conv.way === 'toMultistage'}
              commands={conv.commands.multistage} lit={links.lit} reveal={toFocus?.side === 'multistage' ? toFocus : null} onHover={links.onHover} onFocusLine={links.onFocusLine}
              onActivate={onActivate} describe={links.describe}
            />
          </div>
          <NoEquivalent notes={conv.notes} onShow={onShowNote} />
          <NotesList notes={conv.notes} onShow={onShowNote} />
          {conv.buildable && <BuildLogs logs={ready.measured.logs} commands={conv.commands} />}
        </div>
      )}
    </div>
  );
}

export default CompareView;
