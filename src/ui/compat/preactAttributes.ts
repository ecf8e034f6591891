/**
 * The page renders with Preact's React compatibility layer (vite.config.ts aliases react and
 * react-dom to preact/compat: about 55 KB gzipped less JavaScript than react-dom). Where Preact
 * writes an attribute differently from React, this hook makes it write what React writes.
 *
 * - `tabIndex` on an SVG element: Preact sets the attribute under that exact name, and an SVG
 *   element's attributes are case-sensitive, so `<g tabIndex="0">` is not focusable. React Flow
 *   makes each edge (an SVG `g`) focusable that way; React writes `tabindex`.
 *
 * Invariant: import this module before anything renders (src/ui/main.tsx imports it first).
 */
import { options, type VNode } from 'preact';

const previous = options.vnode;

options.vnode = (vnode: VNode) => {
  const props = vnode.props as Record<string, unknown> | null;
  if (typeof vnode.type === 'string' && props && 'tabIndex' in props) {
    props.tabindex = props.tabIndex;
    delete props.tabIndex;
  }
  previous?.(vnode);
};
