/**
 * Tools for dense graphs, on the graph itself: a switch that keeps only the target's own
 * subgraph (the rest folded into one node, see core/graph/focus.ts) and a stage search
 * (type part of a name; Enter selects the first match and centres it).
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchStages } from '../../core/graph/focus.ts';
import type { GraphModel, StageNode } from '../../core/graph/types.ts';
import { useListRoom } from './useListRoom.ts';
import '../styles/dense.css';

export interface DenseToolsProps {
  /** The whole graph (search finds folded stages too: choosing one shows all). */
  readonly graph: GraphModel;
  readonly classic: boolean;
  readonly focus: boolean;
  readonly onFocus: (on: boolean) => void;
  readonly onPick: (stage: StageNode) => void;
}

export function DenseTools({ graph, classic, focus, onFocus, onPick }: DenseToolsProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const listId = useId();
  const hits = useMemo(() => searchStages(graph, query), [graph, query]);
  const results = useRef<HTMLUListElement>(null);
  // At most down to the zoom buttons (or legend, note) below: the list scrolls the rest.
  const room = useListRoom(results, query.trim() !== '' && hits.length > 0, hits.length);
  const pick = (n: StageNode) => {
    setQuery('');
    onPick(n);
  };
  const built = (n: StageNode) => (classic ? n.classicBuilt : n.reachable);
  return (
    <div className="dense-tools" role="group" aria-label={t('dense.tools')} data-testid="dense-tools">
      <label title={t('dense.focusTitle')}>
        <input type="checkbox" data-testid="focus-mode" checked={focus} onChange={(e) => onFocus(e.target.checked)} />
        {t('dense.focus')}
      </label>
      <input
        type="search"
        data-testid="stage-search"
        aria-label={t('dense.search')}
        aria-describedby={`${listId}-help`}
        aria-controls={listId}
        placeholder={t('dense.searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && hits[0]) {
            e.preventDefault();
            pick(hits[0]);
          } else if (e.key === 'Escape') setQuery('');
        }}
      />
      <p className="dense-help" id={`${listId}-help`} hidden={query.trim() === ''}>{t('dense.searchHelp')}</p>
      {query.trim() !== '' && (
        hits.length === 0 ? (
          <p className="dense-none" role="status">{t('dense.searchNone')}</p>
        ) : (
          <ul ref={results} className="dense-results" id={listId} data-testid="stage-search-results" style={room === undefined ? undefined : { maxHeight: Math.min(220, room) }}>
            {hits.map((n) => (
              <li key={n.id}>
                <button type="button" onClick={() => pick(n)}>
                  <span data-user translate="no">#{n.stage} {n.label}</span>
                  {!built(n) && <span className="dense-unbuilt">{t('dense.searchFolded')}</span>}
                </button>
              </li>
            ))}
          </ul>
        )
      )}
    </div>
  );
}
