/**
 * Opening an example: its text is fetched from the page's own origin (precached for offline use once
 * the service worker has it). When the fetch fails (offline before the text was cached, a dropped
 * connection, an HTTP error) nothing is replaced: the workspace stays as the person left it and the
 * failure is kept here for the toolbar to say (ExampleUnavailable.tsx), with the example to try again.
 */
import { valueStore } from '../state/valueStore.ts';
import type { Example, ExampleFiles } from './index.ts';

export type ExamplePlace = 'toolbar' | `practice:${string}`;

export interface ExampleFailure {
  readonly example: Example;
  /** `offline`: the browser is offline (or the request never reached the server while it says so). */
  readonly reason: 'offline' | 'failed';
  /** Bumped on every failure, so the same example failing twice is announced twice. */
  readonly seq: number;
  /** Where it was chosen (the toolbar's menu, a built-in exercise of the Practise tab): the message shows there. */
  readonly place: ExamplePlace;
  /** Loads it again (same callback as the first attempt). */
  readonly retry: () => void;
}

const failure = valueStore<ExampleFailure | null>(null);
let seq = 0;

export const dismissExampleFailure = (): void => failure.set(null);

/** Loads `example` and hands its files to `open`; a failure is reported, never thrown, and opens nothing. */
export function openExample(example: Example, place: ExamplePlace, open: (files: ExampleFiles) => void): Promise<boolean> {
  const retry = (): void => void openExample(example, place, open);
  return example.load().then(
    (files) => {
      if (failure.get() !== null) failure.set(null);
      open(files);
      return true;
    },
    () => {
      const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
      failure.set({ example, reason: offline ? 'offline' : 'failed', seq: ++seq, place, retry });
      return false;
    },
  );
}

export const useExampleFailure = failure.use;
