/**
 * The timeline: a lane per built stage, a block per step on the tick axis, the critical path
 * outlined, re-run steps marked, and a cursor at the player's tick. A block reveals its line.
 * Lanes are memoised on their blocks' states, so a tick re-renders only the lanes it changes.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CacheResult, ScheduleStage, ScheduleStep } from '../../core/schedule/index.ts';
import { useDispatch } from '../state/store.tsx';
import { revealLine } from '../workspace/actions.ts';
import type { Player } from './PlayerContext.tsx';
import { useReasonText } from './reasons.ts';

interface LaneProps {
  readonly st: ScheduleStage;
  readonly name: string;
  readonly steps: readonly ScheduleStep[];
  readonly ticks: number;
  /** The lane's block states, joined (`done running pending`): what a tick changes. */
  readonly states: string;
  readonly cache: CacheResult | null;
  /** The lane's what-if verdicts, joined: compared instead of `cache` itself. */
  readonly cacheKey: string;
  readonly fileName: string;
}

const sameLane = (a: LaneProps, b: LaneProps): boolean =>
  a.st === b.st && a.name === b.name && a.steps === b.steps && a.ticks === b.ticks && a.states === b.states && a.cacheKey === b.cacheKey && a.fileName === b.fileName;

function laneCacheKey(st: ScheduleStage, cache: CacheResult | null): string {
  if (!cache) return '';
  return st.steps.map((id) => {
    const c = cache.steps[id];
    return c ? `${c.cached ? 1 : 0}${c.reason.code}${JSON.stringify(c.reason.params)}` : '';
  }).join('|');
}

const Lane = memo(function Lane({ st, name, steps, ticks, states, cache, fileName }: LaneProps) {
  const { t } = useTranslation();
  const dispatch = useDispatch();
  const reason = useReasonText();
  const stateOf = states.split(' ');
  const pct = (x: number) => `${(x / ticks) * 100}%`;
  return (
    <div className={`pl-lane${st.critical ? ' is-critical' : ''}`} data-testid="player-lane" data-stage={st.index}>
      <span className="pl-lane-name" title={name} translate="no">{name}</span>
      <div className="pl-track">
        {st.steps.map((id, i) => {
          const step = steps[id]!;
          const c = cache?.steps[id];
          const state = stateOf[i];
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
              onClick={() => dispatch(revealLine(fileName, step.line))}
            />
          );
        })}
      </div>
    </div>
  );
}, sameLane);

export function Timeline({ p }: { readonly p: Player }) {
  const { t } = useTranslation();
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
            {/* One cursor across every lane (24 px each, see player.css). */}
            <span className="pl-cursor" data-testid="player-cursor" style={{ left: pct(p.tick), height: 14 + 24 * sched.stages.length }} />
          </div>
        </div>
        {sched.stages.map((st) => (
          <Lane
            key={st.index}
            st={st}
            name={p.analysis.stages[st.index]?.displayName ?? String(st.index)}
            steps={sched.steps}
            ticks={ticks}
            states={st.steps.map((id) => p.frame.steps[id]).join(' ')}
            cache={p.cache}
            cacheKey={laneCacheKey(st, p.cache)}
            fileName={p.fileName}
          />
        ))}
      </div>
      <p className="pl-legend muted" aria-hidden="true">
        <span className="pl-key is-critical" /> {t('build.criticalLegend')} <span className="pl-key is-rerun" /> {t('build.rerunLegend')}
      </p>
    </figure>
  );
}
