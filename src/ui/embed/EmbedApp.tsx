/**
 * The read-only embed (`?view=embed`): the graph alone, optionally beside the source (`&editor=1`),
 * sized to its iframe, with a link that opens the full app on the same workspace (same fragment).
 */
import { useRef } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { GraphView } from '../graph/GraphView.tsx';
import { LinkErrorBanner } from '../share/Banners.tsx';
import { useFragmentSync } from '../share/useFragmentSync.ts';
import { useDarkTheme } from '../state/useTheme.ts';
import { useAnalysis } from '../state/useAnalysis.ts';
import { useLastGood } from '../state/useLastGood.ts';
import { useStore } from '../state/store.tsx';
import { MAX_DRAWN_NODES } from '../state/view.ts';
import { openInAppUrl } from './embedUrl.ts';
import { useFitOnResize } from './useFitOnResize.ts';
import './embed.css';

const ignoreView = (): void => undefined;

export function EmbedApp({ withEditor }: { readonly withEditor: boolean }) {
  const { t } = useTranslation();
  const s = useStore();
  const dark = useDarkTheme(s.options.theme);
  const { view } = useAnalysis(s.text, s.version, s.options);
  const shown = useLastGood(view);
  const sync = useFragmentSync({ write: false, tab: 'embed', view: 'graph', onView: ignoreView });
  const body = useRef<HTMLDivElement>(null);
  useFitOnResize(body);
  const gv = shown.view;
  const count = gv?.graph.nodes.length ?? 0;
  const graph = gv && count > 0 && count <= MAX_DRAWN_NODES ? gv.graph : null;

  return (
    <div className={`sc-embed${withEditor ? ' with-editor' : ''}`} data-testid="embed">
      <header className="sc-embed-bar">
        <h1 className="sc-embed-title">{t('app.title')}</h1>
        <a href={openInAppUrl(location.href)} target="_blank" rel="noopener" data-testid="open-in-app">
          {t('share.openInApp')} <span aria-hidden="true">↗</span>
        </a>
      </header>
      <main className="sc-embed-body" ref={body}>
        {withEditor && (
          <pre className="sc-embed-source" tabIndex={0} aria-label={t('share.embedSource')} data-testid="embed-source" translate="no">
            {s.text}
          </pre>
        )}
        <section className="graph-section" aria-label={t('graph.label')}>
          <ReactFlowProvider>
            <GraphView graph={graph} stages={gv?.stages ?? []} stale={shown.stale} dark={dark} tooLarge={count > MAX_DRAWN_NODES ? count : null} />
          </ReactFlowProvider>
          {sync.error && <LinkErrorBanner error={sync.error} onDismiss={sync.dismissError} />}
        </section>
      </main>
    </div>
  );
}
