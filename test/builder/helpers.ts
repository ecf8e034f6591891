/** Shared helpers for the builder-pattern tests: fixtures, graph and script signatures. */
import { buildOrder } from '../../src/core/builder/builderPlan.ts';
import type { Link, Note, WorkspaceFile } from '../../src/core/builder/index.ts';
import { normalizePath } from '../../src/core/builder/paths.ts';
import { parseScript } from '../../src/core/builder/shellScript.ts';
import { readScript } from '../../src/core/builder/scriptReader.ts';
import { runScript } from '../../src/core/builder/scriptRun.ts';
import type { Analysis } from '../../src/core/model.ts';
import { EXAMPLES_DIR, readExample, readExampleFolder } from '../support/examples.ts';

/** The seeds' files live once, in examples/ (see its README): the page and the CLI use them too. */
export const FIXTURES = EXAMPLES_DIR;

export function fixture(...parts: string[]): string {
  return readExample(...parts);
}

/** Every file of an example folder, named relative to it. */
export function workspace(folder: string): WorkspaceFile[] {
  return readExampleFolder(folder);
}

/**
 * The graph the target needs, independent of stage numbers and of the final stage's name:
 * stages in build order with their base and COPY --from edges, sources normalized.
 */
export function graphSignature(a: Analysis, options: { names?: boolean } = {}): unknown[] {
  const order = buildOrder(a);
  const pos = new Map(order.map((s, k) => [s, k]));
  return order.map((i, k) => {
    const st = a.stages[i]!;
    const base = st.base.kind === 'stage' ? `stage#${pos.get(st.base.stage)}` : st.base.kind === 'scratch' ? 'scratch' : st.base.ref;
    const copies = a.edges
      .filter((e) => e.stage === i && e.kind === 'copy')
      .map((e) => ({
        from: e.source.kind === 'stage' ? `stage#${pos.get(e.source.stage)}` : e.source.ref,
        sources: (e.paths?.sources ?? []).map((s) => normalizePath(s.startsWith('/') ? s : `/${s}`)),
        dest: e.paths?.dest,
      }));
    const name = options.names && k < order.length - 1 ? { name: st.name ?? `stage-${i}` } : {};
    return { ...name, base, copies };
  });
}

/** The docker commands of a script, in order, in a form both ways can share. */
export function dockerSequence(files: readonly WorkspaceFile[], script = 'build.sh'): string[] {
  const read = readScript(files.find((f) => f.name === script)!.text, script);
  const run = runScript(read.events, files, script);
  let build = 0;
  return read.events.flatMap((e) => {
    if (e.kind !== 'docker') return [];
    const c = e.command;
    switch (c.kind) {
      case 'build': {
        const b = run.builds[build++]!;
        return [`build FROM ${b.source?.stage.image ?? '?'}`];
      }
      case 'create': return ['create'];
      case 'cp': return [`cp ${c.src.kind === 'container' ? normalizePath(`/${c.src.path}`) : '?'}`];
      case 'rm': return ['rm'];
      default: return [c.kind];
    }
  });
}

/** Script lines that start a command or hold a comment, none of which may be dropped silently. */
export function scriptLines(text: string): number[] {
  const p = parseScript(text);
  return [...new Set([...p.lists.map((l) => l.line), ...p.comments.map((c) => c.line)])].sort((x, y) => x - y);
}

/** Script lines a conversion accounted for: in a link or in a note. */
export function accountedLines(script: string, notes: readonly Note[], links: readonly Link[]): Set<number> {
  return new Set([
    ...notes.filter((n) => n.file === script).map((n) => n.line),
    ...links.flatMap((l) => l.builderPattern).filter((f) => f.file === script).map((f) => f.line),
  ]);
}
