/**
 * Check results in the shape of buildx's `--call=check,format=json` (BuildKit's
 * lint.LintResults, marshalled by Go): `warnings` (BuildKit's findings only) with ruleName,
 * description, url, detail and a location; `sources`; `buildError` only when the build would
 * fail, its message BuildKit's words only. Go drops zero values where the protobuf types say
 * omitempty (solver/pb/ops.pb.go: sourceIndex, ranges, line, character), so index 0 and
 * column 0 are absent, as in buildx's output; a build error's location is a value, `{}` when
 * BuildKit has none. What is ours goes under `stagecraft`, a key buildx does not have.
 */
import type { Range } from '../../model.ts';
import type { CheckResult } from '../types.ts';
import { buildkitFindings, ownNotes } from './ours.ts';

interface JsonPosition { line?: number; character?: number }
interface JsonLocation { sourceIndex?: number; ranges?: { start: JsonPosition; end: JsonPosition }[] }

const position = (line: number): JsonPosition => (line === 0 ? {} : { line });

function location(range: Range | null): JsonLocation {
  return range ? { ranges: [{ start: position(range.start.line), end: position(range.end.line) }] } : {};
}

/** Base64 of the text's UTF-8 bytes (pb.SourceInfo.data is bytes: Go writes base64). */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function checksJson(result: CheckResult, filename: string, text?: string): unknown {
  const ours = ownNotes(result);
  return {
    warnings: buildkitFindings(result).map((f) => ({
      ruleName: f.ruleName,
      ...(f.description ? { description: f.description } : {}),
      ...(f.url ? { url: f.url } : {}),
      ...(f.detail ? { detail: f.detail } : {}),
      location: location(f.range),
    })),
    sources: [{ filename, ...(text ? { data: base64(text) } : {}), language: 'Dockerfile' }],
    ...(result.buildError ? { buildError: { message: result.buildError.message, location: location(result.buildError.range) } } : {}),
    ...(ours.length > 0 ? { stagecraft: { notes: ours.map((n) => ({ kind: n.kind, ...(n.ruleName ? { ruleName: n.ruleName } : {}), ...(n.line === null ? {} : { line: n.line }), message: n.message })) } } : {}),
  };
}

export function formatChecksJson(result: CheckResult, filename: string, text?: string): string {
  return `${JSON.stringify(checksJson(result, filename, text), null, 2)}\n`;
}
