/**
 * Check results in the shape of buildx's `--call=check,format=json` (BuildKit's
 * lint.LintResults): warnings with ruleName, description, url, detail and a location of
 * source index and line ranges (character 0, as BuildKit gives them), the source, and
 * buildError only when the build would fail.
 */
import type { Range } from '../../model.ts';
import type { CheckResult } from '../types.ts';

interface JsonRange { start: { line: number; character: number }; end: { line: number; character: number } }
interface JsonLocation { sourceIndex: number; ranges: JsonRange[] }

function location(range: Range | null): JsonLocation {
  return { sourceIndex: 0, ranges: range ? [{ start: { line: range.start.line, character: 0 }, end: { line: range.end.line, character: 0 } }] : [] };
}

export function checksJson(result: CheckResult, filename: string): unknown {
  return {
    warnings: result.findings.map((f) => ({
      ruleName: f.ruleName,
      ...(f.description ? { description: f.description } : {}),
      ...(f.url ? { url: f.url } : {}),
      detail: f.detail,
      location: location(f.range),
    })),
    sources: [{ filename, language: 'Dockerfile' }],
    ...(result.buildError ? { buildError: { message: result.buildError.message, location: location(result.buildError.range) } } : {}),
  };
}

export function formatChecksJson(result: CheckResult, filename: string): string {
  return `${JSON.stringify(checksJson(result, filename), null, 2)}\n`;
}
