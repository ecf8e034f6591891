/**
 * One named test per way a link goes bad. Each must come back as its own DecodeError kind, without an
 * exception, and without anything from the link being evaluated.
 */
import { Deflate } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase64url } from '../../src/core/share/base64url.ts';
import { CHUNK_BYTES, inflateBounded } from '../../src/core/share/bounded-inflate.ts';
import { decodeFragment, encodeWorkspace, MAX_DECOMPRESSED_BYTES, MAX_PAYLOAD_CHARS } from '../../src/core/share/codec.ts';
import { dictionaryV1 } from '../../src/core/share/dictionary.ts';
import type { DecodeError } from '../../src/core/share/result.ts';
import { singleFileWorkspace } from '../../src/core/share/workspace.ts';
import { payloadFromBytes, payloadFromJsonText, SEED_002_MULTI_STAGE } from './helpers.ts';

const GOOD = encodeWorkspace(singleFileWorkspace(SEED_002_MULTI_STAGE));

function errorOf(fragment: string): DecodeError {
  const result = decodeFragment(fragment);
  if (result.ok) throw new Error(`expected ${JSON.stringify(fragment.slice(0, 40))} to fail`);
  return result.error;
}

/** Replaces the character at `at` with a different base64url character. */
function tamper(payload: string, at: number): string {
  const replacement = payload[at] === 'A' ? 'B' : 'A';
  return payload.slice(0, at) + replacement + payload.slice(at + 1);
}

/** A raw deflate stream (with the v1 dictionary) of `megabytes` MiB of 'a', built without holding it. */
function deflatedBomb(megabytes: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const deflater = new Deflate({ level: 1, dictionary: dictionaryV1() }, (chunk) => parts.push(chunk));
  const mib = new Uint8Array(1024 * 1024).fill(0x61);
  deflater.push(new TextEncoder().encode('{"f":["'));
  for (let i = 0; i < megabytes; i++) deflater.push(mib);
  deflater.push(new TextEncoder().encode('"]}'), true);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

describe('empty', () => {
  it.each(['', '#'])('%j → empty', (fragment) => {
    expect(errorOf(fragment)).toStrictEqual({ kind: 'empty' });
  });
});

describe('wrong version', () => {
  it.each([
    ['v2=AAAA', 'v2'],
    ['#v0=AAAA', 'v0'],
    ['V1=AAAA', 'V1'],
    ['pako:eNqrVkrOz0', 'pako:eNqrVkrOz0'],
    ['compare', 'compare'],
    [`${'x'.repeat(100)}=AAAA`, 'x'.repeat(32)],
  ])('%s → unknownVersion %j', (fragment, version) => {
    expect(errorOf(fragment)).toStrictEqual({ kind: 'unknownVersion', version });
  });
});

describe('not base64', () => {
  it.each(['v1=abc+def', 'v1=abc/def', 'v1=abcd==', 'v1=ab cd', 'v1=ab%20cd', 'v1=Ünï', 'v1=ab\ncd'])('%j → notBase64', (fragment) => {
    expect(errorOf(fragment)).toStrictEqual({ kind: 'notBase64' });
  });
});

describe('truncated', () => {
  it('a link cut anywhere in its data → truncated', () => {
    for (let end = 'v1='.length; end < GOOD.length; end++) {
      expect(errorOf(GOOD.slice(0, end)), `cut at ${end}`).toStrictEqual({ kind: 'truncated' });
    }
  });

  it.each([
    ['cut and ended with "…"', `${GOOD.slice(0, 80)}…`],
    ['cut and ended with "..."', `${GOOD.slice(0, 80)}...`],
    ['whole and ended with "…"', `${GOOD}…`],
  ])('%s → truncated', (_name, fragment) => {
    expect(errorOf(fragment)).toStrictEqual({ kind: 'truncated' });
  });
});

describe('tampered bytes', () => {
  it('a character changed in the middle → corrupt', () => {
    expect(errorOf(tamper(GOOD, Math.floor(GOOD.length / 2)))).toStrictEqual({ kind: 'corrupt' });
  });

  it('the checksum changed → corrupt', () => {
    expect(errorOf(tamper(GOOD, GOOD.length - 2))).toStrictEqual({ kind: 'corrupt' });
  });

  it('bytes appended → corrupt', () => {
    // Four characters keep the length class; see the next test for lengths no byte string has.
    expect(errorOf(`${GOOD}AAAA`)).toStrictEqual({ kind: 'corrupt' });
  });

  it('a length of 4n+1 characters → truncated (no byte string encodes to it; links get cut, not grown)', () => {
    const data = GOOD.slice(3);
    const cut = data.slice(0, data.length - ((data.length - 1) % 4));
    expect(cut.length % 4).toBe(1);
    expect(errorOf(`v1=${cut}`)).toStrictEqual({ kind: 'truncated' });
  });

  it('random bytes that are not deflate → corrupt', () => {
    // 0xff: BFINAL=1, BTYPE=3, a block type that does not exist.
    expect(errorOf(`v1=${encodeBase64url(new Uint8Array(16).fill(0xff))}`)).toStrictEqual({ kind: 'corrupt' });
  });

  it('no single changed character ever yields a different workspace', () => {
    fc.assert(
      fc.property(fc.nat(GOOD.length - 4).map((n) => n + 3), (at) => {
        const result = decodeFragment(tamper(GOOD, at));
        // The only tamper that may pass is one in the padding bits, which leaves the bytes as they were.
        if (result.ok) expect(result.workspace).toStrictEqual(singleFileWorkspace(SEED_002_MULTI_STAGE));
        else expect(['corrupt', 'truncated']).toContain(result.error.kind);
      }),
      { numRuns: 300 },
    );
  });
});

describe('decompression bomb', () => {
  it('64 MiB behind a ~64 KiB link → tooLarge', () => {
    const payload = payloadFromBytesRaw(deflatedBomb(64));
    expect(payload.length).toBeLessThan(100_000);
    expect(errorOf(payload)).toStrictEqual({ kind: 'tooLarge', limitBytes: MAX_DECOMPRESSED_BYTES });
  });

  it('inflation stops just past the cap instead of inflating everything first', () => {
    let peak = 0;
    const outcome = inflateBounded(deflatedBomb(64), dictionaryV1(), MAX_DECOMPRESSED_BYTES, (n) => {
      peak = Math.max(peak, n);
    });
    expect(outcome).toStrictEqual({ ok: false, reason: 'tooLarge' });
    expect(peak).toBeGreaterThan(MAX_DECOMPRESSED_BYTES);
    // One push of CHUNK_BYTES can add at most ~1032x its size, plus one 64 KiB stored block.
    expect(peak - MAX_DECOMPRESSED_BYTES).toBeLessThan(CHUNK_BYTES * 1032 + 65_536 + 1024);
  });

  it('a payload longer than any legal link → tooLarge without decoding', () => {
    expect(errorOf(`v1=${'A'.repeat(MAX_PAYLOAD_CHARS + 1)}`)).toStrictEqual({ kind: 'tooLarge', limitBytes: MAX_DECOMPRESSED_BYTES });
  });
});

describe('invalid JSON', () => {
  it.each(['{"f":', 'undefined', "{'f':['x']}", '{"f":["x"]} trailing', '', 'alert(1)'])('%j → invalidJson', (json) => {
    expect(errorOf(payloadFromJsonText(json))).toStrictEqual({ kind: 'invalidJson' });
  });

  it('bytes that are not UTF-8 → invalidJson', () => {
    expect(errorOf(payloadFromBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))).toStrictEqual({ kind: 'invalidJson' });
  });

  it('a byte-order mark before the JSON → invalidJson', () => {
    expect(errorOf(payloadFromJsonText('\uFEFF{"f":["x"]}'))).toStrictEqual({ kind: 'invalidJson' });
  });
});

describe('schema-violating state', () => {
  it('valid JSON of the wrong shape → invalidWorkspace listing every shape problem', () => {
    expect(errorOf(payloadFromJsonText('{"f":[7],"a":"0","z":1}'))).toStrictEqual({
      kind: 'invalidWorkspace',
      problems: [
        'unknown key "z"',
        'f[0]: expected a string or a [name, text] pair of strings, got a number',
        'a: expected a number, got a string',
      ],
    });
  });

  it('valid JSON of the right shape but breaking the rules → invalidWorkspace listing every rule broken', () => {
    expect(errorOf(payloadFromJsonText('{"f":[["a/b","x"],["a/b","y"]],"a":2}'))).toStrictEqual({
      kind: 'invalidWorkspace',
      problems: [
        "files[0].name contains '/' or '\\'",
        "files[1].name contains '/' or '\\'",
        'active: 2 is not a file index',
      ],
    });
  });

  it('{"f":["x"],"b":{"__proto__":{"polluted":1}}} → invalidWorkspace, and no prototype is touched', () => {
    const error = errorOf(payloadFromJsonText('{"f":["x"],"b":{"__proto__":{"polluted":1}}}'));
    expect(error.kind).toBe('invalidWorkspace');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('never throws', () => {
  it('for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string().map((s) => `v1=${s}`)), (fragment) => {
        expect(() => decodeFragment(fragment)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('for any bytes behind the v1 prefix', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = decodeFragment(`v1=${encodeBase64url(bytes)}`);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

/** A frame around an already-deflated stream; the CRC is never reached, so zeros will do. */
function payloadFromBytesRaw(deflated: Uint8Array): string {
  const frame = new Uint8Array(deflated.length + 4);
  frame.set(deflated);
  return `v1=${encodeBase64url(frame)}`;
}
