import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from '../../src/core/share/base64url.ts';

describe('encodeBase64url', () => {
  it.each<[number[], string]>([
    [[], ''],
    [[0], 'AA'],
    [[0, 0], 'AAA'],
    [[0, 0, 0], 'AAAA'],
    [[0xfb, 0xff], '-_8'],
    [[0x66, 0x6f, 0x6f, 0x62, 0x61, 0x72], 'Zm9vYmFy'],
  ])('%j → %j', (bytes, text) => {
    expect(encodeBase64url(new Uint8Array(bytes))).toBe(text);
  });

  it('matches Node\'s base64url for any bytes (Node is only the reference here)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(encodeBase64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      }),
    );
  });
});

describe('decodeBase64url', () => {
  it.each<[string, number[]]>([
    ['', []],
    ['AA', [0]],
    ['AB', [0]], // the unused low bits of the last character are ignored
    ['-_8', [0xfb, 0xff]],
    ['Zm9vYmFy', [0x66, 0x6f, 0x6f, 0x62, 0x61, 0x72]],
  ])('%j → %j', (text, bytes) => {
    expect(decodeBase64url(text)).toStrictEqual({ ok: true, bytes: new Uint8Array(bytes) });
  });

  it.each<[string, 'badChar' | 'badLength']>([
    ['A', 'badLength'],
    ['AAAAA', 'badLength'],
    ['+/', 'badChar'],
    ['AA==', 'badChar'],
    ['A A', 'badChar'],
    ['é', 'badChar'],
  ])('%j → %s', (text, reason) => {
    expect(decodeBase64url(text)).toStrictEqual({ ok: false, reason });
  });

  it('inverts encodeBase64url', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(decodeBase64url(encodeBase64url(bytes))).toStrictEqual({ ok: true, bytes });
      }),
    );
  });
});
