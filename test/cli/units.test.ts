/** The CLI's small pure pieces: global options, control-character neutralising, markdown cells, colour choice. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralizeControls } from '../../src/core/format/controls.ts';
import { markdownCell } from '../../src/core/format/markdown.ts';
import { splitGlobals } from '../../src/cli/globals.ts';
import { colorWanted } from '../../src/cli/io.ts';

describe('splitGlobals', () => {
  it.each([
    [['Dockerfile'], { output: null, quiet: false, version: false, help: false, rest: ['Dockerfile'] }],
    [['--output', 'g.md', 'Dockerfile', '-q'], { output: 'g.md', quiet: true, rest: ['Dockerfile'] }],
    [['link', '--output=l.txt', 'a'], { output: 'l.txt', rest: ['link', 'a'] }],
    [['-V'], { version: true, rest: [] }],
    [['Dockerfile', '--', '--output', 'x'], { output: null, rest: ['Dockerfile', '--', '--output', 'x'] }],
  ])('%j', (argv, expected) => {
    expect(splitGlobals(argv)).toMatchObject(expected);
  });

  it.each([[['--output']], [['--output=']], [['--output', '-']], [['--output', 'a', '--output', 'b']]])('%j is a usage error', (argv) => {
    expect(() => splitGlobals(argv)).toThrow(/--output/);
  });
});

describe('neutralizeControls', () => {
  it.each([
    ['ESC [2J (clear screen)', '\u001b[2J', '\\x1b[2J'],
    ['OSC title with BEL', '\u001b]0;x\u0007', '\\x1b]0;x\\x07'],
    ['CR overprinting', 'a\rb', 'a\\x0db'],
    ['C1 CSI', '\u009b31m', '\\x9b31m'],
    ['DEL', 'a\u007f', 'a\\x7f'],
    ['tab and newline kept', 'a\tb\nc', 'a\tb\nc'],
    ['other Unicode kept', '构建 ★ é', '构建 ★ é'],
  ])('%s', (_, input, expected) => {
    expect(neutralizeControls(input)).toBe(expected);
  });

  it('never leaves a control character but tab and newline; text without them is unchanged', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const out = neutralizeControls(s);
      // eslint-disable-next-line no-control-regex
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      // eslint-disable-next-line no-control-regex
      if (!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(s)) expect(out).toBe(s);
    }));
  });
});

describe('markdownCell', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['<img src=x>', '\\<img src=x\\>'],
    ['two\nlines', 'two lines'],
    ['back\\slash', 'back\\\\slash'],
  ])('%j', (input, expected) => {
    expect(markdownCell(input)).toBe(expected);
  });
});

describe('colorWanted', () => {
  it.each([
    [true, {}, true],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, {}, false],
    [undefined, {}, false],
  ])('TTY %s, env %j: %s', (tty, env, expected) => {
    expect(colorWanted(tty, env)).toBe(expected);
  });
});
