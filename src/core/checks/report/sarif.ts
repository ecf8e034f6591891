/**
 * Check results as SARIF 2.1.0, for code-scanning annotations in pull requests: one run for one
 * file or several, the rules that fired (with Docker's page as help), one result per BuildKit
 * finding (level warning), and the build error, when the build would fail, as an error-level
 * result. What is ours (our rule's findings, "cannot tell" notes, our explanation of the build
 * error) are results of `level: "note"` under rule ids of our own: GitHub code scanning and
 * other SARIF viewers show results (a note as the lowest severity, never failing a check by
 * default), while `invocations[].toolExecutionNotifications` are about the tool's run and are
 * not shown as annotations on the file.
 */
import type * as Sarif from 'sarif';
import type { CheckResult } from '../types.ts';
import { ownNotes, type OwnNote } from './ours.ts';

export const BUILD_ERROR_RULE = 'BuildError';

const NOTE_RULES: Readonly<Record<Exclude<OwnNote['kind'], 'ownRule'>, string>> = {
  envUnknown: "Cannot tell: the base image's environment is unknown",
  platformUnknown: "Cannot tell: the base image's platforms are unknown",
  platformMissing: 'The base image is not published for the platform asked for',
  platformFallback: 'Cannot tell: the base image is pulled for another platform',
  ignoredSource: 'A COPY/ADD source is excluded by .dockerignore: the build fails',
  buildErrorExplained: 'Why the build fails',
};

function region(range: { start: { line: number }; end: { line: number } }): Sarif.Region {
  return { startLine: range.start.line, endLine: Math.max(range.end.line, range.start.line) };
}

/** One SARIF log for several files: one run, the rules that fired in any of them, each result at its file. */
export function checksSarifMany(entries: readonly { result: CheckResult; uri: string }[]): Sarif.Log {
  const rules: Sarif.ReportingDescriptor[] = [];
  const index = new Map<string, number>();
  const ruleIndex = (id: string, description: string, url: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = rules.length;
      index.set(id, i);
      rules.push({ id, name: id, shortDescription: { text: description || id }, ...(url ? { helpUri: url } : {}) });
    }
    return i;
  };
  const results: Sarif.Result[] = [];
  for (const { result, uri } of entries) {
    for (const f of result.findings) {
      results.push({
        ruleId: f.ruleName,
        ruleIndex: ruleIndex(f.ruleName, f.description, f.url),
        level: f.own ? 'note' : 'warning',
        message: { text: f.detail },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(f.range) } }],
      });
    }
    for (const n of ownNotes(result)) {
      if (n.kind === 'ownRule') continue; // already a result above
      const id = `stagecraft/${n.kind}`;
      results.push({
        ruleId: id,
        ruleIndex: ruleIndex(id, NOTE_RULES[n.kind], ''),
        level: 'note',
        message: { text: n.message },
        locations: n.line === null ? [] : [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: n.line } } }],
      });
    }
    const err = result.buildError;
    if (err) {
      results.push({
        ruleId: BUILD_ERROR_RULE,
        ruleIndex: ruleIndex(BUILD_ERROR_RULE, 'The build fails', ''),
        level: 'error',
        message: { text: err.message },
        locations: err.range ? [{ physicalLocation: { artifactLocation: { uri }, region: region(err.range) } }] : [],
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'stagecraft', informationUri: 'https://docs.docker.com/reference/build-checks/', rules } }, results }],
  };
}

export function checksSarif(result: CheckResult, uri: string): Sarif.Log {
  return checksSarifMany([{ result, uri }]);
}

export function formatChecksSarif(result: CheckResult, uri: string): string {
  return `${JSON.stringify(checksSarif(result, uri), null, 2)}\n`;
}
