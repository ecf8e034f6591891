/**
 * A string as Go's byte loops see it (`line[pos]` in split_command.go): UTF-16 units
 * when the text is ASCII (the same thing, without copying), its UTF-8 bytes otherwise.
 */
import { isAscii, latin1, utf16OffsetOfByte, utf8Bytes, utf8Length } from './goStrings.ts';

/** The text as Go indexes it: UTF-16 units when ASCII (identical), UTF-8 bytes otherwise. */
export class ByteView {
  readonly bytes: Uint8Array | null;
  readonly length: number;

  constructor(readonly text: string) {
    this.bytes = isAscii(text) ? null : utf8Bytes(text);
    this.length = this.bytes === null ? text.length : this.bytes.length;
  }

  at(p: number): number {
    return this.bytes === null ? this.text.charCodeAt(p) : (this.bytes[p] ?? 0);
  }

  /** `string(rune(b))` of bytes [p, q): Latin-1 for non-ASCII bytes, as Go's byte loop does. */
  slice(p: number, q: number): string {
    return this.bytes === null ? this.text.slice(p, q) : latin1(this.bytes, p, q);
  }

  toUtf16(p: number): number {
    return this.bytes === null ? p : utf16OffsetOfByte(this.text, p);
  }

  /** `line[p:]`. A p inside a character (after a 0x85/0xA0 continuation byte) leaves
   * dangling bytes, invalid UTF-8 in Go; U+FFFD stands for each of them. */
  restFrom(p: number): { rest: string; restOffset: number } {
    if (this.bytes === null) return { rest: this.text.slice(p), restOffset: p };
    const cu = utf16OffsetOfByte(this.text, p);
    const before = utf8Length(this.text.slice(0, cu));
    const dangling = before > p ? '\uFFFD'.repeat(before - p) : '';
    return { rest: dangling + this.text.slice(cu), restOffset: cu };
  }
}
