/**
 * The share layer's one mount point in the main app (inside the graph pane's ReactFlowProvider):
 * Copy link, Embed, Export, History and Present, the link and conflict notices, and the
 * presentation overlay. It owns the URL ↔ store sync for the full app.
 */
import { useCallback, useState } from 'react';
import type { ViewMode } from '../../core/share/index.ts';
import { useDispatch, useStore } from '../state/store.tsx';
import { useTranslation } from 'react-i18next';
import type { StageSpan } from '../state/view.ts';
import { appBase, embedUrl, iframeSnippet } from '../embed/embedUrl.ts';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { Presentation } from '../present/Presentation.tsx';
import { ConflictBanner, LinkErrorBanner } from './Banners.tsx';
import { copyText } from './clipboard.ts';
import { HistoryMenu } from './HistoryMenu.tsx';
import { IncomingLinkBanner } from './IncomingLinkBanner.tsx';
import { LargeNotice } from './LargeNotice.tsx';
import { UpdateBanner } from './UpdateBanner.tsx';
import { Menu } from './Menu.tsx';
import { useFragmentSync } from './useFragmentSync.ts';
import { useTabGuard } from './useTabGuard.ts';
import './share.css';

/** Longer links may be cut by chat apps and trackers (about 2,000 characters is safe everywhere). */
const SAFE_LINK_CHARS = 2000;

export function ShareBar({ stages }: { readonly stages: readonly StageSpan[] }) {
  const { t } = useTranslation();
  const guard = useTabGuard(true);
  const { view } = useStore();
  const dispatch = useDispatch();
  const [status, setStatus] = useState('');
  const onView = useCallback((v: ViewMode) => dispatch({ type: 'setView', view: v }), [dispatch]);
  const sync = useFragmentSync({ write: true, tab: guard.tab, view, onView });
  const link = sync.fragment === null ? '' : `${appBase(location.href)}#${sync.fragment}`;

  const copy = async (text: string, done: string): Promise<void> => {
    setStatus(''); // re-announce the same message on a second copy
    setStatus((await copyText(text)) ? done : t('share.copyFailed'));
  };
  const copyEmbed = (withEditor: boolean): Promise<void> => {
    const src = embedUrl(location.href, sync.fragment ?? '', withEditor);
    return copy(iframeSnippet(src, t('share.embedTitle')), t('share.embedCopied'));
  };

  return (
    <>
      <div className="sc-sharebar" role="toolbar" aria-label={t('share.bar')} data-testid="share-bar">
        <button
          type="button"
          data-testid="copy-link"
          data-link={link}
          disabled={sync.fragment === null}
          title={sync.fragment === null ? t('safety.linkTooLong') : undefined}
          onClick={() => { sync.markShared(); void copy(link, link.length > SAFE_LINK_CHARS ? t('share.linkCopiedLong', { count: link.length }) : t('share.linkCopied')); }}
        >
          {t('share.copyLink')}
        </button>
        <Menu label={t('share.embed')} testId="embed">
          {(close) => (
            <>
              <button type="button" data-testid="copy-embed" onClick={() => { void copyEmbed(false); close(); }}>{t('share.copyEmbed')}</button>
              <button type="button" data-testid="copy-embed-editor" onClick={() => { void copyEmbed(true); close(); }}>{t('share.copyEmbedEditor')}</button>
            </>
          )}
        </Menu>
        <ExportMenu link={link} onStatus={setStatus} />
        <HistoryMenu tab={guard.tab} onRestore={sync.restore} onRestoreLarge={sync.restoreWorkspace} />
        <button type="button" data-testid="present" onClick={() => onView('presentation')}>{t('share.present')}</button>
        <span className="sc-status" role="status" data-testid="share-status">{status}</span>
      </div>
      {sync.error && <LinkErrorBanner error={sync.error} onDismiss={sync.dismissError} />}
      <UpdateBanner />
      <LargeNotice />
      {sync.incoming !== null && <IncomingLinkBanner onOpen={sync.acceptIncoming} onKeep={sync.rejectIncoming} />}
      {guard.theirs !== null && <ConflictBanner onKeep={guard.keepMine} onTake={guard.takeTheirs} />}
      {view === 'presentation' && <Presentation stages={stages} onExit={() => onView('graph')} />}
    </>
  );
}
