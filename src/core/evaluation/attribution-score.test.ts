import { describe, expect, it } from 'vitest';
import type { Span } from '../span.js';
import { dateCorrect, scoreAttributions, type ScoredAttribution } from './attribution-score.js';
import { greedyMatch, jaccard, offsetSet } from './offset-set.js';

//            0         1         2         3         4         5         6
//            0123456789012345678901234567890123456789012345678901234567890123
const text = 'Ali said “we will not talk now”. Bob said the door is open today.';
// Letters of "we will not talk now" (10..29): w10 e11 w13 i14 l15 l16 n18 o19 t20 t22 a23 l24 k25 n27 o28 w29 = 16 offsets.
// Letters of "the door is open today" (41..62): 18 offsets.

const span = (start: number, end: number): Span => ({ start, end });
const att = (
  content: Span[],
  source: Span[] = [],
  speaker: string | null = null,
  saidOn: string | null = null,
  speakerAliases: string[] = [],
): ScoredAttribution => ({
  content,
  source,
  speaker,
  saidOn,
  speakerAliases,
});

describe('offsetSet and jaccard', () => {
  it('leave out white space and punctuation', () => {
    expect(offsetSet(text, [span(9, 31)]).size).toBe(16); // the quote marks and spaces drop out
    expect(offsetSet(text, [span(10, 30)])).toEqual(offsetSet(text, [span(9, 32)]));
  });

  it('is the share of offsets in common', () => {
    // "we will not talk" (10..26) has 2+4+3+4 = 13 letters, all inside the 16 of the whole quote: 13/16.
    expect(jaccard(offsetSet(text, [span(10, 26)]), offsetSet(text, [span(10, 30)]))).toBe(13 / 16);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});

describe('greedyMatch', () => {
  it('pairs one to one, highest score first', () => {
    // gold 0 prefers p0 (0.9) but gold 1 has p0 at 0.95: gold 1 takes p0, gold 0 falls back to p1.
    expect(
      greedyMatch([
        [0.9, 0.6],
        [0.95, 0.1],
      ]),
    ).toEqual([
      { gold: 1, predicted: 0, score: 0.95 },
      { gold: 0, predicted: 1, score: 0.6 },
    ]);
  });
});

describe('scoreAttributions', () => {
  it('counts F1@0.5, exact F1, speaker, date and end-to-end as FORMAT.md defines', () => {
    const gold = [
      att([span(10, 30)], [span(0, 3)], 'Ali Khamenei', '2025-02-07'),
      att([span(41, 63)], [span(33, 36)], null, '2025-02'),
    ];
    const predicted = [
      // exact match (1.0), source "Ali" overlaps, date right.
      att([span(9, 31)], [span(0, 3)], 'Ali Khamenei', '2025-02-07'),
      // "the door is open" (41..57) = 13 of 18 letters: 13/18 = 0.722 → counts at 0.5, not exact;
      // no source, speaker "Robert" ≠ null gold speaker → speaker wrong; date 2025-02-06 cut to 2025-02 → right.
      att([span(41, 57)], [], 'Robert', '2025-02-06'),
      // a false positive with no overlap.
      att([span(0, 3)]),
    ];
    const scores = scoreAttributions([{ text, gold, predicted }]);
    // matched_05 = 2, predicted = 3, gold = 2: P = 2/3, R = 1, F1 = 2·(2/3)/(5/3) = 0.8.
    expect(scores.precision_05).toBeCloseTo(2 / 3, 10);
    expect(scores.recall_05).toBe(1);
    expect(scores.f1_05).toBeCloseTo(0.8, 10);
    // exact: 1 matched: P = 1/3, R = 1/2, F1 = 2·(1/6)/(5/6) = 0.4.
    expect(scores.exact_f1).toBeCloseTo(0.4, 10);
    // speaker: both golds have a source → 2 judged, 1 right.
    expect(scores.speaker_accuracy).toBe(0.5);
    expect(scores.date_accuracy).toBe(1);
    // end-to-end: 1 pair counts: P = 1/3, R = 1/2 → 0.4.
    expect(scores.end_to_end_f1).toBeCloseTo(0.4, 10);
    expect(scores).toMatchObject({
      gold: 2,
      predicted: 3,
      matched_05: 2,
      matched_exact: 1,
      speaker_judged: 2,
      speaker_correct: 1,
      date_judged: 2,
      date_correct: 2,
    });
  });

  it('accepts a speaker by canonical name or alias, case-insensitively, when source spans do not overlap', () => {
    const gold = [att([span(10, 30)], [], 'khamenei')];
    const predicted = [att([span(10, 30)], [span(33, 36)], 'Ali Khamenei', null, ['Khamenei'])];
    expect(scoreAttributions([{ text, gold, predicted }]).speaker_accuracy).toBe(1);
  });

  it('sums counts over documents before dividing (micro-average)', () => {
    const one = { text, gold: [att([span(10, 30)])], predicted: [att([span(10, 30)])] };
    const none = {
      text,
      gold: [att([span(41, 63)]), att([span(0, 3)]), att([span(33, 40)])],
      predicted: [],
    };
    // 1 matched of 1 predicted and 4 gold: F1 = 2·1·0.25/1.25 = 0.4 (a macro average would give 0.5).
    expect(scoreAttributions([one, none]).f1_05).toBeCloseTo(0.4, 10);
  });
});

describe('dateCorrect', () => {
  it.each([
    ['2025-02-07', '2025-02-07', true],
    ['2025-02-07', '2025-02', true],
    ['2025-02', '2025-02-07', false],
    ['2025-03-01', '2025-02', false],
    [null, '2025', false],
  ])('%s for gold %s → %s', (p, g, expected) => {
    expect(dateCorrect(p, g)).toBe(expected);
  });
});
