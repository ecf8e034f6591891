/**
 * Where the shared reference data lives: `../shared/data` beside the checkout
 * (on developer machines and in CI's fresh clone alike).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DATA = resolve(REPO_ROOT, '../shared/data');

if (!existsSync(SHARED_DATA)) {
  throw new Error(`Reference data not found at ${SHARED_DATA}: the shared/ folder must sit beside the checkout.`);
}

export function sharedPath(...parts: string[]): string {
  return resolve(SHARED_DATA, ...parts);
}

export function readShared(...parts: string[]): string {
  return readFileSync(sharedPath(...parts), 'utf8');
}
