import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedFlags, embedUrl, iframeSnippet, openInAppUrl } from '../../src/ui/embed/embedUrl.ts';

describe('embed URLs', () => {
  it('reads the flags from the query', () => {
    expect(embedFlags('?view=embed&editor=1')).toEqual({ embed: true, editor: true });
    expect(embedFlags('?view=embed')).toEqual({ embed: true, editor: false });
    expect(embedFlags('')).toEqual({ embed: false, editor: false });
  });

  it('carries the fragment both ways, under any base path', () => {
    fc.assert(
      fc.property(fc.constantFrom('/', '/app/', '/a/b/index.html'), fc.stringMatching(/^[A-Za-z0-9_-]{1,60}$/), fc.boolean(), (path, data, ed) => {
        const href = `https://docs.example${path}?x=1#old`;
        const src = embedUrl(href, `v1=${data}`, ed);
        expect(src).toBe(`https://docs.example${path}?view=embed${ed ? '&editor=1' : ''}#v1=${data}`);
        expect(openInAppUrl(src)).toBe(`https://docs.example${path}#v1=${data}`);
      }),
    );
  });

  it('escapes the iframe attributes', () => {
    const s = iframeSnippet('https://x/?a=1&b="2"#<x>', 'A "title" <b>');
    expect(s).toContain('src="https://x/?a=1&amp;b=&quot;2&quot;#&lt;x&gt;"');
    expect(s).toContain('title="A &quot;title&quot; &lt;b&gt;"');
    expect(s.match(/</g)).toHaveLength(2);
  });
});
