import type { Span } from '../span.js';

const IGNORED = /[\s\p{P}]/u;

/**
 * The character offsets a span set covers, leaving out white space and punctuation (quotation
 * marks, commas, dashes, full stops…), as FORMAT.md's scores require.
 * @example offsetSet('“No,” he said', [{ start: 0, end: 5 }]) // Set {1, 2}
 */
export const offsetSet = (text: string, spans: readonly Span[]): Set<number> => {
  const set = new Set<number>();
  for (const { start, end } of spans) {
    for (let i = Math.max(0, start); i < Math.min(end, text.length); i++) {
      if (!IGNORED.test(text[i] ?? ' ')) set.add(i);
    }
  }
  return set;
};

/** |a ∩ b| / |a ∪ b|; 0 when both are empty. */
export const jaccard = (a: ReadonlySet<number>, b: ReadonlySet<number>): number => {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
};

export const intersects = (a: ReadonlySet<number>, b: ReadonlySet<number>): boolean => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};

/** Precision, recall and F1 from counts; 0 where a denominator is 0. */
export const prf = (matched: number, predicted: number, gold: number) => {
  const precision = predicted === 0 ? 0 : matched / predicted;
  const recall = gold === 0 ? 0 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
};

/**
 * One-to-one matching, greedily by the highest score first (ties: gold order, then predicted
 * order). Pairs scoring 0 are never matched.
 */
export const greedyMatch = (
  scores: ReadonlyArray<ReadonlyArray<number>>,
): Array<{ gold: number; predicted: number; score: number }> => {
  const candidates: Array<{ gold: number; predicted: number; score: number }> = [];
  scores.forEach((row, g) =>
    row.forEach((score, p) => score > 0 && candidates.push({ gold: g, predicted: p, score })),
  );
  candidates.sort((a, b) => b.score - a.score || a.gold - b.gold || a.predicted - b.predicted);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: Array<{ gold: number; predicted: number; score: number }> = [];
  for (const c of candidates) {
    if (usedGold.has(c.gold) || usedPredicted.has(c.predicted)) continue;
    usedGold.add(c.gold);
    usedPredicted.add(c.predicted);
    pairs.push(c);
  }
  return pairs;
};
