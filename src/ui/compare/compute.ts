/**
 * One comparison, computed in one go (on the main thread for small inputs, in the worker for large
 * ones): conversion, then the table and logs for the sizes typed. Never throws: a failure of the
 * core (a bug: the core promises notes, not exceptions) becomes a message the view shows.
 */
import { convert, measure, sizeInputs, type Conversion, type ConvertInput, type Measured, type SizeDraft } from './model.ts';

export type Computed =
  | { readonly ok: true; readonly conversion: Conversion; readonly measured: Measured }
  | { readonly ok: false; readonly message: string };

/**
 * Above this many characters of input, the comparison leaves the main thread. Measured in Node
 * (convert + measure, warm): generated Dockerfiles of 842 characters take 7-13 ms, 2,192 take
 * 25-46 ms, 9,282 take 80-120 ms, the 1,000-stage one (48 KB) about a second. The seeds are
 * 200-500 characters: they stay synchronous (no flash of "converting…").
 */
export const SYNC_LIMIT = 1_500;

export const inputSize = (input: ConvertInput): number => input.files.reduce((n, f) => n + f.name.length + f.text.length, 0);

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function convertSafely(input: ConvertInput): { readonly ok: true; readonly conversion: Conversion } | { readonly ok: false; readonly message: string } {
  try {
    return { ok: true, conversion: convert(input) };
  } catch (e) {
    return { ok: false, message: errorText(e) };
  }
}

export function measureSafely(conversion: Conversion, draft: SizeDraft): Computed {
  try {
    return { ok: true, conversion, measured: measure(conversion, sizeInputs(draft, conversion.artifacts)) };
  } catch (e) {
    return { ok: false, message: errorText(e) };
  }
}
