import { describe, expect, it } from 'vitest';
import type { StanceValue } from '../stance.js';
import { detectShifts, shiftLabel } from './shifts.js';
import { point } from './signals.test-support.js';
import type { IsoDate } from '../partial-date.js';

const series = (...items: Array<[string, StanceValue]>) =>
  items.map(([date, stance]) => point(date, stance));

const pairs = (items: ReturnType<typeof series>) =>
  detectShifts(items).map((s) => [s.fromDate, s.toDate, s.kind]);

describe('shifts', () => {
  it('names the two statements of a reversal: "7 Feb: −2, after 28 Jan: +1"', () => {
    const items = series(['2026-01-28', 1], ['2026-02-07', -2]);
    const [shift, ...rest] = detectShifts(items);
    expect(rest).toEqual([]);
    expect(shift).toEqual({
      fromStatementId: items[0]?.statementId,
      toStatementId: items[1]?.statementId,
      fromStance: 1,
      toStance: -2,
      fromDate: '2026-01-28',
      toDate: '2026-02-07',
      kind: 'reversal',
      days: 10,
      label: '7 Feb 2026: −2, after 28 Jan: +1',
    });
  });

  it('flags a move of 2 on one side of zero, not a move of 1 nor a step to zero', () => {
    expect(pairs(series(['2026-01-01', -2], ['2026-01-05', 0]))).toEqual([
      ['2026-01-01', '2026-01-05', 'move'],
    ]);
    expect(pairs(series(['2026-01-01', 2], ['2026-01-05', 1], ['2026-01-09', 0]))).toEqual([
      ['2026-01-01', '2026-01-09', 'move'],
    ]);
    expect(pairs(series(['2026-01-01', 1], ['2026-01-05', 0]))).toEqual([]);
  });

  it('only within the window', () => {
    const items = series(['2026-01-01', 2], ['2026-02-15', -2]);
    expect(detectShifts(items)).toEqual([]);
    expect(detectShifts(items, 45)).toHaveLength(1);
  });

  it('flags a move once: repeating or going further is not a new shift', () => {
    expect(pairs(series(['2026-01-28', 1], ['2026-02-07', -2], ['2026-02-09', -2]))).toEqual([
      ['2026-01-28', '2026-02-07', 'reversal'],
    ]);
    expect(pairs(series(['2026-01-01', 2], ['2026-01-03', -1], ['2026-01-05', -2]))).toEqual([
      ['2026-01-01', '2026-01-03', 'reversal'],
    ]);
    expect(
      pairs(series(['2026-01-01', 1], ['2026-01-02', 2], ['2026-01-03', -2], ['2026-01-04', -2])),
    ).toEqual([['2026-01-02', '2026-01-03', 'reversal']]);
  });

  it('a slow drift across zero is one reversal; going back and forth is one each way', () => {
    expect(pairs(series(['2026-01-01', 1], ['2026-01-10', 0], ['2026-01-20', -1]))).toEqual([
      ['2026-01-01', '2026-01-20', 'reversal'],
    ]);
    expect(pairs(series(['2026-01-01', 2], ['2026-01-02', -2], ['2026-01-03', 2]))).toEqual([
      ['2026-01-01', '2026-01-02', 'reversal'],
      ['2026-01-02', '2026-01-03', 'reversal'],
    ]);
  });

  it('orders statements by date, whatever order they come in', () => {
    const items = series(['2026-02-07', -2], ['2026-01-28', 1]);
    expect(detectShifts(items)[0]?.toDate).toBe('2026-02-07');
  });

  it('labels dates at their precision, with the year when it changes', () => {
    expect(shiftLabel('2026-01-03' as IsoDate, 2, '2025-12-20' as IsoDate, -1)).toBe(
      '3 Jan 2026: +2, after 20 Dec 2025: −1',
    );
    expect(shiftLabel('2026-02' as IsoDate, 0, '2026-01-20' as IsoDate, 2)).toBe(
      'Feb 2026: 0, after 20 Jan: +2',
    );
  });
});
