/** The "new file" form under the tabs: a name, checked as it is typed, then Add (or Esc / Cancel). */
import { useTranslation } from 'react-i18next';
import type { FileNameError } from '../../core/workspace/index.ts';
import { NameInput } from './NameInput.tsx';
import { useNameDraft } from './useNameDraft.ts';

const ERROR_ID = 'file-add-error';

export function AddFileForm({ validate, onAdd, onCancel }: {
  readonly validate: (name: string) => FileNameError | null;
  readonly onAdd: (name: string) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const name = useNameDraft('', validate);
  const submit = (): void => {
    const ok = name.attempt();
    if (ok !== null) onAdd(ok);
  };
  return (
    <form
      className="file-form"
      data-testid="file-add-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label className="field">
        <span>{t('workspace.nameLabel')}</span>
        <NameInput
          testId="file-name-input"
          label={t('workspace.nameLabel')}
          placeholder={t('workspace.namePlaceholder')}
          value={name.draft}
          onChange={name.setDraft}
          errorId={name.message ? ERROR_ID : null}
          onSubmit={submit}
          onCancel={onCancel}
        />
      </label>
      <button type="submit" data-testid="file-add-submit">{t('workspace.create')}</button>
      <button type="button" onClick={onCancel}>{t('workspace.cancel')}</button>
      {name.message && (
        <p id={ERROR_ID} className="file-error" role="alert" data-testid="file-name-error">
          {name.message}
        </p>
      )}
    </form>
  );
}
