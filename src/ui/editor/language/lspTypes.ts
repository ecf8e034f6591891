/**
 * The part of vscode-languageserver-types (3.18) the language service's files use, with the same
 * values and the same literals; vite.config.ts points the page's imports of the package here. Its
 * files are CommonJS and `require` the whole package (24 KB minified, 5 KB gzipped of protocol
 * helpers), so this keeps the editor's chunk small. test/ui/lsp-types.test.ts checks every name a
 * bundled file of the service uses against the package itself: a service upgrade that needs more
 * fails there, not in the editor.
 */

const MAX = 2147483647;
const isUinteger = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= MAX;
const isPosition = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && isUinteger((v as { line?: unknown }).line) && isUinteger((v as { character?: unknown }).character);

interface Pos { line: number; character: number }
interface Rng { start: Pos; end: Pos }

export const uinteger = { MIN_VALUE: 0, MAX_VALUE: MAX };

export const Position = {
  create: (line: number, character: number): Pos => ({
    line: line === Number.MAX_VALUE ? MAX : line,
    character: character === Number.MAX_VALUE ? MAX : character,
  }),
};

export const Range = {
  create(one: number | Pos, two: number | Pos, three?: number, four?: number): Rng {
    if (isUinteger(one) && isUinteger(two) && isUinteger(three) && isUinteger(four)) return { start: Position.create(one, two), end: Position.create(three, four) };
    if (isPosition(one) && isPosition(two)) return { start: one as Pos, end: two as Pos };
    throw new Error(`Range#create called with invalid arguments[${String(one)}, ${String(two)}, ${String(three)}, ${String(four)}]`);
  },
};

export const Location = { create: (uri: string, range: Rng) => ({ uri, range }) };

export const TextEdit = {
  replace: (range: Rng, newText: string) => ({ range, newText }),
  insert: (position: Pos, newText: string) => ({ range: { start: position, end: position }, newText }),
  del: (range: Rng) => ({ range, newText: '' }),
};

export const DocumentHighlight = {
  create(range: Rng, kind?: number): { range: Rng; kind?: number } {
    return typeof kind === 'number' ? { range, kind } : { range };
  },
};

export const FoldingRange = {
  create(startLine: number, endLine: number, startCharacter?: number, endCharacter?: number, kind?: string, collapsedText?: string) {
    const result: Record<string, unknown> = { startLine, endLine };
    if (startCharacter !== undefined) result.startCharacter = startCharacter;
    if (endCharacter !== undefined) result.endCharacter = endCharacter;
    if (kind !== undefined) result.kind = kind;
    if (collapsedText !== undefined) result.collapsedText = collapsedText;
    return result;
  },
};

export const FoldingRangeKind = { Comment: 'comment', Imports: 'imports', Region: 'region' } as const;
export const DiagnosticSeverity = { Error: 1, Warning: 2, Information: 3, Hint: 4 } as const;
export const DiagnosticTag = { Unnecessary: 1, Deprecated: 2 } as const;
export const MarkupKind = { PlainText: 'plaintext', Markdown: 'markdown' } as const;
export const InsertTextFormat = { PlainText: 1, Snippet: 2 } as const;
export const CompletionItemTag = { Deprecated: 1 } as const;
export const DocumentHighlightKind = { Text: 1, Read: 2, Write: 3 } as const;
export const CompletionItemKind = {
  Text: 1, Method: 2, Function: 3, Constructor: 4, Field: 5, Variable: 6, Class: 7, Interface: 8, Module: 9, Property: 10,
  Unit: 11, Value: 12, Enum: 13, Keyword: 14, Snippet: 15, Color: 16, File: 17, Reference: 18, Folder: 19, EnumMember: 20,
  Constant: 21, Struct: 22, Event: 23, Operator: 24, TypeParameter: 25,
} as const;
export const SymbolKind = {
  File: 1, Module: 2, Namespace: 3, Package: 4, Class: 5, Method: 6, Property: 7, Field: 8, Constructor: 9, Enum: 10,
  Interface: 11, Function: 12, Variable: 13, Constant: 14, String: 15, Number: 16, Boolean: 17, Array: 18, Object: 19,
  Key: 20, Null: 21, EnumMember: 22, Struct: 23, Event: 24, Operator: 25, TypeParameter: 26,
} as const;
const names = (...words: string[]) => Object.fromEntries(words.map((w) => [w, w]));
export const SemanticTokenTypes = names(
  'namespace', 'type', 'class', 'enum', 'interface', 'struct', 'typeParameter', 'parameter', 'variable', 'property', 'enumMember',
  'event', 'function', 'method', 'macro', 'keyword', 'modifier', 'comment', 'string', 'number', 'regexp', 'operator', 'decorator', 'label',
);
export const SemanticTokenModifiers = names(
  'declaration', 'definition', 'readonly', 'static', 'deprecated', 'abstract', 'async', 'modification', 'documentation', 'defaultLibrary',
);
