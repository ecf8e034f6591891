/** A diagnostic's message in the current language, rendered from its code and params. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../core/model.ts';
import { localiseParams } from '../i18n/diagParams.ts';

export function useDiagnosticMessage(): (d: Diagnostic) => string {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useCallback(
    (d: Diagnostic) => {
      void language; // re-render dependants when the language changes
      return t(`diag.${d.code}`, { ...localiseParams(d.params, language), defaultValue: d.message });
    },
    [t, language],
  );
}
