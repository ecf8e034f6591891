/**
 * Raw-deflate decompression that never holds much more than `maxBytes` of output: the guard against a
 * decompression bomb (a few kilobytes of link that would inflate to gigabytes).
 *
 * fflate's streaming `Inflate` inflates everything pushed so far in one go, so the input is fed in small
 * chunks and feeding stops as soon as the output passes the cap. Deflate expands at most ~1032:1, so the
 * overshoot is bounded by CHUNK_BYTES * 1032 plus one stored block (64 KiB): under 400 KiB.
 */
import { Inflate } from 'fflate';

export const CHUNK_BYTES = 256;

export type InflateOutcome =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'truncated' | 'corrupt' | 'tooLarge' };

/** fflate throws errors carrying a numeric `code`; 0 is "unexpected EOF", i.e. the input stopped early. */
function isUnexpectedEof(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 0;
}

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Inflates `data` (raw deflate, no zlib/gzip header) with the given preset dictionary.
 * Never throws: a stream that ends early is `truncated`, any other malformed stream `corrupt`.
 * Bytes after the final deflate block are ignored here (the caller's checksum covers them).
 */
export function inflateBounded(
  data: Uint8Array,
  dictionary: Uint8Array,
  maxBytes: number,
  /** Observes the running output size after each push (tests use it to check the overshoot bound). */
  onProgress?: (inflatedBytes: number) => void,
): InflateOutcome {
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate({ dictionary }, (chunk) => {
    total += chunk.length;
    if (total <= maxBytes) parts.push(chunk);
    onProgress?.(total);
  });
  try {
    for (let at = 0; at < data.length && total <= maxBytes; at += CHUNK_BYTES) {
      const end = Math.min(at + CHUNK_BYTES, data.length);
      // The last chunk is pushed as final, so a stream that has not ended by then raises "unexpected EOF".
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch (error: unknown) {
    return { ok: false, reason: isUnexpectedEof(error) ? 'truncated' : 'corrupt' };
  }
  if (total > maxBytes) return { ok: false, reason: 'tooLarge' };
  if (data.length === 0) return { ok: false, reason: 'truncated' };
  return { ok: true, bytes: concat(parts, total) };
}
