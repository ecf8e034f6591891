/**
 * The Build tab: the player's controls and status, the cache what-if, the timeline and the log.
 * While it is open the player is on: the graph, the editor and the presentation follow it.
 * Keys, while focus is inside the panel (not in a text field): Space plays or pauses, ← → step.
 */
import { useEffect, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDispatch } from '../state/store.tsx';
import { BuildLog } from './BuildLog.tsx';
import { Controls } from './Controls.tsx';
import { usePlayer, type Player } from './PlayerContext.tsx';
import { Status } from './Status.tsx';
import { StepWeight } from './StepWeight.tsx';
import { Timeline } from './Timeline.tsx';
import { WhatIf } from './WhatIf.tsx';
import './player.css';

/** Space / arrows on the player; null when the key is not the player's. */
export function playerKey(p: Player, key: string): (() => void) | null {
  if (key === ' ') return () => { if (!p.playing && p.tick >= p.schedule.ticks) p.setTick(0); p.setPlaying(!p.playing); };
  if (key === 'ArrowRight') return () => { p.setPlaying(false); p.setTick(p.tick + 1); };
  if (key === 'ArrowLeft') return () => { p.setPlaying(false); p.setTick(p.tick - 1); };
  if (key === 'Home') return () => { p.setPlaying(false); p.setTick(0); };
  if (key === 'End') return () => { p.setPlaying(false); p.setTick(p.schedule.ticks); };
  return null;
}

export function BuildPanel() {
  const { t } = useTranslation();
  const p = usePlayer();
  const dispatch = useDispatch();
  const setOn = p?.setOn;
  useEffect(() => {
    setOn?.(true);
    // The details panel grows while the tab is open: fit the graph to what is left, and again after.
    dispatch({ type: 'fitView' });
    return () => {
      setOn?.(false);
      dispatch({ type: 'fitView' });
    };
  }, [setOn, dispatch]);
  if (!p?.on) return null;
  const onKey = (e: KeyboardEvent<HTMLElement>): void => {
    const el = e.target as HTMLElement;
    if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'text') return;
    if (el.tagName === 'SELECT' && e.key !== ' ') return;
    const act = playerKey(p, e.key);
    if (!act || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    act();
  };
  return (
    <section className={`pl-panel${p.outcome.kind === 'schedule' ? '' : ' is-blocked'}`} data-testid="player" aria-label={t('build.label')} onKeyDown={onKey} tabIndex={-1}>
      <div className="pl-side">
        <Controls p={p} />
        <p className="muted pl-help">{t('build.keysHelp')}</p>
        <Status p={p} />
        {p.outcome.kind === 'schedule' && (
          <>
            <StepWeight p={p} />
            <WhatIf p={p} />
          </>
        )}
      </div>
      {p.outcome.kind === 'schedule' && (
        <>
          <Timeline p={p} />
          <BuildLog p={p} />
        </>
      )}
    </section>
  );
}
