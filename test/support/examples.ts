/**
 * The tutorials' example files (examples/ at the repository root), read from disk: the one copy
 * the page, the command line and the tests share. No dependency on ../shared, so scripts can use it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXAMPLES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples');

/** One example file, e.g. `readExample('seed002-multistage', 'Dockerfile')`. */
export function readExample(...parts: string[]): string {
  return readFileSync(resolve(EXAMPLES_DIR, ...parts), 'utf8');
}

/** Every file of an example folder, sorted by name, named relative to it. */
export function readExampleFolder(folder: string): { name: string; text: string }[] {
  const dir = resolve(EXAMPLES_DIR, folder);
  return readdirSync(dir).sort().map((name) => ({ name, text: readFileSync(resolve(dir, name), 'utf8') }));
}
