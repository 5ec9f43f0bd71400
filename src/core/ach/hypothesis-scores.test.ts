import { describe, expect, it } from 'vitest';
import { scoreHypotheses } from './hypothesis-scores.js';
import { buildSet, twoAnalystSet } from './hypothesis-set.test-support.js';

describe('scoreHypotheses', () => {
  it('averages inconsistency points over the non-NA ratings and weights them', () => {
    const [h1, h2, h3] = scoreHypotheses(twoAnalystSet());
    // Cell points (mean over non-NA ratings, I = 1, II = 2, others 0):
    //   E1: H1 (C,C) 0     H2 (I,II) 1.5   H3 (II,II) 2
    //   E2: H1 (I,NA) 1    H2 (N,N) 0      H3 (CC,C) 0
    //   E3: H1 (II,I) 1.5  H2 (C,NA) 0     H3 (NA,NA) no rating → 0
    // Weights: E1 2, E2 1, E3 1/√2.
    expect(h1?.id).toBe('H1');
    expect(h1?.inconsistency).toBeCloseTo(2.5, 10); // 0 + 1 + 1.5
    expect(h1?.weighted).toBeCloseTo(1 + 1.5 / Math.SQRT2, 10); // 2·0 + 1·1 + 1.5/√2 ≈ 2.0607
    expect(h2?.inconsistency).toBeCloseTo(1.5, 10); // 1.5 + 0 + 0
    expect(h2?.weighted).toBeCloseTo(3, 10); // 2·1.5
    expect(h3?.inconsistency).toBeCloseTo(2, 10); // 2 + 0 + 0
    expect(h3?.weighted).toBeCloseTo(4, 10); // 2·2
  });

  it('ignores consistent evidence and scores an unrated hypothesis 0', () => {
    const set = buildSet({
      hypotheses: ['H1', 'H2'],
      evidence: [{ id: 'E1' }, { id: 'E2' }],
      matrix: { solo: { E1: ['CC', 'NA'], E2: ['C', 'NA'] } },
    });
    // H1: CC and C give 0 points each; H2: only NA → 0.
    expect(scoreHypotheses(set)).toEqual([
      { id: 'H1', inconsistency: 0, weighted: 0 },
      { id: 'H2', inconsistency: 0, weighted: 0 },
    ]);
  });
});
