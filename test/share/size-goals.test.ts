/**
 * The Share issue's size goals, as tests. scripts/bench-links.mjs prints the full table.
 */
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { encodeWorkspace } from '../../src/core/share/codec.ts';
import { singleFileWorkspace } from '../../src/core/share/workspace.ts';
import { corpus, SEED_002_MULTI_STAGE, SEED_004_HREF_COUNTER } from './helpers.ts';

const linkLength = (text: string): number => encodeWorkspace(singleFileWorkspace(text)).length;

describe('link length goals', () => {
  it('seed 002 multi-stage example → at most 600 characters', () => {
    expect(linkLength(SEED_002_MULTI_STAGE)).toBeLessThanOrEqual(600);
  });

  it('seed 004 href-counter → at most 600 characters', () => {
    expect(linkLength(SEED_004_HREF_COUNTER)).toBeLessThanOrEqual(600);
  });

  it('a typical 100-line Dockerfile (3.4 KB) → at most 2,000 characters', () => {
    // moby/buildkit hack/dockerfiles/generated-files: exactly 100 lines, 3,424 bytes, near the corpus's
    // median bytes per line. (Denser files with many sha256 digests, ~50 bytes a line, go past 2,000.)
    const file = corpus().find((f) => f.name === 'moby__buildkit__hack__dockerfiles__generated-files.Dockerfile');
    expect(file?.text.split('\n').length).toBe(101);
    expect(linkLength(file?.text ?? '')).toBeLessThanOrEqual(2000);
  });

  it('every corpus file → shorter than lz-string compressToEncodedURIComponent of its bare text', () => {
    const longer = corpus().filter(({ text }) => linkLength(text) >= LZString.compressToEncodedURIComponent(text).length);
    expect(longer.map((f) => f.name)).toStrictEqual([]);
  });
});
