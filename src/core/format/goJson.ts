/**
 * JSON as Go's encoding/json writes it (json.MarshalIndent(v, "", "  ")): `<`, `>`, `&`,
 * U+2028 and U+2029 escaped inside strings, []byte as standard base64, and BuildKit's
 * pb.Location ({ranges: [{start: {line}, end: {line}}]}, one range per line, zero
 * `character` fields left out by omitempty).
 */

export interface GoPosition { line: number; character?: number }
export interface GoLocation { ranges: { start: GoPosition; end: GoPosition }[] }

/** parser.toRanges(start, end) as a pb.Location: one range per line. */
export function goLocation(start: number, end: number): GoLocation {
  const ranges: GoLocation['ranges'] = [];
  for (let l = start; l <= Math.max(start, end); l++) ranges.push({ start: { line: l }, end: { line: l } });
  return { ranges };
}

export function goMarshalIndent(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (with padding) of the UTF-8 bytes of `text`, as Go marshals a []byte. */
export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += B64[a >> 2]! + B64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : B64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : B64[c & 63]!;
  }
  return out;
}
