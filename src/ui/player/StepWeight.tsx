/** Give the step under the editor's cursor more ticks (a slow RUN), and watch the critical path move. */
import { useTranslation } from 'react-i18next';
import { useStore } from '../state/store.tsx';
import type { Player } from './PlayerContext.tsx';

const CHOICES = [1, 2, 3, 5, 8, 13];

export function StepWeight({ p }: { readonly p: Player }) {
  const { t } = useTranslation();
  const line = useStore().cursorLine;
  const step = line === null ? undefined : p.schedule.steps.find((s) => s.line === line && s.kind === 'instruction') ?? p.schedule.steps.find((s) => s.line === line);
  if (!step) return <p className="muted pl-help" data-testid="player-weight-hint">{t('build.weightHint')}</p>;
  const value = p.weights.get(step.line) ?? 1;
  return (
    <label className="pl-weight">
      <span translate="no" className="pl-weight-step">{t('build.weightLabel', { line: step.line })}</span>{' '}
      <select data-testid="player-weight" value={value} onChange={(e) => p.setWeight(step.line, Number(e.target.value))}>
        {CHOICES.map((n) => (
          <option key={n} value={n}>{t('build.weightTicks', { count: n })}</option>
        ))}
      </select>
    </label>
  );
}
