import { describe, expect, it } from 'vitest';
import { crc32 } from '../../src/core/share/crc32.ts';
import { dictionaryV1 } from '../../src/core/share/dictionary.ts';

describe('the v1 dictionary', () => {
  // Every v1 link depends on these bytes. If this fails, the change breaks all published links:
  // revert it, or put the new dictionary behind a new version prefix.
  it('is frozen: exact length and CRC', () => {
    const dict = dictionaryV1();
    expect({ length: dict.length, crc: crc32(dict).toString(16) }).toStrictEqual({ length: 1887, crc: '2aa3e674' });
  });

  it('fits deflate\'s 32 KiB window', () => {
    expect(dictionaryV1().length).toBeLessThanOrEqual(32 * 1024);
  });
});
