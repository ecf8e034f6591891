/**
 * The text exports, computed on demand from the store's text and options with the core's own
 * formatters (the CLI's output, byte for byte). Nothing here re-implements a format.
 */
import { analyze } from '../../core/analyze/analyze.ts';
import { formatDot } from '../../core/format/dot.ts';
import { formatJson } from '../../core/format/json.ts';
import { formatMermaid } from '../../core/format/mermaid.ts';
import type { LayoutDirection } from '../../core/share/index.ts';
import { markdownSnippet } from './markdown.ts';

export type TextFormat = 'mermaid' | 'dot' | 'json' | 'markdown';

export interface TextExportInput {
  readonly text: string;
  readonly target: string | null;
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly direction: LayoutDirection;
  /** The permalink, for the Markdown snippet's link back. */
  readonly link: string;
  readonly linkText: string;
}

export const FILE_NAMES: Readonly<Record<TextFormat, string>> = {
  mermaid: 'stagecraft.mmd',
  dot: 'stagecraft.dot',
  json: 'stagecraft.json',
  markdown: 'stagecraft.md',
};

export const MIME_TYPES: Readonly<Record<TextFormat, string>> = {
  mermaid: 'text/plain',
  dot: 'text/vnd.graphviz',
  json: 'application/json',
  markdown: 'text/markdown',
};

export function exportText(format: TextFormat, input: TextExportInput): string {
  const analysis = analyze(input.text, { target: input.target, buildArgs: { ...input.buildArgs } });
  switch (format) {
    case 'mermaid':
      return formatMermaid(analysis, input.direction);
    case 'dot':
      return formatDot(analysis, input.direction);
    case 'json':
      return formatJson(analysis);
    case 'markdown':
      return markdownSnippet(formatMermaid(analysis, input.direction), input.link, input.linkText);
  }
}
