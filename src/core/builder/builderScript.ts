/**
 * Multi-stage → builder pattern, the script: build.sh in the shape of the
 * seeds' scripts (echo, docker build, docker create, docker cp, docker rm,
 * a last docker build, rm of the extracted files), with its links.
 */
import type { Analysis } from '../model.ts';
import { EXTRACT_FOLDER, sourceKey, type BuilderPlan, type ExtractSource } from './builderPlan.ts';
import { showControlCharacters } from './controlChars.ts';
import { shellQuote } from './paths.ts';
import type { FileLine, Link, WorkspaceFile } from './types.ts';
import { fillComment, type GeneratedComments } from './comments.ts';

export interface ScriptInputs {
  readonly a: Analysis;
  readonly plan: BuilderPlan;
  readonly input: string;
  /** Original FROM line → its line in the stage's Dockerfile. */
  readonly fromOut: ReadonlyMap<number, FileLine>;
  /** Original COPY --from line → the plain COPY written for it. */
  readonly copyOut: ReadonlyMap<number, FileLine>;
  readonly comments: GeneratedComments;
}

/**
 * build.sh in the seeds' shape (with set -e); its links to the multi-stage lines. Every word taken
 * from the Dockerfile or the options is quoted for sh; the comment only holds the input's name with
 * its control characters shown as escapes (the caller refuses such names before this runs).
 * Extracted files go into EXTRACT_FOLDER, created by the script (mkdir stops it when the folder
 * exists) and removed at the end; nothing else is removed.
 */
export function renderScript(s: ScriptInputs, buildArgs: Readonly<Record<string, string>>): { file: WorkspaceFile; links: Link[] } {
  const links: Link[] = [];
  const at = (line: number): FileLine => ({ file: s.input, line });
  const file = 'build.sh';
  const out: string[] = ['#!/bin/sh', `# ${fillComment(s.comments.scriptHeader, { input: showControlCharacters(s.input) })}`];
  const extracts = s.plan.steps.some((st) => st.kind === 'extract');
  if (extracts) {
    out.push(
      `# ${fillComment(s.comments.extractFolder, { folder: EXTRACT_FOLDER })}`,
      `# ${fillComment(s.comments.extractExists, { folder: EXTRACT_FOLDER })}`,
    );
  }
  out.push('set -e');
  const args = Object.entries(buildArgs).map(([k, v]) => `--build-arg ${shellQuote(`${k}=${v}`)}`);
  let folderMade = false;
  const lineOf = () => ({ file, line: out.length });
  for (const step of s.plan.steps) {
    if (step.kind === 'build') {
      const p = s.plan.stages.get(step.stage)!;
      out.push(`echo Building ${shellQuote(p.tag)}`);
      out.push(['docker build', ...args, `-t ${shellQuote(p.tag)}`, ...(p.isFinal ? [] : [`-f ${shellQuote(p.file)}`]), '.'].join(' '));
      const from = s.fromOut.get(p.stage.startLine);
      links.push({ kind: 'build', multistage: [at(p.stage.startLine)], builderPattern: [lineOf(), ...(from ? [from] : [])] });
      continue;
    }
    if (!folderMade) {
      out.push(`mkdir ${EXTRACT_FOLDER}`);
      folderMade = true;
    }
    const x = step.extraction;
    const copyLines = s.a.edges.filter((e) => e.kind === 'copy' && s.plan.stages.has(e.stage) && sameSource(e.source, x.source)).map((e) => e.line);
    out.push(`docker create --name ${shellQuote(x.container)} ${shellQuote(x.image)}${x.command ? ` ${shellQuote(x.command)}` : ''}`);
    const create = lineOf();
    for (const path of x.paths) {
      out.push(`docker cp ${shellQuote(`${x.container}:${path.containerPath}`)} ${shellQuote(path.local)}`);
      const users = copyLines.filter((l) => usesPath(s, l, x.source, path.local));
      links.push({ kind: 'extract', multistage: users.map((l) => at(l)), builderPattern: [lineOf(), ...users.flatMap((l) => s.copyOut.get(l) ?? [])] });
    }
    out.push(`docker rm -f ${shellQuote(x.container)}`);
    links.push({ kind: 'container', multistage: copyLines.map((l) => at(l)), builderPattern: [create, lineOf()] });
  }
  if (folderMade) out.push(`rm -rf ${EXTRACT_FOLDER}`);
  return { file: { name: file, text: `${out.join('\n')}\n` }, links };
}

/** Whether the COPY --from on `line` reads the extracted `local`. */
function usesPath(s: ScriptInputs, line: number, source: ExtractSource, local: string): boolean {
  const e = s.a.edges.find((x) => x.kind === 'copy' && x.line === line && sameSource(x.source, source));
  return (e?.paths?.sources ?? []).some((written) => {
    const mapped = s.plan.copySources.get(`${sourceKey(source)}|${written}`) ?? '';
    return mapped === local || mapped.startsWith(`${local}/`);
  });
}

function sameSource(a: { kind: 'stage'; stage: number } | { kind: 'image'; ref: string }, b: ExtractSource): boolean {
  return a.kind === 'stage' ? b.kind === 'stage' && b.stage === a.stage : b.kind === 'image' && b.ref === a.ref;
}
