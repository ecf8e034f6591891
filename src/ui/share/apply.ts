/** Puts a restored snapshot into the one store, through its ordinary actions only. */
import type { Dispatch } from 'react';
import type { Action } from '../state/types.ts';
import type { Snapshot } from './bridge.ts';

export function applySnapshot(dispatch: Dispatch<Action>, s: Snapshot): void {
  // loadWorkspace resets target, build args and build contexts, so the options follow it.
  dispatch({ type: 'loadWorkspace', files: s.files, active: s.active, example: null });
  dispatch({ type: 'setTarget', target: s.target });
  for (const [name, value] of Object.entries(s.buildArgs)) dispatch({ type: 'setBuildArg', name, value });
  for (const [name, value] of Object.entries(s.buildContexts ?? {})) dispatch({ type: 'setBuildContext', name, value });
  dispatch({ type: 'setDirection', direction: s.direction });
  // A link restores the view it was made with: a switch it does not carry is off.
  dispatch({ type: 'setFocus', focus: s.focus === true });
  dispatch({ type: 'setPipeline', pipeline: s.pipeline === true });
  dispatch({ type: 'setClassic', classic: s.classic === true });
  if (s.selectedStage !== null) dispatch({ type: 'selectNode', id: `stage:${s.selectedStage}`, range: null });
}
