/** Size limits shared by the encoder and the decoder. */

/** The most JSON a link may inflate to (and the most the encoder will write). */
export const MAX_DECOMPRESSED_BYTES = 2 * 1024 * 1024;

/**
 * The longest payload that could still inflate to no more than MAX_DECOMPRESSED_BYTES: deflate's worst
 * case is stored blocks, 5 bytes of overhead per 64 KiB, so 1/1024 extra is ample. Longer text is refused
 * before any decoding work.
 */
export const MAX_PAYLOAD_CHARS = Math.ceil(((MAX_DECOMPRESSED_BYTES * 1025) / 1024 + 64) * (4 / 3));

/** The format version this code writes; see ./codec.ts. */
export const VERSION = 'v1';
