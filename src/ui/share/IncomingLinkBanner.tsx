/**
 * Asks before a link replaces work the person never shared (the address changed while the page was
 * open: a chat app, another page driving this window). Only the last of a burst of links is asked
 * about; keeping the work puts its own link back in the address bar.
 */
import { useTranslation } from 'react-i18next';

export function IncomingLinkBanner({ onOpen, onKeep }: { readonly onOpen: () => void; readonly onKeep: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="sc-banner sc-banner-warn" role="alertdialog" aria-labelledby="incoming-title" data-testid="incoming-link">
      <strong id="incoming-title">{t('safety.incomingTitle')}</strong>
      <p>{t('safety.incomingText')}</p>
      <button type="button" data-testid="incoming-keep" onClick={onKeep}>{t('safety.incomingKeep')}</button>{' '}
      <button type="button" data-testid="incoming-open" onClick={onOpen}>{t('safety.incomingOpen')}</button>
    </div>
  );
}
