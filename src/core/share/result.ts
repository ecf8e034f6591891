/** What decoding a link can yield: a workspace, or one error per way a link goes bad. */
import type { Workspace } from './workspace.ts';

export type DecodeError =
  /** No fragment at all: open the app empty, this is not a failure to report. */
  | { kind: 'empty' }
  /** Not our prefix, or a version this build does not know (`version` is cut to 32 characters). */
  | { kind: 'unknownVersion'; version: string }
  /** Characters outside base64url. */
  | { kind: 'notBase64' }
  /** The data stops early: the link was cut, e.g. by a chat app or a copy that missed the end. */
  | { kind: 'truncated' }
  /** The bytes are damaged: invalid deflate, or a checksum mismatch. */
  | { kind: 'corrupt' }
  /** The payload would inflate past MAX_DECOMPRESSED_BYTES (decompression stopped there). */
  | { kind: 'tooLarge'; limitBytes: number }
  /** Intact bytes that are not UTF-8 JSON (only a crafted link gets here). */
  | { kind: 'invalidJson' }
  /** Valid JSON, but not a workspace this app can open. */
  | { kind: 'invalidWorkspace'; problems: string[] };

export type DecodeResult = { ok: true; workspace: Workspace } | { ok: false; error: DecodeError };
