/**
 * Says when History could not keep a version of a large workspace (./largeVersions.ts): the
 * browser's storage is full, refused, or the workspace is over History's budget. The current work is
 * untouched either way (it is in the editor and the autosave); the notice says so, and how to act.
 */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissLargeProblem, LARGE_BUDGET_CHARS, largeFailing, largeProblem, onLargeProblem, formatSize } from './largeVersions.ts';

/** The failure to show (null once dismissed). */
export function useLargeProblem() {
  return useSyncExternalStore(onLargeProblem, largeProblem, () => null);
}

/** Whether the last attempt to keep a large version failed, dismissed or not. */
export function useLargeFailing() {
  return useSyncExternalStore(onLargeProblem, largeFailing, () => null);
}

export function LargeNotice() {
  const { t, i18n } = useTranslation();
  const problem = useLargeProblem();
  if (problem === null) return null;
  return (
    <div className="sc-banner sc-banner-warn" role="alert" data-testid="large-version-problem" data-problem={problem}>
      <p>{t(`versions.${problem}`, { budget: formatSize(LARGE_BUDGET_CHARS, i18n.language) })}</p>
      <button type="button" onClick={dismissLargeProblem}>{t('versions.dismiss')}</button>
    </div>
  );
}
