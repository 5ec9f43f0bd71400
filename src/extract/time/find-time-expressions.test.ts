import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../core/partial-date.js';
import { findTimeExpressions } from './find-time-expressions.js';
import type { TimeExpression } from './time-expression.js';

const on = (date: string): IsoDate => date as IsoDate;

/** The expressions of a text as [surface, type, value, method] for compact assertions. */
const read = (
  text: string,
  published: string | null,
): Array<[string, string, string, string | null]> =>
  findTimeExpressions(text, published === null ? null : on(published)).map((e: TimeExpression) => [
    text.slice(e.start, e.end),
    e.type,
    e.value,
    e.method,
  ]);

const only = (text: string, published: string | null): [string, string, string, string | null] => {
  const found = read(text, published);
  expect(found).toHaveLength(1);
  return found[0] ?? ['', '', '', null];
};

describe('findTimeExpressions: past-leaning resolution', () => {
  // 2013-03-20 is a Wednesday.
  it('reads a weekday in a past-tense report as the one before publication, without the preposition', () => {
    expect(only('The minister resigned on Tuesday amid protests.', '2013-03-20')).toEqual([
      'Tuesday',
      'DATE',
      '2013-03-19',
      'relative_to_publication',
    ]);
    expect(only('The council voted on Thursday to close the plant.', '2013-03-20')).toEqual([
      'Thursday',
      'DATE',
      '2013-03-14',
      'relative_to_publication',
    ]);
  });

  it('reads a weekday as the next one when the clause is about the future', () => {
    expect(only('The council will vote on Thursday.', '2013-03-20')[2]).toBe('2013-03-21');
    expect(only('Officials said they would meet next Tuesday.', '2013-03-20')).toEqual([
      'next Tuesday',
      'DATE',
      '2013-03-26',
      'relative_to_publication',
    ]);
  });

  it('reads "last July" and a month-day without a year against the publication date', () => {
    expect(only('Prices peaked last July.', '2013-03-20')[2]).toBe('2012-07');
    expect(only('The fund was launched January 17.', '2013-02-05')).toEqual([
      'January 17',
      'DATE',
      '2013-01-17',
      'relative_to_publication',
    ]);
  });

  // The rule (resolve-calendar.ts, yearFor): a past clause takes the most recent such day on or
  // before publication (with two days' slack), a future clause the next, a clause without a cue
  // the nearest; but a tense cue never carries a date more than ten months away, as a news text
  // names the year of a date so far off.
  it('reads a day without a year by the tense of its clause, within ten months', () => {
    expect(only('The fund was launched December 28.', '2013-01-10')[2]).toBe('2012-12-28');
    expect(only('The fund will be launched January 17.', '2013-01-10')[2]).toBe('2013-01-17');
    expect(only('Bids are due by March 8.', '2013-03-01')[2]).toBe('2013-03-08');
    expect(
      only('Shareholders approved the plan, and the offer ends Dec. 7.', '2013-10-30')[2],
    ).toBe('2013-12-07');
    expect(
      only(
        'Analysts said sales would recover, helped by the Aug. 7 launch of the phone.',
        '2013-08-18',
      )[2],
    ).toBe('2013-08-07');
  });

  it('reads a weekday without a tense cue as the nearer one, the past one on a tie', () => {
    // 2013-03-18 is a Monday.
    expect(only('On Tuesday, the council meets in Paris.', '2013-03-18')[2]).toBe('2013-03-19');
    expect(only('The council meeting on Friday drew a crowd.', '2013-03-18')[2]).toBe('2013-03-15');
  });

  it('reads a clause in the past perfect as past despite a cue of schedule or deadline', () => {
    // 2013-03-22 is a Friday.
    expect(only('Until Thursday, the police had not named a suspect.', '2013-03-22')[2]).toBe(
      '2013-03-21',
    );
    expect(only('Most members had filed their reports by Wednesday.', '2013-03-22')[2]).toBe(
      '2013-03-20',
    );
    expect(only('The offer had been scheduled to expire Friday.', '2013-03-20')[2]).toBe(
      '2013-03-15',
    );
  });
});

describe('findTimeExpressions: narrative anchoring', () => {
  const story =
    'The ship sank on March 3, 2011. Ten days earlier it had left port. The previous day was calm. ' +
    'Hours later, rescuers arrived. The day before, a storm had passed. A week later the search ended.';

  it('counts "ten days earlier", "the previous day", "hours later" from the last date the text set', () => {
    const found = read(story, '2013-03-20');
    expect(found).toEqual([
      ['March 3, 2011', 'DATE', '2011-03-03', 'explicit'],
      ['Ten days earlier', 'DATE', '2011-02-21', 'relative_to_narrative'],
      ['The previous day', 'DATE', '2011-02-20', 'relative_to_narrative'],
      ['Hours later', 'DATE', '2011-02-20', 'relative_to_narrative'],
      ['The day before', 'DATE', '2011-02-19', 'relative_to_narrative'],
      ['A week later', 'DATE', '2011-02-26', 'relative_to_narrative'],
    ]);
  });

  it('counts "the same day" and "that year" from the narrative, "yesterday" from publication', () => {
    const found = read(
      'The treaty was signed in 1992. That year, trade doubled. Yesterday the minister spoke; the same day a strike began.',
      '2013-03-20',
    );
    expect(found).toEqual([
      ['1992', 'DATE', '1992', 'explicit'],
      ['That year', 'DATE', '1992', 'relative_to_narrative'],
      ['Yesterday', 'DATE', '2013-03-19', 'relative_to_publication'],
      ['the same day', 'DATE', '2013-03-19', 'relative_to_narrative'],
    ]);
  });

  it('falls back on the publication date when the text has set no date yet', () => {
    expect(only('Two days later, the talks resumed.', '2013-03-20')).toEqual([
      'Two days later',
      'DATE',
      '2013-03-22',
      'relative_to_publication',
    ]);
  });
});

describe('findTimeExpressions: dates, references, durations and sets', () => {
  it.each([
    ['Output fell in 2018.', '2018', 'DATE', '2018'],
    ['Growth slowed in the 1990s.', 'the 1990s', 'DATE', '199'],
    ['Sales rose this year.', 'this year', 'DATE', '2013'],
    ['Sales rose last month.', 'last month', 'DATE', '2013-02'],
    ['The vote is this week.', 'this week', 'DATE', '2013-W12'],
    ['He arrived today.', 'today', 'DATE', '2013-03-20'],
    ['Inflation is now high.', 'now', 'DATE', 'PRESENT_REF'],
    ['The bank currently holds 5%.', 'currently', 'DATE', 'PRESENT_REF'],
    ['The bank recently sold it.', 'recently', 'DATE', 'PAST_REF'],
    ['It rained last summer.', 'last summer', 'DATE', '2012-SU'],
    // A quarter still to come is last year's in a report of the past.
    ['Profit rose in the third quarter.', 'the third quarter', 'DATE', '2012-Q3'],
    ['Profit will rise in the third quarter.', 'the third quarter', 'DATE', '2013-Q3'],
    ['Prices fell in early 1998.', 'early 1998', 'DATE', '1998'],
    ['Debt will rise by the end of the year.', 'the end of the year', 'DATE', '2013'],
    ['Exports grew over the past three months.', 'the past three months', 'DURATION', 'P3M'],
    ['The ceasefire held for three months.', 'three months', 'DURATION', 'P3M'],
    ['The project took two years.', 'two years', 'DURATION', 'P2Y'],
    ['The board meets every week.', 'every week', 'SET', 'P1W'],
    ['The board publishes a weekly report.', 'weekly', 'SET', 'P1W'],
  ])('%s', (text, surface, type, value) => {
    const [s, t, v] = only(text, '2013-03-20');
    expect([s, t, v]).toEqual([surface, type, value]);
  });

  it('gives a duration no date', () => {
    const [e] = findTimeExpressions('The ceasefire held for three months.', on('2013-03-20'));
    expect(e).toMatchObject({ type: 'DURATION', value: 'P3M', date: null, method: null });
  });

  it('reads a clock time as a TIME on the day the narrative is about', () => {
    expect(read('The blast hit the embassy on Friday at 2 p.m.', '2013-03-20')).toEqual([
      ['Friday', 'DATE', '2013-03-15', 'relative_to_publication'],
      ['2 p.m.', 'TIME', '2013-03-15T14:00', 'relative_to_narrative'],
    ]);
  });

  it('fills the date of a DATE or TIME that names a day, month or year', () => {
    const [e] = findTimeExpressions('Prices peaked last July.', on('2013-03-20'));
    expect(e).toMatchObject({ date: '2012-07', method: 'relative_to_publication' });
  });
});

describe('findTimeExpressions: what is no time expression', () => {
  it.each([
    'Unions may negotiate a new contract.',
    'About 800 of them joined the march.',
    'The bill costs $150 billion.',
    'The fall in prices hurt farmers.',
    'April Ryan asked the question.',
    'Will Smith and Trump met the press.',
    'Install version 2.10.3 of the library.',
  ])('%s', (text) => {
    expect(read(text, '2013-03-20')).toEqual([]);
  });

  it('still reads "May" as a month where a month can stand', () => {
    expect(only('The law took effect in May.', '2013-07-01')[2]).toBe('2013-05');
  });
});

describe('findTimeExpressions without a publication date', () => {
  it('leaves relative dates underspecified and explicit ones as written', () => {
    expect(read('On Friday, 12 March 2010, the bank failed; it reopened on Monday.', null)).toEqual(
      [
        ['Friday, 12 March 2010', 'DATE', '2010-03-12', 'explicit'],
        ['Monday', 'DATE', 'XXXX-WXX-1', null],
      ],
    );
  });
});

describe('findTimeExpressions: joined and counted dates', () => {
  it('joins a month and the year it is in', () => {
    expect(
      read(
        'In July last year the plant closed, and in February this year it reopened.',
        '2013-03-20',
      ),
    ).toEqual([
      ['July last year', 'DATE', '2012-07', 'relative_to_publication'],
      ['February this year', 'DATE', '2013-02', 'relative_to_publication'],
    ]);
    expect(
      only('January nineteen ninety-seven. A second blast shook the city.', '1998-02-27')[2],
    ).toBe('1997-01');
  });

  it('counts a day from a named day: the day before it, the week of it', () => {
    // 2013-03-20 is a Wednesday, so "last Tuesday" is 2013-03-19.
    expect(only("The day before last Tuesday's hearing, the lawyers met.", '2013-03-20')).toEqual([
      'The day before last Tuesday',
      'DATE',
      '2013-03-18',
      'relative_to_publication',
    ]);
    expect(only('The case may be heard the week of March 6.', '2013-02-24')).toEqual([
      'the week of March 6',
      'DATE',
      '2013-W10',
      null,
    ]);
  });

  it('reads "the full year" as the year of the report and "the year ended June 30" as a span', () => {
    expect(only('The firm forecast higher profit for the full year.', '2013-10-30')[2]).toBe(
      '2013',
    );
    expect(read('Net income for the year ended June 30 rose 4%.', '2013-10-30')[0]).toEqual([
      'the year',
      'DURATION',
      'P1Y',
      null,
    ]);
    expect(read('Sales rose through the first nine months of the year.', '2013-10-30')).toEqual([
      ['the first nine months', 'DURATION', 'P9M', null],
      ['the year', 'DATE', '2013', 'relative_to_publication'],
    ]);
  });

  it("compares with last year, not last year's quarter, after a span of several months", () => {
    const quarter = 'Profit rose 5% in the third quarter from a year earlier.';
    expect(read(quarter, '2013-10-20')[1]?.[2]).toBe('2012-Q3');
    const nineMonths =
      'Profit rose 5% in the third quarter. For the first nine months, net rose 8% from a year earlier.';
    expect(read(nineMonths, '2013-10-20')[2]?.[2]).toBe('2012');
  });

  it('writes a duration and a half in the next smaller unit', () => {
    expect(
      read(
        'The refugees lived in camps for 2 1/2 years, and the talks took five and a half hours.',
        null,
      ).map((e) => e[2]),
    ).toEqual(['P2Y6M', 'PT5H30M']);
  });

  it('reads no clock time into a price after a date', () => {
    expect(
      only('It may buy the stake after Jan. 1, 2014 at 1,015 francs a share.', '2013-10-20'),
    ).toEqual(['Jan. 1, 2014', 'DATE', '2014-01-01', 'explicit']);
  });

  it('reads decades in words and Election Day', () => {
    expect(only('Crime fell through the nineties.', '2013-02-24')[2]).toBe('199');
    expect(read('The race will be close from now to Election Day.', '2014-10-20')[1]?.[2]).toBe(
      '2014-11-04',
    );
  });
});

describe('findTimeExpressions: news conventions', () => {
  // 2013-03-18 is a Monday.
  it('reads a weekday without a tense cue as the last one, unless it is tomorrow', () => {
    expect(only('The offer is a 20% premium over the close on Thursday.', '2013-03-18')[2]).toBe(
      '2013-03-14',
    );
    expect(only('On Tuesday, the board meets in Paris.', '2013-03-18')[2]).toBe('2013-03-19');
  });

  it("reads a weekday's event as past, whatever the clause says later", () => {
    expect(only("Rebels said they would challenge Wednesday's verdict.", '2013-03-18')[2]).toBe(
      '2013-03-13',
    );
    expect(only("They must act by Friday's deadline.", '2013-03-18')[2]).toBe('2013-03-22');
  });

  it('reads "now that" as PRESENT_REF and "the future of" as no time', () => {
    expect(only('Now that the strike is over, trains run again.', '2013-03-18')[2]).toBe(
      'PRESENT_REF',
    );
    expect(read('They debated the future of the euro.', '2013-03-18')).toEqual([]);
  });

  it('leaves out time words that are part of a title or a name', () => {
    expect(
      read(
        'He told CBS\'s "60 Minutes" that he was sorry. On ABC\'s "This Week" she agreed. ' +
          'The western "High Noon" aired. Yesterday, the shares fell.',
        '2013-03-18',
      ),
    ).toEqual([['Yesterday', 'DATE', '2013-03-17', 'relative_to_publication']]);
    expect(read('"Today, I am here," she said. In 5 Minutes it starts.', '2013-03-18')).toEqual([
      ['Today', 'DATE', '2013-03-18', 'relative_to_publication'],
      ['5 Minutes', 'DURATION', 'PT5M', null],
    ]);
  });

  it('reads a hedged count from the narrative as a duration, but "about two years ago" as a date', () => {
    expect(read('Police arrived over an hour later.', '2013-03-18')[0]?.slice(1, 3)).toEqual([
      'DURATION',
      'PT1H',
    ]);
    expect(read('The deal closed at least 30 days before.', '2013-03-18')[0]?.[2]).toBe('P30D');
    expect(only('He left about two years ago.', '2013-03-18')[2]).toBe('2011');
  });

  it('reads an hour with its part of the day as a clock time', () => {
    expect(
      read('The ship sails at 4 in the morning and returns at nine at night.', '2013-03-18').map(
        (e) => e[2],
      ),
    ).toEqual(['2013-03-18T04:00', '2013-03-18T21:00']);
  });

  it('reads the middle of a part of the day', () => {
    expect(only('By mid-afternoon yesterday, the shares were up.', '2013-03-18')).toEqual([
      'mid-afternoon yesterday',
      'TIME',
      '2013-03-17TAF',
      'relative_to_publication',
    ]);
  });

  it('leaves out "today\'s" for the present age in general', () => {
    expect(
      read(
        "In today's world, that is rare. Many of today's phones are cheap. Today's meeting was brief.",
        '2013-03-18',
      ).map((e) => e[0]),
    ).toEqual(['Today']);
  });

  it('reads "March" before an article as the month', () => {
    expect(only('In March a judge ruled against them.', '2013-06-18')[2]).toBe('2013-03');
  });

  it('counts "a couple of" as two', () => {
    expect(
      read(
        'It took a couple of years. It will close over the next couple of months.',
        '2013-03-18',
      ).map((e) => e[2]),
    ).toEqual(['P2Y', 'P2M']);
  });

  it('joins a season and a year written in words', () => {
    expect(
      only('It was in the winter of nineteen ninety-four that the plant closed.', '2013-03-18'),
    ).toEqual(['the winter of nineteen ninety-four', 'DATE', '1994-WI', null]);
  });

  it('reads a day after "since" as past, even when the next such day is nearer', () => {
    expect(only('Rents have climbed since the Oct. 20 vote.', '2013-05-06')[2]).toBe('2012-10-20');
  });

  it('reads a month with neither year nor tense cue near the month the text is about', () => {
    expect(
      read('The rise to $40 in June from $29 in March is a record.', '2013-10-30').map((e) => [
        e[2],
        e[3],
      ]),
    ).toEqual([
      ['2013-06', 'relative_to_publication'],
      ['2013-03', 'relative_to_narrative'],
    ]);
  });

  it('keeps the evening of a weekday as a TIME, but gives a weekday morning the day alone', () => {
    expect(only('The lights went out on Friday evening.', '2013-03-18')).toEqual([
      'Friday evening',
      'TIME',
      '2013-03-15TEV',
      'relative_to_publication',
    ]);
    expect(only('The lights went out on Friday morning.', '2013-03-18').slice(1, 3)).toEqual([
      'DATE',
      '2013-03-15',
    ]);
  });

  it('reads "the near term" and a "soon" still to come as FUTURE_REF', () => {
    expect(only('Margins will stay thin in the near term.', '2013-03-18')[2]).toBe('FUTURE_REF');
    expect(only('The board will soon name a new chief.', '2013-03-18')).toEqual([
      'soon',
      'DATE',
      'FUTURE_REF',
      null,
    ]);
    expect(read('The hostage was soon freed.', '2013-03-18')).toEqual([]);
    expect(
      read('Send it as soon as possible, and soon after that the rest.', '2013-03-18'),
    ).toEqual([]);
  });

  it('counts trading and business days as days', () => {
    expect(only('The stock fell for five trading days.', '2013-03-18').slice(0, 3)).toEqual([
      'five trading days',
      'DURATION',
      'P5D',
    ]);
    expect(only('Refunds take ten business days.', '2013-03-18')[2]).toBe('P10D');
  });

  it('reads "the months ahead", "several quarters of" and "day-long" as durations', () => {
    expect(read('Rates may rise in the months ahead.', '2013-03-18')).toEqual([
      ['the months ahead', 'DURATION', 'PXM', null],
    ]);
    expect(
      only('The unit turned a profit after several quarters of losses.', '2013-03-18')[2],
    ).toBe('PXQ');
    expect(read('Labour won three quarters of the seats.', '2013-03-18')).toEqual([]);
    expect(only('They ended a day-long strike.', '2013-03-18').slice(0, 3)).toEqual([
      'day-long',
      'DURATION',
      'P1D',
    ]);
  });

  it('reads the second day of "April 24 and 25" in the month of the first', () => {
    expect(read('The summit meets on April 24 and 25 in Oslo.', '2013-03-18')).toEqual([
      ['April 24', 'DATE', '2013-04-24', 'relative_to_publication'],
      ['25', 'DATE', '2013-04-25', 'relative_to_narrative'],
    ]);
    expect(read('Markets fell on Oct. 19-20, 1987.', '2013-03-18').map((e) => e[2])).toEqual([
      '1987-10-19',
      '1987-10-20',
    ]);
    expect(
      read('Rates rose on June 5 and 6 percent later.', '2013-03-18').map((e) => e[0]),
    ).toEqual(['June 5']);
    expect(read('The fair ran February 20 - 30.', '2013-03-18').map((e) => e[0])).not.toContain(
      '30',
    );
  });

  it('reads the first day of "10-22 August 2012" in the month and year of the second', () => {
    expect(read('The festival ran 10-22 August 2012 in Edinburgh.', '2013-03-18')).toEqual([
      ['10', 'DATE', '2012-08-10', 'explicit'],
      ['22 August 2012', 'DATE', '2012-08-22', 'explicit'],
    ]);
    expect(read('Prices rose 5 to 7 percent in May.', '2013-03-18').map((e) => e[0])).toEqual([
      'May',
    ]);
  });

  it('gives the first day of a range across months the year written after the last', () => {
    expect(
      read('The strike ran from September 28 to October 5, 2008.', '2013-03-18').map((e) => e[2]),
    ).toEqual(['2008-09-28', '2008-10-05']);
    // Across the turn of a year, the first day falls in the year before.
    expect(
      read('The siege lasted from Dec. 30 to Jan. 2, 1987.', '2013-03-18').map((e) => e[2]),
    ).toEqual(['1986-12-30', '1987-01-02']);
    // A list of three takes the year of its last.
    expect(
      read('They met on May 3, June 4 and July 5, 2001.', '2013-03-18').map((e) => e[2]),
    ).toEqual(['2001-05-03', '2001-06-04', '2001-07-05']);
    // Not two dates that only stand near each other.
    expect(
      read('They met on May 3 and again on June 4, 2001.', '2013-03-18').map((e) => e[2]),
    ).toEqual(['2013-05-03', '2001-06-04']);
  });

  it('reads weekday names and unambiguous month names typed in lower case', () => {
    expect(only('the talks ended on tuesday, the envoy said.', '2013-03-20')[2]).toBe('2013-03-19');
    expect(only('the envoy returned in september.', '2013-03-20')[2]).toBe('2012-09');
    // "may" and "march" in lower case are a verb and a walk; a weekday in lower case needs a
    // word a day can follow.
    expect(read('they may march on the capital.', '2013-03-20')).toEqual([]);
    expect(read('he shopped at the friday market.', '2013-03-20')).toEqual([]);
  });

  it('reads "it is the third day of" something as the day of publication', () => {
    expect(read("It's the third day of the strike at the port.", '2013-03-18')).toEqual([
      ['the third day', 'DATE', '2013-03-18', 'relative_to_publication'],
    ]);
    expect(read('Today is the 12th day of the siege.', '2013-03-18').map((e) => e[2])).toEqual([
      '2013-03-18',
      '2013-03-18',
    ]);
    expect(read('On the third day of the strike, talks resumed.', '2013-03-18')).toEqual([]);
  });

  it('reads "one day" after a modal as FUTURE_REF, elsewhere as a day', () => {
    expect(only('Robots could one day replace them.', '2013-03-18').slice(1, 3)).toEqual([
      'DATE',
      'FUTURE_REF',
    ]);
    expect(only('The strike lasted one day.', '2013-03-18')[2]).toBe('P1D');
  });
});
