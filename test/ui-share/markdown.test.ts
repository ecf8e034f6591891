import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze/analyze.ts';
import { formatDot } from '../../src/core/format/dot.ts';
import { formatJson } from '../../src/core/format/json.ts';
import { formatMermaid } from '../../src/core/format/mermaid.ts';
import { escapeLinkText, fenceFor, markdownSnippet } from '../../src/ui/export/markdown.ts';
import { exportText } from '../../src/ui/export/textFormats.ts';

describe('markdown snippet', () => {
  it('fences any body so that no backtick run inside can close it', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('`', 'a', '\n', ' ') }), (body) => {
        const fence = fenceFor(body);
        const runs = body.match(/`+/g) ?? [];
        expect(fence.length).toBeGreaterThanOrEqual(3);
        for (const r of runs) expect(fence.length).toBeGreaterThan(r.length);
      }),
    );
  });

  it('is a mermaid block followed by a link back', () => {
    const s = markdownSnippet('flowchart TB\n  a --> b', 'https://x.test/app/#v1=abc', 'Open [it]');
    expect(s).toBe('```mermaid\nflowchart TB\n  a --> b\n```\n\n[Open \\[it\\]](<https://x.test/app/#v1=abc>)\n');
  });

  it('keeps the link target intact whatever the link text', () => {
    fc.assert(
      fc.property(fc.string(), fc.webUrl({ withFragments: true }), (text, url) => {
        const s = markdownSnippet('flowchart TB', url, text);
        const tail = s.slice(s.lastIndexOf('](<') + 3, -3);
        expect(decodeURIComponent(tail.replace(/%(?![0-9A-F]{2})/g, '%25'))).toBe(decodeURIComponent(url.replace(/%(?![0-9A-F]{2})/g, '%25')));
        expect(escapeLinkText(text)).not.toMatch(/(^|[^\\])[[\]]|[\r\n]/);
      }),
    );
  });

  it('exports exactly what the core formatters print', () => {
    const text = 'FROM golang:1.22 AS build\nRUN go build -o /app\nFROM scratch\nCOPY --from=build /app /app\n';
    const input = { text, target: null, buildArgs: {}, direction: 'LR' as const, link: 'https://x.test/#v1=a', linkText: 'Open' };
    const a = analyze(text, { target: null, buildArgs: {} });
    expect(exportText('mermaid', input)).toBe(formatMermaid(a, 'LR'));
    expect(exportText('dot', input)).toBe(formatDot(a, 'LR'));
    expect(exportText('json', input)).toBe(formatJson(a));
    expect(exportText('markdown', input)).toContain(formatMermaid(a, 'LR'));
    expect(exportText('markdown', input)).toContain('](<https://x.test/#v1=a>)');
  });
});
