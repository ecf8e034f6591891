/**
 * Rules for the short identifiers a workspace carries (file names, the target, build-arg names).
 * Each rule yields a `NameIssue` (data, so the page can translate it) or null when the value is
 * acceptable; the `…Problem` functions phrase the issue in English for the codec's reports, so
 * callers can prefix it with where the value came from.
 *
 * Lengths count code points, not UTF-16 units, so an emoji counts once.
 */
import { MAX_NAME_LENGTH } from './workspace.ts';

export type NameIssue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'tooLong'; readonly max: number }
  | { readonly kind: 'control' }
  | { readonly kind: 'bidi' }
  | { readonly kind: 'surrogate' }
  | { readonly kind: 'separator' }
  | { readonly kind: 'dotName'; readonly name: '.' | '..' }
  | { readonly kind: 'whitespace' }
  | { readonly kind: 'equals' }
  | { readonly kind: 'proto' };

// C0, DEL and C1 controls: they break single-line display and terminals.
const CONTROL = /\p{Cc}/u;
// Bidi embeddings, overrides and isolates: they let a name display as something else ("Trojan Source").
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
// With the `u` flag a well-formed surrogate pair is one code point, so this only matches lone halves.
const LONE_SURROGATE = /\p{Cs}/u;
const WHITESPACE = /\s/u;

function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Shared by every identifier: non-empty, bounded, printable, well-formed. */
function identifierIssue(s: string): NameIssue | null {
  const length = codePointLength(s);
  if (length === 0) return { kind: 'empty' };
  if (length > MAX_NAME_LENGTH) return { kind: 'tooLong', max: MAX_NAME_LENGTH };
  if (CONTROL.test(s)) return { kind: 'control' };
  if (BIDI_CONTROL.test(s)) return { kind: 'bidi' };
  if (LONE_SURROGATE.test(s)) return { kind: 'surrogate' };
  return null;
}

/** The English phrase for an issue, as the codec reports it ("files[1].name <phrase>"). */
export function describeNameIssue(issue: NameIssue): string {
  switch (issue.kind) {
    case 'empty':
      return 'is empty';
    case 'tooLong':
      return `is longer than ${issue.max} characters`;
    case 'control':
      return 'contains a control character';
    case 'bidi':
      return 'contains a bidirectional control character';
    case 'surrogate':
      return 'contains an unpaired surrogate';
    case 'separator':
      return "contains '/' or '\\'";
    case 'dotName':
      return `is '${issue.name}'`;
    case 'whitespace':
      return 'contains whitespace';
    case 'equals':
      return "contains '='";
    case 'proto':
      return "is '__proto__'";
  }
}

const phrase = (issue: NameIssue | null): string | null => (issue === null ? null : describeNameIssue(issue));

/** A file name is one path segment: no separators, and not a directory alias. */
export function fileNameIssue(name: string): NameIssue | null {
  const basic = identifierIssue(name);
  if (basic !== null) return basic;
  if (name.includes('/') || name.includes('\\')) return { kind: 'separator' };
  if (name === '.' || name === '..') return { kind: 'dotName', name };
  return null;
}

export function fileNameProblem(name: string): string | null {
  return phrase(fileNameIssue(name));
}

/** A target is a stage name as typed; whether such a stage exists is for the analysis to say. */
export function targetProblem(target: string): string | null {
  const basic = identifierIssue(target);
  if (basic !== null) return phrase(basic);
  if (WHITESPACE.test(target)) return phrase({ kind: 'whitespace' });
  return null;
}

/**
 * A build-arg name as `--build-arg NAME=value` would accept it. `__proto__` is refused so that code
 * copying the record into a plain object can never change its prototype.
 */
export function buildArgNameProblem(name: string): string | null {
  const basic = identifierIssue(name);
  if (basic !== null) return phrase(basic);
  if (WHITESPACE.test(name)) return phrase({ kind: 'whitespace' });
  if (name.includes('=')) return phrase({ kind: 'equals' });
  if (name === '__proto__') return phrase({ kind: 'proto' });
  return null;
}
