import { describe, expect, it } from 'vitest';
import { publishedDateFrom } from './published-date.js';

describe('publishedDateFrom', () => {
  it.each([
    ['2026-01-16', '2026-01-16'],
    ['2026-01-16T23:30:00-05:00', '2026-01-16'],
    ['2026-01-16 08:00', '2026-01-16'],
    ['2026-01', '2026-01'],
    ['Fri, 16 Jan 2026 09:30:00 GMT', '2026-01-16'],
    ['2026-02-30', null],
    ['yesterday', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(publishedDateFrom(input)).toBe(expected);
  });
});
