/**
 * The single mutation gateway: every state change is one of these actions.
 * Invariants kept by every case: 1..MAX_FILES files with unique valid names, `active` indexes one of
 * them, and `version` moves whenever the graph file's text does.
 */
import type { Range } from '../../core/model.ts';
import { fileNameIssue } from '../../core/share/names.ts';
import { MAX_FILES } from '../../core/share/workspace.ts';
import { freeName, graphFileIndex, isDockerfile, nameError, repairFiles, type WorkspaceFile } from '../../core/workspace/index.ts';
import type { Action, OpenFile, Options, State, StoreView, WorkspaceNotice } from './types.ts';

/** What the store starts from (the autosave, or one empty Dockerfile). */
export interface InitialFiles {
  readonly files: readonly WorkspaceFile[];
  readonly active: number;
  readonly lastDockerfile: string | null;
}

const clampIndex = (i: number, length: number): number => Math.min(Math.max(0, Math.trunc(i) || 0), Math.max(0, length - 1));

export function initialState(start: InitialFiles, options: Options): State {
  const files = repairFiles(start.files).map((f, id): OpenFile => ({ id, name: f.name, text: f.text }));
  const active = clampIndex(start.active, files.length);
  const current = files[active];
  return {
    files,
    active,
    lastDockerfile: current && isDockerfile(current.name) ? current.name : start.lastDockerfile,
    nextId: files.length,
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
    notice: null,
    seq: 0,
  };
}

/** The file the graph shows (core/workspace/graphFile.ts), or null. */
export function graphFile(s: Pick<State, 'files' | 'active' | 'lastDockerfile'>): OpenFile | null {
  const i = graphFileIndex(s.files, s.active, s.lastDockerfile);
  return i === null ? null : (s.files[i] ?? null);
}

type FilesPatch = Partial<Pick<State, 'files' | 'active' | 'lastDockerfile' | 'nextId'>>;

/**
 * Applies a change of files / active file and keeps what depends on them true:
 * - `lastDockerfile`: the active file when it is a Dockerfile; else, unless the patch sets it, the
 *   Dockerfile the graph showed before (by id, under its possibly new name), so the graph does not
 *   jump while scripts are opened, files renamed or other files added and deleted;
 * - `version`, when the graph's text changes;
 * - when the graph moves to another file, the graph's own view state (open stages, selection, cursor),
 *   which belonged to the old file, and a fit.
 */
function withFiles(s: State, patch: FilesPatch): State {
  const files = patch.files ?? s.files;
  const active = clampIndex(patch.active ?? s.active, files.length);
  const current = files[active];
  const before = graphFile(s);
  const kept = before ? files.find((f) => f.id === before.id) : undefined;
  const lastDockerfile =
    current && isDockerfile(current.name) ? current.name
    : patch.lastDockerfile !== undefined ? patch.lastDockerfile
    : kept && isDockerfile(kept.name) ? kept.name
    : s.lastDockerfile;
  const next: State = { ...s, ...patch, files, active, lastDockerfile };
  const after = graphFile(next);
  const moved = before?.id !== after?.id;
  const textChanged = (before?.text ?? '') !== (after?.text ?? '');
  return {
    ...next,
    version: textChanged ? s.version + 1 : s.version,
    ...(moved ? { expanded: [], selectedNode: null, cursorLine: null, fit: s.fit + 1 } : {}),
  };
}

function notify(s: State, notice: WorkspaceNotice): State {
  return { ...s, seq: s.seq + 1, notice: { value: notice, seq: s.seq + 1 } };
}

const indexOf = (s: State, name: string): number => s.files.findIndex((f) => f.name === name);

/** Loading keeps the ids of files whose names stay, so the editor adopts their new text undoably. */
function loadWorkspace(s: State, files: readonly WorkspaceFile[], active: number, example: string | null): State {
  const byName = new Map(s.files.map((f) => [f.name, f.id]));
  let nextId = s.nextId;
  const opened = repairFiles(files).map((f): OpenFile => ({ id: byName.get(f.name) ?? nextId++, name: f.name, text: f.text }));
  const loaded = withFiles(s, { files: opened, active, nextId, lastDockerfile: null });
  return {
    ...loaded,
    version: s.version + 1,
    externalVersion: s.externalVersion + 1,
    example,
    options: { ...s.options, target: null, buildArgs: {}, buildContexts: {} },
    expanded: [],
    selectedNode: null,
    cursorLine: null,
    fit: s.fit + 1,
  };
}

function addFile(s: State, a: Extract<Action, { type: 'addFile' }>): State {
  const error = nameError(s.files, a.name, null);
  if (error) return notify(s, { kind: 'refused', name: a.name, error });
  const at = a.at === undefined ? s.files.length : clampIndex(a.at, s.files.length + 1);
  const file: OpenFile = { id: s.nextId, name: a.name, text: a.text ?? '' };
  const files = [...s.files.slice(0, at), file, ...s.files.slice(at)];
  const active = a.select === false ? (at <= s.active ? s.active + 1 : s.active) : at;
  return { ...withFiles(s, { files, active, nextId: s.nextId + 1 }), example: null };
}

function renameFile(s: State, from: string, to: string): State {
  const i = indexOf(s, from);
  if (i === -1 || from === to) return s;
  const error = nameError(s.files, to, i);
  if (error) return notify(s, { kind: 'refused', name: to, error });
  const files = s.files.map((f, k) => (k === i ? { ...f, name: to } : f));
  return { ...withFiles(s, { files }), example: null };
}

function deleteFile(s: State, name: string): State {
  const i = indexOf(s, name);
  if (i === -1 || s.files.length <= 1) return s;
  const files = s.files.filter((_, k) => k !== i);
  // The active file keeps its place; deleting it opens its right-hand neighbour (or the new last tab).
  const active = i < s.active ? s.active - 1 : i === s.active ? Math.min(i, files.length - 1) : s.active;
  return { ...withFiles(s, { files, active }), example: null };
}

function openFiles(s: State, incoming: readonly WorkspaceFile[]): State {
  if (incoming.length === 0) return s;
  const files = [...s.files];
  /** The first file opened under another name (the notice names one; the tabs show them all). */
  let renamed: { from: string; to: string } | null = null;
  let nextId = s.nextId;
  let first: number | null = null;
  for (const f of incoming) {
    const issue = fileNameIssue(f.name);
    if (issue) return notify(s, { kind: 'refused', name: f.name, error: { kind: 'invalid', issue } });
    let at = files.findIndex((x) => x.name === f.name && x.text === f.text);
    if (at === -1) {
      if (files.length >= MAX_FILES) return notify(s, { kind: 'refused', name: f.name, error: { kind: 'tooMany', max: MAX_FILES } });
      const name = freeName(files, f.name);
      if (name !== f.name) renamed ??= { from: f.name, to: name };
      files.push({ id: nextId++, name, text: f.text });
      at = files.length - 1;
    }
    first ??= at;
  }
  const added = files.length > s.files.length;
  const opened = withFiles(s, { files, active: first ?? s.active, nextId });
  const next = added ? { ...opened, example: null } : opened;
  return renamed ? notify(next, { kind: 'renamed', ...renamed }) : next;
}

/** Switches to `file` (default: the graph file) and asks the editor to select `range` in it. */
function reveal(s: State, range: Range, file?: string): State {
  const name = file ?? graphFile(s)?.name;
  const i = name === undefined ? -1 : indexOf(s, name);
  if (i === -1 || name === undefined) return s;
  const switched = i === s.active ? s : withFiles(s, { active: i });
  return { ...switched, seq: s.seq + 1, reveal: { value: { file: name, range }, seq: s.seq + 1 } };
}

const withOptions = (s: State, patch: Partial<Options>): State => ({ ...s, options: { ...s.options, ...patch } });

export function reducer(s: State, a: Action): State {
  switch (a.type) {
    case 'editFile': {
      const i = s.files.findIndex((f) => f.id === a.id);
      const file = s.files[i];
      if (!file || file.text === a.text) return s;
      const files = s.files.map((f, k) => (k === i ? { ...f, text: a.text } : f));
      return { ...withFiles(s, { files }), example: null };
    }
    case 'loadWorkspace':
      return loadWorkspace(s, a.files, a.active, a.example);
    case 'selectFile': {
      const i = indexOf(s, a.name);
      return i === -1 || i === s.active ? s : withFiles(s, { active: i });
    }
    case 'addFile':
      return addFile(s, a);
    case 'renameFile':
      return renameFile(s, a.from, a.to);
    case 'deleteFile':
      return deleteFile(s, a.name);
    case 'openFiles':
      return openFiles(s, a.files);
    case 'setTarget':
      return withOptions(s, { target: a.target });
    case 'setBuildArg': {
      const buildArgs = { ...s.options.buildArgs };
      if (a.value === null) delete buildArgs[a.name];
      else buildArgs[a.name] = a.value;
      return withOptions(s, { buildArgs });
    }
    case 'setBuildContext': {
      const buildContexts = { ...s.options.buildContexts };
      if (a.value === null) delete buildContexts[a.name];
      else buildContexts[a.name] = a.value;
      return withOptions(s, { buildContexts });
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
    case 'setFocus':
      return a.focus === s.options.focus ? s : withOptions(s, { focus: a.focus });
    case 'setPipeline':
      return a.pipeline === s.options.pipeline ? s : withOptions(s, { pipeline: a.pipeline });
    case 'toggleExpanded':
      return {
        ...s,
        expanded: s.expanded.includes(a.stage) ? s.expanded.filter((x) => x !== a.stage) : [...s.expanded, a.stage],
      };
    case 'cursor':
      if (a.id !== undefined && a.id !== graphFile(s)?.id) return s;
      return a.line === s.cursorLine ? s : { ...s, cursorLine: a.line };
    case 'selectNode': {
      const picked = { ...s, selectedNode: a.id, seq: s.seq + 1 };
      return a.range ? reveal(picked, a.range) : picked;
    }
    case 'reveal':
      return reveal(s, a.range, a.file);
    case 'gotoProblem': {
      const revealed = reveal(s, a.range);
      const seq = revealed.seq + 1;
      return {
        ...revealed,
        seq,
        selectedNode: a.nodeId ?? revealed.selectedNode,
        focusNode: a.nodeId ? { value: a.nodeId, seq } : revealed.focusNode,
      };
    }
    case 'setView':
      return a.view === s.view ? s : { ...s, view: a.view };
    case 'fitView':
      return { ...s, fit: s.fit + 1 };
  }
}

/** The state as components read it: with the graph file and its text derived (see StoreView). */
export function storeView(s: State): StoreView {
  const graphIndex = graphFileIndex(s.files, s.active, s.lastDockerfile);
  const file = graphIndex === null ? null : (s.files[graphIndex] ?? null);
  return { ...s, graphIndex, graphFile: file, text: file?.text ?? '' };
}
