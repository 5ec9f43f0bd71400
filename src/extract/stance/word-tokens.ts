import model from 'wink-eng-lite-web-model';
import type { Span } from '../../core/span.js';
import { remembered } from '../../core/remembered.js';

/** A piece of a source's text, with the offset where it starts in that text. */
export interface TextSegment {
  readonly text: string;
  readonly start: number;
}

/** A word of a text, with its offsets into the source and the forms phrases are matched on. */
export interface WordToken extends Span {
  /** As written (a contraction's halves keep their own letters: "n't"). */
  readonly surface: string;
  /** Lower case, curly apostrophes straightened, contractions expanded ("won't" → "will", "not"). */
  readonly norm: string;
  /** The Porter stem of `norm`: "negotiations", "negotiating" → "negoti". */
  readonly stem: string;
  /** Index of its sentence; segments never share one. */
  readonly sentence: number;
  /** Index of its clause: commas, colons, dashes and brackets also end one. */
  readonly clause: number;
}

// The English model's Porter stemmer (wink's `its.stem`), called on single words.
const porter = (model as unknown as { addons?: { stem?: unknown } }).addons?.stem;
if (typeof porter !== 'function')
  throw new Error('wink-eng-lite-web-model has no stemmer; its version is not the expected one');
const porterStem = porter as (word: string) => string;

/**
 * The stem a word is matched on: lower case, possessive dropped, Porter-stemmed. Remembered:
 * linking stems every word of every statement's sentence, and news vocabulary repeats a lot.
 * @example stemOf('Negotiations') // 'negoti'
 */
export const stemOf = remembered((word: string): string => {
  const norm = word.toLowerCase().replace(/’/g, "'").replace(/'s?$/, '');
  return norm.includes('.')
    ? norm.replace(/\./g, '')
    : /^\p{L}+$/u.test(norm)
      ? porterStem(norm)
      : norm;
});

const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const SENTENCE_END = /[.!?;…]/;
const CLAUSE_END = /[,:()\u2013\u2014]|\s-\s/;
const NEGATIVE_HEADS: Readonly<Record<string, string>> = { wo: 'will', ca: 'can', sha: 'shall' };

/**
 * Splits text segments into words with offsets, sentence and clause indices. A contraction
 * gives two words ("don't" → "do", "not"; "cannot" → "can", "not"); other clitics are dropped
 * ("Iran's" → "iran", "we're" → "we").
 * @example wordTokens([{ text: "We won't talk.", start: 0 }]).map((t) => t.norm) // ['we', 'will', 'not', 'talk']
 */
export const wordTokens = (segments: readonly TextSegment[]): WordToken[] => {
  const tokens: WordToken[] = [];
  let sentence = -1;
  let clause = -1;
  for (const segment of segments) {
    sentence++;
    clause++;
    let previousEnd = 0;
    const push = (start: number, end: number, norm: string): void => {
      tokens.push({
        start: segment.start + start,
        end: segment.start + end,
        surface: segment.text.slice(start, end),
        norm,
        stem: stemOf(norm),
        sentence,
        clause,
      });
    };
    for (const m of segment.text.matchAll(WORD)) {
      const start = m.index;
      const end = start + m[0].length;
      const gap = segment.text.slice(previousEnd, start);
      if (previousEnd > 0 && SENTENCE_END.test(gap)) {
        sentence++;
        clause++;
      } else if (previousEnd > 0 && CLAUSE_END.test(gap)) clause++;
      previousEnd = end;
      const norm = m[0].toLowerCase().replace(/’/g, "'");
      const apostrophe = norm.indexOf("'");
      if (apostrophe > 0 && norm.endsWith("n't")) {
        const head = norm.slice(0, -3);
        push(start, end - 3, NEGATIVE_HEADS[head] ?? head);
        push(end - 3, end, 'not');
      } else if (norm === 'cannot') {
        push(start, start + 3, 'can');
        push(start + 3, end, 'not');
      } else if (apostrophe > 0) {
        push(start, start + apostrophe, norm.slice(0, apostrophe));
      } else {
        push(start, end, norm);
      }
    }
  }
  return tokens;
};
