/**
 * The cache what-if: a "Changed files" field (paths, folders or globs; suggestions from the
 * Dockerfile's own COPY sources), the build args to mark changed, and how many steps re-run.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../core/model.ts';
import { contextSources } from '../../core/schedule/index.ts';
import { splitPaths, type Player } from './PlayerContext.tsx';

/** COPY/ADD sources from the build context, in file order, without duplicates. */
export function copySources(a: Analysis): string[] {
  const out = new Set<string>();
  for (const ins of a.parse.instructions) {
    if ((ins.keyword === 'copy' || ins.keyword === 'add') && !ins.flags.some((f) => f.name === 'from')) {
      for (const s of contextSources(ins.args, ins.heredocs.map((h) => h.name))) if (s !== '.' && s !== './') out.add(s);
    }
  }
  return [...out].slice(0, 12);
}

/** Every build arg the file declares (before the first FROM or in a stage), in file order. */
export function declaredArgs(a: Analysis): string[] {
  const out = new Set<string>();
  for (const ins of a.parse.instructions) if (ins.keyword === 'arg') for (const w of ins.args) out.add(w.split('=')[0]!);
  return [...out].filter((n) => n !== '');
}

export function WhatIf({ p }: { readonly p: Player }) {
  const { t } = useTranslation();
  const id = useId();
  const sources = useMemo(() => copySources(p.analysis), [p.analysis]);
  const args = useMemo(() => declaredArgs(p.analysis), [p.analysis]);
  const current = splitPaths(p.changedPaths);
  const add = (path: string) => p.setChangedPaths([...current.filter((x) => x !== path), path].join(', '));
  return (
    <fieldset className="pl-whatif" data-testid="player-whatif">
      <legend>{t('build.whatIf')}</legend>
      <label htmlFor={`${id}-files`}>{t('build.changedFiles')}</label>
      <input
        id={`${id}-files`}
        type="text"
        data-testid="player-changed"
        value={p.changedPaths}
        placeholder={t('build.changedFilesPlaceholder')}
        aria-describedby={`${id}-help`}
        spellCheck={false}
        onChange={(e) => p.setChangedPaths(e.target.value)}
      />
      <p id={`${id}-help`} className="muted pl-help">{t('build.changedFilesHelp')}</p>
      {sources.length > 0 && (
        <p className="pl-suggest">
          <span className="muted">{t('build.suggestions')}</span>{' '}
          {sources.map((s) => (
            <button key={s} type="button" className="pl-chip" data-testid="player-suggestion" aria-label={t('build.addSuggestion', { path: s })} onClick={() => add(s)} translate="no">
              {s}
            </button>
          ))}
        </p>
      )}
      <div className="pl-args" role="group" aria-label={t('build.changedArgs')}>
        <span className="muted">{t('build.changedArgs')}:</span>{' '}
        {args.length === 0 ? <span className="muted">{t('build.noArgs')}</span> : args.map((a) => (
          <label key={a} className="pl-chip" translate="no">
            <input type="checkbox" data-testid="player-arg" value={a} checked={p.changedArgs.includes(a)} onChange={() => p.toggleArg(a)} /> {a}
          </label>
        ))}
      </div>
      <p className="pl-count" data-testid="player-rerun-count" data-rerun={p.cache?.rerun ?? ''} aria-live="polite">
        {p.whatIfWaits ? t('explain.ex.whatIfWaits') : p.cache ? t('build.rerunCount', { count: p.cache.rerun, total: p.cache.total }) : t('build.noChanges')}
      </p>
    </fieldset>
  );
}
