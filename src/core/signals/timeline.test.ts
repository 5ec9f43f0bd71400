import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../partial-date.js';
import { buildTimeline } from './timeline.js';
import { leader, point, preacher, speaksFor, TOPIC } from './signals.test-support.js';

describe('an actor’s timeline', () => {
  const opening = point('2026-01-28', 1, { hedged: true });
  const sermon = point('2026-02-06', -2, { by: preacher });
  const refusal = point('2026-02-07', -2);
  const timeline = buildTimeline(
    leader,
    TOPIC,
    [refusal, opening],
    [{ relation: speaksFor(), points: [sermon] }],
  );

  it('puts its own and its proxies’ statements in date order, with the line', () => {
    expect(timeline.points.map((p) => [p.saidOn, p.stance, p.via])).toEqual([
      ['2026-01-28', 1, null],
      ['2026-02-06', -2, 'Ahmad Khatami'],
      ['2026-02-07', -2, null],
    ]);
    expect(timeline.line.map((v) => v.date)).toHaveLength(11);
    expect(timeline.deniableSignals.map((p) => p.statementId)).toEqual([sermon.statementId]);
  });

  it('flags shifts in its own words only', () => {
    expect(timeline.shifts.map((s) => s.label)).toEqual(['7 Feb 2026: −2, after 28 Jan: +1']);
  });

  it('measures ambiguity over the window up to the last statement, proxies included', () => {
    // Stances 1, −2, −2: σ = √2; one of three hedged.
    expect(timeline.ambiguity.index).toBeCloseTo(0.5 * (Math.SQRT2 / 2) + 0.5 / 3, 12);
    expect(timeline.ambiguity).toMatchObject({ from: '2026-01-08', to: '2026-02-07' });
  });

  it('cuts to a period, while shifts still see what came before it', () => {
    const cut = buildTimeline(leader, TOPIC, [opening, refusal], [], {
      from: '2026-02' as IsoDate,
    });
    expect(cut.points.map((p) => p.saidOn)).toEqual(['2026-02-07']);
    expect(cut.shifts).toHaveLength(1);
    expect(cut.line[0]?.date).toBe('2026-02-01');
  });

  it('is empty, with ambiguity 0, when nothing was said', () => {
    const empty = buildTimeline(leader, TOPIC, [], []);
    expect(empty).toMatchObject({ points: [], line: [], shifts: [], deniableSignals: [] });
    expect(empty.ambiguity.index).toBe(0);
  });
});
