/**
 * The Dockerfile Monarch grammar, run through Monaco's own Monarch compiler and lexer (in Node:
 * they need no DOM), line by line as the editor runs it. Tokens read `offset:type` like the
 * e2e hook `__stagecraftTokenize`.
 */
import { describe, expect, it } from 'vitest';
import { compile } from 'monaco-editor/editor/standalone/common/monarch/monarchCompile.js';
import { MonarchTokenizer } from 'monaco-editor/editor/standalone/common/monarch/monarchLexer.js';
import { dockerfileLanguage } from '../../src/ui/editor/dockerfileLanguage.ts';

// The lexer only asks these services about embedded languages and its time budget.
const languages = { getLanguageIdByLanguageName: () => null, getLanguageIdByMimeType: () => null, isRegisteredLanguageId: () => false, requestBasicLanguageFeatures: () => undefined };
const themes = { getColorTheme: () => ({ tokenTheme: { match: () => 0 } }) };
const config = { getValue: () => 20_000, onDidChangeConfiguration: () => ({ dispose: () => undefined }) };
const tokenizer = new MonarchTokenizer(languages, themes, 'dockerfile', compile('dockerfile', dockerfileLanguage), config);

function tokenize(text: string): string[][] {
  let state = tokenizer.getInitialState();
  return text.split('\n').map((line) => {
    const r = tokenizer.tokenize(line, true, state);
    state = r.endState;
    return r.tokens.map((t) => `${t.offset}:${t.type}`);
  });
}

const BODY = '0:string.heredoc.dockerfile';
const END = '0:string.heredoc.delimiter.dockerfile';
const KEYWORD = '0:keyword.dockerfile';
/** Per line: 'keyword' (starts with a keyword), 'body', 'end' (a terminator), or the tokens. */
function kinds(text: string): string[] {
  return tokenize(text).map((t) => (t[0] === KEYWORD ? 'keyword' : t.length === 1 && t[0] === BODY ? 'body' : t.length === 1 && t[0] === END ? 'end' : t.join(' ')));
}

describe('Dockerfile grammar', () => {
  it('from alpine AS a / copy --from=a: lowercase keywords and flags', () => {
    const t = tokenize('from alpine AS a\ncopy --from=a /x /y');
    expect(t[0]?.[0]).toBe(KEYWORD);
    expect(t[1]).toContain('5:attribute.name.dockerfile');
  });

  it('RUN <<EOF: one body until EOF, a FROM inside is no keyword', () => {
    expect(tokenize('RUN <<EOF')[0]).toEqual(['0:keyword.dockerfile', '3:', '4:string.heredoc.delimiter.dockerfile']);
    expect(kinds('RUN <<EOF\nFROM inside\nEOF\nRUN echo').slice(1)).toEqual(['body', 'end', 'keyword']);
  });

  it('RUN <<EOF1 cat - <<EOF2: both bodies, in order, each until its own terminator', () => {
    const t = tokenize('RUN <<EOF1 cat - <<EOF2\nFROM one\nEOF2\nEOF1\nFROM two\nEOF1\nEOF2\nFROM three');
    expect(t[0]).toContain('4:string.heredoc.delimiter.dockerfile');
    expect(t[0]).toContain('17:string.heredoc.delimiter.dockerfile');
    // EOF2 inside the first body is body text: only EOF1 ends it.
    expect(kinds('RUN <<EOF1 cat - <<EOF2\nFROM one\nEOF2\nEOF1\nFROM two\nEOF1\nEOF2\nFROM three').slice(1)).toEqual([
      'body', 'body', 'end', 'body', 'body', 'end', 'keyword',
    ]);
  });

  it('COPY <<a.txt <<b.txt /dst/: delimiters with dots', () => {
    expect(kinds('COPY <<a.txt <<b.txt /dst/\nhello\na.txt\nworld\nb.txt\nRUN true').slice(1)).toEqual(['body', 'end', 'body', 'end', 'keyword']);
  });

  it("a terminator must be the whole line: 'a' does not end <<a.txt, ' EOF' does not end <<EOF", () => {
    expect(kinds('COPY <<a.txt /x\na\nEOF a.txt\na.txt\nRUN true').slice(1)).toEqual(['body', 'body', 'end', 'keyword']);
    expect(kinds('RUN <<EOF\n EOF\n\tEOF\nEOF\nRUN true').slice(1)).toEqual(['body', 'body', 'end', 'keyword']);
  });

  it('RUN <<-EOF: tabs may precede the terminator', () => {
    expect(kinds('RUN <<-EOF\n\techo hi\n\t\tEOF\nRUN true').slice(1)).toEqual(['body', 'end', 'keyword']);
  });

  it(`RUN <<'EOF' and RUN <<"EOF" cat - 3<<-X: quoted delimiters and a file descriptor`, () => {
    expect(kinds(`RUN <<'EOF'\n$HOME\nEOF\nRUN true`).slice(1)).toEqual(['body', 'end', 'keyword']);
    expect(kinds(`RUN <<"EOF" cat - 3<<-X\nbody\nEOF\n\tmore\n\tX\nRUN true`).slice(1)).toEqual(['body', 'end', 'body', 'end', 'keyword']);
  });

  it('ONBUILD RUN <<EOF: heredocs of a wrapped RUN', () => {
    expect(kinds('ONBUILD RUN <<EOF\nFROM x\nEOF\nRUN true').slice(1)).toEqual(['body', 'end', 'keyword']);
  });

  it('USER <<X and RUN "<<X": no heredoc (BuildKit reads heredocs for RUN, COPY, ADD and unquoted words only)', () => {
    expect(kinds('USER <<X\nRUN true')[1]).toBe('keyword');
    expect(kinds('RUN echo "<<X"\nRUN true')[1]).toBe('keyword');
  });
});
