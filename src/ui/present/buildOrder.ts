/**
 * The order a presentation steps in: build order, each stage after every stage it starts from or
 * copies/mounts from (ties by file order), and the `docker build` command that builds up to it.
 * Pure, over the graph model.
 */
import type { GraphModel, StageNode } from '../../core/graph/types.ts';

export interface PresentStep {
  readonly stage: number;
  /** BuildKit builds it for the current target (the classic builder: `classic`). */
  readonly built: boolean;
}

const stageOf = (id: string): number | null => (id.startsWith('stage:') ? Number(id.slice(6)) : null);

/** Stages in build order (Kahn's algorithm, smallest index first); unbuilt ones only when asked. */
export function buildOrder(graph: GraphModel, options: { readonly includeUnbuilt: boolean; readonly classic: boolean }): PresentStep[] {
  const stages = graph.nodes.filter((n): n is StageNode => n.kind === 'stage');
  const deps = new Map<number, Set<number>>(stages.map((s) => [s.stage, new Set<number>()]));
  for (const e of graph.edges) {
    const from = stageOf(e.source);
    if (from !== null && from !== e.stage) deps.get(e.stage)?.add(from);
  }
  const out: PresentStep[] = [];
  const done = new Set<number>();
  const byIndex = [...stages].sort((a, b) => a.stage - b.stage);
  while (done.size < byIndex.length) {
    // A cycle (an error the problems list reports) must not stop the presentation: take the first left.
    const next = byIndex.find((s) => !done.has(s.stage) && [...(deps.get(s.stage) ?? [])].every((d) => done.has(d) || !deps.has(d)))
      ?? byIndex.find((s) => !done.has(s.stage))!;
    done.add(next.stage);
    const built = options.classic ? next.classicBuilt : next.reachable;
    if (built || options.includeUnbuilt) out.push({ stage: next.stage, built });
  }
  return out;
}

/** The command that builds up to `stage`: `--target name`, plain for the last stage, null for an unnamed earlier one. */
export function buildCommand(stage: StageNode, last: boolean, classic: boolean): string | null {
  const env = classic ? 'DOCKER_BUILDKIT=0 ' : '';
  if (stage.name !== null) return `${env}docker build --target ${stage.name} .`;
  return last ? `${env}docker build .` : null;
}
