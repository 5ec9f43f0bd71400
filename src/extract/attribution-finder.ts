import type { Span } from '../core/span.js';
import { SPEECH_VERBS } from './lexicon/speech-cues.js';
import { findQuotations, type Quotation } from './quote-finder.js';
import { SPEAKER_PATTERN } from './speaker-mention.js';
import type { AnalysedText } from './text-analysis.js';

/** An attribution found in the text, before its speaker and date are resolved. */
export interface Attribution {
  readonly content: readonly Span[];
  readonly source: Span | null;
  readonly cue: Span | null;
  readonly direct: boolean;
}

const VERBS = [...new Set(SPEECH_VERBS)].join('|');
// After a closing mark: `,” Khamenei said` or `,” said the minister`.
const AFTER = new RegExp(
  String.raw`^[,;:]?\s*(?:(${SPEAKER_PATTERN})\s+(?:also\s+|later\s+|then\s+|had\s+|has\s+)?(${VERBS})\b|(${VERBS})\s+(${SPEAKER_PATTERN}))`,
  'u',
);
// Before an opening mark: `Araghchi told reporters: “` or `The minister said, “`.
const BEFORE = new RegExp(
  String.raw`(${SPEAKER_PATTERN})\s+(?:[\p{L}]+\s+){0,2}?(${VERBS})\b[^“”"«»]{0,60}?[:,]?\s*$`,
  'u',
);

/** Fewest words for a quotation to count as something said rather than a scare-quoted phrase. */
const MIN_QUOTE_WORDS = 3;

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

const sentenceAt = (sentences: readonly Span[], offset: number): Span | undefined =>
  sentences.find((s) => s.start <= offset && offset < s.end);

const matchSpan = (
  base: number,
  match: RegExpExecArray,
  groupText: string | undefined,
  from = 0,
): Span | null => {
  if (groupText === undefined) return null;
  const at = match[0].indexOf(groupText, from);
  return at < 0
    ? null
    : { start: base + match.index + at, end: base + match.index + at + groupText.length };
};

/**
 * First cut of the attribution step: direct quotations with a speech verb and a speaker in the
 * same sentence, on either side of the quotation.
 */
export const findAttributions = (analysed: AnalysedText): Attribution[] => {
  const { text, sentences, paragraphs } = analysed;
  const found: Attribution[] = [];
  for (const q of findQuotations(text, paragraphs)) {
    if (wordCount(text.slice(q.inner.start, q.inner.end)) < MIN_QUOTE_WORDS) continue;
    const attribution = attributeAfter(text, sentences, q) ?? attributeBefore(text, sentences, q);
    if (attribution) found.push(attribution);
  }
  return found;
};

const attributeAfter = (
  text: string,
  sentences: readonly Span[],
  q: Quotation,
): Attribution | null => {
  const sentence = sentenceAt(sentences, q.close) ?? sentenceAt(sentences, q.close - 1);
  const end =
    sentence && sentence.end > q.close ? sentence.end : Math.min(text.length, q.close + 120);
  const tail = text.slice(q.close + 1, end);
  const m = AFTER.exec(tail);
  if (!m) return null;
  const base = q.close + 1;
  const speakerText = m[1] ?? m[4];
  const verbText = m[2] ?? m[3];
  const source = matchSpan(base, m, speakerText);
  const cue = matchSpan(base, m, verbText, m[1] ? (m[1].length ?? 0) : 0);
  return { content: [q.inner], source, cue, direct: true };
};

const attributeBefore = (
  text: string,
  sentences: readonly Span[],
  q: Quotation,
): Attribution | null => {
  const sentence = sentenceAt(sentences, q.open);
  const start = sentence ? sentence.start : Math.max(0, q.open - 160);
  const head = text.slice(start, q.open);
  const m = BEFORE.exec(head);
  if (!m) return null;
  const source = matchSpan(start, m, m[1]);
  const cue = matchSpan(start, m, m[2], m[1]?.length ?? 0);
  return { content: [q.inner], source, cue, direct: true };
};
