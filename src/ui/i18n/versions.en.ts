/** English strings of History's versions (issue 14): deleting one, the large versions' budget, storage failures. */
export const VERSIONS_EN = {
  delete: 'Delete',
  deleteLabel: 'Delete the version from {time}: {label}',
  deleted: 'Deleted the version from {time}.',
  undo: 'Undo',
  budget: 'Versions too large for a link: {count} of at most {max}, {used} of the {budget} History may use in this browser.',
  full: 'History could not keep a version of this large workspace: the browser’s storage is full. Delete old versions in History to make room. Your current work in the editor is not affected.',
  refused: 'History cannot keep versions of this large workspace: this browser refuses the storage it needs (private browsing, or storage turned off). Your current work in the editor is not affected; export the files to keep a copy.',
  overBudget: 'This workspace is larger than the {budget} History may use for large versions, so no version of it is kept. Your current work in the editor is not affected; export the files to keep a copy.',
  dismiss: 'Dismiss',
  otherTab: '{label} (other tab)',
  keptInHistory: 'History keeps a copy as you go (in the browser’s other storage): after a reload, the latest is one click away there.',
} as const;
