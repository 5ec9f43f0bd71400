import { describe, expect, it } from 'vitest';
import { compareAnalystWithGroup } from './analyst-comparison.js';
import type { AnalystId } from './hypothesis-set.js';
import { twoAnalystSet } from './hypothesis-set.test-support.js';

describe('compareAnalystWithGroup', () => {
  it('compares each cell the analyst rated with the mean of the others', () => {
    const rows = compareAnalystWithGroup(twoAnalystSet(), 'ann' as AnalystId).map((c) => [
      `${c.evidence}×${c.hypothesis}`,
      c.analystValue,
      c.groupMean,
      c.difference,
    ]);
    // ann vs bob on the scale CC 2, C 1, N 0, I −1, II −2; ann's NA on E3×H3 is left out.
    expect(rows).toEqual([
      ['E1×H1', 1, 1, 0], // C vs C
      ['E1×H2', -1, -2, 1], // I vs II
      ['E1×H3', -2, -2, 0], // II vs II
      ['E2×H1', -1, null, null], // I vs NA: no group
      ['E2×H2', 0, 0, 0], // N vs N
      ['E2×H3', 2, 1, 1], // CC vs C
      ['E3×H1', -2, -1, -1], // II vs I
      ['E3×H2', 1, null, null], // C vs NA
    ]);
  });

  it('is empty for an analyst who rated nothing', () => {
    expect(compareAnalystWithGroup(twoAnalystSet(), 'zed' as AnalystId)).toEqual([]);
  });
});
