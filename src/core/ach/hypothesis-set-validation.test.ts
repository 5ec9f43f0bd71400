import { describe, expect, it } from 'vitest';
import type { AnalystId, HypothesisId, HypothesisSet } from './hypothesis-set.js';
import { validateHypothesisSet } from './hypothesis-set-validation.js';
import { twoAnalystSet } from './hypothesis-set.test-support.js';

describe('validateHypothesisSet', () => {
  const set = twoAnalystSet();

  it('accepts a consistent set', () => {
    expect(validateHypothesisSet(set)).toBe(set);
  });

  it.each<[string, HypothesisSet, string]>([
    [
      'an unknown hypothesis',
      {
        ...set,
        ratings: [...set.ratings, { ...set.ratings[0]!, hypothesis: 'H9' as HypothesisId }],
      },
      'ratings[18].hypothesis: unknown hypothesis "H9"',
    ],
    [
      'a second rating of a cell by the same analyst',
      { ...set, ratings: [...set.ratings, set.ratings[0]!] },
      'ratings[18]: analyst "ann" already rated evidence "E1" against hypothesis "H1"',
    ],
    [
      'a duplicate hypothesis id',
      { ...set, hypotheses: [...set.hypotheses, set.hypotheses[0]!] },
      'hypotheses[3].id: duplicate id "H1"',
    ],
    [
      'a probability above 1',
      {
        ...set,
        probabilities: [{ analyst: 'ann' as AnalystId, hypothesis: 'H1' as HypothesisId, p: 1.5 }],
      },
      'probabilities[0].p: 1.5 is not a probability in [0, 1]',
    ],
  ])('rejects %s', (_name, bad, message) => {
    expect(() => validateHypothesisSet(bad)).toThrow(message);
  });
});
