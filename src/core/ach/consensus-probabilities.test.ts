import { describe, expect, it } from 'vitest';
import { consensusProbabilities } from './consensus-probabilities.js';
import { buildSet, twoAnalystSet } from './hypothesis-set.test-support.js';

describe('consensusProbabilities', () => {
  it('normalises per analyst, then averages over the analysts who gave any', () => {
    const [h1, h2, h3] = consensusProbabilities(twoAnalystSet());
    // ann 0.5, 0.3, 0.2 (sum 1) → unchanged.
    // bob 0.6, 0.6, — (sum 1.2) → 0.5, 0.5, 0 (H3 not given counts as 0).
    // cy 0, 0 (sum 0) → left out.
    expect(h1?.hypothesis).toBe('H1');
    expect(h1?.p).toBeCloseTo(0.5, 10); // (0.5 + 0.5) / 2
    expect(h2?.p).toBeCloseTo(0.4, 10); // (0.3 + 0.5) / 2
    expect(h3?.p).toBeCloseTo(0.1, 10); // (0.2 + 0) / 2
  });

  it('is empty when no analyst gave a usable probability', () => {
    const set = buildSet({
      hypotheses: ['H1'],
      evidence: [],
      matrix: {},
      probabilities: { cy: { H1: 0 } },
    });
    expect(consensusProbabilities(set)).toEqual([]);
  });

  it('normalises a single analyst', () => {
    const set = buildSet({
      hypotheses: ['H1', 'H2'],
      evidence: [],
      matrix: {},
      probabilities: { solo: { H1: 0.2, H2: 0.6 } },
    });
    // 0.2 / 0.8 = 0.25, 0.6 / 0.8 = 0.75
    const [h1, h2] = consensusProbabilities(set);
    expect(h1?.p).toBeCloseTo(0.25, 10);
    expect(h2?.p).toBeCloseTo(0.75, 10);
  });
});
