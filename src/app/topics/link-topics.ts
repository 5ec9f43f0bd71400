import type { ActorDirectory } from '../../core/actor-registry/actor-directory.js';
import { notFound } from '../../core/errors.js';
import type { Clock, SourceId } from '../../core/ids.js';
import { Verdict, type ReviewedStatement } from '../../core/review.js';
import { applyStanceReviews, type Stance } from '../../core/stance.js';
import type { Topic, TopicId } from '../../core/topic.js';
import { linkStatements, type LinkableStatement } from '../../extract/stance/link-statements.js';
import { createSentenceBounds } from '../../extract/stance/sentence-bounds.js';
import type { StanceLexicon } from '../../extract/stance/stance-lexicon.js';
import { createStanceScorer, STANCE_RULES_METHOD } from '../../extract/stance/stance-scorer.js';
import { compileTopic } from '../../extract/stance/topic-matcher.js';
import type { Database } from '../../store/database.js';
import { inTransaction, repositoriesFor } from '../../store/repositories.js';
import type { LlmConfig } from '../llm/llm-config.js';
import {
  createOpenAiCompatibleRefiner,
  type StanceRefiner,
} from '../llm/openai-compatible-client.js';
import { loadActorDirectory } from '../registry/load-actor-directory.js';
import { withReviews } from '../review/reviewed-statements.js';
import { loadStanceLexicon } from './stance-lexicon-file.js';

export interface TopicLinkDeps {
  readonly database: Database;
  readonly clock: Clock;
}

export interface LinkTopicsOptions {
  /** Link this topic only (the others' stances stay as they are); all topics by default. */
  readonly topicId?: string;
  /** Link this source's statements only; all sources by default. */
  readonly sourceId?: SourceId;
  /** The stance lexicon; the one in data/lexicon/stance.yaml by default. */
  readonly lexicon?: StanceLexicon;
  /** A model to refine each stance with, or a refiner; the rules alone when absent. */
  readonly llm?: LlmConfig | StanceRefiner | null;
  /** The actor registry (speakers' and named countries); read from the database when absent. */
  readonly directory?: ActorDirectory;
}

export interface LinkSummary {
  readonly topics: number;
  readonly sources: number;
  /** Statements linked to at least one topic. */
  readonly statements: number;
  readonly stances: number;
  /** Stances a model refined. */
  readonly refined: number;
  /** The rules' method, and the model's when one refined. */
  readonly method: string;
  readonly refinedBy: string | null;
  /** What went wrong with the model; its stances then keep the rules' reading. */
  readonly warnings: readonly string[];
}

export type LinkEvent =
  | { readonly kind: 'planned'; readonly sources: number }
  | {
      readonly kind: 'done';
      readonly sourceId: SourceId;
      readonly stances: number;
      readonly index: number;
    };

/** After this many failures in a row the model is left alone for the rest of the run. */
const MAX_FAILURES_IN_A_ROW = 3;

const isRefiner = (llm: LlmConfig | StanceRefiner): llm is StanceRefiner => 'refine' in llm;

/** How refinement is going over one linking run. */
interface RefinementRun {
  failuresInARow: number;
  refined: number;
  readonly warnings: string[];
}

/**
 * Each stance as the model reads it, or as the rules did when the model fails (and, after
 * MAX_FAILURES_IN_A_ROW failures in a row, without asking it any more).
 */
const refineStances = async (
  stances: readonly Stance[],
  statements: readonly ReviewedStatement[],
  text: string,
  topics: readonly Topic[],
  refiner: StanceRefiner,
  run: RefinementRun,
): Promise<Stance[]> => {
  const bounds = createSentenceBounds(text);
  const byId = new Map(statements.map((s) => [s.id, s]));
  const refined: Stance[] = [];
  for (const stance of stances) {
    const statement = byId.get(stance.statementId);
    const topic = topics.find((t) => t.id === stance.topicId);
    if (!statement || !topic || run.failuresInARow >= MAX_FAILURES_IN_A_ROW) {
      refined.push(stance);
      continue;
    }
    const sentence = bounds.sentenceAround([
      ...statement.contentSpans,
      ...statement.cueSpans,
      ...statement.sourceSpans,
    ]);
    const outcome = await refiner.refine({
      topic: { id: topic.id, label: topic.label, description: topic.description },
      statement: statement.content,
      sentence: text.slice(sentence.start, sentence.end),
      speaker: statement.speaker?.name ?? null,
      saidOn: statement.saidOn?.date ?? null,
    });
    if (outcome.ok) {
      run.failuresInARow = 0;
      run.refined++;
      refined.push({
        ...stance,
        value: outcome.refinement.stance,
        confidence: Math.round(outcome.refinement.confidence * 100) / 100,
        eventType: outcome.refinement.eventType ?? stance.eventType,
        method: refiner.method,
      });
    } else {
      run.failuresInARow++;
      run.warnings.push(
        `statement ${stance.statementId} on ${stance.topicId}: ${outcome.reason}; kept ${STANCE_RULES_METHOD}`,
      );
      if (run.failuresInARow === MAX_FAILURES_IN_A_ROW)
        run.warnings.push(
          `the model failed ${MAX_FAILURES_IN_A_ROW} times in a row; the remaining stances keep the rules' reading`,
        );
      refined.push(stance);
    }
  }
  return refined;
};

/**
 * Links stored statements to the topics they speak to, with a stance on each, replacing what an
 * earlier run found for the same sources and topics (one transaction per source). Analysts'
 * reviews are kept apart and applied when stances are read; a topic an analyst linked is scored
 * whatever its words. Call it after a source is ingested or re-extracted (`{ sourceId }`), or
 * after a topic is added (`{ topicId }`); with no topic defined it returns at once. Ingest can
 * pass the registry it already loaded as `directory`. With a model, each stance is refined by it;
 * on any failure the rules' stance stays and a warning says why.
 * @example await linkTopics({ database, clock }, { sourceId }) // { stances: 4, … }
 */
export const linkTopics = async (
  deps: TopicLinkDeps,
  options: LinkTopicsOptions = {},
  onEvent: (e: LinkEvent) => void = () => undefined,
): Promise<LinkSummary> => {
  const repos = repositoriesFor(deps.database.db);
  const topics = options.topicId
    ? [await repos.topics.get(options.topicId as TopicId)]
    : await repos.topics.list();
  const [first] = topics;
  if (options.topicId && !first)
    throw notFound(`no topic with id ${options.topicId}; list them with \`telltale topics\``);
  const known = topics.filter((t) => t !== null);
  const refiner = options.llm
    ? isRefiner(options.llm)
      ? options.llm
      : createOpenAiCompatibleRefiner(options.llm, deps.clock)
    : null;
  const summary = {
    topics: known.length,
    sources: 0,
    statements: 0,
    stances: 0,
    refined: 0,
    method: STANCE_RULES_METHOD,
    refinedBy: refiner?.method ?? null,
    warnings: [] as string[],
  };
  if (known.length === 0) return summary;

  const scoreStance = createStanceScorer(options.lexicon ?? (await loadStanceLexicon()));
  const directory = options.directory ?? (await loadActorDirectory(deps.database));
  const compiled = known.map(compileTopic);
  const topicIds = known.map((t) => t.id);
  const sourceIds = options.sourceId ? [options.sourceId] : await repos.sources.listIds();
  onEvent({ kind: 'planned', sources: sourceIds.length });
  const run: RefinementRun = { failuresInARow: 0, refined: 0, warnings: summary.warnings };

  for (const [index, sourceId] of sourceIds.entries()) {
    const source = await repos.sources.get(sourceId);
    if (!source) throw notFound(`no source with id ${sourceId}`);
    const statements = (await withReviews(repos, await repos.statements.list({ sourceId }))).filter(
      (s) => s.verdict !== Verdict.Rejected,
    );
    const linkable = statements.map((s): LinkableStatement => ({
      id: s.id,
      sourceId: s.sourceId,
      contentSpans: s.contentSpans,
      cueSpans: s.cueSpans,
      sourceSpans: s.sourceSpans,
      speakerCountry: s.speaker ? (directory.byName(s.speaker.name)?.country ?? null) : null,
      linkedByAnalyst: applyStanceReviews(s, [], s.reviews).map((r) => r.topicId),
    }));
    let stances = linkStatements(source.text, linkable, compiled, {
      countryOf: (text) => directory.countryOf(text),
      scoreStance,
    });

    if (refiner)
      stances = await refineStances(stances, statements, source.text, known, refiner, run);

    await inTransaction(deps.database, (tx) =>
      tx.stances.replace({ sourceId, topicIds }, stances, deps.clock.now().toISOString()),
    );
    summary.sources++;
    summary.stances += stances.length;
    summary.statements += new Set(stances.map((s) => s.statementId)).size;
    onEvent({ kind: 'done', sourceId, stances: stances.length, index: index + 1 });
  }
  return { ...summary, refined: run.refined };
};
