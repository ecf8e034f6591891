/**
 * The permalink codec: the whole workspace lives in the URL fragment (there is no backend).
 *
 *   payload = "v1=" base64url( frame )                          no '#'; decodeFragment accepts either
 *   frame   = deflate( UTF-8( JSON( compact ) ) ) ++ CRC-32       see ./frame.ts and ./compact.ts
 *
 * The version prefix is the format's contract: links live for years in chats and trackers, so a reader
 * for every version ever published stays, and any change to the compact shape, the dictionary or the
 * frame gets a new prefix (test/share/pinned.test.ts fails on an accidental one).
 *
 * Decoding treats the fragment as hostile: it is never evaluated, inflation stops at
 * MAX_DECOMPRESSED_BYTES, and every field is validated before a workspace is returned.
 */
export type { DecodeError, DecodeResult } from './result.ts';
export { MAX_DECOMPRESSED_BYTES, MAX_PAYLOAD_CHARS } from './limits.ts';
export { buildLink, encodeWorkspace, WorkspaceEncodeError } from './encode.ts';
export { decodeFragment } from './decode.ts';
