/**
 * Store actions for the file tabs' neighbours, so their callbacks are one-liners. For the comparison
 * view (src/ui/compare/types.ts):
 *
 *   onOpenAsMultistage={(text) => dispatch(openAsMultistage(text))}
 *   onOpenFiles={(files) => dispatch(openBuilderPattern(s.files, files))}
 *   onReveal={(file, line) => dispatch(revealLine(file, line))}
 *
 * Nothing here overwrites what the person typed: `openFiles` opens beside the current files (a taken
 * name with other contents gets a free name, and the tabs say so), the first file opened becomes the
 * active tab (so a Dockerfile among them becomes the graph's file).
 */
import { MAX_FILES } from '../../core/share/index.ts';
import { freeName, type WorkspaceFile } from '../../core/workspace/index.ts';
import type { Action } from '../state/types.ts';

/** The name a Dockerfile converted from the builder pattern opens under (`Dockerfile.multistage-2`… when taken). */
export const MULTISTAGE_FILE_NAME = 'Dockerfile.multistage';

/** Opens a converted multi-stage Dockerfile as its own tab, active, hence the graph's file. */
export const openAsMultistage = (text: string): Action => ({ type: 'openFiles', files: [{ name: MULTISTAGE_FILE_NAME, text }] });

/** Opens generated files (e.g. a builder pattern) beside the current ones; the first becomes active. */
export const openFiles = (files: readonly WorkspaceFile[]): Action => ({ type: 'openFiles', files });

/** Selects a whole line of a workspace file, switching to its tab first. */
export const revealLine = (file: string, line: number): Action => ({
  type: 'reveal',
  file,
  range: { start: { line, column: 1 }, end: { line, column: 100_000 } },
});

/**
 * Opens generated builder-pattern files (Dockerfile.<stage>…, Dockerfile, build.sh) as the workspace.
 * They keep their own names, because build.sh refers to them by name; a current file that holds one
 * of those names with other text moves aside to `<name>.multistage` (or a free variant), and every
 * other current file stays. It loads as a whole workspace, so the one it replaces is also pinned in
 * History. The script becomes the active tab. Too many files: opened beside the current ones instead
 * (`openFiles` refuses with a notice), never truncated.
 */
export function openBuilderPattern(current: readonly WorkspaceFile[], generated: readonly WorkspaceFile[]): Action {
  const names = new Set(generated.map((g) => g.name));
  const files: WorkspaceFile[] = generated.map((g) => ({ name: g.name, text: g.text }));
  for (const f of current) {
    if (!names.has(f.name)) files.push({ name: f.name, text: f.text });
    else if (generated.find((g) => g.name === f.name)?.text !== f.text) files.push({ name: freeName([...files, ...current], `${f.name}.multistage`), text: f.text });
  }
  if (files.length > MAX_FILES) return openFiles(generated);
  const script = generated.findIndex((g) => g.name.endsWith('.sh'));
  return { type: 'loadWorkspace', files, active: Math.max(script, 0), example: null };
}
