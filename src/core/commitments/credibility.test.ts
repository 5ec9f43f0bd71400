import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../partial-date.js';
import { betaQuantile } from './beta-distribution.js';
import { credibilityOf, credibilityReport, sharePosterior } from './credibility.js';
import { commitment, president } from './commitments.test-support.js';

const today = '2026-11-21' as IsoDate;

describe('credibility', () => {
  it('is the prior, Beta(1, 1), before anything is resolved', () => {
    const c = credibilityOf(president, [commitment('threat')], today);
    expect(c.posterior).toMatchObject({ alpha: 1, beta: 1, mean: 0.5 });
    expect(c.posterior.interval.low).toBeCloseTo(0.05, 12);
    expect(c.posterior.interval.high).toBeCloseTo(0.95, 12);
    expect(c.summary).toBe(
      'no resolved commitments yet: mean 0.50, 90% interval 0.05–0.95 (the prior)',
    );
    expect(c).toMatchObject({ resolved: 0, pending: 1 });
  });

  it('counts only what was carried out or not: Beta(1 + carried out, 1 + not)', () => {
    const list = [
      commitment('threat', { status: 'carried_out' }),
      commitment('red_line', { status: 'not_carried_out' }),
      commitment('red_line', { status: 'not_carried_out' }),
      commitment('threat', { status: 'withdrawn' }),
      commitment('ultimatum', { deadline: '2026-03-08' }),
      commitment('threat'),
    ];
    const c = credibilityOf(president, list, today);
    expect(c).toMatchObject({
      carriedOut: 1,
      notCarriedOut: 2,
      resolved: 3,
      withdrawn: 1,
      pending: 1,
      expired: 1,
    });
    expect(c.posterior.alpha).toBe(2);
    expect(c.posterior.beta).toBe(3);
    expect(c.posterior.mean).toBe(0.4);
    expect(c.posterior.interval.low).toBeCloseTo(betaQuantile(0.05, 2, 3), 12);
    expect(c.summary).toMatch(
      /^carried out 1 of 3 resolved commitments: mean 0\.40, 90% interval 0\.\d\d–0\.\d\d$/,
    );
    expect(c.commitments.map((e) => [e.status, e.counted])).toEqual([
      ['carried_out', true],
      ['not_carried_out', true],
      ['not_carried_out', true],
      ['withdrawn', false],
      ['expired', false],
      ['pending', false],
    ]);
    expect(c.commitments[0]?.resolvedOn).toBe('2026-03-09');
    expect(c.commitments[5]?.resolvedOn).toBeNull();
  });

  it('reports each kind apart', () => {
    const list = [
      commitment('threat', { status: 'carried_out' }),
      commitment('red_line', { status: 'not_carried_out' }),
    ];
    const report = credibilityReport(president, list, today);
    expect(report.overall.posterior.mean).toBe(0.5);
    expect(report.byKind.map((c) => [c.kind, c.posterior.mean, c.summary.split(':')[0]])).toEqual([
      ['threat', 2 / 3, 'carried out 1 of 1 resolved threat'],
      ['red_line', 1 / 3, 'carried out 0 of 1 resolved red line'],
    ]);
    const threats = credibilityReport(president, list, today, 'threat');
    expect(threats.overall.kind).toBe('threat');
    expect(threats.byKind.map((c) => c.kind)).toEqual(['threat']);
  });

  it('a posterior narrows as evidence accrues', () => {
    const few = sharePosterior(2, 1);
    const many = sharePosterior(20, 10);
    expect(many.interval.high - many.interval.low).toBeLessThan(
      few.interval.high - few.interval.low,
    );
    expect(few.interval.level).toBe(0.9);
  });
});
