import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../core/span.js';
import { NAME_TITLES } from './lexicon/speech-cues.js';
import { normaliseQuoteMarks } from './quote-marks.js';

export interface Token extends Span {
  readonly value: string;
  /** Universal POS tag (VERB, NOUN, PROPN, PRON, AUX, ADP, PUNCT…). */
  readonly pos: string;
  /** Lower-case lemma ("said" → "say"). */
  readonly lemma: string;
}

/** A text split into tokens and sentences, every piece with its offsets into the text. */
export interface AnalysedText {
  /** The text as analysed: the input with two-character quotation marks made plain (same offsets). */
  readonly text: string;
  /** The input itself, which spans found in `text` are given back against. */
  readonly original: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Span[];
  /** For each sentence, the index of its first token and one past its last. */
  readonly sentenceTokens: ReadonlyArray<readonly [number, number]>;
  /** Paragraphs: runs of text separated by blank lines. */
  readonly paragraphs: readonly Span[];
}

const nlp = winkNLP(model, ['sbd', 'pos']);
// wink's `its` helpers are plain functions that wink calls itself; they do not use `this`.
/* eslint-disable @typescript-eslint/unbound-method */
const {
  value: itsValue,
  precedingSpaces: itsPrecedingSpaces,
  span: itsSpan,
  pos: itsPos,
  lemma: itsLemma,
} = nlp.its;
/* eslint-enable @typescript-eslint/unbound-method */

/**
 * Tokens and sentences by wink-nlp, with character offsets recovered from its lossless token
 * stream (each token keeps the white space before it), and paragraphs from blank lines.
 * A sentence never crosses a paragraph break.
 * @example analyseText('He said no. She agreed.').sentences // [{start:0,end:11},{start:12,end:23}]
 */
export const analyseText = (input: string): AnalysedText => {
  const text = normaliseQuoteMarks(input);
  const doc = nlp.readDoc(text);
  const values: string[] = doc.tokens().out(itsValue);
  const spaces: string[] = doc.tokens().out(itsPrecedingSpaces);
  const pos: string[] = doc.tokens().out(itsPos);
  const lemmas: string[] = doc.tokens().out(itsLemma as typeof itsValue);
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    cursor += (spaces[i] ?? '').length;
    // wink keeps white space losslessly; should a token ever not sit where expected, find it.
    if (text.startsWith(value, cursor) === false) {
      const found = text.indexOf(value, cursor);
      if (found >= 0) cursor = found;
    }
    tokens.push({
      start: cursor,
      end: cursor + value.length,
      value,
      pos: pos[i] ?? 'X',
      lemma: (lemmas[i] ?? value).toLowerCase(),
    });
    cursor += value.length;
  }
  const paragraphs = paragraphSpans(text);
  const sentences: Span[] = [];
  const sentenceTokens: Array<readonly [number, number]> = [];
  const winkSentences = doc.sentences().out(itsSpan) as unknown as Array<[number, number]>;
  for (const [first, last] of joinMisSplits(winkSentences, tokens)) {
    const start = tokens[first]?.start;
    const end = tokens[last]?.end;
    if (start === undefined || end === undefined) continue;
    for (const p of paragraphs) {
      const s = Math.max(start, p.start);
      const e = Math.min(end, p.end);
      if (s >= e) continue;
      let a = first;
      while (a <= last && (tokens[a]?.start ?? 0) < s) a++;
      let b = a;
      while (b <= last && (tokens[b]?.end ?? 0) <= e) b++;
      sentences.push({ start: s, end: e });
      sentenceTokens.push([a, b]);
    }
  }
  return { text, original: input, tokens, sentences, sentenceTokens, paragraphs };
};

/** Abbreviated titles that stand before a name ("Sen.", "Lt."), as wink tokenises them: without the full stop. */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  NAME_TITLES.filter((t) => t.endsWith('.')).map((t) => t.slice(0, -1)),
);

const DOUBLE_MARK = /^["“”]$/;

/**
 * Whether the sentence opening at token `first` goes on with the one before it (`previous`), which
 * ended on "!" or "?" inside a quotation it opened: the quotation closes within a few words (which
 * wink may have split again), on a comma or before a word in lower case ("“Marco! | Marco!,” the
 * senator said", "“Go! | Go!” they shouted").
 */
const cryGoesOn = (
  tokens: readonly Token[],
  previous: readonly [number, number],
  first: number,
): boolean => {
  let marks = 0;
  for (let k = previous[0]; k <= previous[1]; k++)
    if (DOUBLE_MARK.test(tokens[k]?.value ?? '')) marks++;
  if (marks % 2 === 0 || DOUBLE_MARK.test(tokens[first]?.value ?? '')) return false;
  for (let k = first + 1; k <= first + 6; k++) {
    if (!DOUBLE_MARK.test(tokens[k]?.value ?? '')) continue;
    return tokens[k - 1]?.value === ',' || /^\p{Ll}/u.test(tokens[k + 1]?.value ?? '');
  }
  return false;
};

/**
 * Joins sentences wink split after an abbreviation or a quotation: one that ends on ".", ")" or
 * a closing quotation mark, and a next one that opens in lower case ("Sen. Bernie Sanders
 * (I-Vt.) | on Saturday criticized…", "“Never!” | the crowd cried out."), a next one that
 * opens on a comma, a title before its name ("then-Sen. | Barack Obama"), and initials split
 * between their letters ("D-N. | Y.").
 */
const joinMisSplits = (
  spans: ReadonlyArray<readonly [number, number]>,
  tokens: readonly Token[],
): Array<[number, number]> => {
  const joined: Array<[number, number]> = [];
  for (const [first, last] of spans) {
    const previous = joined.at(-1);
    const end = previous ? tokens[previous[1]]?.value : undefined;
    const opening = tokens[first]?.value ?? '';
    if (
      previous &&
      (((end === '.' || end === ')' || /^[”"’']$/.test(end ?? '')) && /^\p{Ll}/u.test(opening)) ||
        // "“Hail, Caesar! | ,” the studio said": a sentence does not open on a comma.
        /^[,;]$/.test(opening) ||
        // "then-Sen. | Barack Obama": a title before a name ends no sentence, also where wink
        // misses it after a hyphen.
        (end === '.' &&
          TITLE_ABBREVIATIONS.has(tokens[previous[1] - 1]?.value ?? '') &&
          /^\p{Lu}/u.test(opening)) ||
        // "Rep. Meeks (D-N. | Y.) said": an abbreviation of initials split between its letters.
        (end === '.' &&
          /^\p{Lu}$/u.test(tokens[previous[1] - 1]?.value ?? '') &&
          /^\p{Lu}\.$/u.test(opening)) ||
        // "to chants of “Marco! | Marco!,” the senator said": a cry inside a quotation that the
        // sentence goes on after.
        ((end === '!' || end === '?') && cryGoesOn(tokens, previous, first)))
    ) {
      previous[1] = last;
    } else joined.push([first, last]);
  }
  return joined;
};

/** A line break with the blank space around it; the space before it is trimmed by hand. */
const LINE_BREAK = /\n[ \t\r\n]*/g;
/** A line that ends a sentence: a full stop, a question or a colon, perhaps inside closing marks. */
const ENDS_SENTENCE = /[.!?:]["”’)\]]*$/;
/** A line opening on one of these opens a quotation: the newspaper convention for quotes. */
const OPENS_QUOTE = /["“«]/;

/**
 * Runs of text separated by blank lines, or — in a text that is not hard-wrapped — by a single
 * line break where a line ends a sentence outside any open quotation, or where a quotation left
 * open runs on into a line that opens with a quotation mark (the newspaper convention). Many
 * sites end paragraphs with one line break ("…revel in it.\n“There’s another side…”"), while a
 * text wrapped at a fixed width breaks lines mid-sentence and only its blank lines count.
 */
export const paragraphSpans = (text: string): Span[] => {
  const breaks: Array<{ readonly start: number; readonly end: number; readonly blank: boolean }> =
    [];
  for (const m of text.matchAll(LINE_BREAK)) {
    let start = m.index;
    while (start > 0 && /[ \t\r]/.test(text.charAt(start - 1))) start--;
    breaks.push({ start, end: m.index + m[0].length, blank: /\n[^]*\n/.test(m[0]) });
  }
  const lineEnds = (k: number): string => text.slice(Math.max(0, k - 4), k);
  // Hard-wrapped: most single line breaks fall inside a sentence.
  const single = breaks.filter((x) => !x.blank);
  const midSentence = single.filter((x) => !ENDS_SENTENCE.test(lineEnds(x.start))).length;
  const wrapped = single.length >= 3 && midSentence > single.length / 2;
  const spans: Span[] = [];
  let start = 0;
  const quotes = new QuoteCount(text);
  for (const x of breaks) {
    if (!x.blank) {
      if (wrapped) continue;
      const ends = ENDS_SENTENCE.test(lineEnds(x.start));
      if (quotes.openAt(x.start) ? !OPENS_QUOTE.test(text.charAt(x.end)) : !ends) continue;
    }
    pushTrimmed(text, spans, start, x.start);
    start = x.end;
    quotes.restartAt(start);
  }
  pushTrimmed(text, spans, start, text.length);
  return spans;
};

/** Adds [start, end) without the white space at its edges, unless nothing is left. */
const pushTrimmed = (text: string, spans: Span[], start: number, end: number): void => {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e });
};

/**
 * The double quotation marks of a paragraph counted as it is read, so that asking at each line
 * break whether a quotation is open reads every character once: open when there are more
 * opening than closing curly marks, or an odd number of straight ones.
 */
class QuoteCount {
  private at = 0;
  private curly = 0;
  private straight = 0;

  constructor(private readonly text: string) {}

  restartAt(k: number): void {
    this.at = k;
    this.curly = 0;
    this.straight = 0;
  }

  openAt(end: number): boolean {
    for (; this.at < end; this.at++) {
      const c = this.text.charAt(this.at);
      if (c === '“' || c === '«') this.curly++;
      else if (c === '”' || c === '»') this.curly = Math.max(0, this.curly - 1);
      else if (c === '"') this.straight++;
    }
    return this.curly > 0 || this.straight % 2 === 1;
  }
}
