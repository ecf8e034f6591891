/** "A new version is ready": reloads into it only when the person agrees (their text is kept). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyUpdate, onUpdateReady } from './registerOffline.ts';
import './safety.css';

export function UpdateBanner() {
  const { t } = useTranslation();
  const [ready, setReady] = useState(false);
  const [later, setLater] = useState(false);
  useEffect(() => onUpdateReady(setReady), []);
  if (!ready || later) return null;
  return (
    <div className="sc-banner sc-banner-info" role="status" data-testid="update-ready">
      <strong>{t('safety.updateReady')}</strong> <span>{t('safety.updateKeeps')}</span>{' '}
      <button type="button" data-testid="update-reload" onClick={applyUpdate}>{t('safety.updateReload')}</button>{' '}
      <button type="button" onClick={() => setLater(true)}>{t('safety.updateLater')}</button>
    </div>
  );
}
