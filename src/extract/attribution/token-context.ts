import type { Span } from '../../core/span.js';
import type { AnalysedText, Token } from '../text-analysis.js';
import type { Quotation } from './quotations.js';

/** The analysed text with quick look-ups the attribution rules share. */
export interface TokenContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Span[];
  readonly sentenceTokens: ReadonlyArray<readonly [number, number]>;
  readonly quotations: readonly Quotation[];
  /** The quotation whose marks enclose an offset, if any. */
  quotationAt(offset: number): Quotation | undefined;
  lower(i: number): string;
  /** Index of the first token that starts at or after an offset (`tokens.length` if none). */
  firstTokenFrom(offset: number): number;
}

export const createTokenContext = (
  analysed: AnalysedText,
  quotations: readonly Quotation[],
): TokenContext => {
  const sorted = [...quotations].sort((a, b) => a.start - b.start);
  return {
    text: analysed.text,
    tokens: analysed.tokens,
    sentences: analysed.sentences,
    sentenceTokens: analysed.sentenceTokens,
    quotations: sorted,
    quotationAt(offset) {
      let lo = 0;
      let hi = sorted.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const q = sorted[mid] as Quotation;
        if (offset < q.start) hi = mid - 1;
        else if (offset >= q.end) lo = mid + 1;
        else return q;
      }
      return undefined;
    },
    lower: (i) => analysed.tokens[i]?.value.toLowerCase() ?? '',
    firstTokenFrom(offset) {
      let lo = 0;
      let hi = analysed.tokens.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((analysed.tokens[mid] as Token).start < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
};

/** A span from the start of token `a` to the end of token `b - 1`. */
export const tokenSpan = (tokens: readonly Token[], a: number, b: number): Span | null => {
  const first = tokens[a];
  const last = tokens[b - 1];
  return first && last && b > a ? { start: first.start, end: last.end } : null;
};

export const isPunct = (t: Token | undefined): boolean =>
  t !== undefined && (t.pos === 'PUNCT' || /^[\p{P}]+$/u.test(t.value));
export const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '„']);
export const isQuoteMark = (t: Token | undefined): boolean =>
  t !== undefined && QUOTE_MARKS.has(t.value);

/** Fewest words for a quotation to be something said rather than a scare-quoted term. */
export const MIN_QUOTE_WORDS = 3;
/** Fewest words of reported content. */
export const MIN_CONTENT_WORDS = 2;

/** Words (runs of letters and digits) in some spans of the text. */
export const words = (text: string, spans: readonly Span[]): number =>
  spans.reduce((n, s) => n + (text.slice(s.start, s.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
