/** In presentation mode, the player in large type above the graph (while the Build tab is open). */
import { useTranslation } from 'react-i18next';
import { Controls } from './Controls.tsx';
import { useActivePlayer } from './PlayerContext.tsx';
import { Status } from './Status.tsx';
import './player.css';

export function PresentBar() {
  const { t } = useTranslation();
  const p = useActivePlayer();
  if (!p) return null;
  return (
    <aside className="pl-present" data-testid="player-present" aria-label={t('build.label')}>
      <Controls p={p} large />
      <Status p={p} />
    </aside>
  );
}
