/**
 * On a stage node while the player is on: the node lights up while its steps run, fills as they
 * finish (its layers adding up), and says how many of its steps the what-if re-runs. Stages the
 * builder does not build get nothing and stay dimmed. An overlay, so the node's own view is untouched.
 */
import { useTranslation } from 'react-i18next';
import { useActivePlayer } from './PlayerContext.tsx';

export function NodeProgress({ stage, far = false }: { readonly stage: number; readonly far?: boolean }) {
  const { t } = useTranslation();
  const p = useActivePlayer();
  const f = p?.frame.stages.get(stage);
  if (!p || !f) return null;
  const rerun = p.rerunByStage.get(stage) ?? 0;
  const running = f.running.map((id) => p.schedule.steps[id]!.instruction);
  const fill = f.totalSteps === 0 ? (f.state === 'done' ? 1 : 0) : f.doneSteps / f.totalSteps;
  return (
    <div className={`pl-node is-${f.state}${rerun > 0 ? ' has-rerun' : ''}`} data-testid="player-node" data-stage={stage} data-state={f.state} data-done={f.doneSteps} data-rerun={rerun} aria-hidden="true">
      {!far && (
        <div className="pl-node-strip">
          <span className="pl-node-fill" style={{ width: `${fill * 100}%` }} />
          <span className="pl-node-text" translate="no">
            {running.length > 0 ? `▶ ${running[0]}` : t('build.nodeProgress', { done: f.doneSteps, total: f.totalSteps, layers: f.doneLayers, allLayers: f.totalLayers })}
          </span>
          {rerun > 0 && <span className="pl-node-rerun">{t('build.nodeRerun', { count: rerun })}</span>}
        </div>
      )}
    </div>
  );
}
