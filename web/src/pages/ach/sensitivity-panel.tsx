import type { HypothesisSet, HypothesisSetScores, RankedHypothesis } from '../../api/ach-client.js';
import { DISAGREEMENT_MEANING, figure } from './rating-format.js';

const byRank = (ranked: readonly RankedHypothesis[]) =>
  [...ranked].sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));

/** How fragile the conclusion is, and where the analysts disagree. */
export const SensitivityPanel = ({
  set,
  scores,
}: {
  readonly set: HypothesisSet;
  readonly scores: HypothesisSetScores;
}) => {
  const text = new Map(set.hypotheses.map((h) => [h.id, h.text]));
  const sensitive = scores.sensitivity.filter((s) => s.changesTop).map((s) => s.evidence);
  const lowCredibility = set.evidence.filter((e) => e.credibility === 'Low').map((e) => e.id);
  const levels = (['consensus', 'mild', 'large', 'extreme'] as const).map((level) => ({
    level,
    count: scores.cells.filter((c) => c.level === level).length,
  }));
  return (
    <section className="ach-section" aria-label="Sensitivity">
      <h2>Sensitivity</h2>
      <p className="sensitivity-summary">
        {sensitive.length === 0
          ? 'No single item of evidence changes the top-ranked hypothesis when left out.'
          : `Leaving out ${sensitive.join(', ')} changes the top-ranked hypothesis.`}
      </p>
      <div className="ranking-compare">
        <div>
          <h3>Ranking</h3>
          <ol className="ranking" aria-label="Ranking with all evidence">
            {byRank(scores.hypotheses).map((h) => (
              <li key={h.id}>
                <span className="rank">{h.rank}</span> {h.id}{' '}
                <span className="muted">{text.get(h.id)}</span>{' '}
                <span className="muted">({figure(h.weighted)})</span>
              </li>
            ))}
          </ol>
        </div>
        <div>
          <h3>Without Low-credibility evidence</h3>
          <ol className="ranking" aria-label="Ranking without Low-credibility evidence">
            {byRank(scores.rankingWithoutLowCredibility).map((h) => (
              <li key={h.id}>
                <span className="rank">{h.rank}</span> {h.id}{' '}
                <span className="muted">{text.get(h.id)}</span>{' '}
                <span className="muted">({figure(h.weighted)})</span>
              </li>
            ))}
          </ol>
          <p className="muted ach-section__note">
            {lowCredibility.length === 0
              ? 'No evidence has Low credibility.'
              : `Leaves out ${lowCredibility.join(', ')}.`}
          </p>
        </div>
      </div>
      <h3>Disagreement across cells</h3>
      <ul className="disagreement-legend">
        {levels.map(({ level, count }) => (
          <li key={level}>
            <span className={`legend-swatch level--${level}`} /> {DISAGREEMENT_MEANING[level]}:{' '}
            <strong>{count}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
};
