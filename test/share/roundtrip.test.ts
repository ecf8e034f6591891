import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLink, decodeFragment, encodeWorkspace } from '../../src/core/share/codec.ts';
import { singleFileWorkspace, type Workspace } from '../../src/core/share/workspace.ts';
import { arbText, arbWorkspace } from './arbitraries.ts';
import { corpus, SEED_002_MULTI_STAGE } from './helpers.ts';

function roundTrip(ws: Workspace): Workspace {
  const result = decodeFragment(encodeWorkspace(ws));
  if (!result.ok) throw new Error(`decode failed: ${JSON.stringify(result.error)}`);
  return result.workspace;
}

describe('round trip (properties)', () => {
  it('any valid workspace decodes to an equal workspace', () => {
    fc.assert(
      fc.property(arbWorkspace, (ws) => {
        expect(roundTrip(ws)).toStrictEqual(ws);
      }),
      { numRuns: 500 },
    );
  });

  it('any text survives exactly, character for character', () => {
    fc.assert(
      fc.property(arbText, (text) => {
        const back = roundTrip(singleFileWorkspace(text)).files[0]?.text;
        expect(back === text).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('encoding is deterministic: re-encoding a decoded link gives the same link', () => {
    fc.assert(
      fc.property(arbWorkspace, (ws) => {
        const payload = encodeWorkspace(ws);
        expect(encodeWorkspace(roundTrip(ws))).toBe(payload);
      }),
      { numRuns: 200 },
    );
  });

  it('the link is URL-safe: only base64url after the "v1=" prefix', () => {
    fc.assert(
      fc.property(arbWorkspace, (ws) => {
        expect(encodeWorkspace(ws)).toMatch(/^v1=[A-Za-z0-9_-]+$/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('round trip (named texts)', () => {
  const cases: [string, string][] = [
    ['empty file', ''],
    ['CRLF line endings', 'FROM alpine\r\nRUN echo hi\r\n'],
    ['lone CR', 'FROM alpine\rRUN x'],
    ['tabs and trailing spaces', 'FROM alpine   \n\tRUN echo \t \n   '],
    ['NUL characters', 'FROM alpine\0\0RUN\0'],
    ['CJK', 'FROM alpine\n# 构建阶段：编译\nLABEL 名前="値"'],
    ['emoji and ZWJ sequences', 'LABEL icon="🐳" family="👩‍👩‍👧"'],
    ['surrogate pairs (astral CJK)', '# 𠜎𠜱𠝹'],
    ['a lone surrogate', 'RUN echo \uD800 \uDFFF'],
    ['BOM at the start', '\uFEFFFROM alpine'],
    ['line and paragraph separators', 'RUN a\u2028b\u2029c'],
    ['backslash continuations and quotes', 'RUN a \\\n  && b "c" \'d\'\nCMD ["./x"]'],
    ['only newlines', '\n\n\n'],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(roundTrip(singleFileWorkspace(text)).files[0]?.text).toBe(text);
  });

  it('every corpus Dockerfile', () => {
    for (const { name, text } of corpus()) {
      expect(roundTrip(singleFileWorkspace(text, name)).files[0], name).toStrictEqual({ name, text });
    }
  });
});

describe('decodeFragment accepts', () => {
  const ws = singleFileWorkspace(SEED_002_MULTI_STAGE);
  it.each([
    ['the payload as is', (p: string) => p],
    ['the payload with a leading "#"', (p: string) => `#${p}`],
  ])('%s', (_name, wrap) => {
    expect(decodeFragment(wrap(encodeWorkspace(ws)))).toStrictEqual({ ok: true, workspace: ws });
  });
});

describe('buildLink', () => {
  const ws = singleFileWorkspace(SEED_002_MULTI_STAGE);
  it('https://stagecraft.example/app → base + "#" + payload', () => {
    expect(buildLink('https://stagecraft.example/app', ws)).toBe(`https://stagecraft.example/app#${encodeWorkspace(ws)}`);
  });
  it('https://stagecraft.example/#v1=old → the old fragment is replaced', () => {
    expect(buildLink('https://stagecraft.example/#v1=old', ws)).toBe(`https://stagecraft.example/#${encodeWorkspace(ws)}`);
  });
  it('the fragment of a built link decodes with new URL(...).hash', () => {
    const hash = new URL(buildLink('https://stagecraft.example/?q=1', ws)).hash;
    expect(decodeFragment(hash)).toStrictEqual({ ok: true, workspace: ws });
  });
});
