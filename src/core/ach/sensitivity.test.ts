import { describe, expect, it } from 'vitest';
import {
  evidenceSensitivity,
  rankingWithoutLowCredibility,
  withoutEvidence,
} from './sensitivity.js';
import { buildSet, twoAnalystSet } from './hypothesis-set.test-support.js';

describe('evidenceSensitivity', () => {
  it('flags the evidence whose removal changes the top-ranked set', () => {
    // With all evidence: weighted H1 1 + 1.5/√2 ≈ 2.06, H2 3, H3 4 → top {H1}.
    // Without E1: H1 ≈ 2.06 (inc 2.5), H2 0 (inc 0), H3 0 (inc 0) → top {H2, H3}: changed.
    // Without E2: H1 1.5/√2 ≈ 1.06, H2 3, H3 4 → top {H1}: unchanged.
    // Without E3: H1 1, H2 3, H3 4 → top {H1}: unchanged.
    expect(evidenceSensitivity(twoAnalystSet())).toEqual([
      { evidence: 'E1', changesTop: true },
      { evidence: 'E2', changesTop: false },
      { evidence: 'E3', changesTop: false },
    ]);
  });

  it('counts a change from a tie to a single leader as a change', () => {
    // H1: E1 I → inc 1, w 1. H2: E2 I → inc 1, w 1. Top {H1, H2}.
    // Without E1: H1 0, H2 1 → top {H1}. Without E2: top {H2}.
    const set = buildSet({
      hypotheses: ['H1', 'H2'],
      evidence: [{ id: 'E1' }, { id: 'E2' }, { id: 'E3' }],
      matrix: { solo: { E1: ['I', 'C'], E2: ['C', 'I'], E3: ['N', 'N'] } },
    });
    expect(evidenceSensitivity(set).map((s) => s.changesTop)).toEqual([true, true, false]);
  });
});

describe('rankingWithoutLowCredibility', () => {
  it('ranks without the Low-credibility evidence (E3)', () => {
    const [h1, h2, h3] = rankingWithoutLowCredibility(twoAnalystSet());
    // E1 (weight 2) and E2 (weight 1) only:
    // H1: inc 0 + 1 = 1, w 1 → rank 1; H2: inc 1.5, w 3 → 2; H3: inc 2, w 4 → 3.
    expect([h1?.inconsistency, h1?.weighted, h1?.rank]).toEqual([1, 1, 1]);
    expect([h2?.inconsistency, h2?.weighted, h2?.rank]).toEqual([1.5, 3, 2]);
    expect([h3?.inconsistency, h3?.weighted, h3?.rank]).toEqual([2, 4, 3]);
  });
});

describe('withoutEvidence', () => {
  it('drops the evidence and its ratings', () => {
    const set = withoutEvidence(twoAnalystSet(), (e) => e.id === 'E2');
    expect(set.evidence.map((e) => e.id)).toEqual(['E1', 'E3']);
    expect(set.ratings.some((r) => r.evidence === 'E2')).toBe(false);
    expect(set.ratings).toHaveLength(12); // 2 analysts × 2 evidence × 3 hypotheses
  });
});
