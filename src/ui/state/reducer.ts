/** The single mutation gateway: every state change is one of these actions. */
import type { Action, Options, State } from './types.ts';

export function initialState(text: string, options: Options): State {
  return {
    text,
    version: 0,
    externalVersion: 0,
    options,
    example: null,
    expanded: [],
    cursorLine: null,
    selectedNode: null,
    reveal: null,
    focusNode: null,
    view: 'graph',
    fit: 0,
    seq: 0,
  };
}

const withOptions = (s: State, patch: Partial<Options>): State => ({ ...s, options: { ...s.options, ...patch } });

export function reducer(s: State, a: Action): State {
  switch (a.type) {
    case 'setText':
      return a.text === s.text ? s : { ...s, text: a.text, version: s.version + 1, example: null };
    case 'loadText':
      return {
        ...s,
        text: a.text,
        version: s.version + 1,
        externalVersion: s.externalVersion + 1,
        example: a.example,
        options: { ...s.options, target: null, buildArgs: {} },
        expanded: [],
        selectedNode: null,
        cursorLine: null,
        fit: s.fit + 1,
      };
    case 'setTarget':
      return withOptions(s, { target: a.target });
    case 'setBuildArg': {
      const buildArgs = { ...s.options.buildArgs };
      if (a.value === null) delete buildArgs[a.name];
      else buildArgs[a.name] = a.value;
      return withOptions(s, { buildArgs });
    }
    case 'setDirection':
      return { ...withOptions(s, { direction: a.direction }), fit: s.fit + 1 };
    case 'setTheme':
      return withOptions(s, { theme: a.theme });
    case 'setLanguage':
      return withOptions(s, { language: a.language });
    case 'setClassic':
      return withOptions(s, { classic: a.classic });
    case 'setMinimap':
      return withOptions(s, { minimap: a.minimap });
    case 'toggleExpanded':
      return {
        ...s,
        expanded: s.expanded.includes(a.stage) ? s.expanded.filter((x) => x !== a.stage) : [...s.expanded, a.stage],
      };
    case 'cursor':
      return a.line === s.cursorLine ? s : { ...s, cursorLine: a.line };
    case 'selectNode':
      return {
        ...s,
        selectedNode: a.id,
        seq: s.seq + 1,
        reveal: a.range ? { value: a.range, seq: s.seq + 1 } : s.reveal,
      };
    case 'reveal':
      return { ...s, seq: s.seq + 1, reveal: { value: a.range, seq: s.seq + 1 } };
    case 'gotoProblem':
      return {
        ...s,
        seq: s.seq + 1,
        reveal: { value: a.range, seq: s.seq + 1 },
        selectedNode: a.nodeId ?? s.selectedNode,
        focusNode: a.nodeId ? { value: a.nodeId, seq: s.seq + 1 } : s.focusNode,
      };
    case 'setView':
      return a.view === s.view ? s : { ...s, view: a.view };
    case 'fitView':
      return { ...s, fit: s.fit + 1 };
  }
}
