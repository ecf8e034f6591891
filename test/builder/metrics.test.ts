/** compareWays with image names that are also Object.prototype's names: sizes are asked for, never NaN. */
import { describe, expect, it } from 'vitest';
import { compareWays, toBuilderPattern } from '../../src/core/builder/index.ts';

describe.each(['constructor'])('FROM %s AS b … COPY --from=b', (image) => {
  const text = `FROM ${image} AS b\nRUN make\nFROM alpine:3.20\nCOPY --from=b /x /x\n`;
  const c = compareWays({ name: 'Dockerfile', text }, { files: toBuilderPattern(text).files }, { imageBytes: {}, artifactBytes: {} });

  it('lists the image as unknown, so the page asks for its size', () => {
    expect(c.unknownImages).toContain(image);
  });

  it('has no NaN in any row', () => {
    for (const r of c.rows) for (const v of [r.multistage, r.builderPattern]) expect(Number.isNaN(v)).toBe(false);
  });

  it('uses a size given for it', () => {
    const sized = compareWays({ name: 'Dockerfile', text }, { files: toBuilderPattern(text).files }, { imageBytes: { [image]: 1_000_000 } });
    expect(sized.unknownImages).not.toContain(image);
    expect(sized.rows.find((r) => r.key === 'buildImageBytes')?.multistage).toBe(1_000_000);
  });
});
