/** English strings of small polish (session 3): History's Undo after the menu closes, examples offline. */
export const POLISH_EN = {
  history: {
    putBack: 'The version from {time} is back in History.',
  },
} as const;
