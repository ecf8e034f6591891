/**
 * base64url (RFC 4648 §5) without padding, for bytes in a URL fragment. No `Buffer`, no `atob`:
 * runs unchanged in Node and the browser.
 *
 * Decoding is strict about the alphabet ('+', '/', '=' and whitespace are refused) and lenient about
 * the unused low bits of the last character, which carry no data.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Character code → 6-bit value, or -1 for characters outside the alphabet. */
const VALUES: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += ALPHABET[(chunk >> (18 - 6 * c)) & 63];
  }
  return out;
}

/**
 * `badLength`: a length of 4n+1 characters cannot come from any byte string; in a link it means the
 * text was cut short.
 */
export type Base64Result = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'badChar' | 'badLength' };

export function decodeBase64url(text: string): Base64Result {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || VALUES[code] === -1) return { ok: false, reason: 'badChar' };
  }
  if (text.length % 4 === 1) return { ok: false, reason: 'badLength' };
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    buffer = ((buffer << 6) | (VALUES[text.charCodeAt(i)] ?? 0)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  return { ok: true, bytes };
}
