/**
 * A stage node's context menu (right click, or the context-menu key on a focused node): rename
 * the stage and show its references, both done by the editor (F2's rename box and Shift+F12's
 * references peek) on the stage's AS name, so the graph and the editor share one behaviour,
 * BuildKit's (core/editor), and one undo history.
 */
import { useCallback, useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { analyze } from '../../core/analyze/analyze.ts';
import { indexStages } from '../../core/editor/stageRefs.ts';
import { requestEditorCommand, type EditorCommand } from '../editor/language/pendingAction.ts';
import { useDispatch, useStore } from '../state/store.tsx';
import './stageMenu.css';

export const STAGE_MENU_TEST_ID = 'stage-menu';

interface Place {
  readonly x: number;
  readonly y: number;
}

/** The menu for one stage: spread `onContextMenu` on the node, render `menu` anywhere in it. */
export function useStageMenu(stage: number, label: string): { onContextMenu: (e: MouseEvent) => void; menu: ReactNode } {
  const [at, setAt] = useState<Place | null>(null);
  const onContextMenu = useCallback((e: MouseEvent) => {
    e.preventDefault();
    e.stopPropagation();
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    // A keyboard-opened menu has no pointer position: open it at the node's corner.
    setAt(e.clientX === 0 && e.clientY === 0 ? { x: box.left + 8, y: box.top + 8 } : { x: e.clientX, y: e.clientY });
  }, []);
  const menu = at === null ? null : createPortal(<StageMenu stage={stage} label={label} at={at} onClose={() => setAt(null)} />, document.body);
  return { onContextMenu, menu };
}

function StageMenu({ stage, label, at, onClose }: { stage: number; label: string; at: Place; onClose: () => void }) {
  const { t } = useTranslation();
  const s = useStore();
  const dispatch = useDispatch();
  const ref = useRef<HTMLDivElement>(null);
  const analysis = analyze(s.text, { target: s.options.target, buildArgs: s.options.buildArgs });
  const named = analysis.stages[stage]?.name != null;

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
    const outside = (e: PointerEvent): void => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [onClose]);

  const run = (command: EditorCommand): void => {
    const range = indexStages(analysis, s.text).declarations[stage];
    onClose();
    if (range === undefined) return;
    requestEditorCommand(command);
    dispatch({ type: 'reveal', range });
  };

  const left = Math.max(4, Math.min(at.x, window.innerWidth - 240));
  const top = Math.max(4, Math.min(at.y, window.innerHeight - 120));
  return (
    <div
      ref={ref}
      className="stage-menu"
      role="menu"
      aria-label={t('language.menuLabel', { name: label })}
      data-testid={STAGE_MENU_TEST_ID}
      style={{ left, top }}
      // The menu sits in the node's React tree (portal): keep its clicks and keys from the node and the pane.
      onClick={(e) => e.stopPropagation()}
      onPointerDown={(e) => e.stopPropagation()}
      onMouseDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
      onContextMenu={(e) => {
        e.preventDefault();
        e.stopPropagation();
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') onClose();
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          const items = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not([disabled])') ?? [])];
          const i = items.indexOf(document.activeElement as HTMLButtonElement);
          items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
        }
      }}
    >
      <div className="stage-menu-title" data-user translate="no">{label}</div>
      <button type="button" role="menuitem" disabled={!named} title={named ? undefined : t('language.menuUnnamed')} onClick={() => run('editor.action.rename')}>
        {t('language.menuRename')} <kbd>F2</kbd>
      </button>
      <button type="button" role="menuitem" onClick={() => run('editor.action.referenceSearch.trigger')}>
        {t('language.menuReferences')} <kbd>Shift+F12</kbd>
      </button>
    </div>
  );
}
