/**
 * Level of detail. Below FAR_ZOOM a stage's 12 px text is under 7 px on screen: unreadable, and
 * each detailed node costs the browser a dozen clipped boxes to composite on every frame. So far
 * away, nodes draw simplified: the name alone in large type, in a box coloured by what the build
 * does with it (target / built / not built). The pane decides once (one zoom subscription) and
 * tells every node and edge view through FarContext.
 */
import { createContext, useContext } from 'react';

/** Below this zoom, nodes and edges draw simplified. Chosen by looking at screenshots. */
export const FAR_ZOOM = 0.55;

/**
 * Fitting never zooms out below this: a simplified name (FAR_NAME_PX) is then 12 px on screen.
 * A graph that does not fit at this zoom is shown around its target stage instead.
 */
export const FIT_MIN_ZOOM = 0.3;

/** Type sizes of simplified nodes (graph units), and the monospace advance that sizes their lines. */
export const FAR_NAME_PX = 40;
export const FAR_IMAGE_PX = 28;
export const MONO_ADVANCE = 0.6;

export const FarContext = createContext(false);

export const useFar = (): boolean => useContext(FarContext);

/**
 * `label` in at most `lines` lines of at most `width` characters, broken after a separator
 * (`-`, `_`, `.`, `/`, `:`) where one falls in the second half of a line; the last line ends
 * with '…' when the label is longer. Monospace type makes the character count exact.
 */
export function farLines(label: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let rest = label;
  while (rest.length > 0 && out.length < lines) {
    if (rest.length <= width) {
      out.push(rest);
      break;
    }
    if (out.length === lines - 1) {
      out.push(`${rest.slice(0, width - 1)}…`);
      break;
    }
    let cut = width;
    for (let i = width; i >= Math.ceil(width / 2); i--) {
      if ('-_./: '.includes(rest[i - 1]!)) {
        cut = i;
        break;
      }
    }
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  return out;
}

/** An image reference as far nodes show it: without registry and repository path (`golang:1.22`). */
export function shortRef(ref: string): string {
  const at = ref.lastIndexOf('/');
  return at >= 0 && at < ref.length - 1 ? ref.slice(at + 1) : ref;
}
