/**
 * A file tab's name. Names with invisible characters are refused when added or renamed, but an old
 * link or autosave may still hold one: it is shown with those characters made visible
 * (`build⟨U+200B⟩.sh`) and marked, so two lookalike tabs never read the same.
 */
import { useTranslation } from 'react-i18next';
import { hasInvisible, visibleName } from '../../core/workspace/names.ts';
import '../share/safety.css';

export function TabName({ name }: { readonly name: string }) {
  const { t } = useTranslation();
  if (!hasInvisible(name)) return <span className="file-tab-name" translate="no">{name}</span>;
  const shown = visibleName(name);
  return (
    <span className="file-tab-name file-tab-lookalike" translate="no" data-lookalike="true" title={t('safety.lookalikeName', { shown })}>
      <span aria-hidden="true">⚠ </span>{shown}
    </span>
  );
}
