/**
 * Store actions for the file tabs' neighbours, so their callbacks are one-liners. For the comparison
 * view (src/ui/compare/types.ts):
 *
 *   onOpenAsMultistage={(text) => dispatch(openAsMultistage(text))}
 *   onOpenFiles={(files) => dispatch(openFiles(files))}
 *   onReveal={(file, line) => dispatch(revealLine(file, line))}
 *
 * Nothing here overwrites what the person typed: `openFiles` opens beside the current files (a taken
 * name with other contents gets a free name, and the tabs say so), the first file opened becomes the
 * active tab (so a Dockerfile among them becomes the graph's file).
 */
import type { WorkspaceFile } from '../../core/workspace/index.ts';
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
