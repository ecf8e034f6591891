/**
 * What the file tabs have to say, under them: a rename's error, Undo for the last deleted file, a file
 * action the store refused or adjusted (store `notice`), and that the files are too large to autosave.
 * Names are user text: rendered as text, never as HTML.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceFile } from '../../core/workspace/index.ts';
import { useSaveOutcome, useStore } from '../state/store.tsx';
import { useLargeFailing } from '../share/LargeNotice.tsx';
import type { WorkspaceNotice } from '../state/types.ts';
import { fileNameMessage } from './messages.ts';
import { RENAME_ERROR_ID } from './RenameField.tsx';
import type { TFunction } from 'i18next';

/** A deleted file, with where it was, until Undo or the next deletion. */
export interface Deleted {
  readonly file: WorkspaceFile;
  readonly index: number;
  readonly wasActive: boolean;
}

function noticeText(t: TFunction, n: WorkspaceNotice): string {
  return n.kind === 'renamed'
    ? t('workspace.renamedOnOpen', { from: n.from, to: n.to })
    : t('workspace.refused', { name: n.name, reason: fileNameMessage(t, n.error) });
}

export function WorkspaceMessages({ renameError, deleted, onUndo, onDismissDeleted }: {
  readonly renameError: string | null;
  readonly deleted: Deleted | null;
  readonly onUndo: (d: Deleted) => void;
  readonly onDismissDeleted: () => void;
}) {
  const { t } = useTranslation();
  const { notice } = useStore();
  const saved = useSaveOutcome();
  const largeFailing = useLargeFailing();
  const [dismissed, setDismissed] = useState(-1);
  const showNotice = notice !== null && notice.seq !== dismissed;
  return (
    <div className="file-messages">
      {renameError && (
        <p id={RENAME_ERROR_ID} className="file-error" role="alert" data-testid="file-rename-error">{renameError}</p>
      )}
      <div role="status" className="file-status">
        {deleted && (
          <p className="file-note" data-testid="file-deleted">
            <span>{t('workspace.deleted', { name: deleted.file.name })}</span>{' '}
            <button type="button" data-testid="file-undo" onClick={() => onUndo(deleted)}>{t('workspace.undo')}</button>{' '}
            <button type="button" aria-label={t('workspace.dismiss')} title={t('workspace.dismiss')} onClick={onDismissDeleted}>×</button>
          </p>
        )}
        {showNotice && (
          <p className="file-note" data-testid="file-notice" data-kind={notice.value.kind}>
            {noticeText(t, notice.value)}{' '}
            <button type="button" aria-label={t('workspace.dismiss')} title={t('workspace.dismiss')} onClick={() => setDismissed(notice.seq)}>×</button>
          </p>
        )}
        {saved === 'quota' && <p className="file-note file-warn" data-testid="file-not-saved" data-reason="quota">{t('workspace.notSaved')}</p>}
        {saved === 'quota' && largeFailing === null && <p className="file-note" data-testid="file-kept-in-history">{t('versions.keptInHistory')}</p>}
        {saved === 'unavailable' && <p className="file-note file-warn" data-testid="file-not-saved" data-reason="unavailable">{t('safety.storageUnavailable')}</p>}
      </div>
    </div>
  );
}
