/**
 * Undo for a History version deleted while the menu was open, once the menu has closed: a status
 * line at the foot of the graph (announced by screen readers, in the tab order right after the
 * History button), with Undo and Dismiss; Escape dismisses it. It stays until one of them, or the
 * next deletion: no timer takes the chance away.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissUndo, undoDelete, useDeletedVersion } from './historyUndo.ts';
import { versionTimeFormat } from '../i18n/formatters.ts';

export function HistoryUndoToast({ onDone }: { readonly onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const { deleted, putBackAt, listOpen } = useDeletedVersion();
  const box = useRef<HTMLDivElement>(null);
  const fmt = versionTimeFormat(i18n.language);
  const shown = deleted !== null && !listOpen;
  // Focus leaves with the toast: back to the History button, never to the page's top.
  const leave = (act: () => void): void => {
    const hadFocus = box.current?.contains(document.activeElement) ?? false;
    act();
    if (hadFocus) onDone();
  };
  return (
    // The live region is always there, so what appears in it is announced.
    <div role="status" className={shown ? 'sc-undo-toast' : 'sc-undo-region'} data-testid="history-undo-toast-region" ref={box}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && shown) {
          e.stopPropagation();
          leave(dismissUndo);
        }
      }}
    >
      {shown && (
        <p data-testid="history-undo-toast">
          <span>{t('versions.deleted', { time: fmt.format(deleted.kind === 'pending' ? deleted.at : deleted.e.at) })}</span>{' '}
          <button type="button" data-testid="history-undo-toast-undo" disabled={deleted.kind === 'pending'} onClick={() => leave(() => undoDelete())}>
            {t('versions.undo')}
          </button>{' '}
          <button type="button" data-testid="history-undo-toast-dismiss" aria-label={t('versions.dismiss')} title={t('versions.dismiss')} onClick={() => leave(dismissUndo)}>×</button>
        </p>
      )}
      {!shown && putBackAt !== null && <span className="sr-only" data-testid="history-put-back">{t('polish.history.putBack', { time: fmt.format(putBackAt) })}</span>}
    </div>
  );
}
