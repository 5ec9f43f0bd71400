import { compareAnalystWithGroup, type CellComparison } from '../../core/ach/analyst-comparison.js';
import type {
  AnalystId,
  Evidence,
  Hypothesis,
  HypothesisSet,
  ProbabilityJudgement,
} from '../../core/ach/hypothesis-set.js';
import { currentRatings, type RatingEvent } from '../../core/ach/rating-history.js';
import {
  scoreHypothesisSet,
  type HypothesisSetScores,
} from '../../core/ach/score-hypothesis-set.js';
import type { IsoDateTime } from '../../core/analyst.js';
import { notFound } from '../../core/errors.js';
import type { Clock, IdGenerator } from '../../core/ids.js';
import type {
  HypothesisSetHead,
  HypothesisSetId,
  HypothesisSetSummary,
} from '../../store/ach.repository.js';
import type { Database } from '../../store/database.js';
import { inTransaction, repositoriesFor, type Repositories } from '../../store/repositories.js';
import {
  evidenceFrom,
  hypothesisFrom,
  probabilitiesFrom,
  ratingFrom,
  type EvidenceInput,
  type HypothesisInput,
  type ProbabilitiesInput,
  type RatingInput,
} from './ach-inputs.js';
import { currentProbabilities } from './current-probabilities.js';
import { hypothesisSetFromBytes } from './hypothesis-set-source.js';
import { hypothesisSetFromJson } from './hypothesis-set-file.js';

export type { HypothesisSetId, HypothesisSetSummary };

/** A stored hypothesis set as it stands: current ratings and probabilities, and who gave them. */
export type HypothesisSetView = HypothesisSetHead &
  HypothesisSet & {
    /** Everyone who rated or gave a probability, in order of first appearance. */
    readonly analysts: readonly AnalystId[];
  };

/** Which rating changes to list; every one when empty. */
export interface RatingHistoryFilter {
  readonly analyst?: string | undefined;
  readonly evidence?: string | undefined;
  readonly hypothesis?: string | undefined;
}

/** ACH's use cases over the store: import, export, edit, rate, score, compare. */
export interface AchService {
  list(): Promise<HypothesisSetSummary[]>;
  /** Stores a set as new: its ratings and probabilities become the first events of its history. */
  importSet(set: HypothesisSet): Promise<HypothesisSetView>;
  /** Stores a set given in the JSON format (parsed JSON), e.g. a request body. */
  importJson(data: unknown): Promise<HypothesisSetView>;
  /** Stores a set from a file's bytes: `.achz` (PARC ACH) or the JSON format. */
  importFile(name: string, bytes: Uint8Array): Promise<HypothesisSetView>;
  get(id: string): Promise<HypothesisSetView>;
  /** The set in the file format's terms, for `serialiseHypothesisSet`. */
  exportSet(id: string): Promise<HypothesisSet>;
  addHypothesis(id: string, input: HypothesisInput): Promise<Hypothesis>;
  addEvidence(id: string, input: EvidenceInput): Promise<Evidence>;
  /** Records one analyst's rating of one cell; earlier ratings stay in the history. */
  rate(id: string, input: RatingInput): Promise<RatingEvent>;
  /** Records one analyst's probabilities for some hypotheses. */
  setProbabilities(id: string, input: ProbabilitiesInput): Promise<ProbabilityJudgement[]>;
  score(id: string): Promise<HypothesisSetScores>;
  /** Every rating change, oldest first. */
  history(id: string, filter?: RatingHistoryFilter): Promise<RatingEvent[]>;
  /** One analyst's ratings against the mean of the others', cell by cell. */
  compare(id: string, analyst: string): Promise<CellComparison[]>;
}

export interface AchDeps {
  readonly database: Database;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

const analystsOf = (set: HypothesisSet): AnalystId[] => [
  ...new Set([...set.ratings, ...set.probabilities].map((x) => x.analyst)),
];

/** The stored set with its current ratings and probabilities. */
const loadSet = async (repos: Repositories, id: string): Promise<HypothesisSetView> => {
  const head = await repos.ach.head(id as HypothesisSetId);
  if (!head) {
    throw notFound(
      `no hypothesis set with id ${id}; list them with \`telltale ach list\` or GET /api/ach/sets`,
    );
  }
  const [hypotheses, evidence, ratingHistory, probabilityHistory] = await Promise.all([
    repos.ach.hypotheses(head.id),
    repos.ach.evidence(head.id),
    repos.ach.ratingHistory(head.id),
    repos.ach.probabilityHistory(head.id),
  ]);
  const set: HypothesisSet = {
    question: head.question,
    hypotheses,
    evidence,
    ratings: currentRatings(ratingHistory),
    probabilities: currentProbabilities(probabilityHistory),
  };
  return { ...head, ...set, analysts: analystsOf(set) };
};

const fileForm = (view: HypothesisSetView): HypothesisSet => ({
  question: view.question,
  hypotheses: view.hypotheses,
  evidence: view.evidence,
  ratings: view.ratings,
  probabilities: view.probabilities,
});

export const createAchService = (deps: AchDeps): AchService => {
  const repos = repositoriesFor(deps.database.db);
  const now = (): IsoDateTime => deps.clock.now().toISOString() as IsoDateTime;

  const importSet = async (set: HypothesisSet): Promise<HypothesisSetView> => {
    const id = deps.ids.next('ach') as HypothesisSetId;
    const at = now();
    await inTransaction(deps.database, async (tx) => {
      await tx.ach.insertSet({ id, question: set.question, createdAt: at });
      await tx.ach.addHypotheses(id, set.hypotheses);
      await tx.ach.addEvidence(id, set.evidence);
      await tx.ach.appendRatings(
        id,
        set.ratings.map((r) => ({ ...r, at })),
      );
      await tx.ach.appendProbabilities(
        id,
        set.probabilities.map((p) => ({ ...p, at })),
      );
    });
    return loadSet(repos, id);
  };

  return {
    list: () => repos.ach.list(),
    importSet,
    // async, so that a bad file is a rejected promise rather than a throw.
    importJson: async (data) => importSet(hypothesisSetFromJson(data)),
    importFile: async (name, bytes) => importSet(hypothesisSetFromBytes(name, bytes)),
    get: (id) => loadSet(repos, id),
    exportSet: async (id) => fileForm(await loadSet(repos, id)),

    async addHypothesis(id, input) {
      const set = await loadSet(repos, id);
      const hypothesis = hypothesisFrom(set, input);
      await repos.ach.addHypotheses(set.id, [hypothesis]);
      return hypothesis;
    },

    async addEvidence(id, input) {
      const set = await loadSet(repos, id);
      const evidence = evidenceFrom(set, input);
      await repos.ach.addEvidence(set.id, [evidence]);
      return evidence;
    },

    async rate(id, input) {
      const set = await loadSet(repos, id);
      const event: RatingEvent = { ...ratingFrom(set, input), at: now() };
      await repos.ach.appendRatings(set.id, [event]);
      return event;
    },

    async setProbabilities(id, input) {
      const set = await loadSet(repos, id);
      const judgements = probabilitiesFrom(set, input);
      const at = now();
      await repos.ach.appendProbabilities(
        set.id,
        judgements.map((j) => ({ ...j, at })),
      );
      return judgements;
    },

    score: async (id) => scoreHypothesisSet(fileForm(await loadSet(repos, id))),

    async history(id, filter = {}) {
      const set = await loadSet(repos, id);
      const wanted = (value: string, given: string | undefined) =>
        given === undefined || given.trim() === '' || value === given.trim();
      return (await repos.ach.ratingHistory(set.id)).filter(
        (e) =>
          wanted(e.analyst, filter.analyst) &&
          wanted(e.evidence, filter.evidence) &&
          wanted(e.hypothesis, filter.hypothesis),
      );
    },

    compare: async (id, analyst) =>
      compareAnalystWithGroup(fileForm(await loadSet(repos, id)), analyst.trim() as AnalystId),
  };
};
