import type {
  AnalystId,
  Evidence,
  EvidenceId,
  HypothesisId,
  HypothesisSet,
  Level,
  RatingValue,
} from './hypothesis-set.js';

type EvidenceSpec = { id: string; credibility?: Level; relevance?: Level };

/**
 * A hypothesis set for tests, written as one matrix per analyst: `matrix.ann.E1` lists ann's
 * ratings of E1 against the hypotheses in order.
 */
export const buildSet = (spec: {
  hypotheses: readonly string[];
  evidence: readonly EvidenceSpec[];
  matrix: Record<string, Record<string, readonly RatingValue[]>>;
  probabilities?: Record<string, Record<string, number>>;
}): HypothesisSet => ({
  question: 'Test question',
  hypotheses: spec.hypotheses.map((id) => ({ id: id as HypothesisId, text: `Hypothesis ${id}` })),
  evidence: spec.evidence.map((e): Evidence => ({
    id: e.id as EvidenceId,
    text: `Evidence ${e.id}`,
    credibility: e.credibility ?? 'Medium',
    relevance: e.relevance ?? 'Medium',
  })),
  ratings: Object.entries(spec.matrix).flatMap(([analyst, rows]) =>
    Object.entries(rows).flatMap(([evidence, values]) =>
      values.map((value, i) => ({
        analyst: analyst as AnalystId,
        evidence: evidence as EvidenceId,
        hypothesis: spec.hypotheses[i] as HypothesisId,
        value,
      })),
    ),
  ),
  probabilities: Object.entries(spec.probabilities ?? {}).flatMap(([analyst, ps]) =>
    Object.entries(ps).map(([hypothesis, p]) => ({
      analyst: analyst as AnalystId,
      hypothesis: hypothesis as HypothesisId,
      p,
    })),
  ),
});

/**
 * Two analysts, three hypotheses, three items of evidence, worked by hand in the tests.
 * Weights cred·rel: E1 High·High = √2·√2 = 2, E2 Medium·Medium = 1, E3 Low·Medium = 1/√2.
 */
export const twoAnalystSet = (): HypothesisSet =>
  buildSet({
    hypotheses: ['H1', 'H2', 'H3'],
    evidence: [
      { id: 'E1', credibility: 'High', relevance: 'High' },
      { id: 'E2' },
      { id: 'E3', credibility: 'Low' },
    ],
    matrix: {
      ann: { E1: ['C', 'I', 'II'], E2: ['I', 'N', 'CC'], E3: ['II', 'C', 'NA'] },
      bob: { E1: ['C', 'II', 'II'], E2: ['NA', 'N', 'C'], E3: ['I', 'NA', 'NA'] },
    },
    probabilities: {
      ann: { H1: 0.5, H2: 0.3, H3: 0.2 },
      bob: { H1: 0.6, H2: 0.6 },
      cy: { H1: 0, H2: 0 },
    },
  });
