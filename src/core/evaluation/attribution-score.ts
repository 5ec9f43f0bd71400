import type { Span } from '../span.js';
import { greedyMatch, intersects, jaccard, offsetSet, prf } from './offset-set.js';

/** An attribution in FORMAT.md's shape, gold or predicted. */
export interface ScoredAttribution {
  readonly source: readonly Span[];
  readonly speaker: string | null;
  /** The predicted speaker's other names; empty for gold. */
  readonly speakerAliases?: readonly string[];
  readonly content: readonly Span[];
  readonly saidOn: string | null;
}

export interface AttributionDocument {
  readonly text: string;
  readonly gold: readonly ScoredAttribution[];
  readonly predicted: readonly ScoredAttribution[];
}

export interface AttributionScores {
  readonly precision_05: number;
  readonly recall_05: number;
  readonly f1_05: number;
  readonly exact_precision: number;
  readonly exact_recall: number;
  readonly exact_f1: number;
  readonly speaker_accuracy: number;
  readonly date_accuracy: number;
  readonly end_to_end_f1: number;
  readonly gold: number;
  readonly predicted: number;
  readonly matched_05: number;
  readonly matched_exact: number;
  readonly speaker_judged: number;
  readonly speaker_correct: number;
  readonly date_judged: number;
  readonly date_correct: number;
  readonly end_to_end_matched: number;
}

const OVERLAP = 0.5;
const EXACT = 0.95;

/**
 * Whether a predicted date is right for a gold one: cut to the gold's precision it is equal, and it
 * is at least that precise.
 * @example dateCorrect('2025-02-07', '2025-02') // true
 */
export const dateCorrect = (predicted: string | null, gold: string): boolean =>
  predicted !== null && predicted.length >= gold.length && predicted.slice(0, gold.length) === gold;

/** Whether the predicted speaker is right: its source span overlaps the gold's, or a name matches. */
export const speakerCorrect = (
  text: string,
  gold: ScoredAttribution,
  predicted: ScoredAttribution,
): boolean => {
  if (
    gold.source.length > 0 &&
    predicted.source.length > 0 &&
    intersects(offsetSet(text, gold.source), offsetSet(text, predicted.source))
  ) {
    return true;
  }
  if (gold.speaker === null || predicted.speaker === null) return false;
  const target = gold.speaker.trim().toLowerCase();
  return [predicted.speaker, ...(predicted.speakerAliases ?? [])].some(
    (n) => n.trim().toLowerCase() === target,
  );
};

/**
 * FORMAT.md §1: content overlap is the Jaccard index of content offset sets (white space and
 * punctuation left out); pairs matched one to one, greedily by highest overlap; counts summed over
 * documents before dividing. Speaker accuracy is judged over the pairs counted at 0.5 whose gold
 * has a source or a speaker; end-to-end F1 counts such a pair only when its speaker is right
 * (pairs whose gold names no speaker at all count as they do for F1@0.5).
 */
export const scoreAttributions = (documents: readonly AttributionDocument[]): AttributionScores => {
  let gold = 0;
  let predicted = 0;
  let matched05 = 0;
  let matchedExact = 0;
  let speakerJudged = 0;
  let speakerRight = 0;
  let dateJudged = 0;
  let dateRight = 0;
  let e2e = 0;
  for (const doc of documents) {
    gold += doc.gold.length;
    predicted += doc.predicted.length;
    const goldSets = doc.gold.map((a) => offsetSet(doc.text, a.content));
    const predictedSets = doc.predicted.map((a) => offsetSet(doc.text, a.content));
    const scores = goldSets.map((g) => predictedSets.map((p) => jaccard(g, p)));
    for (const pair of greedyMatch(scores)) {
      if (pair.score < OVERLAP) continue;
      matched05++;
      if (pair.score >= EXACT) matchedExact++;
      const g = doc.gold[pair.gold] as ScoredAttribution;
      const p = doc.predicted[pair.predicted] as ScoredAttribution;
      const judged = g.source.length > 0 || g.speaker !== null;
      const right = judged && speakerCorrect(doc.text, g, p);
      if (judged) {
        speakerJudged++;
        if (right) speakerRight++;
      }
      if (!judged || right) e2e++;
      if (g.saidOn !== null) {
        dateJudged++;
        if (dateCorrect(p.saidOn, g.saidOn)) dateRight++;
      }
    }
  }
  const at05 = prf(matched05, predicted, gold);
  const exact = prf(matchedExact, predicted, gold);
  return {
    precision_05: at05.precision,
    recall_05: at05.recall,
    f1_05: at05.f1,
    exact_precision: exact.precision,
    exact_recall: exact.recall,
    exact_f1: exact.f1,
    speaker_accuracy: speakerJudged === 0 ? 0 : speakerRight / speakerJudged,
    date_accuracy: dateJudged === 0 ? 0 : dateRight / dateJudged,
    end_to_end_f1: prf(e2e, predicted, gold).f1,
    gold,
    predicted,
    matched_05: matched05,
    matched_exact: matchedExact,
    speaker_judged: speakerJudged,
    speaker_correct: speakerRight,
    date_judged: dateJudged,
    date_correct: dateRight,
    end_to_end_matched: e2e,
  };
};
