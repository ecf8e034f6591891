/**
 * The editor pane: one bundled Monaco editor, one model per workspace file (keyed by the file's id),
 * so switching tabs keeps each file's undo stack, cursor and scroll. The store owns the texts; the
 * editor reports edits and cursor moves, and adopts the store's texts only when they changed from
 * elsewhere (`externalVersion`: an example, a link, another tab). Scripts get the shell grammar,
 * Dockerfiles ours; only the graph file carries squiggles (the diagnostics are about it).
 * Loaded lazily so the graph paints before Monaco arrives.
 */
import { useEffect, useRef } from 'react';
import type { editor } from 'monaco-editor/editor';
import type { Diagnostic } from '../../core/model.ts';
import { fileKind } from '../../core/workspace/index.ts';
import type { FileRange, OpenFile, Request } from '../state/types.ts';
import { LANGUAGE_OF, monaco } from './monaco.ts';
import { toMarkers, toMonacoRange } from './markers.ts';
import './quickFixActions.ts';
import { toDecorations, type LineMark } from './lineMarks.ts';
import { registerExplainHover } from './hover/explainHover.ts';

registerExplainHover(); // once per page: Monaco's providers are global
import { runPendingCommand } from './language/pendingAction.ts';
import { textSize, useTextSize } from '../state/textSize.ts';
import { provideLiveText } from '../state/liveText.ts';

export interface EditorProps {
  readonly files: readonly OpenFile[];
  /** Index into `files` of the file on screen. */
  readonly active: number;
  /** The id of the file the graph shows: the diagnostics are about it. */
  readonly graphId: number | null;
  readonly externalVersion: number;
  readonly onChange: (id: number, text: string) => void;
  readonly onCursor: (id: number, line: number) => void;
  readonly reveal: Request<FileRange> | null;
  readonly diagnostics: readonly Diagnostic[];
  readonly message: (d: Diagnostic) => string;
  readonly dark: boolean;
  readonly ariaLabel: string;
  /** Whole-line marks on the graph file (the build player's steps). */
  readonly lineMarks?: readonly LineMark[];
}

/** A file's model and, while it is off screen, its cursor and scroll. */
interface Slot {
  readonly model: editor.ITextModel;
  viewState: editor.ICodeEditorViewState | null;
}

/** The model's line-ending mode for a text: CRLF when the text uses it, else LF. */
function eolOf(text: string): editor.EndOfLineSequence {
  return text.includes('\r\n') ? monaco.editor.EndOfLineSequence.CRLF : monaco.editor.EndOfLineSequence.LF;
}

const languageOf = (name: string): string => LANGUAGE_OF[fileKind(name)];

type TestHooks = {
  __stagecraftSelection?: () => { start: number; end: number } | null;
  __stagecraftInsert?: (line: number, text: string) => void;
  __stagecraftModel?: () => { language: string; text: string; models: number } | null;
};

export default function MonacoEditor(props: EditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const ed = useRef<editor.IStandaloneCodeEditor | null>(null);
  const slots = useRef(new Map<number, Slot>());
  /** The id of the file whose model is on screen. */
  const shown = useRef<number | null>(null);
  const marked = useRef<number | null>(null);
  const callbacks = useRef(props);
  /** True while the editor adopts a text from the store: those edits are not the user's. */
  const adopting = useRef(false);
  const lineMarks = useRef<editor.IEditorDecorationsCollection | null>(null);
  /** The store's externalVersion whose texts the models hold (see state/liveText.ts). */
  const adopted = useRef(-1);
  callbacks.current = props;

  useEffect(() => {
    if (!host.current) return;
    const instance = monaco.editor.create(host.current, {
      model: null,
      theme: callbacks.current.dark ? 'stagecraft-dark' : 'stagecraft-light',
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: Math.round(13 * textSize()),
      scrollBeyondLastLine: false,
      wordBasedSuggestions: 'off',
      ariaLabel: callbacks.current.ariaLabel,
      accessibilitySupport: 'auto',
      tabFocusMode: false,
      fixedOverflowWidgets: true,
    });
    ed.current = instance;
    const hooks = globalThis as TestHooks;
    // Test hook: e2e reads the selection's lines without scraping Monaco's DOM.
    hooks.__stagecraftSelection = () => {
      const sel = instance.getSelection();
      return sel ? { start: sel.startLineNumber, end: sel.endLineNumber } : null;
    };
    // Bench hook: one edit as a keystroke would make it (inserting `text` at the start of `line`,
    // or of the last line when `line` is -1).
    hooks.__stagecraftInsert = (at, text) => {
      const line = at < 0 ? (instance.getModel()?.getLineCount() ?? 1) : at;
      instance.executeEdits('bench', [{ range: { startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: 1 }, text }]);
    };
    // Test hook: the model on screen (its grammar and text) and how many models exist.
    hooks.__stagecraftModel = () => {
      const m = instance.getModel();
      return m ? { language: m.getLanguageId(), text: m.getValue(), models: slots.current.size } : null;
    };
    const subs = [
      instance.onDidChangeModelContent(() => {
        if (!adopting.current && shown.current !== null) callbacks.current.onChange(shown.current, instance.getValue());
      }),
      instance.onDidChangeCursorPosition((e) => {
        if (shown.current !== null) callbacks.current.onCursor(shown.current, e.position.lineNumber);
      }),
    ];
    // Leaving the page reads the model itself: a keystroke not yet rendered is still saved.
    provideLiveText(() => (shown.current === null || instance.getModel() === null ? null : { id: shown.current, text: instance.getValue(), externalVersion: adopted.current }));
    const owned = slots.current;
    return () => {
      provideLiveText(null);
      subs.forEach((s) => s.dispose());
      instance.dispose();
      for (const slot of owned.values()) slot.model.dispose();
      owned.clear();
      shown.current = null;
      marked.current = null;
      lineMarks.current = null;
      ed.current = null;
    };
  }, []);

  // One model per file: new files get one, deleted files lose theirs, a rename may change the grammar;
  // then the active file's model goes on screen with its own cursor and scroll.
  useEffect(() => {
    const instance = ed.current;
    if (!instance) return;
    const map = slots.current;
    for (const f of props.files) {
      const slot = map.get(f.id);
      if (!slot) {
        const model = monaco.editor.createModel(f.text, languageOf(f.name));
        // Keep the text's own line endings (a permalink must restore CRLF exactly); Monaco would
        // otherwise pick the platform's. A file that mixes endings is normalised to its first kind.
        model.setEOL(eolOf(f.text));
        map.set(f.id, { model, viewState: null });
        if (model.getValue() !== f.text) props.onChange(f.id, model.getValue());
      } else if (slot.model.getLanguageId() !== languageOf(f.name)) {
        monaco.editor.setModelLanguage(slot.model, languageOf(f.name));
      }
    }
    const file = props.files[props.active];
    if (file && shown.current !== file.id) {
      const old = shown.current === null ? undefined : map.get(shown.current);
      if (old) old.viewState = instance.saveViewState();
      const next = map.get(file.id);
      shown.current = file.id;
      instance.setModel(next?.model ?? null);
      if (next?.viewState) instance.restoreViewState(next.viewState);
    }
    const live = new Set(props.files.map((f) => f.id));
    for (const [id, slot] of map) {
      if (live.has(id)) continue;
      slot.model.dispose();
      map.delete(id);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.files, props.active]);

  // Adopt texts written elsewhere (examples, links, another tab), each as an undoable edit.
  useEffect(() => {
    const instance = ed.current;
    if (!instance) return;
    for (const f of props.files) {
      const slot = slots.current.get(f.id);
      if (!slot || slot.model.getValue() === f.text) continue;
      const model = slot.model;
      // One write back to the store at the end, not one per step (edit, then line endings).
      adopting.current = true;
      model.pushStackElement();
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: f.text }], () => null);
      model.pushStackElement();
      model.setEOL(eolOf(f.text));
      adopting.current = false;
      if (model.getValue() !== f.text) props.onChange(f.id, model.getValue());
      if (f.id === shown.current) {
        instance.setPosition({ lineNumber: 1, column: 1 });
        instance.revealLine(1);
      } else {
        slot.viewState = null;
      }
    }
    adopted.current = props.externalVersion;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.externalVersion]);

  // Squiggles on the graph file only.
  useEffect(() => {
    const old = marked.current === null ? undefined : slots.current.get(marked.current);
    if (old && marked.current !== props.graphId) monaco.editor.setModelMarkers(old.model, 'stagecraft', []);
    const slot = props.graphId === null ? undefined : slots.current.get(props.graphId);
    marked.current = slot ? props.graphId : null;
    if (slot) monaco.editor.setModelMarkers(slot.model, 'stagecraft', toMarkers(slot.model, props.diagnostics, props.message));
  }, [props.diagnostics, props.message, props.graphId, props.files]);

  // The store has already made the revealed file active (see the reducer), so its model is on screen.
  useEffect(() => {
    const instance = ed.current;
    const model = instance?.getModel();
    if (!instance || !model || !props.reveal) return;
    const file = props.files.find((f) => f.name === props.reveal?.value.file);
    if (!file || file.id !== shown.current) return;
    const r = toMonacoRange(model, props.reveal.value.range);
    instance.setSelection(r);
    instance.revealRangeInCenterIfOutsideViewport(r);
    runPendingCommand(instance);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.reveal]);

  // Line marks follow the graph file: none while another file is on screen.
  useEffect(() => {
    const instance = ed.current;
    const model = instance?.getModel();
    if (!instance || !model) return;
    lineMarks.current ??= instance.createDecorationsCollection();
    lineMarks.current.set(shown.current === props.graphId ? toDecorations(props.lineMarks ?? [], model.getLineCount()) : []);
  }, [props.lineMarks, props.graphId, props.active, props.files]);

  useEffect(() => monaco.editor.setTheme(props.dark ? 'stagecraft-dark' : 'stagecraft-light'), [props.dark]);
  useEffect(() => ed.current?.updateOptions({ ariaLabel: props.ariaLabel }), [props.ariaLabel]);
  const size = useTextSize();
  useEffect(() => ed.current?.updateOptions({ fontSize: Math.round(13 * size) }), [size]);

  return <div ref={host} className="editor-host nokey" data-testid="editor" />;
}
