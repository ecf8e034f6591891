/**
 * The timeline: a lane per built stage, a block per step on the tick axis, the critical path
 * outlined, re-run steps marked, and a cursor at the player's tick. A block reveals its line.
 */
import { useTranslation } from 'react-i18next';
import { useDispatch } from '../state/store.tsx';
import { revealLine } from '../workspace/actions.ts';
import type { Player } from './PlayerContext.tsx';
import { useReasonText } from './reasons.ts';

export function Timeline({ p }: { readonly p: Player }) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const reason = useReasonText();
  const sched = p.schedule;
  const ticks = Math.max(sched.ticks, 1);
  const pct = (x: number) => `${(x / ticks) * 100}%`;
  const every = Math.max(1, Math.ceil(ticks / 10));
  const marks = Array.from({ length: Math.floor(ticks / every) + 1 }, (_, i) => i * every);
  return (
    <figure className="pl-timeline" data-testid="player-timeline">
      <figcaption>
        <strong>{t('build.timeline')}</strong> <span className="muted">{t('build.timelineHelp')}</span>
      </figcaption>
      <div className="pl-lanes">
        <div className="pl-lane pl-axis" aria-hidden="true">
          <span className="pl-lane-name" />
          <div className="pl-track">
            {marks.map((m) => (
              <span key={m} className="pl-axis-mark" style={{ left: pct(m) }}>{m}</span>
            ))}
          </div>
        </div>
        {sched.stages.map((st) => {
          const name = p.analysis.stages[st.index]?.displayName ?? String(st.index);
          return (
            <div key={st.index} className={`pl-lane${st.critical ? ' is-critical' : ''}`} data-testid="player-lane" data-stage={st.index}>
              <span className="pl-lane-name" title={name} translate="no">{name}</span>
              <div className="pl-track">
                {st.steps.map((id) => {
                  const step = sched.steps[id]!;
                  const c = p.cache?.steps[id];
                  const state = p.frame.steps[id];
                  const title = [t('build.stepTitle', { line: step.line, text: step.instruction, start: step.start, end: step.end }), c ? reason(c.reason) : ''].filter(Boolean).join('\n');
                  return (
                    <button
                      key={id}
                      type="button"
                      className={`pl-block is-${state}${step.critical ? ' is-critical' : ''}${c && !c.cached ? ' is-rerun' : ''}${step.kind === 'pull' ? ' is-pull' : ''}`}
                      style={{ left: pct(step.start), width: pct(step.end - step.start) }}
                      title={title}
                      aria-label={title}
                      data-testid="player-block"
                      data-line={step.line}
                      data-state={state}
                      data-rerun={c ? String(!c.cached) : undefined}
                      onClick={() => dispatch(revealLine(p.fileName, step.line))}
                    />
                  );
                })}
                <span className="pl-cursor" style={{ left: pct(p.tick) }} aria-hidden="true" />
              </div>
            </div>
          );
        })}
      </div>
      <p className="pl-legend muted" aria-hidden="true">
        <span className="pl-key is-critical" /> {t('build.criticalLegend')} <span className="pl-key is-rerun" /> {t('build.rerunLegend')}
      </p>
    </figure>
  );
}
