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

/** Possessive determiners, which the tagger marks as pronouns ("his", "their"). */
export const POSSESSIVES = /^(?:his|her|its|their|our|my|your)$/i;

/** A word written like a name ("Earnest", "Ai"), whatever part of speech the tagger gave it. */
export const isCapitalised = (t: Token | undefined): boolean =>
  t !== undefined && /^\p{Lu}\p{Ll}+$/u.test(t.value);

/** Whether token `k` follows a hyphen with no space between: "added" in "value-added". */
export const afterHyphen = (ctx: TokenContext, k: number): boolean => {
  const prev = ctx.tokens[k - 1];
  const t = ctx.tokens[k];
  return t !== undefined && prev?.value === '-' && prev.end === t.start;
};

/** Whether token `k` is one part of a hyphenated word: "follow" or "up" in "follow-up". */
export const inCompound = (ctx: TokenContext, k: number): boolean => {
  const t = ctx.tokens[k];
  const next = ctx.tokens[k + 1];
  return afterHyphen(ctx, k) || (t !== undefined && next?.value === '-' && next.start === t.end);
};

/** Dashes that set off an aside, as distinct from the hyphen inside a word. */
export const DASHES: ReadonlySet<string> = new Set(['--', '—', '–', '―']);

/**
 * Whether token `k` is a dash: "—", "--", or a hyphen standing between spaces, as many papers
 * write it ("economists - including some at the Fed - warn").
 */
export const isDash = (ctx: TokenContext, k: number): boolean => {
  const t = ctx.tokens[k];
  if (t === undefined) return false;
  if (DASHES.has(t.value)) return true;
  return (
    t.value === '-' && /\s/.test(ctx.text[t.start - 1] ?? '') && /\s/.test(ctx.text[t.end] ?? '')
  );
};

/** A finite verb or an auxiliary: not a gerund or present participle in -ing. */
export const isFiniteVerb = (t: Token | undefined): boolean =>
  t !== undefined && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.value)));

/** Whether a quotation holds a clause, a finite verb among its words ("is dead", not "the magic"). */
export const quotationHoldsClause = (ctx: TokenContext, q: Quotation): boolean => {
  for (let k = ctx.firstTokenFrom(q.start) + 1; k < ctx.firstTokenFrom(q.end); k++)
    if (isFiniteVerb(ctx.tokens[k])) return true;
  return false;
};

/**
 * The first comma in tokens [from, end) outside quotations, optionally only one the token after
 * which (given with its index) passes `next`; else `end`.
 */
export const firstComma = (
  ctx: TokenContext,
  from: number,
  end: number,
  next: (t: Token | undefined, k: number) => boolean = () => true,
): number => {
  for (let k = from; k < end; k++) {
    const t = ctx.tokens[k];
    if (t?.value === ',' && !ctx.quotationAt(t.start) && next(ctx.tokens[k + 1], k + 1)) return k;
  }
  return end;
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

const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** Whether an offset falls before the second half of a surrogate pair. */
const splitsPair = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
};

/** Words (runs of letters and digits) in a span of the text, counted no further than `limit`. */
const wordsIn = (text: string, span: Span, limit = Infinity): number => {
  // A span edge inside a surrogate pair leaves half a character in the slice, and a negative
  // offset counts from the end: both counted on the slice, as ever.
  if (span.start < 0 || span.end < 0 || splitsPair(text, span.start) || splitsPair(text, span.end))
    return text.slice(span.start, span.end).match(WORD_RUN)?.length ?? 0;
  // Counted in place, without a slice and an array of matches: a run that crosses an edge of
  // the span counts once, as its part inside the span would.
  let n = 0;
  WORD_RUN.lastIndex = span.start;
  while (n < limit) {
    const m = WORD_RUN.exec(text);
    if (m === null || m.index >= span.end) break;
    n++;
  }
  WORD_RUN.lastIndex = 0;
  return n;
};

/** Words (runs of letters and digits) in some spans of the text. */
export const words = (text: string, spans: readonly Span[]): number =>
  spans.reduce((n, s) => n + wordsIn(text, s), 0);

/**
 * Whether some spans of the text hold at least `least` words: `words(text, spans) >= least`,
 * counting no further than `least`, since a long quotation need not be counted through to tell.
 */
export const hasWords = (text: string, spans: readonly Span[], least: number): boolean => {
  let n = 0;
  for (const s of spans) {
    if (n >= least) break;
    n += wordsIn(text, s, least - n);
  }
  return n >= least;
};
