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

// 2013-03-20 is a Wednesday, in ISO week 12.
const PUBLISHED = '2013-03-20';

describe('findTimeExpressions: weekends', () => {
  it('writes a named weekend as the weekend of its week (2013-W11-WE)', () => {
    expect(read('The ferry service was suspended last weekend.', PUBLISHED)).toEqual([
      ['last weekend', 'DATE', '2013-W11-WE'],
    ]);
    expect(read('Crowds gathered in the square this past weekend.', PUBLISHED)).toEqual([
      ['this past weekend', 'DATE', '2013-W11-WE'],
    ]);
    expect(read('The mayor will open the bridge next weekend.', PUBLISHED)).toEqual([
      ['next weekend', 'DATE', '2013-W13-WE'],
    ]);
  });
});

describe('findTimeExpressions: quarters and halves', () => {
  it('counts "of last year" and "last year\'s" from publication, not from the report\'s quarter', () => {
    // In March, "the third quarter" alone would be last year's; "of last year" says so itself.
    expect(read('Exports slowed in the second half of last year.', PUBLISHED)).toEqual([
      ['the second half of last year', 'DATE', '2012-H2'],
    ]);
    expect(read("The mill reopened in last year's fourth quarter.", PUBLISHED)).toEqual([
      ["last year's fourth quarter", 'DATE', '2012-Q4'],
    ]);
    expect(read("The chain expects a rebound in this year's fourth quarter.", PUBLISHED)).toEqual([
      ["this year's fourth quarter", 'DATE', '2013-Q4'],
    ]);
  });

  it('joins a quarter and the year written after it or before it', () => {
    expect(read('Orders rose in the fourth quarter, 2011, the bank said.', PUBLISHED)).toEqual([
      ['the fourth quarter, 2011', 'DATE', '2011-Q4'],
    ]);
    expect(read('Orders rose in the first quarter 2012 and then fell.', PUBLISHED)).toEqual([
      ['the first quarter 2012', 'DATE', '2012-Q1'],
    ]);
    expect(read("Margins recovered in 2011's third quarter.", PUBLISHED)).toEqual([
      ["2011's third quarter", 'DATE', '2011-Q3'],
    ]);
  });

  it('reads "last quarter" without an article as the quarter before publication', () => {
    expect(read('The carrier lost money last quarter.', PUBLISHED)).toEqual([
      ['last quarter', 'DATE', '2012-Q4'],
    ]);
    // "last year's last quarter" is the fourth of the year before.
    expect(read("The carrier lost money in last year's last quarter.", PUBLISHED)).toEqual([
      ["last year's last quarter", 'DATE', '2012-Q4'],
    ]);
  });
});

describe('findTimeExpressions: days counted from a named day', () => {
  it('counts days, weeks and months before or after a holiday, a date or a weekday', () => {
    expect(read('The shop closed three days before Christmas.', PUBLISHED)).toEqual([
      ['three days before Christmas', 'DATE', '2012-12-22'],
    ]);
    expect(read('The union walked out two weeks after Thanksgiving.', PUBLISHED)).toEqual([
      ['two weeks after Thanksgiving', 'DATE', '2012-12-06'],
    ]);
    expect(read('The rebels withdrew ten days after Jan. 5.', PUBLISHED)).toEqual([
      ['ten days after Jan. 5', 'DATE', '2013-01-15'],
    ]);
    expect(read('She resigned a month after Nov. 30, 2011.', PUBLISHED)).toEqual([
      ['a month after Nov. 30, 2011', 'DATE', '2011-12-30'],
    ]);
    expect(read('The board met two days before last Tuesday.', PUBLISHED)).toEqual([
      ['two days before last Tuesday', 'DATE', '2013-03-17'],
    ]);
  });

  it('reads "the day after" a written date as one date in the right year', () => {
    expect(read('Police arrived the day after Feb. 14.', PUBLISHED)).toEqual([
      ['the day after Feb. 14', 'DATE', '2013-02-15'],
    ]);
  });

  it('leaves "the days before" a day to the day alone', () => {
    expect(read('Shoppers crowded the malls in the days before Christmas.', PUBLISHED)).toEqual([
      ['Christmas', 'DATE', '2012-12-25'],
    ]);
  });

  it('reads no day from a fractional count, and returns', () => {
    const found = read('They met 1.5 months after Jan. 15, 2012.', PUBLISHED);
    expect(found.map(([, , value]) => value)).not.toContain('2012-02-29');
    expect(found).toContainEqual(['Jan. 15, 2012', 'DATE', '2012-01-15']);
  });

  it('still reads a count before an event as a duration', () => {
    expect(read('The rebels withdrew three days after the vote.', PUBLISHED)).toEqual([
      ['three days', 'DURATION', 'P3D'],
    ]);
  });
});

describe('findTimeExpressions: day lists and holidays', () => {
  it('reads the year after two days written without a comma, and keeps an ordinal suffix', () => {
    expect(read('The fair ran March 7th-11th 1987 in Ohio.', PUBLISHED)).toEqual([
      ['March 7th', 'DATE', '1987-03-07'],
      ['11th 1987', 'DATE', '1987-03-11'],
    ]);
  });

  it('reads "Mar", "Jun" and "Jul" without a full stop as months beside a number', () => {
    expect(read('The merger closed on 2 Mar 2012.', PUBLISHED)).toEqual([
      ['2 Mar 2012', 'DATE', '2012-03-02'],
    ]);
  });

  it('finds Easter, Good Friday and other yearly holidays, and the week of one', () => {
    expect(read('Pilgrims filled the town at Easter.', '2016-06-01')).toEqual([
      ['Easter', 'DATE', '2016-03-27'],
    ]);
    expect(read('The strike began on Good Friday 2011.', PUBLISHED)).toEqual([
      ['Good Friday 2011', 'DATE', '2011-04-22'],
    ]);
    expect(read('Veterans gathered downtown on Veterans Day.', PUBLISHED)).toEqual([
      ['Veterans Day', 'DATE', '2012-11-11'],
    ]);
    expect(read('Sales slumped in Christmas week.', PUBLISHED)).toEqual([
      ['Christmas week', 'DATE', '2012-W52'],
    ]);
    // Written on the Monday of Easter week 2016 (Easter Sunday was March 27): that week, not the
    // year before's.
    expect(read('Pilgrims prayed as Easter week began.', '2016-03-21')).toEqual([
      ['Easter week', 'DATE', '2016-W12'],
    ]);
    // Looking ahead, the coming one: Christmas 2014 fell in the week of publication.
    expect(read('Shoppers will crowd the malls in Christmas week.', '2014-12-22')).toEqual([
      ['Christmas week', 'DATE', '2014-W52'],
    ]);
    expect(read('The ship sailed on to Easter Island.', PUBLISHED)).toEqual([]);
    // Not cut back to "Easter" when what follows the whole name is excluded.
    expect(read('Crowds lined the Easter Sunday parade.', '2016-06-01')).toEqual([
      ['Easter Sunday', 'DATE', '2016-03-27'],
    ]);
    // A curly apostrophe as well as a straight one.
    expect(read('Florists sold out before Mother’s Day.', PUBLISHED)).toEqual([
      ['Mother’s Day', 'DATE', '2012-05-13'],
    ]);
  });

  it('reads "current year" without an article as the year of publication', () => {
    expect(read('Current year sales are expected to rise.', PUBLISHED)).toEqual([
      ['Current year', 'DATE', '2013'],
    ]);
  });

  it("keeps the last half of a decade in the decade's span", () => {
    expect(read('Growth stalled in the last half of the 1980s.', PUBLISHED)).toEqual([
      ['the last half of the 1980s', 'DATE', '198'],
    ]);
  });
});
