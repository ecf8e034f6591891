/** A dot travelling along a COPY --from / RUN --mount from= edge while that step runs. */
import { useActivePlayer } from './PlayerContext.tsx';

const stageOf = (nodeId: string): number | null => (nodeId.startsWith('stage:') ? Number(nodeId.slice(6)) : null);

export function EdgeTravel({ source, target, path }: { readonly source: string; readonly target: string; readonly path: string }) {
  const p = useActivePlayer();
  if (!p) return null;
  const from = stageOf(source);
  const to = stageOf(target);
  if (to === null) return null;
  const moving = p.frame.running.some((id) => {
    const step = p.schedule.steps[id]!;
    if (step.stage !== to) return false;
    return step.deps.some((d) => {
      const dep = p.schedule.steps[d.step]!;
      if (d.kind === 'copy' || d.kind === 'mount') return dep.stage === from;
      // An image copied from: its pull step, on the edge from the image node.
      return d.kind === 'pull' && dep.ordinal === null && source === `image:${dep.image ?? ''}`;
    });
  });
  if (!moving) return null;
  return (
    <g className="pl-travel" data-testid="player-travel" data-source={source} data-target={target}>
      <path d={path} className="pl-travel-path" />
      <circle r={7} className="pl-travel-dot">
        <animateMotion dur="1.2s" repeatCount="indefinite" path={path} />
      </circle>
    </g>
  );
}
