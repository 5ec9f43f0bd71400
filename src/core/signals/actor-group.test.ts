import { describe, expect, it } from 'vitest';
import type { ActorId } from '../ids.js';
import { groupLine, groupNameFrom } from './actor-group.js';
import { leader, point, preacher, TOPIC } from './signals.test-support.js';

describe('a group’s line', () => {
  it('merges its members’ statements in date order, each with its speaker', () => {
    const line = groupLine({ name: 'the establishment' }, TOPIC, [
      { actor: leader, points: [point('2026-01-02', 1)] },
      {
        actor: preacher,
        points: [
          point('2026-01-16', -2, { by: preacher }),
          point('2025-12-30', -1, { by: preacher }),
        ],
      },
    ]);
    expect(line.points.map((p) => [p.saidOn, p.speaker])).toEqual([
      ['2025-12-30', 'Ahmad Khatami'],
      ['2026-01-02', 'Ali Khamenei'],
      ['2026-01-16', 'Ahmad Khatami'],
    ]);
    expect(line.members.map((m) => [m.actor.name, m.statements, m.meanStance])).toEqual([
      ['Ali Khamenei', 1, 1],
      ['Ahmad Khatami', 2, -1.5],
    ]);
    expect(line.line[0]?.date).toBe('2025-12-30');
    expect(line.line.at(-1)?.date).toBe('2026-01-16');
    // Members saying opposite things show as spread: stances −1, 1, −2.
    expect(line.ambiguity.statementCount).toBe(3);
    expect(line.ambiguity.spread).toBeCloseTo(Math.sqrt(14 / 9), 12);
  });

  it('an empty group has an empty line', () => {
    const line = groupLine({ name: 'nobody' }, TOPIC, [
      { actor: { id: 'a' as ActorId, name: 'A' }, points: [] },
    ]);
    expect(line).toMatchObject({
      points: [],
      line: [],
      members: [{ statements: 0, meanStance: null }],
    });
  });

  it('names: trimmed, with a letter or digit', () => {
    expect(groupNameFrom('  the   hardliners ')).toBe('the hardliners');
    expect(() => groupNameFrom(' -- ')).toThrow(/name/);
  });
});
