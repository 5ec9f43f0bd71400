import { describe, expect, it } from 'vitest';
import { evaluateTime, goldTimeRecord } from './time-evaluation.js';

describe('goldTimeRecord', () => {
  it('accepts a record with a null publication date and rejects one without timexes', () => {
    expect(
      goldTimeRecord.safeParse({ id: 'a', published: null, text: 'x', timexes: [] }).success,
    ).toBe(true);
    expect(goldTimeRecord.safeParse({ id: 'a', published: null, text: 'x' }).success).toBe(false);
  });
});

describe('evaluateTime', () => {
  it('finds the expressions of each record against its publication date and scores them', () => {
    // 2013-03-20 is a Wednesday: "Friday" in a past report is 2013-03-15.
    const text = 'The talks collapsed on Friday and resumed last month.';
    const fri = text.indexOf('Friday');
    const month = text.indexOf('last month');
    const { scores, predictions } = evaluateTime([
      {
        id: 'doc-1',
        published: '2013-03-20',
        text,
        timexes: [
          { start: fri, end: fri + 6, type: 'DATE', value: '2013-03-15' },
          { start: month, end: month + 10, type: 'DATE', value: '2013-01' },
        ],
      },
    ]);
    expect(predictions).toEqual([
      {
        id: 'doc-1',
        timexes: [
          { start: fri, end: fri + 6, type: 'DATE', value: '2013-03-15' },
          { start: month, end: month + 10, type: 'DATE', value: '2013-02' },
        ],
      },
    ]);
    // Two exact spans, one value wrong: relaxed = strict = 1, value P = R = 1/2.
    expect(scores).toMatchObject({
      relaxed_f1: 1,
      strict_f1: 1,
      value_f1: 0.5,
      date_value_accuracy: 0.5,
    });
  });
});
