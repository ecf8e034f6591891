/** The player's marks on the editor: running steps light up; steps the what-if re-runs are marked, their reason on hover. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LineMark } from '../editor/lineMarks.ts';
import { useActivePlayer } from './PlayerContext.tsx';
import { useReasonText } from './reasons.ts';

export function usePlayerLineMarks(): readonly LineMark[] | undefined {
  const p = useActivePlayer();
  const { t } = useTranslation();
  const reason = useReasonText();
  return useMemo(() => {
    if (!p) return undefined;
    const out: LineMark[] = [];
    for (const step of p.schedule.steps) {
      const c = p.cache?.steps[step.id];
      const state = p.frame.steps[step.id];
      if (state === 'running') out.push({ line: step.line, className: 'pl-line-running', hover: t('build.running', { what: step.instruction }) });
      if (c && !c.cached) out.push({ line: step.line, className: 'pl-line-rerun', hover: reason(c.reason) });
      else if (c) out.push({ line: step.line, className: 'pl-line-cached', hover: reason(c.reason) });
    }
    return out;
  }, [p, t, reason]);
}
