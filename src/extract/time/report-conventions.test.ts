import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../core/partial-date.js';
import { findTimeExpressions } from './find-time-expressions.js';

/** The expressions of a text as [surface, type, value] for compact assertions. */
const read = (text: string, published: string): Array<[string, string, string]> =>
  findTimeExpressions(text, published as IsoDate).map((e) => [
    text.slice(e.start, e.end),
    e.type,
    e.value,
  ]);

const valueOf = (text: string, published: string, surface: string): string | undefined =>
  read(text, published).find(([s]) => s === surface)?.[2];

describe('findTimeExpressions: the quarter a report is about', () => {
  it('keeps the reported quarter when a later, unfinished quarter is forecast', () => {
    const text =
      'Acme posted lower third-quarter profit. Analysts expect weakness to last into the fourth quarter. In the year-ago period, Acme earned $5 million.';
    expect(read(text, '2014-10-22')).toEqual([
      ['third-quarter', 'DATE', '2014-Q3'],
      ['the fourth quarter', 'DATE', '2014-Q4'],
      ['the year-ago period', 'DATE', '2013-Q3'],
    ]);
  });

  it('still takes an unfinished quarter as the report’s own when it is the first named', () => {
    // A fiscal quarter may end before the calendar one does.
    const text =
      'Bolt Inc. said profit for its fourth quarter ended Sept. 30 doubled from a year earlier.';
    expect(valueOf(text, '2014-11-03', 'a year earlier')).toBe('2013-Q4');
  });

  it('reads a period named by its year as that year once the report has left its quarter', () => {
    const text =
      'Acme posted a third-quarter loss. For the first nine months, it earned $12 million, against $9 million in the 2013 period.';
    expect(valueOf(text, '2014-10-22', 'the 2013 period')).toBe('2013');
    const quarterly = 'Acme posted a third-quarter loss, after a profit in the 2013 period.';
    expect(valueOf(quarterly, '2014-10-22', 'the 2013 period')).toBe('2013-Q3');
  });
});

describe('findTimeExpressions: rates and vague spans', () => {
  it('reads "a year" after a quantity as the unit of a rate, no time expression', () => {
    expect(read('The plan should save the company $40 million a year.', '2014-05-02')).toEqual([]);
    expect(read('The airline adds three flights a week to Lima.', '2014-05-02')).toEqual([]);
    expect(read('Guards watch the gate 24 hours a day.', '2014-05-02')).toEqual([
      ['24 hours', 'DURATION', 'PT24H'],
    ]);
  });

  it('still reads "a year" as a span where no quantity comes before it', () => {
    expect(read('The inquiry should end within a year.', '2014-05-02')).toEqual([
      ['a year', 'DURATION', 'P1Y'],
    ]);
    expect(
      valueOf('Sales rose 4% from $2 million a year earlier.', '2014-05-02', 'a year earlier'),
    ).toBe('2013');
  });

  it('reads "recent years" and "past years" as the past in general', () => {
    expect(read('Tourism has grown fast in recent years.', '2014-05-02')).toEqual([
      ['recent years', 'DATE', 'PAST_REF'],
    ]);
    expect(read('Floods were worse in past years.', '2014-05-02')).toEqual([
      ['past years', 'DATE', 'PAST_REF'],
    ]);
    expect(read('Prices fell in recent weeks.', '2014-05-02')).toEqual([
      ['recent weeks', 'DURATION', 'PXW'],
    ]);
    expect(read('Prices fell over the past two years.', '2014-05-02')).toEqual([
      ['the past two years', 'DURATION', 'P2Y'],
    ]);
  });

  it('reads "this century" as a span of a hundred years', () => {
    expect(read('It was the worst flood of this century.', '2014-05-02')).toEqual([
      ['this century', 'DURATION', 'P100Y'],
    ]);
  });
});
