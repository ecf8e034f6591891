/**
 * Reading links. Each stage either passes its result on or stops with the DecodeError that names
 * what is wrong; nothing here throws, and nothing from the link is ever evaluated (JSON.parse only).
 *
 *   fragment → version → base64url → inflate (capped) + CRC → UTF-8 → JSON → compact shape → validation
 */
import { decodeBase64url } from './base64url.ts';
import { unpackV1 } from './frame.ts';
import { MAX_DECOMPRESSED_BYTES, MAX_PAYLOAD_CHARS, VERSION } from './limits.ts';
import { parseCompact } from './parse-compact.ts';
import type { DecodeError, DecodeResult } from './result.ts';
import { validateWorkspace } from './validate.ts';

type Step<T> = { ok: true; value: T } | { ok: false; error: DecodeError };

const fail = (error: DecodeError): { ok: false; error: DecodeError } => ({ ok: false, error });

// Chat apps shorten long links with an ellipsis; neither form is base64url, so this cannot misfire.
const ELLIPSIS = /(?:…|\.\.\.)$/u;

/** Splits "v1=DATA" into its version and data; the data is only ever read as base64url. */
function splitVersion(fragment: string): Step<string> {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (body.length === 0) return fail({ kind: 'empty' });
  const eq = body.indexOf('=');
  const version = eq === -1 ? body : body.slice(0, eq);
  if (eq === -1 || version !== VERSION) return fail({ kind: 'unknownVersion', version: version.slice(0, 32) });
  return { ok: true, value: body.slice(eq + 1) };
}

function decodeData(data: string): Step<Uint8Array> {
  if (data.length > MAX_PAYLOAD_CHARS) return fail({ kind: 'tooLarge', limitBytes: MAX_DECOMPRESSED_BYTES });
  if (data.length === 0 || ELLIPSIS.test(data)) return fail({ kind: 'truncated' });
  const decoded = decodeBase64url(data);
  if (!decoded.ok) return fail(decoded.reason === 'badLength' ? { kind: 'truncated' } : { kind: 'notBase64' });
  return { ok: true, value: decoded.bytes };
}

function inflate(frame: Uint8Array): Step<Uint8Array> {
  const unpacked = unpackV1(frame, MAX_DECOMPRESSED_BYTES);
  if (unpacked.ok) return { ok: true, value: unpacked.json };
  if (unpacked.reason === 'tooLarge') return fail({ kind: 'tooLarge', limitBytes: MAX_DECOMPRESSED_BYTES });
  return fail({ kind: unpacked.reason });
}

/** Strict UTF-8 (no replacement characters, BOM kept so that JSON.parse refuses it) then JSON. */
function parseJson(bytes: Uint8Array): Step<unknown> {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    const value: unknown = JSON.parse(text);
    return { ok: true, value };
  } catch {
    return fail({ kind: 'invalidJson' });
  }
}

function decodeV1(data: string): DecodeResult {
  const frame = decodeData(data);
  if (!frame.ok) return frame;
  const json = inflate(frame.value);
  if (!json.ok) return json;
  const parsed = parseJson(json.value);
  if (!parsed.ok) return parsed;
  const read = parseCompact(parsed.value);
  if (!read.ok) return fail({ kind: 'invalidWorkspace', problems: read.problems });
  const problems = validateWorkspace(read.workspace);
  if (problems.length > 0) return fail({ kind: 'invalidWorkspace', problems });
  return { ok: true, workspace: read.workspace };
}

/**
 * Decodes a URL fragment, with or without its leading '#', into a validated workspace.
 * Never throws: every failure is a DecodeError (an empty fragment is `{ kind: 'empty' }`).
 */
export function decodeFragment(fragment: string): DecodeResult {
  try {
    const data = splitVersion(fragment);
    return data.ok ? decodeV1(data.value) : data;
  } catch {
    // Unreachable by design (each stage catches its own failures); kept so the contract holds even
    // if a dependency throws something unforeseen, e.g. out of memory on a pathological input.
    return fail({ kind: 'corrupt' });
  }
}
