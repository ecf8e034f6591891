/**
 * One side of the comparison: its title for a learner ("Builder pattern (before Docker 17.05)" /
 * "Multi-stage build"), the command that builds it, and its files. The file list scrolls on its
 * own, so the view can bring a linked line into view without moving the page.
 */
import { forwardRef, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileListing, type LineEvents } from './FileListing.tsx';
import { lineLimits, type LineRef, type Lit, type PaneFile, type SideKind } from './model.ts';
import { COMPARE_IDS } from './testIds.ts';

interface Props extends LineEvents {
  readonly side: SideKind;
  readonly files: readonly PaneFile[];
  /** Whether these files were written by the conversion (not the workspace's). */
  readonly generated: boolean;
  readonly commands: readonly string[];
  readonly lit: Lit | null;
  /** A line of this side to render even if folded (a note's line being shown). */
  readonly reveal: LineRef | null;
}

export const CodeSide = forwardRef<HTMLDivElement, Props>(function CodeSide({ side, files, generated, commands, lit, reveal, ...events }, scrollRef) {
  const { t } = useTranslation();
  const titleId = `cmp-side-${side}`;
  const limits = useMemo(() => lineLimits(files), [files]);
  // Folded files (past the line budget) are not rendered, unless asked for or reached: by a lit line
  // across (the pane then scrolls to it) or a note's line. Never by lit lines on the hovered line's
  // own side: rendering more above it would move the line away from under the pointer. A file
  // reached once stays rendered.
  const [all, setAll] = useState(false);
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
  const across = lit !== null && lit.origin.side !== side ? lit : null;
  const reachOf = (f: PaneFile): number => {
    const lines = across?.byFile.get(f.key);
    const furthest = lines ? Math.max(0, ...lines.keys()) : 0;
    return Math.max(furthest, reveal !== null && reveal.path === f.path ? reveal.line : 0);
  };
  const reached = files.filter((f) => reachOf(f) > 0 && !opened.has(f.key)).map((f) => f.key);
  if (reached.length > 0) setOpened(new Set([...opened, ...reached]));
  const visible = files
    .map((f, i) => ({ f, limit: limits[i] ?? 0 }))
    .filter(({ f, limit }) => all || limit > 0 || f.lines.length === 0 || opened.has(f.key) || reached.includes(f.key));
  const folded = files.length - visible.length;
  return (
    <section className={`cmp-side cmp-side-${side}`} aria-labelledby={titleId} data-testid={COMPARE_IDS.side} data-side={side}>
      <h3 id={titleId}>{side === 'builderPattern' ? t('compare.builderSide') : t('compare.multistageSide')}</h3>
      <p className="cmp-side-sub">
        {generated ? t('compare.generatedSide') : t('compare.givenSide')} {t('compare.fileCount', { count: files.length })}
      </p>
      <p className="cmp-run">
        <span>{t('compare.buildWith')}</span>{' '}
        {commands.map((c) => (
          <code key={c} translate="no" className="cmp-command">
            {c}
          </code>
        ))}
      </p>
      <div className="cmp-scroll" ref={scrollRef}>
        {files.length === 0 ? (
          <p className="cmp-empty">{t('compare.noFiles')}</p>
        ) : (
          visible.map(({ f, limit }) => (
            <FileListing key={f.key} file={f} marks={lit?.byFile.get(f.key)} limit={limit} reach={reachOf(f)} {...events} />
          ))
        )}
        {folded > 0 && (
          <button type="button" className="cmp-more" onClick={() => setAll(true)}>
            {t('compare.showFiles', { count: folded })}
          </button>
        )}
      </div>
    </section>
  );
});
