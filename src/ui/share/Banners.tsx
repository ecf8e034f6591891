/**
 * The two notices the share layer may show above the graph: a bad link (what is wrong, and that the
 * local work was kept) and a save conflict with another tab. Everything from a link is plain text.
 */
import { useTranslation } from 'react-i18next';
import type { DecodeError } from '../../core/share/index.ts';
import { decodeErrorMessage } from './messages.ts';

export function LinkErrorBanner({ error, onDismiss }: { readonly error: DecodeError; readonly onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="sc-banner sc-banner-error" role="alert" data-testid="link-error" data-kind={error.kind}>
      <strong>{t('share.linkErrorTitle')}</strong>
      <p data-testid="link-error-message">{decodeErrorMessage(t, error)}</p>
      <p>{t('share.linkErrorKept')}</p>
      <button type="button" onClick={onDismiss}>{t('share.dismiss')}</button>
    </div>
  );
}

export function ConflictBanner({ onKeep, onTake }: { readonly onKeep: () => void; readonly onTake: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="sc-banner sc-banner-warn" role="alert" data-testid="tab-conflict">
      <strong>{t('share.conflictTitle')}</strong>
      <p>{t('share.conflictText')}</p>
      <p>{t('safety.conflictHeld')}</p>
      <button type="button" data-testid="keep-mine" onClick={onKeep}>{t('share.keepMine')}</button>{' '}
      <button type="button" data-testid="take-theirs" onClick={onTake}>{t('share.takeTheirs')}</button>
    </div>
  );
}
