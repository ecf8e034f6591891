/**
 * The sizes a person types (megabytes, as `docker images` prints them: 1 MB = 1,000,000 bytes):
 * images the catalog does not know, artifacts copied between stages, the build context.
 * Inputs are kept as typed (strings) and parsed here; a bad value is reported, never thrown, and
 * counts as not given.
 */
import { KNOWN_ARTIFACT_BYTES } from './knownSizes.ts';
import { ownValue } from '../../../core/builder/index.ts';

export const MB = 1_000_000;
/** More than any image: a typo, not a size. */
export const MAX_MEGABYTES = 1_000_000;

export type ParsedSize =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly bytes: number }
  | { readonly kind: 'invalid'; readonly reason: 'notNumber' | 'negative' | 'tooLarge' };

/**
 * `7.5`, ` 819 `, `1,200` → bytes; `''` → empty; anything else → invalid with a reason. A comma is
 * only a thousands separator (`1,200` is 1200, as en and zh write it); `7,5` is refused, not guessed.
 */
export function parseMegabytes(raw: string): ParsedSize {
  const trimmed = raw.trim();
  const s = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/.test(trimmed) ? trimmed.replace(/,/g, '') : trimmed;
  if (s === '') return { kind: 'empty' };
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(s)) return { kind: 'invalid', reason: 'notNumber' };
  const mb = Number(s);
  if (!Number.isFinite(mb)) return { kind: 'invalid', reason: 'tooLarge' };
  if (mb < 0) return { kind: 'invalid', reason: 'negative' };
  if (mb > MAX_MEGABYTES) return { kind: 'invalid', reason: 'tooLarge' };
  return { kind: 'ok', bytes: Math.round(mb * MB) };
}

/** Bytes → the megabytes shown in an input (`7400000` → `7.4`). */
export const megabytes = (bytes: number): string => String(Number((bytes / MB).toPrecision(6)));

/** What the person typed, by image reference / artifact path; absent = not touched. */
export interface SizeDraft {
  readonly images: Readonly<Record<string, string>>;
  readonly artifacts: Readonly<Record<string, string>>;
  readonly context: string;
}

export const EMPTY_DRAFT: SizeDraft = { images: {}, artifacts: {}, context: '' };

/** The sizes the core takes (only valid entries). */
export interface SizeInputs {
  readonly imageBytes: Readonly<Record<string, number>>;
  readonly artifactBytes: Readonly<Record<string, number>>;
  readonly contextBytes: number | null;
}


/** An artifact input's value: what was typed, else the known size, else empty (not counted). */
export function artifactText(draft: SizeDraft, path: string): string {
  const typed = ownValue(draft.artifacts, path);
  if (typed !== undefined) return typed;
  const known = ownValue(KNOWN_ARTIFACT_BYTES, path);
  return known === undefined ? '' : megabytes(known);
}

/** Valid sizes only (a prototype-less record: keys are user text). */
const validBytes = (entries: [string, string][]): Record<string, number> => {
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [k, v] of entries) {
    const p = parseMegabytes(v);
    if (p.kind === 'ok') out[k] = p.bytes;
  }
  return out;
};

export function sizeInputs(draft: SizeDraft, artifacts: readonly string[]): SizeInputs {
  const context = parseMegabytes(draft.context);
  return {
    imageBytes: validBytes(Object.entries(draft.images)),
    artifactBytes: validBytes(artifacts.map((p) => [p, artifactText(draft, p)])),
    contextBytes: context.kind === 'ok' ? context.bytes : null,
  };
}

const isStringRecord = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

/** A draft read back from sessionStorage: anything malformed becomes the empty draft (never throws). */
export function decodeDraft(json: string | null): SizeDraft {
  if (json === null) return EMPTY_DRAFT;
  try {
    const v: unknown = JSON.parse(json);
    if (typeof v !== 'object' || v === null) return EMPTY_DRAFT;
    const o = v as Record<string, unknown>;
    return {
      images: isStringRecord(o.images) ? o.images : {},
      artifacts: isStringRecord(o.artifacts) ? o.artifacts : {},
      context: typeof o.context === 'string' ? o.context : '',
    };
  } catch {
    return EMPTY_DRAFT;
  }
}
