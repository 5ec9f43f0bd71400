import { describe, expect, it } from 'vitest';
import type { HypothesisId } from './hypothesis-set.js';
import { rankHypotheses, topHypotheses } from './hypothesis-ranking.js';
import { scoreHypotheses } from './hypothesis-scores.js';
import { buildSet, twoAnalystSet } from './hypothesis-set.test-support.js';

const score = (id: string, inconsistency: number, weighted: number) => ({
  id: id as HypothesisId,
  inconsistency,
  weighted,
});

describe('rankHypotheses', () => {
  it('ranks by weighted score ascending', () => {
    // Weighted 2.0607 (H1) < 3 (H2) < 4 (H3).
    const ranked = rankHypotheses(scoreHypotheses(twoAnalystSet()));
    expect(ranked.map((h) => [h.id, h.rank])).toEqual([
      ['H1', 1],
      ['H2', 2],
      ['H3', 3],
    ]);
  });

  it('uses competition ranking for full ties (1, 1, 3)', () => {
    const ranked = rankHypotheses([score('A', 1, 2), score('B', 1, 2), score('C', 0, 3)]);
    expect(ranked.map((h) => h.rank)).toEqual([1, 1, 3]);
    expect([...topHypotheses(ranked)]).toEqual(['A', 'B']);
  });

  it('breaks a weighted tie by inconsistency and treats float noise as a tie', () => {
    // One analyst. Weights: E1 High·High = 2, E2 Medium·Medium = 1, E3 Low·Low = 1/2,
    // E4 High·Low = √2·(1/√2) = 1 up to rounding.
    const set = buildSet({
      hypotheses: ['H1', 'H2', 'H3', 'H4'],
      evidence: [
        { id: 'E1', credibility: 'High', relevance: 'High' },
        { id: 'E2' },
        { id: 'E3', credibility: 'Low', relevance: 'Low' },
        { id: 'E4', credibility: 'High', relevance: 'Low' },
      ],
      matrix: {
        solo: {
          E1: ['I', 'N', 'N', 'N'],
          E2: ['N', 'II', 'N', 'N'],
          E3: ['N', 'N', 'II', 'N'],
          E4: ['N', 'N', 'N', 'II'],
        },
      },
    });
    // H1: inc 1, w 2·1 = 2;  H2: inc 2, w 1·2 = 2;  H3: inc 2, w ½·2 = 1;  H4: inc 2, w ≈ 1·2 = 2.
    // H3 is first (w 1); H1 next (w 2, inc 1); H2 and H4 tie (w 2, inc 2) and share rank 3.
    const ranked = rankHypotheses(scoreHypotheses(set));
    expect(ranked.map((h) => h.rank)).toEqual([2, 3, 1, 3]);
    expect(ranked[3]?.weighted).toBeCloseTo(2, 10);
  });
});
