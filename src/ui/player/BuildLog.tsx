/** The simulated log, printed up to the player's tick and kept scrolled to its end. */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { buildkitProgress, classicProgress } from '../../core/schedule/index.ts';
import type { Player } from './PlayerContext.tsx';

export function BuildLog({ p }: { readonly p: Player }) {
  const { t } = useTranslation();
  const box = useRef<HTMLPreElement>(null);
  const classic = p.schedule.builder === 'classic';
  const lines = useMemo(
    () => (classic ? classicProgress(p.analysis, p.schedule, p.fileName) : buildkitProgress(p.analysis, p.schedule, p.cache ?? undefined, p.fileName)),
    [classic, p.analysis, p.schedule, p.cache, p.fileName],
  );
  const shown = lines.filter((l) => l.tick <= p.tick);
  useEffect(() => {
    const el = box.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [shown.length]);
  return (
    <figure className="pl-log">
      <figcaption><strong>{t('build.log')}</strong> <span className="muted">{t(classic ? 'build.logClassic' : 'build.logBuildkit')}</span></figcaption>
      <pre ref={box} role="log" data-testid="player-log" translate="no" tabIndex={0}>
        {shown.map((l, i) => (
          <span key={i} className={l.step !== undefined && p.frame.steps[l.step] === 'running' ? 'is-running' : undefined}>
            {l.text}
            {'\n'}
          </span>
        ))}
      </pre>
    </figure>
  );
}
