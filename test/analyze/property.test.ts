/**
 * Nothing a user can type makes the engine throw or hang: random text,
 * mutated real Dockerfiles, and the hostile inputs named in the issue.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import type { Analysis } from '../../src/core/model.ts';
import { generateDockerfile } from '../support/generate.ts';
import { readShared, sharedPath } from '../support/shared.ts';

/** Invariants every analysis keeps, whatever the input. */
function wellFormed(a: Analysis, text: string): void {
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const d of a.diagnostics) {
    expect(d.range.start.line).toBeGreaterThanOrEqual(1);
    expect(d.range.start.line).toBeLessThanOrEqual(Math.max(lines, 1));
    expect(typeof d.message).toBe('string');
  }
  for (const e of a.edges) {
    expect(e.stage).toBeLessThan(a.stages.length);
    if (e.source.kind === 'stage') expect(e.source.stage).toBeLessThan(a.stages.length);
  }
  if (a.target !== null) expect(a.stages[a.target]?.reachable).toBe(true);
}

const corpus = readdirSync(sharedPath('corpus')).filter((f) => f.endsWith('.Dockerfile')).map((f) => readShared('corpus', f));
const TOKENS = ['FROM ', 'AS ', 'as ', 'COPY ', '--from=', 'RUN ', '--mount=type=cache,from=', 'ARG ', '${', '}', ':-', '$', '\\\n', '<<EOF\n', 'EOF\n', '\n', ' ', '"', "'", '#', 'ONBUILD ', '0', 'x', '`', '\0'];

describe('engine never throws', () => {
  it('on random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => wellFormed(analyze(s), s)), { numRuns: 500 });
  });

  it('on token soup', () => {
    const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((t) => t.join(''));
    fc.assert(fc.property(soup, (s) => wellFormed(analyze(s), s)), { numRuns: 1000 });
  });

  it('on mutated corpus files (cut, duplicated, spliced lines)', () => {
    const mutated = fc
      .tuple(fc.constantFrom(...corpus), fc.nat(), fc.nat(), fc.constantFrom(...TOKENS))
      .map(([text, a, b, tok]) => {
        const i = a % (text.length + 1);
        const j = b % (text.length + 1);
        return text.slice(0, Math.min(i, j)) + tok + text.slice(Math.max(i, j));
      });
    fc.assert(fc.property(mutated, (s) => wellFormed(analyze(s), s)), { numRuns: 300 });
  });

  const hostile: Record<string, () => string> = {
    'a 5 MB file': () => generateDockerfile(24_000).slice(0, 5_000_000),
    '2,000 stages': () => generateDockerfile(2000),
    'a 70,000-character line': () => `FROM alpine\nRUN echo ${'x'.repeat(70_000)}\nFROM ${'a'.repeat(70_000)}\n`,
    'an unterminated heredoc': () => 'FROM alpine\nRUN <<EOF\nFROM busybox\n',
    'NUL bytes': () => 'FROM\0alpine\0AS\0x\n\0\0COPY --from=\0x / /\n',
    'binary garbage': () => Array.from({ length: 50_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join(''),
    'a deep ${ nesting': () => `FROM a${'${X:-'.repeat(5000)}b${'}'.repeat(5000)}\n`,
  };
  for (const [name, make] of Object.entries(hostile)) {
    // The per-test timeout is the hang guard; speed goals live in `npm run bench`.
    it(name, () => {
      const text = make();
      wellFormed(analyze(text), text);
    }, 30_000);
  }
});
