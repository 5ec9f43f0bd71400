import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../partial-date.js';
import { deadlinesIn } from './deadline-guess.js';

const on = '2026-01-07' as IsoDate;
const first = (text: string, saidOn: IsoDate | null = on) => deadlinesIn(text, saidOn)[0];

describe('deadlines in a statement', () => {
  it('counts periods from when it was said', () => {
    expect(first('Iran has 60 days to come back and make a real deal.')).toMatchObject({
      form: 'allowance',
      text: 'has 60 days',
      date: '2026-03-08',
    });
    expect(first('They gave Iran two weeks.')?.date).toBe('2026-01-21');
    expect(first('They must comply within 48 hours.')).toMatchObject({
      form: 'period',
      date: '2026-01-09',
    });
    expect(first('within three months')?.date).toBe('2026-04-07');
    expect(first('a 30-day deadline')?.date).toBe('2026-02-06');
    expect(first('within 60 days', null)).toMatchObject({ text: 'within 60 days', date: null });
  });

  it('reads dates, taking the year of the statement or the next', () => {
    expect(first('by March 8')?.date).toBe('2026-03-08');
    expect(first('by 8 March 2027')?.date).toBe('2027-03-08');
    expect(first('by the end of March')?.date).toBe('2026-03');
    expect(first('by 5 January')?.date).toBe('2027-01-05');
    expect(first('which puts the deadline on March 8.')).toMatchObject({
      form: 'date',
      date: '2026-03-08',
    });
    expect(first('by the end of the year')?.date).toBe('2026');
    expect(first('by March 8', null)?.date).toBeNull();
  });

  it('is not fooled by words that start like months or dates without "by"', () => {
    expect(deadlinesIn('They came by marching through the square.', on)).toEqual([]);
    expect(deadlinesIn('In 2018 they left the deal.', on)).toEqual([]);
  });
});
