/** What the build is doing now, and how the two builders compare. */
import { useTranslation } from 'react-i18next';
import type { Player } from './PlayerContext.tsx';
import { Verdict } from './Verdict.tsx';
import { conjunctionFormat } from '../i18n/formatters.ts';

export function Status({ p }: { readonly p: Player }) {
  const { t, i18n } = useTranslation();
  if (p.outcome.kind !== 'schedule') return <div className="pl-status"><Verdict outcome={p.outcome} /></div>;
  const sched = p.schedule;
  const classic = sched.builder === 'classic';
  const [bk, cl] = classic ? [p.otherTicks, sched.ticks] : [sched.ticks, p.otherTicks];
  const running = p.frame.running.map((id) => sched.steps[id]!.instruction);
  const now =
    sched.ticks === 0 ? t('build.nothing')
    : running.length > 0 ? t('build.running', { what: conjunctionFormat(i18n.language).format(running) })
    : p.tick >= sched.ticks ? t('build.finished')
    : t('build.idle');
  return (
    <div className="pl-status">
      <p className="pl-now" data-testid="player-now">{now}</p>
      {sched.ticks > 0 && (
        <>
          <p className="muted">{t(classic ? 'build.summaryClassic' : 'build.summaryBuildkit', { steps: sched.steps.length, ticks: sched.ticks })}</p>
          <p data-testid="player-compare">{p.other.kind === 'cannotBuild' ? t('verdict.compareCannot', { line: p.other.line, feature: p.other.feature }) : cl > bk ? t('build.classicMore', { count: cl - bk, classic: cl, buildkit: bk }) : t('build.classicSame', { classic: cl })}</p>
        </>
      )}
    </div>
  );
}
