/**
 * Renaming a file in place of its tab: Enter or leaving the field renames (when the name may be used),
 * Esc keeps the old name. The error is shown below the tab list (the parent renders it), tied to the field.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { nameError } from '../../core/workspace/index.ts';
import type { OpenFile } from '../state/types.ts';
import { NameInput } from './NameInput.tsx';
import { useNameDraft } from './useNameDraft.ts';

export const RENAME_ERROR_ID = 'file-rename-error';

export function RenameField({ file, files, onDone, onError }: {
  readonly file: OpenFile;
  readonly files: readonly OpenFile[];
  /** The new name, or null to keep the old one. */
  readonly onDone: (to: string | null) => void;
  readonly onError: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const index = files.indexOf(file);
  const name = useNameDraft(file.name, (n) => nameError(files, n, index));
  const done = useRef(false);
  const finish = (to: string | null): void => {
    if (done.current) return;
    done.current = true;
    onDone(to);
  };
  useEffect(() => onError(name.message), [name.message, onError]);
  return (
    <NameInput
      className="file-tab-input"
      testId="file-rename-input"
      label={t('workspace.renameLabel', { name: file.name })}
      value={name.draft}
      onChange={name.setDraft}
      errorId={name.message ? RENAME_ERROR_ID : null}
      onSubmit={() => {
        const to = name.attempt();
        if (to !== null) finish(to);
      }}
      onCancel={() => finish(null)}
      onBlur={() => finish(nameError(files, name.draft, index) === null ? name.draft : null)}
    />
  );
}
