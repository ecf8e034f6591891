/**
 * The same array back while the files' names and texts are unchanged, so a parent that builds
 * `files` on every render (App does: `[{ name, text }]`) does not make the view convert again.
 */
import { useRef } from 'react';
import type { WorkspaceFile } from '../../core/builder/index.ts';

const same = (a: readonly WorkspaceFile[], b: readonly WorkspaceFile[]): boolean =>
  a.length === b.length && a.every((f, i) => f.name === b[i]?.name && f.text === b[i]?.text);

export function useStableFiles(files: readonly WorkspaceFile[]): readonly WorkspaceFile[] {
  const kept = useRef(files);
  // Idempotent during render: it only ever swaps in an equal-by-content array.
  if (kept.current !== files && !same(kept.current, files)) kept.current = files;
  return kept.current;
}
