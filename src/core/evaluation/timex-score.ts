/** A time expression as FORMAT.md section 2 writes it, gold or predicted. */
export interface ScoredTimex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

export interface TimexDocument {
  readonly gold: readonly ScoredTimex[];
  readonly predicted: readonly ScoredTimex[];
}

export interface TimexScores {
  readonly relaxed_f1: number;
  readonly strict_f1: number;
  readonly value_f1: number;
  readonly date_value_accuracy: number;
  readonly relaxed_precision: number;
  readonly relaxed_recall: number;
  readonly strict_precision: number;
  readonly strict_recall: number;
  readonly value_precision: number;
  readonly value_recall: number;
  readonly gold: number;
  readonly predicted: number;
  readonly relaxed_matches: number;
  readonly strict_matches: number;
  readonly value_matches: number;
  readonly date_pairs: number;
  readonly date_value_matches: number;
}

const overlap = (a: ScoredTimex, b: ScoredTimex): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Pairs gold and predicted expressions one to one, greedily: the pair with the largest character
 * overlap first, ties by the earliest gold start, then the earliest predicted start. Pairs that
 * do not overlap are never made.
 * @example matchTimexes([{ start: 0, end: 6, type: 'DATE', value: 'x' }], [{ start: 3, end: 9, type: 'DATE', value: 'x' }]) // [[0, 0]]
 */
export const matchTimexes = (
  gold: readonly ScoredTimex[],
  predicted: readonly ScoredTimex[],
): Array<[number, number]> => {
  const candidates: Array<{ g: number; p: number; size: number }> = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const size = overlap(g, p);
      if (size > 0) candidates.push({ g: gi, p: pi, size });
    }),
  );
  candidates.sort(
    (a, b) =>
      b.size - a.size ||
      (gold[a.g]?.start ?? 0) - (gold[b.g]?.start ?? 0) ||
      (predicted[a.p]?.start ?? 0) - (predicted[b.p]?.start ?? 0),
  );
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const { g, p } of candidates) {
    if (usedGold.has(g) || usedPredicted.has(p)) continue;
    usedGold.add(g);
    usedPredicted.add(p);
    pairs.push([g, p]);
  }
  return pairs;
};

/** Gold and predicted expressions with identical spans, paired one to one. */
const strictMatches = (gold: readonly ScoredTimex[], predicted: readonly ScoredTimex[]): number => {
  const pool = new Map<string, number>();
  for (const p of predicted)
    pool.set(`${p.start}:${p.end}`, (pool.get(`${p.start}:${p.end}`) ?? 0) + 1);
  let n = 0;
  for (const g of gold) {
    const key = `${g.start}:${g.end}`;
    const left = pool.get(key) ?? 0;
    if (left > 0) {
      pool.set(key, left - 1);
      n++;
    }
  }
  return n;
};

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * FORMAT.md section 2's scores, micro-averaged over documents: relaxed F1 (a greedy one-to-one
 * match by overlap, any overlap counts), strict F1 (identical spans), value F1 (a relaxed match
 * counts only when the values are equal, as TempEval-3's), and the value accuracy of the relaxed
 * pairs whose gold type is DATE.
 * @example scoreTimexes([{ gold: [{ start: 0, end: 6, type: 'DATE', value: '2013' }], predicted: [{ start: 0, end: 6, type: 'DATE', value: '2013' }] }]).value_f1 // 1
 */
export const scoreTimexes = (documents: readonly TimexDocument[]): TimexScores => {
  let gold = 0;
  let predicted = 0;
  let relaxed = 0;
  let strict = 0;
  let value = 0;
  let datePairs = 0;
  let dateValue = 0;
  for (const doc of documents) {
    gold += doc.gold.length;
    predicted += doc.predicted.length;
    strict += strictMatches(doc.gold, doc.predicted);
    for (const [gi, pi] of matchTimexes(doc.gold, doc.predicted)) {
      const g = doc.gold[gi];
      const p = doc.predicted[pi];
      if (g === undefined || p === undefined) continue;
      relaxed++;
      const same = g.value === p.value;
      if (same) value++;
      if (g.type === 'DATE') {
        datePairs++;
        if (same) dateValue++;
      }
    }
  }
  const rp = ratio(relaxed, predicted);
  const rr = ratio(relaxed, gold);
  const sp = ratio(strict, predicted);
  const sr = ratio(strict, gold);
  const vp = ratio(value, predicted);
  const vr = ratio(value, gold);
  return {
    relaxed_f1: f1(rp, rr),
    strict_f1: f1(sp, sr),
    value_f1: f1(vp, vr),
    date_value_accuracy: ratio(dateValue, datePairs),
    relaxed_precision: rp,
    relaxed_recall: rr,
    strict_precision: sp,
    strict_recall: sr,
    value_precision: vp,
    value_recall: vr,
    gold,
    predicted,
    relaxed_matches: relaxed,
    strict_matches: strict,
    value_matches: value,
    date_pairs: datePairs,
    date_value_matches: dateValue,
  };
};
