/**
 * The local history: the last versions (any tab), newest first; choosing one restores it, Delete
 * removes it (with Undo, which takes the focus so the keyboard stays in place, and stays on offer
 * after the menu closes: ./historyUndo.ts, ./HistoryUndoToast.tsx). Large versions
 * (./largeVersions.ts, kept in IndexedDB) are listed among them with their size, and the budget
 * they may use is stated.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../core/share/index.ts';
import type { HistoryEntry } from './history.ts';
import { forget, loadRing } from './historyStore.ts';
import { offerUndo, setListOpen, undoDelete, useDeletedVersion } from './historyUndo.ts';
import { HistoryUndoToast } from './HistoryUndoToast.tsx';
import { largeStore } from './largeStore.ts';
import {
  formatSize, LARGE_BUDGET_CHARS, LARGE_OWN_SLOTS, listLarge, loadLarge, takeLarge, type LargeMeta,
} from './largeVersions.ts';
import { Menu } from './Menu.tsx';
import './versions.css';
import { versionTimeFormat } from '../i18n/formatters.ts';

type Row = { readonly kind: 'ring'; readonly e: HistoryEntry } | { readonly kind: 'large'; readonly e: LargeMeta };

interface Props {
  readonly tab: string;
  readonly onRestore: (fragment: string) => void;
  readonly onRestoreLarge: (ws: Workspace) => void;
}

const keyOf = (r: Row): string => (r.kind === 'ring' ? `${r.e.at}-${r.e.fragment.length}-${r.e.tab}` : r.e.id);

function HistoryList({ tab, onRestore, onRestoreLarge, close }: Props & { readonly close: () => void }) {
  const { t, i18n } = useTranslation();
  const [large, setLarge] = useState<LargeMeta[] | null>(null);
  // The ring is read on render; the undo store's `seq` changes after every delete or undo.
  const { deleted } = useDeletedVersion();
  const reload = (): void => void listLarge(largeStore()).then(setLarge);
  useEffect(() => {
    let live = true;
    setListOpen(true);
    void listLarge(largeStore()).then((l) => { if (live) setLarge(l); });
    return () => { live = false; setListOpen(false); };
  }, []);
  const list = useRef<HTMLOListElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  const ring = loadRing();
  // The menu focuses its first item on open; when only large versions (read later) are listed, they take it.
  const onlyLarge = ring.length === 0 && (large?.length ?? 0) > 0;
  useEffect(() => {
    if (onlyLarge && deleted === null) list.current?.querySelector('button')?.focus();
  }, [onlyLarge, deleted]);
  useEffect(() => {
    if (deleted !== null) undo.current?.focus();
  }, [deleted]);
  const fmt = versionTimeFormat(i18n.language);
  const rows: Row[] = [...ring.map((e): Row => ({ kind: 'ring', e })), ...(large ?? []).map((e): Row => ({ kind: 'large', e }))]
    .sort((a, b) => b.e.at - a.e.at);

  const remove = (r: Row): void => {
    if (r.kind === 'ring') {
      const origin = forget(r.e);
      offerUndo(origin === null ? null : { kind: 'ring', e: r.e, origin });
    } else {
      setLarge((l) => l?.filter((v) => v.id !== r.e.id) ?? null);
      const at = r.e.at;
      offerUndo({ kind: 'pending', at });
      void takeLarge(largeStore(), r.e.id).then((v) => {
        offerUndo(v === null ? null : { kind: 'large', e: v });
        reload();
      });
    }
  };
  const putItBack = (): void => {
    undoDelete(reload);
    list.current?.querySelector('button')?.focus();
  };

  const largeOnes = large ?? [];
  const used = largeOnes.reduce((n, v) => n + v.chars, 0);
  return (
    <>
      {deleted !== null && (
        <p className="sc-menu-note sc-history-deleted" role="status" data-testid="history-deleted">
          {t('versions.deleted', { time: fmt.format(deleted.kind === 'pending' ? deleted.at : deleted.e.at) })}{' '}
          <button type="button" ref={undo} data-testid="history-undo" disabled={deleted.kind === 'pending'} onClick={putItBack}>{t('versions.undo')}</button>
        </p>
      )}
      {rows.length === 0 && large !== null && <p className="sc-menu-note">{t('share.historyEmpty')}</p>}
      {rows.length > 0 && (
        <ol className="sc-history" data-testid="history-list" ref={list}>
          {rows.map((r) => {
            const time = fmt.format(r.e.at);
            const label = r.e.tab === tab ? r.e.label : t('versions.otherTab', { label: r.e.label });
            const text = r.kind === 'ring'
              ? t('share.historyRestore', { time, label })
              : t('safety.historyLarge', { time, label, size: formatSize(r.e.chars, i18n.language) });
            return (
              <li key={keyOf(r)} className="sc-history-row">
                <button
                  type="button"
                  data-testid="history-entry"
                  data-large={r.kind === 'large' ? 'true' : undefined}
                  onClick={() => {
                    if (r.kind === 'ring') onRestore(r.e.fragment);
                    else void loadLarge(largeStore(), r.e.id).then((v) => { if (v !== null) onRestoreLarge(v.workspace); });
                    close();
                  }}
                >
                  {text}
                </button>
                <button type="button" className="sc-history-delete" data-testid="history-delete" aria-label={t('versions.deleteLabel', { time, label })} onClick={() => remove(r)}>
                  {t('versions.delete')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {largeOnes.length > 0 && (
        <p className="sc-menu-note sc-history-budget" data-testid="history-budget">
          {t('versions.budget', { count: largeOnes.length, max: LARGE_OWN_SLOTS, used: formatSize(used, i18n.language), budget: formatSize(LARGE_BUDGET_CHARS, i18n.language) })}
        </p>
      )}
    </>
  );
}

export function HistoryMenu(props: Props) {
  const { t } = useTranslation();
  const root = useRef<HTMLSpanElement>(null);
  return (
    <span className="sc-history-menu" ref={root}>
      <Menu label={t('share.history')} testId="history">
        {(close) => <HistoryList {...props} close={close} />}
      </Menu>
      <HistoryUndoToast onDone={() => root.current?.querySelector<HTMLButtonElement>('[data-testid="history"]')?.focus()} />
    </span>
  );
}
