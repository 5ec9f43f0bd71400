import { describe, expect, it } from 'vitest';
import { findChronoMentions, stretchesToRead } from './chrono-mentions.js';

/** The text of each mention found. */
const surfaces = (text: string): string[] =>
  findChronoMentions(text).map((m) => text.slice(m.start, m.end));

describe('findChronoMentions: only the words near a digit or a month name are read', () => {
  it('finds a date in a later paragraph at its offsets in the whole text', () => {
    const text = 'No dates here.\n\nNone either.\n\nTalks resumed on Aug. 7, 1998, in Geneva.';
    expect(surfaces(text)).toEqual(['Aug. 7, 1998']);
    expect(findChronoMentions(text)[0]?.meaning).toMatchObject({ year: 1998, month: 8, day: 7 });
  });

  it('joins a weekday at the end of the paragraph before to the date, as chrono does', () => {
    expect(surfaces('He arrived on Monday\n\nAug. 5, 1998 was hot.')).toEqual([
      'Monday\n\nAug. 5, 1998',
    ]);
    // Across a short paragraph too.
    expect(surfaces('Officials met for hours.\n\nMonday\n\n\n\nAug. 5 the talks ended.')).toEqual([
      'Monday\n\n\n\nAug. 5',
    ]);
  });

  it('reads the paragraph after a clock time, where chrono looks for its time zone', () => {
    expect(surfaces('They met at 10:30 a.m.\n\nEST is the zone, officials said.')).toEqual([
      '10:30 a.m.\n\nEST',
    ]);
  });

  it('reads the words near a digit or a month name, and skips the rest', () => {
    const text = [
      'The mayor declined to comment on the plan, and aides said nothing more about the matter.',
      'The council met in May.',
      'The vote in the council came later that week, and nothing was decided then or after it.',
    ].join('\n\n');
    const read = stretchesToRead(text).map(([start, end]) => text.slice(start, end));
    // Whole words within 48 characters of "May", across the paragraph breaks ("declined" holds
    // no December).
    expect(read).toEqual([
      'nothing more about the matter.\n\nThe council met in May.\n\nThe vote in the council came later that week,',
    ]);
    expect(stretchesToRead('He spoke on Monday.\n\nThey left ten days later.')).toEqual([]);
  });

  it('reads two dates close together as one stretch, so a range between them stays whole', () => {
    const text = 'Talks began on Aug. 5 and ended on Aug. 7 in the capital of the small country.';
    expect(stretchesToRead(text)).toEqual([[0, text.length]]);
    expect(surfaces('The fair runs from Aug. 26 to Oct. 20 this year.')).toEqual([
      'Aug. 26',
      'Oct. 20',
    ]);
  });
});
