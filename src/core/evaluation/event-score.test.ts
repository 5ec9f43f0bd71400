import { describe, expect, it } from 'vitest';
import { scoreEvents, type ScoredEvent } from './event-score.js';

const e = (type: string, source: string[] = [], target: string[] = []): ScoredEvent => ({
  type,
  cameo: null,
  source,
  target,
});

describe('scoreEvents', () => {
  it('computes type, source and target accuracy and macro-F1 over sentences', () => {
    // S1: gold ACCUSE IRN→USA; predicted ACCUSE IRN→USA and THREATEN IRN: type right, source
    //     right, target right; THREATEN is a false positive.
    // S2: gold REJECT PSE→USA; predicted REJECT ?→USA: type right, source wrong, target right.
    // S3: gold ASSAULT ISR→PSE; predicted COERCE ISR→PSE: type wrong (a miss and a false positive).
    // S4: no gold event; predicted PROTEST: a false positive, outside type accuracy.
    // S5: gold AGREE USA+JOR; predicted AGREE USA→JOR: type right, source wrong (JOR is not a
    //     predicted source), target right (the gold has none).
    // type accuracy = 3 / 4; source accuracy = 1 / 3; target accuracy = 3 / 3.
    // F1: ACCUSE 1, THREATEN 0, REJECT 1, ASSAULT 0, COERCE 0, PROTEST 0, AGREE 1 → 3 / 7.
    const scores = scoreEvents([
      {
        gold: [e('ACCUSE', ['IRN'], ['USA'])],
        predicted: [e('ACCUSE', ['IRN'], ['USA']), e('THREATEN', ['IRN'])],
      },
      { gold: [e('REJECT', ['PSE'], ['USA'])], predicted: [e('REJECT', [], ['USA'])] },
      { gold: [e('ASSAULT', ['ISR'], ['PSE'])], predicted: [e('COERCE', ['ISR'], ['PSE'])] },
      { gold: [], predicted: [e('PROTEST', ['FRA'], ['FRA'])] },
      { gold: [e('AGREE', ['USA', 'JOR'])], predicted: [e('AGREE', ['USA'], ['JOR'])] },
    ]);
    expect(scores.type_accuracy).toBeCloseTo(0.75, 10);
    expect(scores.source_accuracy).toBeCloseTo(1 / 3, 10);
    expect(scores.target_accuracy).toBe(1);
    expect(scores.macro_f1).toBeCloseTo(3 / 7, 10);
    expect(scores).toMatchObject({
      sentences: 5,
      sentences_with_events: 4,
      type_correct: 3,
      source_correct: 1,
      target_correct: 3,
      gold_events: 4,
      predicted_events: 6,
      macro_types: 7,
      f1_ACCUSE: 1,
      f1_THREATEN: 0,
      f1_PROTEST: 0,
    });
    expect(scores).not.toHaveProperty('f1_SANCTION');
  });

  it('counts a type once per sentence, whatever the number of its events', () => {
    // ACCUSE: S1 found (tp), S2 missed (fn), S3 predicted without gold (fp): P = R = 1/2, F1 = 1/2.
    // REJECT: S3 missed (fn): F1 = 0. Macro = (1/2 + 0) / 2 = 1/4.
    // Type accuracy: S1 right, S2 wrong, S3 wrong → 1/3.
    const scores = scoreEvents([
      { gold: [e('ACCUSE')], predicted: [e('ACCUSE'), e('ACCUSE')] },
      { gold: [e('ACCUSE')], predicted: [] },
      { gold: [e('REJECT')], predicted: [e('ACCUSE')] },
    ]);
    expect(scores.f1_ACCUSE).toBeCloseTo(0.5, 10);
    expect(scores.macro_f1).toBeCloseTo(0.25, 10);
    expect(scores.type_accuracy).toBeCloseTo(1 / 3, 10);
  });

  it('takes source and target codes from the predicted events of the gold types only', () => {
    // The THREATEN event names IRN as its source, but the gold event is an ACCUSE.
    const scores = scoreEvents([
      {
        gold: [e('ACCUSE', ['IRN'])],
        predicted: [e('ACCUSE', [], ['USA']), e('THREATEN', ['IRN'])],
      },
    ]);
    expect(scores.type_accuracy).toBe(1);
    expect(scores.source_accuracy).toBe(0);
  });

  it('scores nothing as zero rather than dividing by zero', () => {
    expect(scoreEvents([])).toMatchObject({
      type_accuracy: 0,
      macro_f1: 0,
      source_accuracy: 0,
      target_accuracy: 0,
      macro_types: 0,
    });
  });

  it('leaves types outside the sixteen out of the macro average', () => {
    const scores = scoreEvents([{ gold: [e('AGREE')], predicted: [e('AGREE'), e('DISAPPROVE')] }]);
    expect(scores.macro_f1).toBe(1);
    expect(scores.macro_types).toBe(1);
  });
});
