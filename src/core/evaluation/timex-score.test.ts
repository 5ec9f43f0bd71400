import { describe, expect, it } from 'vitest';
import { matchTimexes, scoreTimexes, type ScoredTimex } from './timex-score.js';

const t = (start: number, end: number, type: string, value: string): ScoredTimex => ({
  start,
  end,
  type,
  value,
});

describe('matchTimexes', () => {
  it('pairs the largest overlap first, one to one', () => {
    // Gold [0,10) overlaps predicted [0,4) by 4 and [2,10) by 8: [2,10) wins; [0,4) is left over.
    const gold = [t(0, 10, 'DATE', 'a')];
    const predicted = [t(0, 4, 'DATE', 'a'), t(2, 10, 'DATE', 'a')];
    expect(matchTimexes(gold, predicted)).toEqual([[0, 1]]);
  });

  it('breaks ties by the earliest gold start', () => {
    // Predicted [5,15) overlaps gold [0,10) by 5 and gold [10,20) by 5: the earlier gold takes it.
    expect(
      matchTimexes([t(10, 20, 'DATE', 'x'), t(0, 10, 'DATE', 'x')], [t(5, 15, 'DATE', 'x')]),
    ).toEqual([[1, 0]]);
  });

  it('never pairs expressions that only touch', () => {
    expect(matchTimexes([t(0, 5, 'DATE', 'x')], [t(5, 9, 'DATE', 'x')])).toEqual([]);
  });
});

describe('scoreTimexes', () => {
  it('computes relaxed, strict and value F1 and the DATE value accuracy, micro-averaged', () => {
    // Document 1: gold G1 [0,6) DATE 2013, G2 [10,20) DURATION P3M, G3 [30,36) DATE 2013-03-15.
    //   predicted P1 [0,6) DATE 2013        -> G1: strict, value equal
    //             P2 [12,20) DURATION P3M   -> G2: relaxed only, value equal
    //             P3 [30,36) DATE 2013-03-14 -> G3: strict, value wrong
    //             P4 [40,45) DATE PAST_REF  -> unmatched
    // Document 2: gold G4 [0,7) DATE PRESENT_REF; predicted nothing.
    // gold 4, predicted 4; relaxed 3, strict 2, value 2.
    // relaxed P = 3/4, R = 3/4, F1 = 0.75.  strict P = R = 2/4, F1 = 0.5.  value P = R = 2/4, F1 = 0.5.
    // DATE pairs: (G1,P1) equal, (G3,P3) wrong -> 1/2 = 0.5.
    const scores = scoreTimexes([
      {
        gold: [
          t(0, 6, 'DATE', '2013'),
          t(10, 20, 'DURATION', 'P3M'),
          t(30, 36, 'DATE', '2013-03-15'),
        ],
        predicted: [
          t(0, 6, 'DATE', '2013'),
          t(12, 20, 'DURATION', 'P3M'),
          t(30, 36, 'DATE', '2013-03-14'),
          t(40, 45, 'DATE', 'PAST_REF'),
        ],
      },
      { gold: [t(0, 7, 'DATE', 'PRESENT_REF')], predicted: [] },
    ]);
    expect(scores).toMatchObject({
      gold: 4,
      predicted: 4,
      relaxed_matches: 3,
      strict_matches: 2,
      value_matches: 2,
      date_pairs: 2,
      date_value_matches: 1,
      relaxed_precision: 0.75,
      relaxed_recall: 0.75,
      strict_precision: 0.5,
      strict_recall: 0.5,
      value_precision: 0.5,
      value_recall: 0.5,
      date_value_accuracy: 0.5,
    });
    expect(scores.relaxed_f1).toBeCloseTo(0.75, 10);
    expect(scores.strict_f1).toBeCloseTo(0.5, 10);
    expect(scores.value_f1).toBeCloseTo(0.5, 10);
  });

  it('gives unequal precision and recall their harmonic mean', () => {
    // gold 2, predicted 1, the one exact: P = 1, R = 1/2, F1 = 2 * 1 * 0.5 / 1.5 = 2/3.
    const scores = scoreTimexes([
      {
        gold: [t(0, 4, 'DATE', '1998'), t(8, 12, 'DATE', '1999')],
        predicted: [t(0, 4, 'DATE', '1998')],
      },
    ]);
    expect(scores.value_f1).toBeCloseTo(2 / 3, 10);
    expect(scores.strict_f1).toBeCloseTo(2 / 3, 10);
  });

  it('scores zero, not NaN, when nothing was predicted or annotated', () => {
    const scores = scoreTimexes([{ gold: [], predicted: [] }]);
    expect(scores.relaxed_f1).toBe(0);
    expect(scores.date_value_accuracy).toBe(0);
  });
});
