/**
 * An explanation is data: keys into the UI's `explain` catalogue (both languages) with their
 * parameters, never finished text. The core picks what to say about this build; the UI words it.
 */
import type { Range } from '../model.ts';

/** A list parameter is formatted by the UI with Intl.ListFormat in the reader's language. */
export type ParamValue = string | number | readonly string[];

export interface Sentence {
  /** A key under `explain.` in the catalogues, e.g. `ins.copy`, `ctx.copyFromStage`. */
  readonly key: string;
  readonly params?: Readonly<Record<string, ParamValue>>;
}

export type Subject =
  | { readonly kind: 'instruction'; readonly keyword: string }
  | { readonly kind: 'flag'; readonly keyword: string; readonly flag: string }
  | { readonly kind: 'mountType'; readonly type: string }
  | { readonly kind: 'mountKey'; readonly key: string }
  | { readonly kind: 'directive'; readonly name: string }
  | { readonly kind: 'heredoc'; readonly name: string }
  | { readonly kind: 'stageName'; readonly name: string }
  | { readonly kind: 'form'; readonly form: 'exec' | 'shell' }
  | { readonly kind: 'variable'; readonly name: string };

export interface Explanation {
  readonly subject: Subject;
  readonly title: Sentence;
  /** Two or three sentences: what it is, then what it does in this build. */
  readonly sentences: readonly Sentence[];
  /** Whether it adds a layer, or null when that question does not apply. */
  readonly layer: Sentence | null;
  /** Docker's reference section for it; `name` is what the link says. */
  readonly docs: { readonly url: string; readonly name: string };
  /** What the explanation is about, on the hovered line (1-based, end exclusive). */
  readonly range: Range;
}
