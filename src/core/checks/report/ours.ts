/**
 * What Stagecraft adds to BuildKit's findings, kept apart from them in every report: our own
 * rule's findings (stagecraft/syntax-version), the notes where a check cannot tell, and our
 * explanation of a build error. None of it changes buildx's fields or the exit code.
 * English here: the CLI's language (the page translates notes by kind).
 */
import type { CheckNote, CheckResult, Finding } from '../types.ts';

export interface OwnNote {
  /** A stable kind: a CheckNote kind, `ownRule` for our rule's findings, `buildErrorExplained`. */
  readonly kind: CheckNote['kind'] | 'ownRule' | 'buildErrorExplained';
  readonly line: number | null;
  readonly message: string;
  /** Our rule's name, for `ownRule`. */
  readonly ruleName?: string;
}

export function noteText(n: CheckNote): string {
  switch (n.kind) {
    case 'envUnknown':
      return `cannot tell: stage ${n.stage} starts from ${n.image}, whose environment Stagecraft does not know, so an undefined variable (UndefinedVar) cannot be told from one its config sets`;
    case 'platformUnknown':
      return `cannot tell: stage ${n.stage} asks for ${n.expected} from ${n.image}; Stagecraft does not know which platforms that image is published for, so InvalidBaseImagePlatform is not judged`;
    case 'platformMissing':
      return `the pull fails: ${n.image} is not published for ${n.expected} (stage ${n.stage}), so BuildKit finds no match for that platform in its manifest`;
    case 'platformFallback':
      return `cannot tell: ${n.image} is not published for ${n.expected} (stage ${n.stage}); BuildKit pulls ${n.actual} instead, and warns (InvalidBaseImagePlatform) unless the builder runs ${n.actual} natively, which Stagecraft cannot know`;
    case 'ignoredSource':
      return `the build fails: the .dockerignore keeps "${n.path}" out of the build context, so COPY/ADD cannot find it (docker build --check does not get this far)`;
  }
}

/** Our rule's findings, then the notes, then our explanation of the build error. */
export function ownNotes(result: CheckResult): OwnNote[] {
  const out: OwnNote[] = result.findings.filter((f) => f.own).map((f: Finding) => ({
    kind: 'ownRule' as const, line: f.range.start.line, message: f.detail, ruleName: f.ruleName,
  }));
  for (const n of result.notes) out.push({ kind: n.kind, line: n.line, message: noteText(n) });
  const explained = result.buildError?.explanation;
  if (explained) out.push({ kind: 'buildErrorExplained', line: result.buildError?.range?.start.line ?? null, message: explained });
  return out;
}

/** BuildKit's own findings: what buildx prints and counts, and what sets the exit code. */
export function buildkitFindings(result: CheckResult): Finding[] {
  return result.findings.filter((f) => !f.own);
}
