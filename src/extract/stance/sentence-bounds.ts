import type { Span } from '../../core/span.js';
import { paragraphSpans } from '../text-analysis.js';

/** Where sentences end: a full stop, question or exclamation mark (and any closing quote) before a capital, or a blank line. */
const BOUNDARY = /[.!?…]+["”’')\]]*\s+(?=["“‘'([]?[\p{Lu}\d])|\n[ \t]*\n\s*/gu;
/** A full stop after these ends no sentence: "U.S. officials", "Mr. Grossi", "Gen. Bagheri". */
const ABBREVIATION =
  /(?:^|[^\p{L}])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Prof|Jr|Sr|No|vs)$/u;

const lastAtOrBefore = (sorted: readonly number[], offset: number): number => {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = sorted[mid] as number;
    if (value <= offset) {
      found = value;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
};

const firstAfter = (sorted: readonly number[], offset: number, end: number): number => {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = end;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = sorted[mid] as number;
    if (value > offset) {
      found = value;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
};

/** The sentences and paragraphs around spans of one text. */
export interface SentenceBounds {
  /** From the start of the sentence holding the first span to the end of the one holding the last. */
  sentenceAround(spans: readonly Span[]): Span;
  /** The paragraphs the spans fall in, likewise. */
  paragraphAround(spans: readonly Span[]): Span;
}

/**
 * Sentence and paragraph bounds of a text, found once, for the context of its statements. A
 * light rule (punctuation before a capital) rather than the tokenizer's sentences: linking runs
 * over every stored source whenever a topic is added, and needs only the sentence around a span.
 * @example createSentenceBounds('He left. She said no.').sentenceAround([{ start: 13, end: 20 }]) // { start: 9, end: 21 }
 */
export const createSentenceBounds = (text: string): SentenceBounds => {
  const starts: number[] = [0];
  for (const m of text.matchAll(BOUNDARY)) {
    const stop = m.index;
    if (text[stop] === '.' && ABBREVIATION.test(text.slice(Math.max(0, stop - 5), stop))) continue;
    starts.push(stop + m[0].length);
  }
  const paragraphs = paragraphSpans(text);
  const paragraphStarts = paragraphs.map((p) => p.start);
  const around = (bounds: readonly number[], spans: readonly Span[]): Span => {
    if (spans.length === 0) return { start: 0, end: 0 };
    const first = Math.min(...spans.map((s) => s.start));
    const last = Math.max(...spans.map((s) => s.end));
    const start = lastAtOrBefore(bounds, first);
    const end = firstAfter(bounds, Math.max(first, last - 1), text.length);
    // Leave out the white space before the next sentence.
    let trimmed = end;
    while (trimmed > start && /\s/.test(text[trimmed - 1] ?? '')) trimmed--;
    return { start, end: trimmed };
  };
  return {
    sentenceAround: (spans) => around(starts, spans),
    paragraphAround: (spans) => around(paragraphStarts, spans),
  };
};
