/**
 * One file of one side, read-only, line by line. Each line is an element, so hovering or
 * focusing it lights up its counterparts (the marks come from the model). One tab stop per file
 * (roving tabindex): ↑ ↓ Home End move between lines, Enter selects a workspace file's line in the
 * editor. Lit lines have an outline and an underline, not only a colour.
 *
 * Large comparisons: only the first `limit` lines are rendered until asked for ("Show the other N
 * lines"), or until the file must `reach` further down (a lit line across, a note's line): then it is
 * rendered down to it, and stays so.
 */
import { memo, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LineMark, LineRef, PaneFile } from './model.ts';
import { COMPARE_IDS } from './testIds.ts';

export interface LineEvents {
  readonly onHover: (ref: LineRef | null) => void;
  readonly onFocusLine: (ref: LineRef | null) => void;
  /** Click or Enter on a line. */
  readonly onActivate: (file: PaneFile, line: number) => void;
  /** The screen-reader description of a line's counterparts, or null. */
  readonly describe: (ref: LineRef) => string | null;
}

interface Props extends LineEvents {
  readonly file: PaneFile;
  readonly marks: ReadonlyMap<number, LineMark> | undefined;
  /** Lines rendered before the person asks for more. */
  readonly limit: number;
  /** A line that must be rendered (0: none). */
  readonly reach: number;
}

const lineOf = (target: EventTarget | null): HTMLLIElement | null =>
  target instanceof Element ? target.closest<HTMLLIElement>('li[data-line]') : null;

export const FileListing = memo(function FileListing({ file, marks, limit, reach, onHover, onFocusLine, onActivate, describe }: Props) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(1);
  // How far down the file has been rendered: it only grows.
  const [grown, setGrown] = useState(0);
  if (reach > grown && reach > limit) setGrown(reach);
  const shown = Math.min(file.lines.length, Math.max(limit, grown, reach));
  const hidden = file.lines.length - shown;

  const ref = (el: HTMLLIElement): LineRef => ({ side: file.side, path: file.path, line: Number(el.dataset.line) });
  const hintId = `cmp-hint-${file.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;

  const onMouseOver = (e: MouseEvent) => {
    const li = lineOf(e.target);
    if (li) onHover(ref(li));
  };
  const onFocus = (e: FocusEvent) => {
    const li = lineOf(e.target);
    if (!li) return;
    setCurrent(Number(li.dataset.line));
    onFocusLine(ref(li));
  };
  const onBlur = (e: FocusEvent) => {
    if (!lineOf(e.relatedTarget)) onFocusLine(null);
  };
  const onClick = (e: MouseEvent) => {
    const li = lineOf(e.target);
    if (li) onActivate(file, Number(li.dataset.line));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const li = lineOf(e.target);
    if (!li) return;
    const n = Number(li.dataset.line);
    const to = e.key === 'ArrowDown' ? n + 1 : e.key === 'ArrowUp' ? n - 1 : e.key === 'Home' ? 1 : e.key === 'End' ? shown : null;
    if (to !== null) {
      e.preventDefault();
      li.parentElement?.querySelector<HTMLElement>(`li[data-line="${Math.min(Math.max(to, 1), shown)}"]`)?.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onActivate(file, n);
    }
  };

  const focusable = Math.min(Math.max(current, 1), shown);
  // What the line corresponds to, for a screen reader: only on the focusable line (the one a
  // screen reader can be on), not on thousands of elements.
  const description = shown > 0 ? describe({ side: file.side, path: file.path, line: focusable }) : null;
  return (
    <figure className="cmp-file" data-testid={COMPARE_IDS.file} data-side={file.side} data-path={file.path}>
      <figcaption>
        <code translate="no">{file.name}</code>
        <span className="cmp-file-origin">{file.workspace ? t('compare.inWorkspace') : t('compare.generatedFile')}</span>
      </figcaption>
      {file.lines.length === 0 && <p className="cmp-empty">{t('compare.emptyFile')}</p>}
      {shown > 0 && (
        <>
          <p id={hintId} className="cmp-sr">{file.workspace ? t('compare.linesHintWorkspace') : t('compare.linesHint')}</p>
          <ol
            className={`cmp-lines${file.workspace ? ' is-workspace' : ''}`}
            aria-label={t('compare.fileLines', { name: file.name })}
            aria-describedby={hintId}
            onMouseOver={onMouseOver}
            onMouseLeave={() => onHover(null)}
            onFocus={onFocus}
            onBlur={onBlur}
            onClick={onClick}
            onKeyDown={onKeyDown}
          >
            {file.lines.slice(0, shown).map((text, i) => {
              const n = i + 1;
              const mark = marks?.get(n);
              return (
                <li key={n} data-line={n} data-mark={mark} tabIndex={n === focusable ? 0 : -1} className={mark ? `is-${mark}` : undefined}>
                  <span className="cmp-ln">{n}</span>
                  <code translate="no">{text === '' ? ' ' : text}</code>
                  {n === focusable && description !== null && <span className="cmp-sr">{description}</span>}
                </li>
              );
            })}
          </ol>
        </>
      )}
      {hidden > 0 && (
        <button type="button" className="cmp-more" onClick={() => setGrown(file.lines.length)}>
          {shown === 0 ? t('compare.showFile', { count: hidden }) : t('compare.showMore', { count: hidden })}
        </button>
      )}
    </figure>
  );
});
