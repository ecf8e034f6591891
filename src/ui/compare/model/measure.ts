/**
 * The comparison table and the two simulated `docker build` logs for a conversion and the sizes
 * typed so far. Rows come straight from the core's `compareWays`; here they are only made ready to
 * print (sizes humanised, unknowns marked, the smaller side noted).
 */
import { builderPatternLog, compareWays, humanSize, multistageLog, type MetricKey, type MetricRow } from '../../../core/builder/index.ts';
import type { Conversion, SideKind } from './convert.ts';
import type { SizeInputs } from './sizes.ts';

export type Cell =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'count'; readonly value: number }
  | { readonly kind: 'bytes'; readonly value: number; readonly text: string };

export interface PrintedRow {
  readonly key: MetricKey;
  readonly builderPattern: Cell;
  readonly multistage: Cell;
  /** A catalog-based estimate: label it as such. */
  readonly estimate: boolean;
  /** The side with the smaller figure (smaller is better on every row but the build image's size). */
  readonly smaller: SideKind | 'same' | null;
}

export interface Measured {
  readonly rows: readonly PrintedRow[];
  /** Images to ask a size for: the ones the catalog lacks, and the ones the person has sized. */
  readonly askImages: readonly string[];
  /** Every base image, build stages first, with the catalog's size (null: unknown): each can be overridden. */
  readonly images: readonly { readonly ref: string; readonly catalogBytes: number | null }[];
  /** The single-stage "fat image" baseline (the whole build in one image), an estimate. */
  readonly fatImage: Cell;
  /** Final image against the build image (the multi-stage figures, the seeds' "13 MB against 819 MB"). */
  readonly headline: { readonly finalImage: Cell; readonly buildImage: Cell };
  readonly logs: { readonly builderPattern: readonly string[]; readonly multistage: readonly string[] };
}

function cell(value: number | null, unit: MetricRow['unit']): Cell {
  if (value === null || !Number.isFinite(value)) return { kind: 'unknown' };
  return unit === 'bytes' ? { kind: 'bytes', value, text: humanSize(value) } : { kind: 'count', value };
}

function smaller(r: MetricRow): PrintedRow['smaller'] {
  if (r.key === 'buildImageBytes' || r.builderPattern === null || r.multistage === null) return null;
  return r.builderPattern === r.multistage ? 'same' : r.builderPattern < r.multistage ? 'builderPattern' : 'multistage';
}

export function printRow(r: MetricRow): PrintedRow {
  return { key: r.key, builderPattern: cell(r.builderPattern, r.unit), multistage: cell(r.multistage, r.unit), estimate: r.estimate, smaller: smaller(r) };
}

export function measure(c: Conversion, sizes: SizeInputs): Measured {
  const cmp = compareWays(c.multistageFile, { files: c.builderFiles, script: c.script }, {
    ...c.analyzeOptions, imageBytes: sizes.imageBytes, artifactBytes: sizes.artifactBytes,
  });
  const rows = cmp.rows.map(printRow);
  const find = (k: MetricKey): PrintedRow | undefined => rows.find((r) => r.key === k);
  const pick = (r: PrintedRow | undefined): Cell => (r === undefined ? { kind: 'unknown' } : r.multistage.kind !== 'unknown' ? r.multistage : r.builderPattern);
  const typed = Object.keys(sizes.imageBytes).filter((ref) => c.imageRefs.includes(ref));
  const context = sizes.contextBytes === null ? {} : { contextBytes: sizes.contextBytes };
  return {
    rows,
    askImages: [...new Set([...cmp.unknownImages, ...typed])].sort(),
    images: cmp.images.map((i) => ({ ref: i.ref, catalogBytes: i.catalogBytes })),
    fatImage: cell(cmp.fatImageBytes, 'bytes'),
    headline: { finalImage: pick(find('finalImageBytes')), buildImage: pick(find('buildImageBytes')) },
    logs: {
      builderPattern: builderPatternLog(c.builderFiles, c.script, { ...context, artifactBytes: sizes.artifactBytes }).map((l) => l.text),
      multistage: multistageLog(c.multistageFile.text, {
        ...c.analyzeOptions, ...context, artifactBytes: sizes.artifactBytes, tag: c.finalTag, fileName: c.multistageFile.name,
      }).map((l) => l.text),
    },
  };
}
