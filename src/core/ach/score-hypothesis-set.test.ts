import { describe, expect, it } from 'vitest';
import { scoreHypothesisSet } from './score-hypothesis-set.js';
import { buildSet, twoAnalystSet } from './hypothesis-set.test-support.js';

describe('scoreHypothesisSet', () => {
  const scores = scoreHypothesisSet(twoAnalystSet());

  it('has exactly the documented keys', () => {
    expect(Object.keys(scores)).toEqual([
      'hypotheses',
      'evidence',
      'cells',
      'probabilities',
      'sensitivity',
      'rankingWithoutLowCredibility',
    ]);
    expect(Object.keys(scores.hypotheses[0] ?? {})).toEqual([
      'id',
      'inconsistency',
      'weighted',
      'rank',
    ]);
  });

  it('scores and ranks the hypotheses in input order', () => {
    // Worked in hypothesis-scores.test.ts: H1 (2.5, 1 + 1.5/√2), H2 (1.5, 3), H3 (2, 4).
    const [h1, h2, h3] = scores.hypotheses;
    expect([h1?.id, h1?.rank, h2?.id, h2?.rank, h3?.id, h3?.rank]).toEqual([
      'H1',
      1,
      'H2',
      2,
      'H3',
      3,
    ]);
    expect(h1?.weighted).toBeCloseTo(1 + 1.5 / Math.SQRT2, 10);
    expect(h1?.inconsistency).toBeCloseTo(2.5, 10);
  });

  it('reports diagnosticity per evidence', () => {
    // Worked in diagnosticity.test.ts.
    const [e1, e2, e3] = scores.evidence;
    expect(e1?.id).toBe('E1');
    expect(e1?.diagnosticity).toBeCloseTo(Math.sqrt(31 / 18), 10);
    expect(e2?.diagnosticity).toBeCloseTo(Math.sqrt(19 / 18), 10);
    expect(e3?.diagnosticity).toBeCloseTo(1.25, 10);
  });

  it('lists every cell with a non-NA rating, with its disagreement', () => {
    // Scale values per cell (ann, bob); SD of two values a, b is |a − b| / 2.
    expect(scores.cells).toEqual([
      { evidence: 'E1', hypothesis: 'H1', disagreement: 0, level: 'consensus' }, // 1, 1
      { evidence: 'E1', hypothesis: 'H2', disagreement: 0.5, level: 'mild' }, // −1, −2
      { evidence: 'E1', hypothesis: 'H3', disagreement: 0, level: 'consensus' }, // −2, −2
      { evidence: 'E2', hypothesis: 'H1', disagreement: 0, level: 'consensus' }, // −1 alone
      { evidence: 'E2', hypothesis: 'H2', disagreement: 0, level: 'consensus' }, // 0, 0
      { evidence: 'E2', hypothesis: 'H3', disagreement: 0.5, level: 'mild' }, // 2, 1
      { evidence: 'E3', hypothesis: 'H1', disagreement: 0.5, level: 'mild' }, // −2, −1
      { evidence: 'E3', hypothesis: 'H2', disagreement: 0, level: 'consensus' }, // 1 alone
      // E3 × H3: NA from both → no cell
    ]);
  });

  it('includes probabilities, sensitivity and the ranking without Low credibility', () => {
    expect(scores.probabilities.map((p) => p.hypothesis)).toEqual(['H1', 'H2', 'H3']);
    expect(scores.probabilities[1]?.p).toBeCloseTo(0.4, 10); // (0.3 + 0.5) / 2
    expect(scores.sensitivity.map((s) => s.changesTop)).toEqual([true, false, false]);
    expect(scores.rankingWithoutLowCredibility.map((h) => h.rank)).toEqual([1, 2, 3]);
  });

  it('scores a set with a single analyst and no probabilities', () => {
    const single = scoreHypothesisSet(
      buildSet({
        hypotheses: ['H1', 'H2'],
        evidence: [{ id: 'E1' }],
        matrix: { solo: { E1: ['C', 'II'] } },
      }),
    );
    // H1: 0 points; H2: II → 2, weight 1. Diagnosticity: means 1 and −2, μ −1/2, SD 3/2.
    expect(single.hypotheses).toEqual([
      { id: 'H1', inconsistency: 0, weighted: 0, rank: 1 },
      { id: 'H2', inconsistency: 2, weighted: 2, rank: 2 },
    ]);
    expect(single.evidence).toEqual([{ id: 'E1', diagnosticity: 1.5 }]);
    expect(single.cells.map((c) => [c.disagreement, c.level])).toEqual([
      [0, 'consensus'],
      [0, 'consensus'],
    ]);
    expect(single.probabilities).toEqual([]);
    // Without E1 both score 0 and tie at rank 1: top {H1} → {H1, H2}.
    expect(single.sensitivity).toEqual([{ evidence: 'E1', changesTop: true }]);
  });
});
