import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeWorkspace, type DecodeError } from '../../src/core/share/index.ts';
import { fromWorkspace, stageOfNode, toWorkspace, type Snapshot } from '../../src/ui/share/bridge.ts';
import { decodeErrorMessage } from '../../src/ui/share/messages.ts';
import { keyToStep, stepTo } from '../../src/ui/present/steps.ts';
import { en } from '../../src/ui/i18n/en.ts';
import { zh } from '../../src/ui/i18n/zh.ts';
import i18next from 'i18next';

const tricky = fc.string({ unit: fc.constantFrom('F', 'R', 'O', 'M', ' ', '\t', '\r\n', '\n', '\r', 'é', '中', '😀', '\u0000', '  \n') });
const files = fc.uniqueArray(
  fc.record({ name: fc.constantFrom('Dockerfile', 'Dockerfile.build', 'build.sh', 'dev.Dockerfile', '构建.Dockerfile'), text: tricky }),
  { minLength: 1, maxLength: 4, selector: (f) => f.name },
);
const snapshot: fc.Arbitrary<Snapshot> = files.chain((fs) => fc.record({
  files: fc.constant(fs),
  active: fc.nat(fs.length - 1),
  target: fc.option(fc.constantFrom('build', 'final')),
  buildArgs: fc.dictionary(fc.constantFrom('A', 'B', 'GO_VERSION'), fc.string({ maxLength: 5 }).filter((s) => !/[\u0000-\u001f]/.test(s))),
  direction: fc.constantFrom('DOWN' as const, 'RIGHT' as const),
  selectedStage: fc.option(fc.integer({ min: 0, max: 50 })),
  view: fc.constantFrom('graph' as const, 'presentation' as const),
  // Present only when on, as the link carries them.
  focus: fc.constant(true),
  pipeline: fc.constant(true),
  classic: fc.constant(true),
}, { requiredKeys: ['files', 'active', 'target', 'buildArgs', 'direction', 'selectedStage', 'view'] }));

describe('store ↔ workspace bridge', () => {
  it('a link made from the store restores the same snapshot (every file), byte for byte', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        const r = decodeFragment(`#${encodeWorkspace(toWorkspace(s))}`);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const back = fromWorkspace(r.workspace);
        expect(back).toEqual({ ...s, buildArgs: { ...s.buildArgs } });
      }),
    );
  });

  it('carries build contexts through a link, and adds none where there were none', () => {
    const base: Snapshot = { files: [{ name: 'Dockerfile', text: 'FROM alpine AS builder\nFROM builder\n' }], active: 0, target: null, buildArgs: {}, direction: 'DOWN', selectedStage: null, view: 'graph' };
    const withCtx: Snapshot = { ...base, buildContexts: { builder: 'docker-image://ghcr.io/org/builder:1' } };
    const round = (s: Snapshot) => {
      const r = decodeFragment(`#${encodeWorkspace(toWorkspace(s))}`);
      if (!r.ok) throw new Error('link did not decode');
      return fromWorkspace(r.workspace);
    };
    expect(round(withCtx).buildContexts).toEqual({ builder: 'docker-image://ghcr.io/org/builder:1' });
    expect(round(base)).not.toHaveProperty('buildContexts');
  });

  it('carries focus mode, the pipeline switch and the classic builder when on, and leaves them out when off', () => {
    const base: Snapshot = { files: [{ name: 'build.sh', text: 'docker build .\n' }], active: 0, target: null, buildArgs: {}, direction: 'DOWN', selectedStage: null, view: 'graph' };
    const round = (s: Snapshot) => {
      const r = decodeFragment(`#${encodeWorkspace(toWorkspace(s))}`);
      if (!r.ok) throw new Error('link did not decode');
      return fromWorkspace(r.workspace);
    };
    expect(round({ ...base, focus: true, pipeline: true, classic: true })).toMatchObject({ focus: true, pipeline: true, classic: true });
    const off = round({ ...base, focus: false, pipeline: false, classic: false });
    expect(off).not.toHaveProperty('focus');
    expect(off).not.toHaveProperty('pipeline');
    expect(off).not.toHaveProperty('classic');
    expect(toWorkspace({ ...base, focus: false })).not.toHaveProperty('focus');
  });

  it('keeps the other files of a multi-file link and edits only the active one', () => {
    const ws = { files: [{ name: 'Dockerfile', text: 'FROM a' }, { name: 'dev.Dockerfile', text: '' }], active: 1, target: null, buildArgs: {}, direction: 'LR' as const, selectedStage: null, view: 'graph' as const };
    const s = fromWorkspace(ws);
    expect(s.files[s.active]?.text).toBe('');
    expect(s.direction).toBe('RIGHT');
    const edited = s.files.map((f, i) => (i === s.active ? { ...f, text: 'FROM b' } : f));
    const again = toWorkspace({ ...s, files: edited });
    expect(again.files).toEqual([{ name: 'Dockerfile', text: 'FROM a' }, { name: 'dev.Dockerfile', text: 'FROM b' }]);
    expect(again.active).toBe(1);
  });

  it('carries ids and other page-only fields of the store\'s files nowhere', () => {
    const ws = toWorkspace({ files: [{ id: 7, name: 'Dockerfile', text: 'FROM a' } as { name: string; text: string }], active: 0, target: null, buildArgs: {}, direction: 'DOWN', selectedStage: null, view: 'graph' });
    expect(ws.files).toStrictEqual([{ name: 'Dockerfile', text: 'FROM a' }]);
  });

  it('reads stage numbers from node ids only', () => {
    expect(stageOfNode('stage:12')).toBe(12);
    expect(stageOfNode('image:stage:1')).toBeNull();
    expect(stageOfNode(null)).toBeNull();
  });
});

describe('bad-link messages', () => {
  const kinds: DecodeError[] = [
    { kind: 'unknownVersion', version: 'v9' }, { kind: 'notBase64' }, { kind: 'truncated' }, { kind: 'corrupt' },
    { kind: 'tooLarge', limitBytes: 2 * 1024 * 1024 }, { kind: 'invalidJson' }, { kind: 'invalidWorkspace', problems: ['active out of range'] },
  ];
  for (const lng of ['en', 'zh'] as const) {
    it(`gives each error kind its own message in ${lng}`, async () => {
      const i = i18next.createInstance();
      await i.init({ lng, resources: { en: { translation: en }, zh: { translation: zh } }, interpolation: { escapeValue: false, prefix: '{', suffix: '}' } });
      const msgs = kinds.map((k) => decodeErrorMessage(i.t, k));
      expect(new Set(msgs).size).toBe(kinds.length);
      for (const m of msgs) expect(m).not.toMatch(/share\.|\{/);
      expect(msgs[0]).toContain('v9');
      expect(msgs[4]).toContain('2');
    });
  }
});

describe('presentation steps', () => {
  it('stays within the stages whatever the keys', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.array(fc.constantFrom('ArrowRight', 'ArrowLeft', 'Home', 'End', 'x')), (count, keys) => {
        let at = 0;
        for (const k of keys) {
          const step = keyToStep(k);
          if (step && step !== 'exit') at = stepTo(at, step, count);
          expect(at).toBeGreaterThanOrEqual(0);
          expect(at).toBeLessThanOrEqual(Math.max(0, count - 1));
        }
      }),
    );
    expect(keyToStep('Escape')).toBe('exit');
  });
});
