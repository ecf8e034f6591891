/** Writing links. The encoder only writes what the decoder accepts: it validates first. */
import { encodeBase64url } from './base64url.ts';
import { toCompact } from './compact.ts';
import { packV1 } from './frame.ts';
import { MAX_DECOMPRESSED_BYTES, VERSION } from './limits.ts';
import { validateWorkspace } from './validate.ts';
import type { Workspace } from './workspace.ts';

/** Thrown for a workspace the decoder would refuse: a programming error upstream, not user input. */
export class WorkspaceEncodeError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Cannot encode workspace: ${problems.join('; ')}`);
    this.name = 'WorkspaceEncodeError';
  }
}

/**
 * The fragment payload for `ws`, e.g. "v1=…" (no leading '#'). Deterministic: equal workspaces (with
 * build args in the same order) give the same string. Throws WorkspaceEncodeError if `ws` is invalid
 * or its JSON exceeds MAX_DECOMPRESSED_BYTES.
 */
export function encodeWorkspace(ws: Workspace): string {
  const problems = validateWorkspace(ws);
  if (problems.length > 0) throw new WorkspaceEncodeError(problems);
  // JSON.stringify escapes lone surrogates, so the JSON is well-formed and UTF-8 encoding is lossless.
  const json = new TextEncoder().encode(JSON.stringify(toCompact(ws)));
  if (json.length > MAX_DECOMPRESSED_BYTES) {
    throw new WorkspaceEncodeError([`workspace is ${json.length} bytes as JSON, at most ${MAX_DECOMPRESSED_BYTES} can be shared`]);
  }
  return `${VERSION}=${encodeBase64url(packV1(json))}`;
}

/** `baseUrl` + '#' + the payload. A fragment already on `baseUrl` (an older link) is replaced, not nested. */
export function buildLink(baseUrl: string, ws: Workspace): string {
  const hash = baseUrl.indexOf('#');
  return `${hash === -1 ? baseUrl : baseUrl.slice(0, hash)}#${encodeWorkspace(ws)}`;
}
