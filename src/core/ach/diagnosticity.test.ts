import { describe, expect, it } from 'vitest';
import { cellRatingsFrom } from './cell-ratings.js';
import { evidenceDiagnosticity } from './diagnosticity.js';
import type { EvidenceId } from './hypothesis-set.js';
import { buildSet, twoAnalystSet } from './hypothesis-set.test-support.js';

const diagnosticityOf = (set: ReturnType<typeof twoAnalystSet>, id: string): number =>
  evidenceDiagnosticity(cellRatingsFrom(set.ratings), set, id as EvidenceId);

describe('evidenceDiagnosticity', () => {
  const set = twoAnalystSet();

  it('is the population SD of the cell means across hypotheses', () => {
    // E1 cell means (CC 2, C 1, N 0, I −1, II −2): H1 (1+1)/2 = 1, H2 (−1−2)/2 = −3/2, H3 −2.
    // μ = −5/6; deviations 11/6, −4/6, −7/6; Σ² = (121+16+49)/36 = 31/6; /3 = 31/18.
    expect(diagnosticityOf(set, 'E1')).toBeCloseTo(Math.sqrt(31 / 18), 10);
    // E2: H1 −1 (bob NA left out), H2 0, H3 (2+1)/2 = 3/2. μ = 1/6;
    // deviations −7/6, −1/6, 8/6; Σ² = 114/36; /3 = 19/18.
    expect(diagnosticityOf(set, 'E2')).toBeCloseTo(Math.sqrt(19 / 18), 10);
    // E3: H1 (−2−1)/2 = −3/2, H2 1, H3 all NA → left out. μ = −1/4; deviations ±5/4 → 1.25.
    expect(diagnosticityOf(set, 'E3')).toBeCloseTo(1.25, 10);
  });

  it('is 0 when fewer than two hypotheses are rated', () => {
    const sparse = buildSet({
      hypotheses: ['H1', 'H2'],
      evidence: [{ id: 'E1' }, { id: 'E2' }],
      matrix: { solo: { E1: ['II', 'NA'], E2: ['NA', 'NA'] } },
    });
    expect(diagnosticityOf(sparse, 'E1')).toBe(0);
    expect(diagnosticityOf(sparse, 'E2')).toBe(0);
  });
});
