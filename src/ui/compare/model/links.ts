/**
 * Hover-linking: which lines light up when one line is hovered or focused.
 * A line lights up every link it belongs to; each link lights all its lines on both sides
 * (`docker cp builder:/path` → `COPY --from=builder /path`, and the plain COPY of the extracted file).
 */
import type { Link, LinkKind } from '../../../core/builder/index.ts';
import { normalizePath } from '../../../core/builder/paths.ts';
import { fileKey, type SideKind } from './convert.ts';

export interface LineRef {
  readonly side: SideKind;
  /** Normalized path (as `PaneFile.path`). */
  readonly path: string;
  readonly line: number;
}

export type LineMark = 'origin' | 'linked';

export interface LinkIndex {
  readonly links: readonly Link[];
  /** `lineKey` → indexes into `links`. */
  readonly byLine: ReadonlyMap<string, readonly number[]>;
}

export interface Lit {
  readonly origin: LineRef;
  /** `fileKey` → line → mark. Files with nothing lit are absent. */
  readonly byFile: ReadonlyMap<string, ReadonlyMap<number, LineMark>>;
  readonly kinds: readonly LinkKind[];
  /** The lit lines on the other side, in file then line order (to scroll to). */
  readonly across: readonly LineRef[];
}

export const lineKey = (r: LineRef): string => `${fileKey(r.side, r.path)}\n${r.line}`;

const refsOf = (l: Link): LineRef[] => [
  ...l.builderPattern.map((f) => ({ side: 'builderPattern' as const, path: normalizePath(f.file), line: f.line })),
  ...l.multistage.map((f) => ({ side: 'multistage' as const, path: normalizePath(f.file), line: f.line })),
];

export function indexLinks(links: readonly Link[]): LinkIndex {
  const byLine = new Map<string, number[]>();
  links.forEach((l, i) => {
    for (const r of refsOf(l)) {
      const k = lineKey(r);
      const had = byLine.get(k);
      if (had === undefined) byLine.set(k, [i]);
      else if (!had.includes(i)) had.push(i);
    }
  });
  return { links, byLine };
}

const byPosition = (a: LineRef, b: LineRef): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line);

/** What lights up for `origin`, or null when the line has no counterpart. */
export function lightUp(index: LinkIndex, origin: LineRef): Lit | null {
  const ids = index.byLine.get(lineKey(origin));
  if (ids === undefined || ids.length === 0) return null;
  const byFile = new Map<string, Map<number, LineMark>>();
  const kinds = new Set<LinkKind>();
  const across = new Map<string, LineRef>();
  for (const id of ids) {
    const link = index.links[id];
    if (link === undefined) continue;
    kinds.add(link.kind);
    for (const r of refsOf(link)) {
      const fk = fileKey(r.side, r.path);
      const lines = byFile.get(fk) ?? new Map<number, LineMark>();
      byFile.set(fk, lines);
      if (!lines.has(r.line)) lines.set(r.line, 'linked');
      if (r.side !== origin.side) across.set(lineKey(r), r);
    }
  }
  const own = fileKey(origin.side, origin.path);
  const ownLines = byFile.get(own) ?? new Map<number, LineMark>();
  ownLines.set(origin.line, 'origin');
  byFile.set(own, ownLines);
  return { origin, byFile, kinds: [...kinds], across: [...across.values()].sort(byPosition) };
}

/** The lines on the other side that correspond to `origin` (what a screen reader hears about it). */
export function counterparts(index: LinkIndex, origin: LineRef): LineRef[] {
  return [...(lightUp(index, origin)?.across ?? [])];
}
