/**
 * Check results as SARIF 2.1.0, for code-scanning annotations in pull requests: one run for one
 * file or several, the rules that fired (with Docker's page as help), one result per finding
 * (level warning), and the build error, when the build would fail, as an error-level result.
 */
import type * as Sarif from 'sarif';
import type { CheckResult } from '../types.ts';

export const BUILD_ERROR_RULE = 'BuildError';

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
        level: 'warning',
        message: { text: f.detail },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(f.range) } }],
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
