/**
 * URLs and snippets for the embed view. Pure: every input is a string, every output a string.
 * The fragment (the workspace) is carried verbatim, so "Open in Stagecraft" never loses the code.
 */

export interface EmbedFlags {
  readonly embed: boolean;
  /** Show the source next to the graph (read-only). */
  readonly editor: boolean;
}

export function embedFlags(search: string): EmbedFlags {
  const q = new URLSearchParams(search);
  return { embed: q.get('view') === 'embed', editor: q.get('editor') === '1' };
}

/** The app's address without query or fragment: where the full app lives. */
export function appBase(href: string): string {
  const u = new URL(href);
  return `${u.origin}${u.pathname}`;
}

/** The embed URL for a page at `href` whose workspace fragment is `fragment` ("v1=…", no '#'). */
export function embedUrl(href: string, fragment: string, withEditor: boolean): string {
  return `${appBase(href)}?view=embed${withEditor ? '&editor=1' : ''}#${fragment}`;
}

/** The full app with the same workspace, from inside an embed. */
export function openInAppUrl(href: string): string {
  const u = new URL(href);
  return `${u.origin}${u.pathname}${u.hash}`;
}

const escapeAttr = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** The `<iframe>` snippet to paste into docs; every value is attribute-escaped. */
export function iframeSnippet(src: string, title: string, height = 480): string {
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${height}" style="border:1px solid #ccc;border-radius:6px" loading="lazy"></iframe>`;
}
