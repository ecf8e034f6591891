/**
 * The Markdown snippet for docs and trackers: a fenced mermaid block (renders on GitHub and GitLab)
 * followed by a link back to the live diagram. Pure.
 */

/** A fence longer than any backtick run inside `body`, so the block can never be closed early. */
export function fenceFor(body: string): string {
  let longest = 0;
  for (const run of body.match(/`+/gu) ?? []) longest = Math.max(longest, run.length);
  return '`'.repeat(Math.max(3, longest + 1));
}

/** Link text safe inside `[...]`: brackets, backslashes and line breaks are escaped or flattened. */
export function escapeLinkText(s: string): string {
  return s.replace(/[\\[\]]/gu, (c) => `\\${c}`).replace(/[\r\n]+/gu, ' ');
}

/** `<url>` form keeps parentheses and spaces from ending the link target. */
export function markdownSnippet(mermaid: string, link: string, linkText: string): string {
  const body = mermaid.endsWith('\n') ? mermaid : `${mermaid}\n`;
  const fence = fenceFor(body);
  const target = link.replace(/[<>\s]/gu, (c) => encodeURIComponent(c));
  return `${fence}mermaid\n${body}${fence}\n\n[${escapeLinkText(linkText)}](<${target}>)\n`;
}
