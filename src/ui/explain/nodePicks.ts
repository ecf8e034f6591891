/**
 * "Which stages does --target X build?" answered on the graph: while `active`, a click on a stage
 * node (not on its fold button) toggles that stage; the picked nodes are outlined by a style rule
 * keyed on their data-stage, so the graph's own components stay untouched (and a node React Flow
 * re-creates keeps its outline). The checkboxes stay the keyboard way.
 */
import { useEffect } from 'react';
import { TEST_IDS } from '../testIds.ts';

export function useStageNodePicks(active: boolean, toggle: (stage: number) => void): void {
  useEffect(() => {
    if (!active) return undefined;
    const onClick = (e: MouseEvent): void => {
      const el = e.target instanceof Element ? e.target : null;
      if (!el || el.closest('button, a, input, select, textarea')) return;
      const node = el.closest(`[data-testid="${TEST_IDS.stageNode}"][data-stage]`);
      const stage = node ? Number(node.getAttribute('data-stage')) : NaN;
      if (Number.isSafeInteger(stage)) toggle(stage);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [active, toggle]);
}

/** The style rule that outlines the picked stage nodes. */
export function pickedNodesCss(stages: readonly number[]): string {
  if (stages.length === 0) return '';
  const sel = stages.map((i) => `[data-testid="${TEST_IDS.stageNode}"][data-stage="${i}"]`).join(',\n');
  return `${sel} { outline: 3px dashed var(--pick, #7c3aed); outline-offset: 4px; }`;
}
