/** A cache reason (stable code + params) in the person's language. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CacheReason } from '../../core/schedule/index.ts';

export function useReasonText(): (r: CacheReason) => string {
  const { t } = useTranslation();
  return useCallback((r: CacheReason) => t(`build.reason_${r.code}`, r.params), [t]);
}
