/**
 * A details tab whose content is loaded the first time it is opened (nothing the first graph
 * needs): a calm, translated "Loading…" meanwhile, in the panel's own place.
 */
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function LazyTab({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p className="tab-loading" role="status" data-testid="tab-loading">{t('loading.tab')}</p>}>{children}</Suspense>;
}
