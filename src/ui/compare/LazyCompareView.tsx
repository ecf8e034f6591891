/**
 * The comparison view's mount point in the main area: the section (so the layout switches at once)
 * and the view itself, loaded on first use (it is not needed for the graph).
 */
import { lazy, Suspense, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPARE_IDS } from './testIds.ts';
import type { CompareViewProps } from './types.ts';
import './compare-layout.css';

const CompareView = lazy(() => import('./CompareView.tsx'));

export function LazyCompareView(props: CompareViewProps) {
  const { t } = useTranslation();
  // Before the first paint, so the graph and the comparison never show together.
  useLayoutEffect(() => {
    document.body.classList.add('sc-comparing');
    return () => document.body.classList.remove('sc-comparing');
  }, []);
  return (
    <section className="compare-section" id="compare-pane" aria-label={t('compare.title')} data-testid={COMPARE_IDS.view}>
      <Suspense fallback={<p className="compare-loading">{t('compare.loading')}</p>}>
        <CompareView {...props} />
      </Suspense>
    </section>
  );
}
