/**
 * The editor pane: a bundled Monaco instance bound to the store. The store owns the text;
 * the editor reports edits and cursor moves, and adopts the store's text only when it changed
 * from elsewhere (an example, a reload). Loaded lazily so the graph paints before Monaco arrives.
 */
import { useEffect, useRef } from 'react';
import type { editor } from 'monaco-editor/editor';
import type { Diagnostic, Range } from '../../core/model.ts';
import type { Request } from '../state/types.ts';
import { monaco } from './monaco.ts';
import { toMarkers, toMonacoRange } from './markers.ts';

export interface EditorProps {
  readonly text: string;
  readonly externalVersion: number;
  readonly onChange: (text: string) => void;
  readonly onCursor: (line: number) => void;
  readonly reveal: Request<Range> | null;
  readonly diagnostics: readonly Diagnostic[];
  readonly message: (d: Diagnostic) => string;
  readonly dark: boolean;
  readonly ariaLabel: string;
}

/** The model's line-ending mode for a text: CRLF when the text uses it, else LF. */
function eolOf(text: string): editor.EndOfLineSequence {
  return text.includes('\r\n') ? monaco.editor.EndOfLineSequence.CRLF : monaco.editor.EndOfLineSequence.LF;
}

export default function MonacoEditor(props: EditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const ed = useRef<editor.IStandaloneCodeEditor | null>(null);
  const callbacks = useRef(props);
  /** True while the editor adopts a text from the store: those edits are not the user's. */
  const adopting = useRef(false);
  callbacks.current = props;

  useEffect(() => {
    if (!host.current) return;
    const instance = monaco.editor.create(host.current, {
      value: callbacks.current.text,
      language: 'dockerfile',
      theme: callbacks.current.dark ? 'stagecraft-dark' : 'stagecraft-light',
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      scrollBeyondLastLine: false,
      wordBasedSuggestions: 'off',
      ariaLabel: callbacks.current.ariaLabel,
      accessibilitySupport: 'auto',
      tabFocusMode: false,
      fixedOverflowWidgets: true,
    });
    ed.current = instance;
    // Keep the text's own line endings (a permalink must restore CRLF exactly); Monaco would
    // otherwise pick the platform's. A file that mixes endings is normalised to its first kind.
    instance.getModel()?.setEOL(eolOf(callbacks.current.text));
    // Test hook: e2e reads the selection's lines without scraping Monaco's DOM.
    (globalThis as { __stagecraftSelection?: () => { start: number; end: number } | null }).__stagecraftSelection = () => {
      const sel = instance.getSelection();
      return sel ? { start: sel.startLineNumber, end: sel.endLineNumber } : null;
    };
    // Bench hook: one edit as a keystroke would make it (inserting `text` at the start of `line`,
    // or of the last line when `line` is -1).
    (globalThis as { __stagecraftInsert?: (line: number, text: string) => void }).__stagecraftInsert = (at, text) => {
      const line = at < 0 ? (instance.getModel()?.getLineCount() ?? 1) : at;
      instance.executeEdits('bench', [{ range: { startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: 1 }, text }]);
    };
    const subs = [
      instance.onDidChangeModelContent(() => {
        if (!adopting.current) callbacks.current.onChange(instance.getValue());
      }),
      instance.onDidChangeCursorPosition((e) => callbacks.current.onCursor(e.position.lineNumber)),
    ];
    return () => {
      subs.forEach((s) => s.dispose());
      instance.getModel()?.dispose();
      instance.dispose();
      ed.current = null;
    };
  }, []);

  // Adopt text written elsewhere (examples, reload), as an undoable edit.
  useEffect(() => {
    const model = ed.current?.getModel();
    if (!model || model.getValue() === props.text) return;
    // One write back to the store at the end, not one per step (edit, then line endings).
    adopting.current = true;
    ed.current?.executeEdits('stagecraft', [{ range: model.getFullModelRange(), text: props.text }]);
    model.setEOL(eolOf(props.text));
    adopting.current = false;
    if (model.getValue() !== props.text) props.onChange(model.getValue());
    ed.current?.setPosition({ lineNumber: 1, column: 1 });
    ed.current?.revealLine(1);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.externalVersion]);

  useEffect(() => {
    const model = ed.current?.getModel();
    if (model) monaco.editor.setModelMarkers(model, 'stagecraft', toMarkers(model, props.diagnostics, props.message));
  }, [props.diagnostics, props.message]);

  useEffect(() => {
    const instance = ed.current;
    const model = instance?.getModel();
    if (!instance || !model || !props.reveal) return;
    const r = toMonacoRange(model, props.reveal.value);
    instance.setSelection(r);
    instance.revealRangeInCenterIfOutsideViewport(r);
  }, [props.reveal]);

  useEffect(() => monaco.editor.setTheme(props.dark ? 'stagecraft-dark' : 'stagecraft-light'), [props.dark]);
  useEffect(() => ed.current?.updateOptions({ ariaLabel: props.ariaLabel }), [props.ariaLabel]);

  return <div ref={host} className="editor-host nokey" data-testid="editor" />;
}
