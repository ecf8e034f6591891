/** data-testid values of the comparison view, shared with the e2e page object (e2e/page.ts). */
export const COMPARE_IDS = {
  /** The toolbar's "Compare with the builder pattern" toggle. */
  open: 'compare-open',
  /** The main-area section (carries data-state: converting / ready / failed / none). */
  view: 'compare',
  side: 'compare-side',
  file: 'compare-file',
  direction: 'compare-direction',
  project: 'compare-project',
  openAsMultistage: 'compare-open-multistage',
  addFiles: 'compare-add-files',
  back: 'compare-back',
  busy: 'compare-busy',
  headline: 'compare-headline',
  table: 'compare-table',
  sizes: 'compare-sizes',
  imageSize: 'compare-image-size',
  artifactSize: 'compare-artifact-size',
  contextSize: 'compare-context-size',
  noEquivalent: 'compare-no-equivalent',
  notes: 'compare-notes',
  note: 'compare-note',
  log: 'compare-log',
} as const;
