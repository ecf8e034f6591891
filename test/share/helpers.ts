/** Test helpers: hand-made (often deliberately bad) links that bypass the encoder, and the corpus. */
import { readdirSync } from 'node:fs';
import { encodeBase64url } from '../../src/core/share/base64url.ts';
import { packV1 } from '../../src/core/share/frame.ts';
import { readShared, sharedPath } from '../support/shared.ts';

/** A correctly framed v1 payload (deflate + CRC) around any JSON text, valid or not. */
export function payloadFromJsonText(json: string): string {
  return `v1=${encodeBase64url(packV1(new TextEncoder().encode(json)))}`;
}

/** A correctly framed v1 payload around raw bytes (e.g. invalid UTF-8). */
export function payloadFromBytes(bytes: Uint8Array): string {
  return `v1=${encodeBase64url(packV1(bytes))}`;
}

export { SEED_002_MULTI_STAGE, SEED_004_HREF_COUNTER } from './fixtures.ts';

/** The real-world Dockerfiles in ../shared/data/corpus, by file name. */
export function corpus(): { name: string; text: string }[] {
  return readdirSync(sharedPath('corpus'))
    .filter((name) => name.endsWith('.Dockerfile'))
    .sort()
    .map((name) => ({ name, text: readShared('corpus', name) }));
}
