/**
 * The language service's worker, as a pure function (src/ui/editor/language/serviceDispatch.ts):
 * each request gets exactly one reply, with its id and kind, holding what rcjsuen's service answers;
 * anything the service throws is an `error` reply, never a rejection. Every reply survives the
 * structured clone that postMessage makes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/ui/editor/language/serviceDispatch.ts';
import type { CompletionCapabilities, ServiceKind, ServiceRequest, ServiceResults } from '../../src/ui/editor/language/serviceProtocol.ts';

const CAPABILITIES: CompletionCapabilities = { snippetSupport: true, documentationFormat: ['markdown'], deprecatedSupport: true };
const OPTIONS = { tabSize: 2, insertSpaces: true };

/** The reply's result when it has the request's kind (fails the test otherwise). */
async function resultOf<K extends ServiceKind>(request: ServiceRequest<K>): Promise<ServiceResults[K]> {
  const reply = await answer(request as ServiceRequest);
  expect(reply.id).toBe(request.id);
  expect(reply.kind).toBe(request.kind);
  return (reply as unknown as { result: ServiceResults[K] }).result;
}

describe('serviceDispatch answer', () => {
  it('completion of "RU": "RUN command", a snippet replacing the two letters', async () => {
    const items = await resultOf({ id: 1, kind: 'completion', text: 'FROM alpine\nRU', position: { line: 1, character: 2 }, capabilities: CAPABILITIES });
    expect(items).toEqual([
      expect.objectContaining({
        label: 'RUN command',
        insertTextFormat: 2,
        textEdit: { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }, newText: 'RUN ${1:command}' },
      }),
    ]);
  });

  it('completion of "HEALTH" without snippet support: plain text items', async () => {
    const items = await resultOf({ id: 2, kind: 'completion', text: 'FROM alpine\nHEALTH', position: { line: 1, character: 6 }, capabilities: { ...CAPABILITIES, snippetSupport: false } });
    expect(items.map((i) => i.label)).toContain('HEALTHCHECK NONE');
    expect(items.every((i) => i.insertTextFormat !== 2)).toBe(true);
  });

  it('signature help after "EXPOSE ": EXPOSE\'s signature', async () => {
    const help = await resultOf({ id: 3, kind: 'signatureHelp', text: 'FROM alpine\nEXPOSE ', position: { line: 1, character: 7 } });
    expect(help?.signatures[0]?.label).toMatch(/^EXPOSE/);
  });

  it('signature help on an empty file: no signature', async () => {
    const help = await resultOf({ id: 4, kind: 'signatureHelp', text: '', position: { line: 0, character: 0 } });
    expect(help?.signatures ?? []).toEqual([]);
  });

  it('folding of a continued RUN (lines 2-4): one range from line 1 to 3, 0-based', async () => {
    const ranges = await resultOf({ id: 5, kind: 'folding', text: 'FROM alpine\nRUN a \\\n  && b \\\n  && c\n' });
    expect(ranges.map((r) => [r.startLine, r.endLine])).toEqual([[1, 3]]);
  });

  it('format of "  from alpine" and a continuation: the instruction unindented, the continuation indented', async () => {
    const text = '  from alpine\nRUN echo hi \\\n&& echo there\n';
    const edits = await resultOf({ id: 6, kind: 'format', text, options: OPTIONS });
    expect(apply(text, edits)).toBe('from alpine\nRUN echo hi \\\n  && echo there\n');
  });

  it('formatRange of line 2 only: line 1 stays as written', async () => {
    const text = '  FROM alpine\n   RUN true\n';
    const edits = await resultOf({ id: 7, kind: 'formatRange', text, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 12 } }, options: OPTIONS });
    expect(apply(text, edits)).toBe('  FROM alpine\nRUN true\n');
  });

  it('a formatRange without a range (the service throws): an error reply with the id', async () => {
    const bad = { id: 8, kind: 'formatRange', text: 'FROM a\n', options: OPTIONS } as unknown as ServiceRequest;
    const reply = await answer(bad);
    expect(reply).toMatchObject({ id: 8, kind: 'error' });
  });

  it('an unknown kind and a message that is no request: error replies (id -1 when there is none)', async () => {
    expect(await answer({ id: 9, kind: 'hover' } as unknown as ServiceRequest)).toEqual({ id: 9, kind: 'error', message: 'unknown request kind: hover' });
    expect(await answer(null as unknown as ServiceRequest)).toMatchObject({ id: -1, kind: 'error' });
  });

  it('property: any text and position, every kind: one reply with the id, the kind or error, cloneable', async () => {
    const position = fc.record({ line: fc.nat(40), character: fc.nat(80) });
    const text = fc.array(fc.oneof(fc.constantFrom('FROM alpine AS b', 'RUN a \\', '  && b', 'COPY --from=b / /', '# escape=`', 'HEALTHCHECK ', 'ONBUILD RU', 'ARG X=${Y:-z}', '<<EOF', 'EOF', ''), fc.string()), { maxLength: 12 }).map((l) => l.join('\n'));
    const request = fc.oneof(
      fc.record({ id: fc.nat(), kind: fc.constant('completion' as const), text, position, capabilities: fc.constant(CAPABILITIES) }),
      fc.record({ id: fc.nat(), kind: fc.constant('signatureHelp' as const), text, position }),
      fc.record({ id: fc.nat(), kind: fc.constant('folding' as const), text }),
      fc.record({ id: fc.nat(), kind: fc.constant('format' as const), text, options: fc.constant(OPTIONS) }),
      fc.record({ id: fc.nat(), kind: fc.constant('formatRange' as const), text, range: fc.record({ start: position, end: position }), options: fc.constant(OPTIONS) }),
    );
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const reply = await answer(r);
        expect(reply.id).toBe(r.id);
        expect([r.kind, 'error']).toContain(reply.kind);
        expect(structuredClone(reply)).toEqual(reply);
      }),
      { numRuns: 300 },
    );
  });
});

/** LSP text edits applied to `text` (last first, so earlier offsets hold). */
function apply(text: string, edits: readonly { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }) => (starts[p.line] ?? text.length) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}
