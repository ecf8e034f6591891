/**
 * The longest URL a browser opens. Measured in Debian's Chromium (the e2e browser): a URL of
 * 2,097,152 characters (2 MiB, Chromium's url::kMaxURLChars) opens; one more is refused
 * (net::ERR_ABORTED), and history.replaceState with it leaves the address bar unchanged. A link
 * longer than this is never offered: the workspace counts as too large for a link.
 */
import { embedUrl } from '../embed/embedUrl.ts';

export const MAX_URL_CHARS = 2_097_152;

/** Whether every link made from `fragment` (the page's, and the longer embed one) opens in a browser. */
export function fitsInBrowser(href: string, fragment: string): boolean {
  return embedUrl(href, fragment, true).length <= MAX_URL_CHARS;
}
