/**
 * Rename a stage (F2) through the engine (core/editor/renameStage.ts): the AS name and every
 * reference BuildKit resolves to it. Monaco applies the edits as one undo step; a refusal
 * is shown with its reason, in the page's language.
 */
import i18next from 'i18next';
import type * as Monaco from 'monaco-editor/editor';
import { renameStage, type RenameRefusal } from '../../../core/editor/renameStage.ts';
import { occurrenceAt } from '../../../core/editor/stageRefs.ts';
import { toIRange, toPosition, viewOf } from './engine.ts';
import { showRefusal } from './refusalMessage.ts';

/** A refusal in words (i18n keys `language.rename_<code>`). */
export function refusalText(r: RenameRefusal): string {
  return i18next.t(`language.rename_${r.code}`, r);
}

export function registerStageRename(monaco: typeof Monaco): Monaco.IDisposable {
  return monaco.languages.registerRenameProvider('dockerfile', {
    resolveRenameLocation(model, position) {
      const { index, analysis } = viewOf(model);
      const o = occurrenceAt(index, toPosition(position));
      if (o === null || o.resolved.kind !== 'stage') {
        return { range: emptyAt(position), text: '', rejectReason: i18next.t('language.rename_notAStage') };
      }
      const st = analysis.stages[o.resolved.stage];
      if (!st || st.name === null) {
        return { range: toIRange(o.range), text: o.written, rejectReason: refusalText({ code: 'unnamed', stage: o.resolved.stage }) };
      }
      return { range: toIRange(o.range), text: st.originalName ?? st.name };
    },
    provideRenameEdits(model, position, newName) {
      const { index, analysis, text } = viewOf(model);
      const o = occurrenceAt(index, toPosition(position));
      if (o === null || o.resolved.kind !== 'stage') {
        showRefusal(monaco, model, position, i18next.t('language.rename_notAStage'));
        return { edits: [], rejectReason: i18next.t('language.rename_notAStage') };
      }
      const r = renameStage(text, o.resolved.stage, newName.trim(), {}, analysis);
      if (!r.ok) {
        const reason = refusalText(r.refusal);
        showRefusal(monaco, model, position, reason);
        return { edits: [], rejectReason: reason };
      }
      const versionId = model.getVersionId();
      return {
        edits: r.edits.map((e) => ({ resource: model.uri, versionId, textEdit: { range: toIRange(e.range), text: e.text } })),
      };
    },
  });
}

function emptyAt(p: { lineNumber: number; column: number }): Monaco.IRange {
  return { startLineNumber: p.lineNumber, startColumn: p.column, endLineNumber: p.lineNumber, endColumn: p.column };
}
