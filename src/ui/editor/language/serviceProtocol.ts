/**
 * The messages between the editor (service.ts, through serviceClient.ts) and the language service's
 * worker (service.worker.ts, answering with serviceDispatch.ts). Everything is LSP data (0-based
 * lines and characters) and survives structured cloning: no functions, no classes.
 *
 * Every request carries an id; the worker answers each one exactly once, with the request's kind
 * and its result, or with `error` (the service threw): the editor never waits on a lost answer.
 */
import type { CompletionItem, FoldingRange, Position, Range, SignatureHelp, TextEdit } from 'vscode-languageserver-types';

/** What the editor's completion list can show (the service's CompletionItemCapabilities). */
export interface CompletionCapabilities {
  readonly snippetSupport: boolean;
  readonly documentationFormat: readonly ('markdown' | 'plaintext')[];
  readonly deprecatedSupport: boolean;
}

/** The formatter's settings that Monaco's FormattingOptions give. */
export interface FormatOptions {
  readonly tabSize: number;
  readonly insertSpaces: boolean;
}

/** Each request's parameters, by kind. */
export interface ServiceParams {
  readonly completion: { readonly text: string; readonly position: Position; readonly capabilities: CompletionCapabilities };
  readonly signatureHelp: { readonly text: string; readonly position: Position };
  readonly folding: { readonly text: string };
  readonly format: { readonly text: string; readonly options: FormatOptions };
  readonly formatRange: { readonly text: string; readonly range: Range; readonly options: FormatOptions };
}

/** Each request's result, by kind. */
export interface ServiceResults {
  readonly completion: CompletionItem[];
  readonly signatureHelp: SignatureHelp | null;
  readonly folding: FoldingRange[];
  readonly format: TextEdit[];
  readonly formatRange: TextEdit[];
}

export type ServiceKind = keyof ServiceParams;

/** A request of one kind without its id (what a caller asks). */
export type ServiceCall<K extends ServiceKind = ServiceKind> = { [P in K]: { readonly kind: P } & ServiceParams[P] }[K];

export type ServiceRequest<K extends ServiceKind = ServiceKind> = { [P in K]: { readonly id: number } & ServiceCall<P> }[K];

export type ServiceReply =
  | { [P in ServiceKind]: { readonly id: number; readonly kind: P; readonly result: ServiceResults[P] } }[ServiceKind]
  | { readonly id: number; readonly kind: 'error'; readonly message: string };
