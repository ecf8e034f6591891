/**
 * Pinned output: format changes must be deliberate.
 *
 * - "decodes" tests are a promise to everyone holding an old link: never change their strings.
 *   If one fails, the change broke published links; keep a reader for them.
 * - "encodes" tests catch accidental format drift. They may also fail after an fflate upgrade that
 *   deflates differently (still valid deflate): if the "decodes" tests still pass, update the string.
 */
import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeWorkspace } from '../../src/core/share/codec.ts';
import { singleFileWorkspace, type Workspace } from '../../src/core/share/workspace.ts';
import { SEED_002_MULTI_STAGE, SEED_004_HREF_COUNTER } from './fixtures.ts';

const SEED_002_LINK =
  'v1=Q2bDk56hMZJ3gKkE6D99pORYnpmTkZqTm16ar59bmlOSqQtMvsDiNSU1Nx-YS8A25gIjSA-YtIH-B1mNM5MgMke-QkZJSYEusOwrA3oeqA-1dAQmP2BNh-QscKKHhy445AxIdSyajdC41UMWB0e0UmwtAOosfh0';

/** Every field away from its default, a second file with CRLF, CJK, emoji, a tab, a trailing space and NUL. */
const EVERYTHING: Workspace = {
  files: [
    { name: 'Dockerfile', text: SEED_002_MULTI_STAGE },
    { name: 'href-counter.Dockerfile', text: `${SEED_004_HREF_COUNTER.replace(/\n/g, '\r\n')}# 多阶段 🐳\t \0` },
  ],
  active: 1,
  target: 'builder',
  buildArgs: { GO_VERSION: '1.7.3', EMPTY: '' },
  direction: 'LR',
  selectedStage: 0,
  view: 'compare',
};

const EVERYTHING_LINK =
  'v1=lVbNSsNAEH6VMF43uy09CDnrTUHEi9geYrsxgYRI82NA-g4exYsXz15E30jBm4_gN9vtugkqbSAk-zs7833z7fj_jnrjiecOWAL_lEfHmyxPdV5cNaUqmrzOQtAX8rrQRYksMRYLACRBbfjPpv9Mkp_kKIO0rq9DaF8L57Gur46gH24671iG9C66JnKjXQ87sGixlX6_AZrEBaVLnYRzTg69lAeOniQGsduXkyCuHFrA659IxrnudA6tU_72ildZsWEpDRGe1lqQyALVKS4EuITgmSYEXLBgOh65Wb1F0FH5WPGpmiTJumCOMUCB3db78PsLDNYCXwj-ZcB3VV9ue_6vIduceEj3raPjDufw4owDTujaC96fHj7v3z6eX4Ovx7uXaR1MmxEems0ExRSNBdUUkbUK9C4puiVEykoRxgyGGDk8Pjk7R5tWghb4Hp2is6JoJKhFkwtT1HO0-gZ1PyCu';

describe('pinned v1 links', () => {
  it('seed 002 alone encodes to exactly its pinned link', () => {
    expect(encodeWorkspace(singleFileWorkspace(SEED_002_MULTI_STAGE))).toBe(SEED_002_LINK);
  });

  it('seed 002 pinned link decodes (forever)', () => {
    expect(decodeFragment(SEED_002_LINK)).toStrictEqual({ ok: true, workspace: singleFileWorkspace(SEED_002_MULTI_STAGE) });
  });

  it('a workspace using every field encodes to exactly its pinned link', () => {
    expect(encodeWorkspace(EVERYTHING)).toBe(EVERYTHING_LINK);
  });

  it('the every-field pinned link decodes (forever)', () => {
    expect(decodeFragment(EVERYTHING_LINK)).toStrictEqual({ ok: true, workspace: EVERYTHING });
  });
});
