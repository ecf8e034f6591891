/**
 * Repairs of obvious typos in old builder-pattern Dockerfiles, so a conversion
 * can go on (seed 004's Dockerfile.build has `FROM golang: 1.7.3` and
 * `WORKDIR: /go/...`). Each repair is reported: the text BuildKit would reject
 * is never silently "fixed".
 */
import { parseDockerfile } from '../parse/parse.ts';
import { note } from './notes.ts';
import type { Note } from './types.ts';

const INSTRUCTIONS = new Set(['from', 'run', 'cmd', 'label', 'maintainer', 'expose', 'env', 'add', 'copy', 'entrypoint', 'volume', 'user', 'workdir', 'arg', 'onbuild', 'stopsignal', 'healthcheck', 'shell']);
const TAG = /^[\w][\w.-]{0,127}$/;

export interface Repaired {
  readonly text: string;
  readonly notes: readonly Note[];
}

/** Repairs `FROM image: tag` and `KEYWORD:`; `file` names the Dockerfile in notes. */
export function repairDockerfile(text: string, file: string): Repaired {
  const lines = text.split('\n');
  const notes: Note[] = [];
  for (const ins of parseDockerfile(text).instructions) {
    const idx = ins.range.start.line - 1;
    const src = lines[idx];
    if (src === undefined) continue;
    if (ins.keyword.endsWith(':') && INSTRUCTIONS.has(ins.keyword.slice(0, -1))) {
      const fixed = src.replace(new RegExp(`^(\\s*${ins.original.slice(0, -1).replace(/[^A-Za-z]/g, '')}):`), '$1');
      if (fixed !== src) {
        lines[idx] = fixed;
        notes.push(note('warning', 'RepairedKeywordColon', file, idx + 1, { written: ins.original, repaired: ins.original.slice(0, -1).toUpperCase() }));
      }
      continue;
    }
    if (ins.keyword !== 'from' || (ins.args.length !== 2 && ins.args.length !== 4)) continue;
    const [image = '', tag = ''] = ins.args;
    if (!image.endsWith(':') || !TAG.test(tag)) continue;
    const escaped = image.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const fixed = src.replace(new RegExp(`(\\s)${escaped}[ \\t]+${tag.replace(/[.]/g, '\\.')}(?=\\s|$)`), `$1${image}${tag}`);
    if (fixed === src) continue;
    lines[idx] = fixed;
    notes.push(note('warning', 'RepairedFromSpace', file, idx + 1, { written: `${image} ${tag}`, repaired: `${image}${tag}` }));
  }
  return { text: lines.join('\n'), notes };
}
