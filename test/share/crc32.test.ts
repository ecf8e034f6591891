import { describe, expect, it } from 'vitest';
import { crc32 } from '../../src/core/share/crc32.ts';

describe('crc32', () => {
  it.each<[string, number]>([
    ['', 0],
    ['a', 0xe8b7be43],
    ['123456789', 0xcbf43926], // the standard check value
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('%j → %i', (text, expected) => {
    expect(crc32(new TextEncoder().encode(text))).toBe(expected);
  });
});
