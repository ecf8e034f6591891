/**
 * The hover/focus state of the code panes: the line under the pointer (or, without one, the focused
 * line) lights up its links; the first lit line across is scrolled into view inside its pane when
 * hidden (only the pane scrolls, never the page, so nothing moves under the pointer).
 */
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { counterparts, fileKey, indexLinks, lightUp, type Conversion, type LineRef, type Lit } from './model.ts';

const same = (a: LineRef | null, b: LineRef | null): boolean => a === b || (a !== null && b !== null && a.side === b.side && a.path === b.path && a.line === b.line);

/** The element of a line in a side's pane (paths compared as data, not spliced into a selector). */
export function findLine(box: HTMLElement | null, r: LineRef): HTMLElement | null {
  const fig = box ? [...box.querySelectorAll<HTMLElement>('figure[data-path]')].find((f) => f.dataset.path === r.path) : undefined;
  return fig?.querySelector<HTMLElement>(`li[data-line="${r.line}"]`) ?? null;
}

export interface LineLinks {
  readonly lit: Lit | null;
  readonly onHover: (ref: LineRef | null) => void;
  readonly onFocusLine: (ref: LineRef | null) => void;
  readonly describe: (ref: LineRef) => string | null;
}

export function useLineLinks(conv: Conversion | null, panes: Readonly<Record<LineRef['side'], RefObject<HTMLDivElement | null>>>): LineLinks {
  const { t } = useTranslation();
  const index = useMemo(() => indexLinks(conv?.links ?? []), [conv]);
  const [hovered, setHovered] = useState<LineRef | null>(null);
  const [focused, setFocused] = useState<LineRef | null>(null);
  const active = hovered ?? focused;
  const lit = useMemo(() => (active === null ? null : lightUp(index, active)), [index, active]);

  const onHover = useCallback((r: LineRef | null) => setHovered((prev) => (same(prev, r) ? prev : r)), []);
  const onFocusLine = useCallback((r: LineRef | null) => setFocused((prev) => (same(prev, r) ? prev : r)), []);

  const names = useMemo(() => new Map([...(conv?.builderPattern ?? []), ...(conv?.multistage ?? [])].map((p) => [p.key, p.name])), [conv]);
  const describe = useCallback(
    (r: LineRef): string | null => {
      const across = counterparts(index, r);
      if (across.length === 0) return null;
      const where = across.map((x) => `${names.get(fileKey(x.side, x.path)) ?? x.path}:${x.line}`).join(', ');
      return t('compare.linkedTo', { where });
    },
    [index, names, t],
  );

  useEffect(() => {
    const first = lit?.across[0];
    const box = first ? panes[first.side].current : null;
    const el = first ? findLine(box, first) : null;
    if (!box || !el) return;
    const b = box.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    if (r.top < b.top || r.bottom > b.bottom) box.scrollTop += r.top - b.top - (b.height - r.height) / 2;
  }, [lit, panes]);

  return { lit, onHover, onFocusLine, describe };
}
