import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../core/span.js';
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
  return { text, tokens, sentences, sentenceTokens, paragraphs };
};

/**
 * Joins sentences wink split after an abbreviation or a quotation: one that ends on ".", ")" or
 * a closing quotation mark, and a next one that opens in lower case ("Sen. Bernie Sanders
 * (I-Vt.) | on Saturday criticized…", "“Never!” | the crowd cried out."), a next one that
 * opens on a comma, and initials split between their letters ("D-N. | Y.").
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
        // "Rep. Meeks (D-N. | Y.) said": an abbreviation of initials split between its letters.
        (end === '.' &&
          /^\p{Lu}$/u.test(tokens[previous[1] - 1]?.value ?? '') &&
          /^\p{Lu}\.$/u.test(opening)))
    ) {
      previous[1] = last;
    } else joined.push([first, last]);
  }
  return joined;
};

/**
 * Runs of text separated by one or more blank lines, or by a single line break where a line ends
 * a sentence or the next opens a quotation: many sites end paragraphs with one line break
 * ("…revel in it.\n“There’s another side…”"), while a line wrapped mid-sentence goes on.
 */
export const paragraphSpans = (text: string): Span[] => {
  const spans: Span[] = [];
  const re = /[ \t\r]*\n[ \t\r\n]*/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m.index + m[0].length;
    const blank = m[0].indexOf('\n') !== m[0].lastIndexOf('\n');
    if (
      !blank &&
      !LINE_ENDS_PARAGRAPH.test(text.slice(Math.max(0, m.index - 1), m.index)) &&
      !OPENS_QUOTE.test(text.charAt(end))
    )
      continue;
    if (m.index > start) spans.push({ start, end: m.index });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
};

/** A line ending on one of these ends its paragraph: a sentence's end, or a closing mark. */
const LINE_ENDS_PARAGRAPH = /[.!?:"”’)\]]/;
/** A line opening on one of these opens a paragraph: a quotation mark. */
const OPENS_QUOTE = /["“‘«]/;
