/**
 * Names of the multi-stage stages, after the images the script tagged
 * (`http-server:build` → `build`); valid, unique, never a reserved name.
 */
import { note } from './notes.ts';
import type { ScriptRun } from './scriptRun.ts';
import type { Note } from './types.ts';

export /** Stage names after the tags (`http-server:build` → `build`); the final stage is unnamed when tagged `latest`. */
function stageNames(run: ScriptRun, script: string, notes: Note[]): (string | null)[] {
  const taken = new Set<string>(['scratch', 'context']);
  return run.builds.map((b, i) => {
    const isFinal = i === run.builds.length - 1;
    const tag = b.tags[0];
    const lastSeg = tag?.slice(tag.lastIndexOf('/') + 1) ?? '';
    const [repo = '', version = ''] = lastSeg.split(':');
    if (isFinal && (tag === undefined || version === 'latest')) return null;
    const clean = (s: string) => { const c = s.toLowerCase().replace(/[^a-z0-9._-]+/g, '-'); return /^[a-z]/.test(c) ? c : `stage-${c}`; };
    if (tag === undefined) notes.push(note('info', 'BuildWithoutTag', script, b.line, { stage: `build-${i}` }));
    let name = tag === undefined ? `build-${i}` : clean(version && version !== 'latest' ? version : repo);
    if (taken.has(name)) name = clean(`${repo}-${version}`);
    for (let k = 2; taken.has(name); k++) name = `${name.replace(/-\d+$/, '')}-${k}`;
    taken.add(name);
    return name;
  });
}
