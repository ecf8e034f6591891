/**
 * Which error BuildKit stops at: with several errors, the first one BuildKit meets is
 * marked "stops here" and the others "would say this next" (the core decides, in
 * BuildKit's phase order; see core/analyze/firstError.ts).
 */
import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../core/model.ts';

export function FirstErrorMark({ diagnostic, several }: { readonly diagnostic: Diagnostic; readonly several: boolean }) {
  const { t } = useTranslation();
  if (diagnostic.severity !== 'error' || !several) return null;
  const next = diagnostic.afterFirstError === true;
  return (
    <span className={next ? 'first-error next' : 'first-error'} data-testid="first-error-mark" data-next={next}>
      {next ? t('fidelity.afterFirstError') : t('fidelity.firstError')}
    </span>
  );
}
