/** English: what a part of the page loaded on first use says while it loads. */
export const loadingEn = {
  tab: 'Loading…',
};
