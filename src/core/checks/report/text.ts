/**
 * Check results as `docker build --check` prints them (buildx's lint printing and BuildKit's
 * lint.PrintTo / errdefs.Source.Print): a count, then per warning its rule, URL, message and
 * the offending lines with context, in line order; the build error last.
 */
import type { Range } from '../../model.ts';
import type { CheckResult } from '../types.ts';
import { buildkitFindings, ownNotes } from './ours.ts';

/** errdefs.Source.Print: the lines of `range` marked `>>>`, padded with context. */
export function sourceSnippet(filename: string, text: string, range: Range): string {
  const lines = text.split('\n');
  let start = range.start.line;
  let end = Math.max(range.end.line, start);
  if (start > lines.length || start < 1) return '';
  if (end > lines.length) end = lines.length;
  const pad = end === start ? 4 : 2;
  const first = start;
  const last = end;
  for (let p = 0; p < pad; ) {
    if (start > 1) {
      start--;
      p++;
    }
    if (end !== lines.length) {
      end++;
      p++;
    }
    p++;
  }
  let out = `${filename}:${first}\n--------------------\n`;
  for (let i = start; i <= end; i++) {
    const mark = i >= first && i <= last ? '>>>' : '   ';
    out += ` ${String(i).padStart(3)} | ${mark} ${lines[i - 1] ?? ''}\n`;
  }
  return `${out}--------------------\n`;
}

/**
 * BuildKit's lines exactly as `docker build --check` prints them (its findings only, counted),
 * then ours, marked as ours: `note: FILE:LINE: …` for our rule, the "cannot tell" notes and
 * our explanation of the build error.
 */
export function formatChecksText(result: CheckResult, filename: string, text: string): string {
  return formatBuildKitText(result, filename, text) + formatOwnText(result, filename);
}

function formatOwnText(result: CheckResult, filename: string): string {
  const ours = ownNotes(result);
  if (ours.length === 0) return '';
  let out = "\nStagecraft's own notes (not BuildKit's):\n";
  for (const n of ours) {
    const where = n.line === null ? '' : `${filename}:${n.line}: `;
    out += `note: ${where}${n.message}${n.ruleName ? ` [${n.ruleName}]` : ''}\n`;
  }
  return out;
}

function formatBuildKitText(result: CheckResult, filename: string, text: string): string {
  const warnings = buildkitFindings(result).sort((a, b) => a.range.start.line - b.range.start.line);
  let out = '';
  const n = warnings.length;
  if (n > 0) out += `Check complete, ${n === 1 ? '1 warning has been found!' : `${n} warnings have been found!`}\n`;
  for (const w of warnings) {
    out += `\nWARNING: ${w.ruleName}${w.url ? ` - ${w.url}` : ''}\n${w.detail}\n`;
    out += sourceSnippet(filename, text, w.range);
  }
  if (result.buildError) {
    if (n > 0) out += '\n';
    out += `ERROR: ${result.buildError.message}\n`;
    if (result.buildError.range) out += sourceSnippet(filename, text, result.buildError.range);
  } else if (n === 0) {
    out += 'Check complete, no warnings found.\n';
  }
  return out;
}
