/**
 * The two examples the Share issue measures links against (from the project's seed articles), read
 * from examples/ (the one copy of the seeds' texts), as a person pastes them: trailing spaces gone
 * and, in seed 002, the two stages separated by a blank line (as the article's named version has it).
 * Imported by the tests and by scripts/bench-links.mjs. The pinned links in ./pinned.test.ts hold
 * these exact bytes: if an example file changes, they fail.
 */
import { readExample } from '../support/examples.ts';

const withoutTrailingSpaces = (text: string): string => text.replace(/[ \t]+$/gmu, '');

/** Seed 002: the multi-stage example (numeric `--from=0`). */
export const SEED_002_MULTI_STAGE = withoutTrailingSpaces(readExample('seed002-multistage', 'Dockerfile')).replace(
  '\nFROM alpine:latest\n',
  '\n\nFROM alpine:latest\n',
);

/** Seed 004: href-counter with a named builder stage. */
export const SEED_004_HREF_COUNTER = withoutTrailingSpaces(readExample('seed004-multistage', 'Dockerfile.named'));
