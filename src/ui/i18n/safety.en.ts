/** English strings of the safety layer (issue 14): links that would replace work, storage, updates, file names, build args. */
export const SAFETY_EN = {
  incomingTitle: 'A link wants to replace your work',
  incomingText: 'The address changed to another workspace. Your current work has never been shared as a link. If you open the link, your work stays one click away in History.',
  incomingOpen: 'Open the link',
  incomingKeep: 'Keep my work',
  linkTooLong: 'Too large for a link: browsers open links of at most 2,097,152 characters (2 MB). Export the files to keep or share them.',
  storageUnavailable: 'This browser does not let the page save (private browsing, or storage turned off): your work will not survive a reload. Copy a link or export to keep it.',
  conflictHeld: 'Neither tab saves until you choose; this tab’s latest work is also kept in History.',
  updateReady: 'A new version of Stagecraft is ready.',
  updateReload: 'Reload now',
  updateLater: 'Later',
  updateKeeps: 'Your text is kept.',
  argsUndeclared: 'Not declared by any ARG: left out of the docker build commands written for the comparison.',
  argsCarried: 'Build args from the link',
  argsInStage: 'Declared inside a stage',
  argsRemove: 'Remove {name}',
  lookalikeName: 'This name has invisible or direction-changing characters, shown here as {shown}. Rename the file.',
} as const;
