/** Play, pause, step back and forward, restart, speed, the tick, and the classic builder switch. */
import { useTranslation } from 'react-i18next';
import { useDispatch, useStore } from '../state/store.tsx';
import { SPEEDS, type Player } from './PlayerContext.tsx';

export function Controls({ p, large = false }: { readonly p: Player; readonly large?: boolean }) {
  const { t } = useTranslation();
  const s = useStore();
  const dispatch = useDispatch();
  const ticks = p.schedule.ticks;
  const atEnd = p.tick >= ticks;
  return (
    <div className={`pl-controls${large ? ' is-large' : ''}`}>
      <div className="pl-buttons" role="toolbar" aria-label={t('build.label')}>
        <button type="button" data-testid="player-restart" onClick={() => { p.setPlaying(false); p.setTick(0); }} title={t('build.restart')} aria-label={t('build.restart')}>↺</button>
        <button type="button" data-testid="player-back" onClick={() => { p.setPlaying(false); p.setTick(p.tick - 1); }} disabled={p.tick <= 0} title={t('build.stepBack')} aria-label={t('build.stepBack')}>|◀</button>
        <button
          type="button"
          data-testid="player-play"
          className="pl-play"
          onClick={() => {
            if (!p.playing && atEnd) p.setTick(0);
            p.setPlaying(!p.playing);
          }}
          aria-pressed={p.playing}
          disabled={ticks === 0}
        >
          {p.playing ? `⏸ ${t('build.pause')}` : `▶ ${t('build.play')}`}
        </button>
        <button type="button" data-testid="player-forward" onClick={() => { p.setPlaying(false); p.setTick(p.tick + 1); }} disabled={atEnd} title={t('build.stepForward')} aria-label={t('build.stepForward')}>▶|</button>
        <label className="pl-speed">
          {t('build.speed')}{' '}
          <select data-testid="player-speed" value={p.speed} onChange={(e) => p.setSpeed(Number(e.target.value))}>
            {SPEEDS.map((v) => (
              <option key={v} value={v}>{`${v}×`}</option>
            ))}
          </select>
        </label>
        <span className="pl-tick" data-testid="player-tick" data-tick={p.tick} data-ticks={ticks} aria-live="polite">
          {t('build.tick', { tick: p.tick, ticks })}
        </span>
      </div>
      {!large && (
        <label className="pl-classic">
          <input type="checkbox" data-testid="player-classic" checked={s.options.classic} onChange={(e) => dispatch({ type: 'setClassic', classic: e.target.checked })} />
          {t('build.classicSwitch')}
        </label>
      )}
    </div>
  );
}
