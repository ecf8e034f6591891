/**
 * Every note of the conversion (nothing dropped silently): severity in words and a symbol, the
 * file and line (a button that shows the line, in the pane and, for a workspace file, in the editor),
 * and the message translated from its code. The notes about what the builder pattern cannot do are
 * also called out on their own, since they are the lesson's limits.
 */
import { useTranslation } from 'react-i18next';
import type { Note, NoteCode } from '../../core/builder/index.ts';
import { currentLanguage } from '../i18n/index.ts';
import { noteText } from './noteMessages.ts';
import { COMPARE_IDS } from './testIds.ts';

/** Notes saying a multi-stage feature has no builder-pattern equivalent. */
export const NO_EQUIVALENT: ReadonlySet<NoteCode> = new Set<NoteCode>(['MountFromNoEquivalent', 'CopyLinkNoEquivalent', 'OnbuildCopyFrom']);

const SEVERITY = { error: 'compare.severityError', warning: 'compare.severityWarning', info: 'compare.severityInfo' } as const;
const SYMBOL = { error: '✖', warning: '▲', info: 'ℹ' } as const;

function NoteItem({ note, onShow }: { readonly note: Note; readonly onShow: (n: Note) => void }) {
  const { t, i18n } = useTranslation();
  void i18n.language; // re-render on a language change
  const where = note.line > 0 ? `${note.file}:${note.line}` : note.file;
  return (
    <li className={`cmp-note sev-${note.severity}`} data-testid={COMPARE_IDS.note} data-code={note.code} data-severity={note.severity}>
      <span className="sev" aria-hidden="true">{SYMBOL[note.severity]}</span>
      <span className="sev-text">{t(SEVERITY[note.severity])}</span>
      {note.line > 0 ? (
        <button type="button" className="cmp-where" onClick={() => onShow(note)} aria-label={t('compare.showLine', { where })}>
          <code translate="no">{where}</code>
        </button>
      ) : (
        <span className="cmp-where">
          <code translate="no">{where}</code> <span className="muted">{t('compare.wholeFile')}</span>
        </span>
      )}
      <span className="cmp-note-text">{noteText(note, currentLanguage())}</span>
    </li>
  );
}

export function NoEquivalent({ notes, onShow }: { readonly notes: readonly Note[]; readonly onShow: (n: Note) => void }) {
  const { t } = useTranslation();
  const shown = notes.filter((n) => NO_EQUIVALENT.has(n.code));
  if (shown.length === 0) return null;
  return (
    <section className="cmp-callout" aria-labelledby="cmp-noeq-title" data-testid={COMPARE_IDS.noEquivalent}>
      <h3 id="cmp-noeq-title">{t('compare.noEquivalentTitle')}</h3>
      <ul className="cmp-notes">
        {shown.map((n, i) => (
          <NoteItem key={i} note={n} onShow={onShow} />
        ))}
      </ul>
    </section>
  );
}

export function NotesList({ notes, onShow }: { readonly notes: readonly Note[]; readonly onShow: (n: Note) => void }) {
  const { t } = useTranslation();
  return (
    <section className="cmp-notes-section" aria-labelledby="cmp-notes-title" data-testid={COMPARE_IDS.notes}>
      <h3 id="cmp-notes-title">{t('compare.notesTitle', { count: notes.length })}</h3>
      {notes.length === 0 ? (
        <p className="muted">{t('compare.notesNone')}</p>
      ) : (
        <ul className="cmp-notes">
          {notes.map((n, i) => (
            <NoteItem key={i} note={n} onShow={onShow} />
          ))}
        </ul>
      )}
    </section>
  );
}
