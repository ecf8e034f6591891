/**
 * Port of BuildKit's shell lexer (`frontend/dockerfile/shell/lex.go`, type
 * `shellWord`): quote removal, escapes and `$` expansion of one word.
 *
 * Go's functions call each other recursively (`processStopOn` →
 * `processDollar` → `processStopOn` for `${V:-word}`…). Go stacks grow on
 * demand; a JavaScript stack does not, so deep nesting would overflow it.
 * Each recursive function is therefore a generator that *yields* the call it
 * wants to make; `run` drives them with an explicit heap stack. Errors are
 * returned values (Go's `error`), never exceptions.
 */
import { replacePattern, trimPrefix, trimSuffix, type ModifierResult } from './modifiers.ts';
import { RuneScanner } from './scanner.ts';
import type { EnvLookup, LexOptions, Outcome } from './types.ts';
import { EOF, isDigit, isLetter, runeString, toWellFormed } from './unicode.ts';
import { WordsCollector, type SharedBuffer } from './words.ts';

const DOLLAR = 0x24;
const SINGLE_QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COLON = 0x3a;
const SLASH = 0x2f;
const PLUS = 0x2b;
const MINUS = 0x2d;
const QUESTION = 0x3f;
const HASH = 0x23;
const PERCENT = 0x25;
const UNDERSCORE = 0x5f;
const BACKSLASH = 0x5c;

/** A suspended lexer function: yields the sub-call it needs, receives its Outcome. */
interface Task extends Generator<Task, Outcome, Outcome> {}

const PLACEHOLDER: Outcome = { ok: true, value: '', words: [] };
const NO_WORDS: readonly string[] = [];

function ok(value: string, words: readonly string[] = NO_WORDS): Outcome {
  return { ok: true, value, words };
}
function fail(error: string): Outcome {
  return { ok: false, error };
}
function fromModifier(r: ModifierResult): Outcome {
  return r.ok ? ok(r.value) : r;
}

/** Go `isSpecialParam`: POSIX special parameters `@ * # ? - $ ! 0`. */
function isSpecialParam(ch: number): boolean {
  switch (ch) {
    case 0x40: // @
    case 0x2a: // *
    case HASH:
    case QUESTION:
    case MINUS:
    case DOLLAR:
    case 0x21: // !
    case 0x30: // 0
      return true;
    default:
      return false;
  }
}

/** What one run of the lexer produced (Go's `ProcessWordResult` plus the error). */
export interface LexRun {
  outcome: Outcome;
  matched: string[];
  unmatched: string[];
}

/**
 * Port of `Lex.process`: expand `word`, split it into words, and record which
 * variables were found (`matched`) or not (`unmatched`), in first-use order.
 * The error, if any, is the inner Go error (without `failed to process %q: `).
 */
export function lex(word: string, lookup: EnvLookup, options: LexOptions = {}): LexRun {
  const sw = new ShellWord(toWellFormed(word), lookup, options);
  const outcome = run(sw.processStopOn(EOF, sw.rawEscapes));
  return { outcome, matched: [...sw.matches], unmatched: [...sw.nonmatches] };
}

/** Drive a generator tree with an explicit stack (no JavaScript recursion). */
function run(root: Task): Outcome {
  const stack: Task[] = [root];
  let input: Outcome = PLACEHOLDER;
  for (;;) {
    const top = stack[stack.length - 1];
    if (top === undefined) return input;
    const step = top.next(input);
    if (step.done) {
      stack.pop();
      input = step.value;
    } else {
      stack.push(step.value);
      input = PLACEHOLDER;
    }
  }
}

/** Port of lex.go's `shellWord`: the state of one expansion. */
class ShellWord {
  readonly matches = new Set<string>();
  readonly nonmatches = new Set<string>();
  rawEscapes: boolean;
  private readonly scanner: RuneScanner;
  private readonly escapeToken: number;
  private readonly rawQuotes: boolean;
  private readonly skipProcessQuotes: boolean;
  private readonly skipUnsetEnv: boolean;
  /** `sw.wordsBuffer`, shared by every nested `processStopOn` (see words.ts). */
  private readonly wordsBuffer: SharedBuffer = { text: '' };

  constructor(
    word: string,
    private readonly lookup: EnvLookup,
    options: LexOptions,
  ) {
    this.scanner = new RuneScanner(word);
    this.escapeToken = options.escapeToken?.codePointAt(0) ?? BACKSLASH;
    this.rawQuotes = options.rawQuotes === true;
    this.rawEscapes = options.rawEscapes === true;
    this.skipProcessQuotes = options.skipProcessQuotes === true;
    this.skipUnsetEnv = options.skipUnsetEnv === true;
  }

  /**
   * `processStopOn`: process until `stopChar` (consumed) or the end of the
   * word. With a stop character, reaching the end is an error. `rawEscapes`
   * (kept escape characters) is switched for the duration of the call only.
   */
  *processStopOn(stopChar: number, rawEscapes: boolean): Task {
    const sc = this.scanner;
    let result = '';
    this.wordsBuffer.text = ''; // shared-buffer reset, faithful to BuildKit (see words.ts)
    const words = new WordsCollector(this.wordsBuffer);

    const switched = rawEscapes !== this.rawEscapes;
    if (switched) this.rawEscapes = rawEscapes;
    const done = (o: Outcome): Outcome => {
      if (switched) this.rawEscapes = !rawEscapes; // Go: deferred restore
      return o;
    };

    while (sc.peek() !== EOF) {
      let ch = sc.peek();
      if (stopChar !== EOF && ch === stopChar) {
        sc.next();
        return done(ok(result, words.getWords()));
      }
      const quote = !this.skipProcessQuotes && (ch === SINGLE_QUOTE || ch === DOUBLE_QUOTE);
      if (ch === DOLLAR || quote) {
        // charFuncMapping: '$' → processDollar, quotes → processSingleQuote/processDoubleQuote
        const tmp =
          ch === DOLLAR
            ? yield this.processDollar()
            : ch === SINGLE_QUOTE
              ? this.processSingleQuote()
              : yield this.processDoubleQuote();
        if (!tmp.ok) return done(fail(tmp.error));
        result += tmp.value;
        // Expanded text is split into words; quoted text is not.
        if (ch === DOLLAR) words.addString(tmp.value);
        else words.addRawString(tmp.value);
      } else {
        ch = sc.next();
        if (ch === this.escapeToken) {
          if (this.rawEscapes) {
            words.addRawChar(ch);
            result += runeString(ch);
          }
          // The escape token escapes the next character; at the very end it is dropped.
          ch = sc.next();
          if (ch === EOF) break;
          words.addRawChar(ch);
        } else {
          words.addChar(ch);
        }
        result += runeString(ch);
      }
    }
    if (stopChar !== EOF) {
      return done(fail(`unexpected end of statement while looking for matching ${runeString(stopChar)}`));
    }
    return done(ok(result, words.getWords()));
  }

  /** `processSingleQuote`: everything up to the next `'` is literal; `'` cannot be escaped. */
  private processSingleQuote(): Outcome {
    const sc = this.scanner;
    let result = '';
    let ch = sc.next();
    if (this.rawQuotes) result += runeString(ch);
    for (;;) {
      ch = sc.next();
      if (ch === EOF) return fail('unexpected end of statement while looking for matching single-quote');
      if (ch === SINGLE_QUOTE) {
        if (this.rawQuotes) result += runeString(ch);
        return ok(result);
      }
      result += runeString(ch);
    }
  }

  /**
   * `processDoubleQuote`: literal up to the next `"`, except `$` expansions and
   * the escape token, which escapes only `"`, `$` and itself (otherwise it is
   * kept); an escape token right before the end is dropped (then the missing
   * quote is reported).
   */
  private *processDoubleQuote(): Task {
    const sc = this.scanner;
    let result = '';
    const first = sc.next();
    if (this.rawQuotes) result += runeString(first);
    for (;;) {
      const peek = sc.peek();
      if (peek === EOF) return fail('unexpected end of statement while looking for matching double-quote');
      if (peek === DOUBLE_QUOTE) {
        const ch = sc.next();
        if (this.rawQuotes) result += runeString(ch);
        return ok(result);
      }
      if (peek === DOLLAR) {
        const value = yield this.processDollar();
        if (!value.ok) return value;
        result += value.value;
        continue;
      }
      let ch = sc.next();
      if (ch === this.escapeToken) {
        if (this.rawEscapes) result += runeString(ch);
        const next = sc.peek();
        if (next === EOF) continue;
        if (next === DOUBLE_QUOTE || next === DOLLAR || next === this.escapeToken) ch = sc.next();
      }
      result += runeString(ch);
    }
  }

  /** `processDollar`: `$name`, `${name}` and every `${name<modifier>…}` form. */
  private *processDollar(): Task {
    const sc = this.scanner;
    sc.next(); // the '$'

    // $xxx
    if (sc.peek() !== OPEN_BRACE) {
      const name = this.processName();
      if (name === '') return ok('$'); // a lone '$' (or '$' before a non-name character) is literal
      const value = this.getEnv(name);
      if (value === undefined && this.skipUnsetEnv) return ok('$' + name);
      return ok(value ?? '');
    }

    sc.next(); // the '{'
    const afterBrace = sc.peek();
    if (afterBrace === EOF) return fail("syntax error: missing '}'");
    if (afterBrace === OPEN_BRACE || afterBrace === CLOSE_BRACE || afterBrace === COLON) {
      return fail('syntax error: bad substitution'); // ${{x}, ${}, ${:x}
    }
    // The name may be empty: ${+x}, ${/a/b} and ${%x} expand the variable "".
    const name = this.processName();
    let ch = sc.next();
    let chs = runeString(ch); // Go string(ch): EOF prints as U+FFFD
    let nullIsUnset = false;

    if (ch === CLOSE_BRACE) {
      const value = this.getEnv(name);
      if (value === undefined && this.skipUnsetEnv) return ok('${' + name + '}');
      return ok(value ?? '');
    }
    if (ch === COLON) {
      nullIsUnset = true; // ':' makes an empty value count as unset
      ch = sc.next();
      chs += runeString(ch);
      // Go: fallthrough into the modifier case, whatever ch now is
    } else if (ch === SLASH) {
      return yield* this.processReplace(name);
    } else if (ch !== PLUS && ch !== MINUS && ch !== QUESTION && ch !== HASH && ch !== PERCENT) {
      return fail(`unsupported modifier (${chs}) in substitution`);
    }

    // Patterns (# %) keep their escapes so that \* and \? stay literal.
    const rawEscapes = ch === HASH || ch === PERCENT;
    if (nullIsUnset && rawEscapes) return fail(`unsupported modifier (${chs}) in substitution`);
    const sub = yield this.processStopOn(CLOSE_BRACE, rawEscapes);
    if (!sub.ok) return sc.peek() === EOF ? fail("syntax error: missing '}'") : sub;
    let word = sub.value;

    // The variable is read after the word was expanded (so both are recorded).
    const value = this.getEnv(name);
    if (value === undefined && this.skipUnsetEnv) return ok('${' + name + chs + word + '}');
    const set = value !== undefined;
    const val = value ?? '';

    switch (ch) {
      case MINUS:
        return ok(!set || (nullIsUnset && val === '') ? word : val);
      case PLUS:
        return ok(!set || (nullIsUnset && val === '') ? '' : word);
      case QUESTION:
        if (!set) return fail(`${name}: ${word !== '' ? word : 'is not allowed to be unset'}`);
        if (nullIsUnset && val === '') return fail(`${name}: ${word !== '' ? word : 'is not allowed to be empty'}`);
        return ok(val);
      case HASH:
      case PERCENT: {
        // %/# trim the shortest match, %%/## the longest. The doubled character
        // is looked for in the *expanded* word, so ${V#$P} with P='#x' is greedy.
        let greedy = false;
        if (word.length > 0 && word.codePointAt(0) === ch) {
          greedy = true;
          word = word.slice(1);
        }
        return fromModifier(ch === PERCENT ? trimSuffix(word, val, greedy) : trimPrefix(word, val, greedy));
      }
      default:
        return fail(`unsupported modifier (${chs}) in substitution`);
    }
  }

  /**
   * The `case '/'` branch of `processDollar`: `${V/p/r}` and `${V//p/r}`.
   * The pattern runs to the next unescaped `/` (a `}` does not end it), the
   * replacement to the next `}`; both keep their escapes.
   */
  private *processReplace(name: string): Task {
    const sc = this.scanner;
    const all = sc.peek() === SLASH;
    if (all) sc.next();

    const pattern = yield this.processStopOn(SLASH, true);
    if (!pattern.ok) return sc.peek() === EOF ? fail("syntax error: missing '/' in ${}") : pattern;
    const replacement = yield this.processStopOn(CLOSE_BRACE, true);
    if (!replacement.ok) return sc.peek() === EOF ? fail("syntax error: missing '}'") : replacement;

    const value = this.getEnv(name);
    if (value === undefined && this.skipUnsetEnv) {
      return ok('${' + name + '/' + pattern.value + '/' + replacement.value + '}'); // one '/' even for '//'
    }
    return fromModifier(replacePattern(pattern.value, replacement.value, value ?? '', all));
  }

  /**
   * `processName`: a run of digits (positional parameter, e.g. `$10`), or one
   * special parameter character, or letters/digits/underscores.
   */
  private processName(): string {
    const sc = this.scanner;
    let name = '';
    while (sc.peek() !== EOF) {
      let ch = sc.peek();
      if (name.length === 0 && isDigit(ch)) {
        while (sc.peek() !== EOF && isDigit(sc.peek())) {
          ch = sc.next();
          name += runeString(ch);
        }
        return name;
      }
      if (name.length === 0 && isSpecialParam(ch)) {
        ch = sc.next();
        return runeString(ch);
      }
      if (!isLetter(ch) && !isDigit(ch) && ch !== UNDERSCORE) break;
      ch = sc.next();
      name += runeString(ch);
    }
    return name;
  }

  /** `getEnv`: look a variable up and record it as matched or unmatched. */
  private getEnv(name: string): string | undefined {
    const value = this.lookup(name);
    if (value !== undefined) {
      this.matches.add(name);
      return toWellFormed(value);
    }
    this.nonmatches.add(name);
    return undefined;
  }
}
