/**
 * Whole-graph checks: cycles (validations.go validateCircularDependency),
 * the target (convert.go resolveTarget), what BuildKit builds (the closure
 * over every edge kind) and what the classic builder builds (stages[:target+1]),
 * and the dispatch-time forward-reference check.
 */
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, Edge } from '../model.ts';
import { wholeLine } from '../position.ts';
import type { StageDraft } from './stages.ts';
import { didYouMean } from './suggest.ts';

const displayName = (st: StageDraft): string => st.name ?? `stage-${st.index}`;

/**
 * Cycle check over copy and mount edges, over all stages. Never base edges, and never
 * ONBUILD triggers: BuildKit parses those later, and only for stages it builds.
 */
export function checkCycles(stages: readonly StageDraft[], edges: readonly Edge[], out: Diagnostic[]): void {
  const deps: Edge[][] = stages.map(() => []);
  for (const e of edges) if ((e.kind === 'copy' || e.kind === 'mount') && e.source.kind === 'stage') deps[e.stage]?.push(e);
  const visited = new Uint8Array(stages.length);
  const onPath = new Uint8Array(stages.length);
  // Iterative DFS (a 2,000-stage chain must not overflow the stack); returns the first back-edge found.
  const visit = (root: number): Edge | null => {
    const stack: { node: number; next: number }[] = [{ node: root, next: 0 }];
    visited[root] = 1;
    onPath[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const list = deps[top.node] ?? [];
      if (top.next >= list.length) {
        onPath[top.node] = 0;
        stack.pop();
        continue;
      }
      const e = list[top.next++]!;
      const dep = e.source.kind === 'stage' ? e.source.stage : -1;
      if (dep < 0) continue;
      if (onPath[dep]) return e;
      if (!visited[dep]) {
        visited[dep] = 1;
        onPath[dep] = 1;
        stack.push({ node: dep, next: 0 });
      }
    }
    return null;
  };
  for (const st of stages) {
    if (visited[st.index]) continue;
    const back = visit(st.index);
    if (back !== null) {
      out.push(diagnostic('error', 'CircularDependency', wholeLine(back.line), { stage: displayName(st) }, st.index));
      return;
    }
  }
}

/** `--target` (case-insensitive among named stages, the last of a duplicated name) or the last stage. */
export function resolveTarget(stages: readonly StageDraft[], target: string | null | undefined, out: Diagnostic[]): number | null {
  if (stages.length === 0) return null;
  if (target === null || target === undefined || target === '') return stages.length - 1;
  const want = target.toLowerCase();
  let found: number | null = null;
  for (const st of stages) if (st.name === want) found = st.index;
  if (found === null) {
    const names = stages.flatMap((s) => (s.name === null ? [] : [s.name]));
    out.push(diagnostic('error', 'TargetNotFound', wholeLine(1), { target, suggestion: didYouMean(target, names) }));
  }
  return found;
}

/** Stages BuildKit builds for `target`: the closure over base, copy, mount and onbuild edges. */
export function reachableFrom(count: number, edges: readonly Edge[], target: number | null): boolean[] {
  const reach: boolean[] = new Array<boolean>(count).fill(false);
  if (target === null) return reach;
  const deps: number[][] = Array.from({ length: count }, () => []);
  for (const e of edges) if (e.source.kind === 'stage') deps[e.stage]?.push(e.source.stage);
  const todo = [target];
  reach[target] = true;
  while (todo.length > 0) {
    const n = todo.pop()!;
    for (const d of deps[n] ?? []) {
      if (!reach[d]) {
        reach[d] = true;
        todo.push(d);
      }
    }
  }
  return reach;
}

/** The `--from` / `from=` value as written (BuildKit prints it, not the stage's name). */
export function rawFrom(e: Edge): string {
  if (e.implicitFrom) return 'scratch';
  if (e.via.startsWith('--from=')) return e.via.slice('--from='.length);
  if (e.via.startsWith('from=')) return e.via.slice('from='.length);
  return e.via;
}

/**
 * Dispatch-time check: stages are built in file order, so a copy/mount/onbuild
 * source must come before the stage using it. An error for stages that are
 * built; only a warning for the others (a normal build never dispatches them).
 * BuildKit names the source as written and, for a mount, the mount's target
 * path; a mount without `from=` is checked only when it is a cache mount
 * (dispatchRunMounts sets its from to scratch).
 */
export function checkOrder(stages: readonly StageDraft[], edges: readonly Edge[], reach: readonly boolean[], out: Diagnostic[]): void {
  for (const e of edges) {
    if (e.kind === 'base' || e.source.kind !== 'stage' || e.source.stage <= e.stage) continue;
    if (e.implicitFrom && e.mountType !== 'cache') continue;
    const src = stages[e.source.stage];
    const cur = stages[e.stage];
    if (!src || !cur) continue;
    const mount = e.kind === 'mount' || e.trigger?.kind === 'mount';
    const from = rawFrom(e);
    const buildkit = mount
      ? `cannot mount from stage "${from}" to "${e.mountTarget ?? ''}", stage needs to be defined before current command`
      : `cannot copy from stage "${from}", it needs to be defined before current stage "${displayName(cur)}"`;
    out.push(
      diagnostic(reach[e.stage] ? 'error' : 'warning', 'StageUsedBeforeDefined', wholeLine(e.line), {
        verb: mount ? 'mount' : 'copy', source: displayName(src), stage: displayName(cur), buildkit,
      }, e.stage),
    );
  }
}
