/**
 * The file tabs above the editor: a WAI-ARIA tab list (arrow keys, Home/End move and open; F2 renames;
 * Delete deletes), a "+" to add a file, and a File menu (new, rename, delete) for those who do not
 * double-click. The graph's file carries a mark. Deleting never loses text for good: the deleted file
 * can be brought back with Undo until the next deletion or a new workspace.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fileKind, freeName, nameError, type WorkspaceFile } from '../../core/workspace/index.ts';
import { Menu } from '../share/Menu.tsx';
import { useDispatch, useStore } from '../state/store.tsx';
import { TabName } from './TabName.tsx';
import type { OpenFile } from '../state/types.ts';
import { AddFileForm } from './AddFileForm.tsx';
import { RenameField } from './RenameField.tsx';
import { WorkspaceMessages, type Deleted } from './WorkspaceMessages.tsx';
import '../share/share.css';
import './workspace.css';

/** The id of the editor's tab panel, and of each file's tab (the panel is labelled by the active one). */
export const FILE_PANEL_ID = 'file-panel';
export const fileTabId = (id: number): string => `file-tab-${id}`;

type Mode = { readonly kind: 'idle' } | { readonly kind: 'add' } | { readonly kind: 'rename'; readonly id: number };

const STEP: Readonly<Record<string, (i: number, n: number) => number>> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

export function FileTabs() {
  const { t } = useTranslation();
  const s = useStore();
  const dispatch = useDispatch();
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [renameError, setRenameError] = useState<string | null>(null);
  const tabs = useRef(new Map<number, HTMLButtonElement>());
  const list = useRef<HTMLDivElement>(null);
  /** A tab to focus once the next render has put it on the page. */
  const focusNext = useRef<number | null>(null);
  const { files, active, graphIndex } = s;
  const current = files[active];

  useEffect(() => {
    if (focusNext.current === null) return;
    const tab = tabs.current.get(focusNext.current);
    // Not on the page yet (the render that mounts it is still to come): the next effect tries again.
    if (!tab) return;
    tab.focus();
    focusNext.current = null;
  });
  // The active tab is always in view, also in a narrow strip that scrolls (without scrolling the page),
  // after a switch and after the strip is resized.
  const activeId = current?.id;
  useEffect(() => {
    const strip = list.current;
    if (!strip) return;
    const show = (): void => {
      const el = activeId === undefined ? undefined : tabs.current.get(activeId);
      if (!el) return;
      const box = strip.getBoundingClientRect();
      const tab = el.getBoundingClientRect();
      if (tab.left < box.left) strip.scrollLeft -= box.left - tab.left + 8;
      else if (tab.right + 24 > box.right) strip.scrollLeft += tab.right + 24 - box.right;
    };
    show();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(show);
    ro.observe(strip);
    return () => ro.disconnect();
  }, [activeId, files.length]);
  // A new workspace (example, link, other tab): an open form or an undo would act on the old one.
  useEffect(() => {
    setMode({ kind: 'idle' });
    setDeleted(null);
  }, [s.externalVersion]);

  const select = (f: OpenFile, focus: boolean): void => {
    dispatch({ type: 'selectFile', name: f.name });
    if (focus) focusNext.current = f.id;
  };
  const remove = (f: OpenFile, focus: boolean): void => {
    if (files.length <= 1) return;
    const index = files.indexOf(f);
    dispatch({ type: 'deleteFile', name: f.name });
    setDeleted({ file: { name: f.name, text: f.text }, index, wasActive: index === active });
    if (focus) {
      // The store opens the right-hand neighbour (or the new last tab) when the active tab goes.
      const rest = files.filter((x) => x !== f);
      const next = index === active ? rest[Math.min(index, rest.length - 1)] : current;
      if (next) focusNext.current = next.id;
    }
  };
  const undo = (d: Deleted): void => {
    const restored: WorkspaceFile = { name: freeName(files, d.file.name), text: d.file.text };
    dispatch({ type: 'addFile', name: restored.name, text: restored.text, at: d.index, select: d.wasActive });
    setDeleted(null);
    focusNext.current = s.nextId;
  };
  const startRename = (f: OpenFile): void => {
    setRenameError(null);
    setMode({ kind: 'rename', id: f.id });
  };
  const endRename = (f: OpenFile, to: string | null): void => {
    if (to !== null && to !== f.name) dispatch({ type: 'renameFile', from: f.name, to });
    setRenameError(null);
    setMode({ kind: 'idle' });
    focusNext.current = f.id;
  };

  const onKey = (e: KeyboardEvent<HTMLButtonElement>, i: number, f: OpenFile): void => {
    const step = STEP[e.key];
    if (step) {
      e.preventDefault();
      const next = files[step(i, files.length)];
      if (next) select(next, true);
    } else if (e.key === 'F2') {
      e.preventDefault();
      startRename(f);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      remove(f, true);
    }
  };

  return (
    <div className="file-bar-wrap">
      <div className="file-bar">
        <div ref={list} role="tablist" aria-label={t('workspace.label')} className="file-tablist" data-testid="file-tabs">
          {files.map((f, i) => {
            const selected = i === active;
            const isGraph = i === graphIndex;
            const script = fileKind(f.name) === 'script';
            if (mode.kind === 'rename' && mode.id === f.id) {
              return (
                <div key={f.id} role="presentation" className="file-tab is-renaming">
                  <RenameField file={f} files={files} onDone={(to) => endRename(f, to)} onError={setRenameError} />
                </div>
              );
            }
            return (
              <div key={f.id} role="presentation" className={`file-tab${selected ? ' is-active' : ''}`}>
                <button
                  ref={(el) => {
                    if (el) tabs.current.set(f.id, el);
                    else tabs.current.delete(f.id);
                  }}
                  type="button"
                  role="tab"
                  id={fileTabId(f.id)}
                  aria-selected={selected}
                  aria-controls={FILE_PANEL_ID}
                  aria-keyshortcuts="F2 Delete"
                  tabIndex={selected ? 0 : -1}
                  className="file-tab-button"
                  data-testid="file-tab"
                  data-name={f.name}
                  data-kind={fileKind(f.name)}
                  data-graph={isGraph}
                  onClick={() => select(f, false)}
                  onDoubleClick={() => startRename(f)}
                  onKeyDown={(e) => onKey(e, i, f)}
                >
                  {script && <span className="file-tab-kind" aria-hidden="true">$</span>}
                  <TabName name={f.name} />
                  {isGraph && (
                    <span className="file-tab-graph" title={t('workspace.graphMark')} data-testid="file-graph-mark">
                      <span aria-hidden="true">◆</span>
                      <span className="sr-only">{` (${t('workspace.graphMark')})`}</span>
                    </span>
                  )}
                  {script && <span className="sr-only">{` (${t('workspace.scriptMark')})`}</span>}
                </button>
                {files.length > 1 && (
                  // Mouse only: keyboard users press Delete on the tab, or use the File menu.
                  <span className="file-tab-close" aria-hidden="true" title={t('workspace.delete', { name: f.name })} data-testid="file-close" onClick={() => remove(f, false)}>
                    ×
                  </span>
                )}
              </div>
            );
          })}
        </div>
        <button
          type="button"
          className="file-add"
          data-testid="file-add"
          aria-label={t('workspace.add')}
          title={t('workspace.add')}
          aria-expanded={mode.kind === 'add'}
          onClick={() => setMode(mode.kind === 'add' ? { kind: 'idle' } : { kind: 'add' })}
        >
          +
        </button>
        <Menu label={t('workspace.actions')} testId="file-actions">
          {(close) => (
            <>
              <button type="button" data-testid="file-action-add" onClick={() => { close(); setMode({ kind: 'add' }); }}>{t('workspace.add')}</button>
              {current && (
                <button type="button" data-testid="file-action-rename" onClick={() => { close(); startRename(current); }}>
                  {t('workspace.rename', { name: current.name })}
                </button>
              )}
              {current && (
                <button
                  type="button"
                  data-testid="file-action-delete"
                  disabled={files.length <= 1}
                  title={files.length <= 1 ? t('workspace.keepOne') : undefined}
                  onClick={() => { close(); remove(current, true); }}
                >
                  {t('workspace.delete', { name: current.name })}
                </button>
              )}
            </>
          )}
        </Menu>
      </div>
      {mode.kind === 'add' && (
        <AddFileForm
          validate={(name) => nameError(files, name, null)}
          onAdd={(name) => {
            dispatch({ type: 'addFile', name });
            setMode({ kind: 'idle' });
            focusNext.current = s.nextId;
          }}
          onCancel={() => setMode({ kind: 'idle' })}
        />
      )}
      <WorkspaceMessages renameError={renameError} deleted={deleted} onUndo={undo} onDismissDeleted={() => setDeleted(null)} />
    </div>
  );
}
