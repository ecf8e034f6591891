/**
 * A first visit (nothing saved in this browser, no link to open) starts on the tutorial's Go
 * http-server example, with one line saying what to do, instead of an empty editor. Emptying the
 * editor later is the person's choice, and shows the graph's calm empty state.
 */
import goHttpServer from '../../../examples/seed002-multistage/Dockerfile?raw';
import { DEFAULT_FILE_NAME } from '../../core/share/workspace.ts';
import { FILES_KEY, LEGACY_TEXT_KEY } from './persist.ts';
import type { InitialFiles } from './reducer.ts';

export const WELCOME_EXAMPLE = 'go-http-server';
export const WELCOME_TEXT: string = goHttpServer;

let welcomed = false;

/** True on a first visit (decided once, when the store starts). */
export function isWelcome(): boolean {
  return welcomed;
}

/** The files to start with: the saved ones, or on a first visit the welcome example. */
export function startFiles(saved: InitialFiles, storage: Pick<Storage, 'getItem'> | null, hash: string): { start: InitialFiles; example: string | null } {
  const first = storage !== null && storage.getItem(FILES_KEY) === null && storage.getItem(LEGACY_TEXT_KEY) === null && hash.length <= 1; // a link (even a broken one) is not a first visit
  welcomed = first;
  if (!first) return { start: saved, example: null };
  return { start: { files: [{ name: DEFAULT_FILE_NAME, text: WELCOME_TEXT }], active: 0, lastDockerfile: null }, example: WELCOME_EXAMPLE };
}
