/**
 * The multi-stage version's one context and the docker build command(s) that
 * replace the script: flags and build args passed through, other outputs
 * built with --target.
 */
import { note } from './notes.ts';
import { dirName, pathBelow, shellQuote } from './paths.ts';
import type { BuildRecord, ScriptRun } from './scriptRun.ts';
import type { Note } from './types.ts';

export /** Where this build's context sits inside the final one: a prefix for its context COPY sources. */
function contextPrefixFor(b: BuildRecord, final: BuildRecord | undefined, script: string, notes: Note[]): string {
  if (final === undefined || b.context === final.context) return '';
  const below = pathBelow(final.context, b.context);
  const how = below ? `prefixed with ${below}/` : 'left as written (they are read from another folder)';
  notes.push(note('warning', 'ContextDiffers', script, b.line, { context: b.context, final: final.context, stage: b.tags[0] ?? String(b.index), how }));
  return below ?? '';
}

export /** The docker build command(s) of the multi-stage version, with pass-through flags and build args. */
function buildCommands(run: ScriptRun, names: readonly (string | null)[], script: string, notes: Note[]): string[] {
  const final = run.builds[run.builds.length - 1];
  if (final === undefined) return [];
  const flags: string[] = [];
  const args = new Map<string, string>();
  for (const b of run.builds) {
    for (const f of b.passFlags) {
      if (flags.includes(f)) continue;
      flags.push(f);
      notes.push(note('info', 'BuildFlagPassThrough', script, b.line, { flag: f }));
    }
    for (const a of b.buildArgs) {
      const word = a.value === null ? a.name : `${a.name}=${a.value}`;
      const had = args.get(a.name);
      if (had === undefined) { args.set(a.name, word); notes.push(note('info', 'BuildArgPassThrough', script, b.line, { arg: word })); }
      else if (had !== word) notes.push(note('warning', 'BuildArgConflict', script, b.line, { name: a.name, first: had, second: word, kept: had }));
    }
  }
  const dir = dirName(script);
  const ctx = (b: BuildRecord) => { const r = pathBelow(dir, b.context); return r === null ? b.context : r === '' ? '.' : r; };
  // Build-arg values keep their $VARIABLES (the script's meaning) but never run a command: ` and $( are escaped.
  const quote = (w: string) => (/^[\w@%+=:,./${}-]+$/.test(w) && !w.includes('$(') ? w : `"${w.replace(/(["\\`])/g, '\\$1').replace(/\$\(/g, '\\$(')}"`);
  const word = shellQuote;
  const argWords = [...args.values()].map((w) => `--build-arg ${quote(w)}`);
  const main = ['docker build', ...flags.map(word), ...argWords, ...final.tags.map((t) => `-t ${word(t)}`), word(ctx(final))].join(' ');
  const usedAsSource = new Set<number>();
  for (const x of run.extracted) if (x.source.kind === 'build') usedAsSource.add(x.source.build);
  for (const b of run.builds) {
    const base = b.source?.stage.image;
    for (const o of run.builds) if (base !== undefined && o.index < b.index && o.tags.includes(base.includes(':') ? base : `${base}:latest`)) usedAsSource.add(o.index);
  }
  const extra = run.builds.filter((b) => b !== final && !usedAsSource.has(b.index) && b.tags.length > 0).map((b) => {
    const stage = names[b.index] ?? `build-${b.index}`;
    notes.push(note('info', 'SeveralOutputs', script, b.line, { tag: b.tags[0]!, stage }));
    return ['docker build', ...flags.map(word), ...argWords, `--target ${stage}`, ...b.tags.map((t) => `-t ${word(t)}`), word(ctx(final))].join(' ');
  });
  return [main, ...extra];
}
