/** English strings of small polish (session 3): History's Undo after the menu closes, examples offline. */
export const POLISH_EN = {
  history: {
    putBack: 'The version from {time} is back in History.',
  },
  examples: {
    offline: '“{name}” is not available offline: this browser has not saved its text yet. Connect to the internet and choose it again. $t(polish.examples.kept)',
    failed: '“{name}” could not be loaded: the page could not fetch its text. $t(polish.examples.kept)',
    kept: 'Your work in the editor is unchanged.',
    retry: 'Try again',
    dismiss: 'Dismiss',
  },
} as const;
