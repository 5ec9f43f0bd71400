import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractionRunId, SourceId, StatementId } from '../../src/core/ids.js';
import type { IsoDate } from '../../src/core/partial-date.js';
import type { Stance } from '../../src/core/stance.js';
import { topicFrom, type TopicId } from '../../src/core/topic.js';
import { openDatabase, type Database } from '../../src/store/database.js';
import { inTransaction, isUniqueViolation, repositoriesFor } from '../../src/store/repositories.js';
import { testDatabases } from '../support/databases.js';

const text =
  'The minister said “We will not refuse a meeting.” The leader said “Talks are a trap.” Nobody else spoke.';

const span = (words: string) => {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
};

const topic = (id: string, countries: string[] = []) =>
  topicFrom(
    {
      id,
      label: `Topic ${id}`,
      description: id === 'talks' ? 'Whether they talk' : null,
      terms: ['talks', 'meeting'],
      patterns: ['door (is )?open'],
      countries,
    },
    '2026-11-21T12:00:00.000Z',
  );

const stance = (
  statementId: string,
  topicId: string,
  value: -2 | 1,
  confidence: number,
): Stance => ({
  statementId: statementId as StatementId,
  sourceId: 'src_1' as SourceId,
  topicId: topicId as TopicId,
  value,
  confidence,
  flags: { hedged: false, conditional: value < 0, negated: value > 0 },
  eventType: value < 0 ? 'REJECT' : null,
  method: 'rules@1',
  matches: [{ term: 'talks', ...span('Talks'), inContent: true }],
  cues: [{ kind: 'refusal', text: 'trap', ...span('trap'), weight: -2 }],
});

describe.each(testDatabases())('topic and stance storage on $name', (engine) => {
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase(await engine.create());
    await inTransaction(database, async (r) => {
      await r.sources.insert({
        id: 'src_1' as SourceId,
        contentHash: 'hash-1',
        title: null,
        outlet: null,
        author: null,
        url: null,
        publishedOn: '2026-03-02' as IsoDate,
        language: 'en',
        format: 'text',
        origin: 'test',
        text,
        ingestedAt: '2026-11-21T12:00:00.000Z',
      });
      await r.runs.insert({
        id: 'run_1' as ExtractionRunId,
        sourceId: 'src_1' as SourceId,
        extractor: 'rules@test',
        startedAt: '2026-11-21T12:00:00.000Z',
        finishedAt: '2026-11-21T12:00:00.000Z',
        statementCount: 2,
      });
      await r.statements.insertMany(
        ['We will not refuse a meeting.', 'Talks are a trap.'].map((words, i) => ({
          id: `st_${i + 1}` as StatementId,
          sourceId: 'src_1' as SourceId,
          runId: 'run_1' as ExtractionRunId,
          extractor: 'rules@test',
          speakerActorId: null,
          speakerMention: null,
          sourceSpans: [],
          cue: 'said',
          cueSpans: [],
          content: words,
          contentSpans: [span(words)],
          direct: true,
          saidOn: null,
        })),
      );
    });
  });
  afterAll(async () => {
    await database?.close();
    await engine.dropAll();
  });

  it('stores topics with their terms, patterns and countries, and refuses a second with the same id', async () => {
    const repos = repositoriesFor(database.db);
    await repos.topics.insert(topic('talks', ['IRN', 'USA']));
    await repos.topics.insert(topic('a-first'));
    expect(await repos.topics.get('talks' as TopicId)).toEqual(topic('talks', ['IRN', 'USA']));
    expect((await repos.topics.list()).map((t) => [t.id, t.countries])).toEqual([
      ['a-first', []],
      ['talks', ['IRN', 'USA']],
    ]);
    expect(await repos.topics.get('nope' as TopicId)).toBeNull();
    const again = await repos.topics.insert(topic('talks')).catch((e: unknown) => e);
    expect(isUniqueViolation(again)).toBe(true);
  });

  it('stores stances with their flags, matches and cues, and replaces them per source and topic', async () => {
    const repos = repositoriesFor(database.db);
    const first = [stance('st_1', 'talks', 1, 0.6), stance('st_2', 'talks', -2, 0.85)];
    await inTransaction(database, (tx) =>
      tx.stances.replace(
        { sourceId: 'src_1' as SourceId, topicIds: ['talks' as TopicId] },
        [...first, stance('st_2', 'a-first', -2, 0.5)],
        '2026-11-21T12:00:00.000Z',
      ),
    );
    expect(await repos.stances.list({ topicId: 'talks' as TopicId })).toEqual(first);
    expect(await repos.stances.list({ statementIds: ['st_2' as StatementId] })).toEqual([
      stance('st_2', 'a-first', -2, 0.5),
      first[1],
    ]);
    expect(Object.fromEntries(await repos.stances.countByTopic())).toEqual({
      talks: 2,
      'a-first': 1,
    });

    // Linking `talks` again replaces its stances only.
    await inTransaction(database, (tx) =>
      tx.stances.replace(
        { sourceId: 'src_1' as SourceId, topicIds: ['talks' as TopicId] },
        [stance('st_2', 'talks', -2, 0.9)],
        '2026-11-22T12:00:00.000Z',
      ),
    );
    expect(
      (await repos.stances.list()).map((s) => [s.statementId, s.topicId, s.confidence]),
    ).toEqual([
      ['st_2', 'a-first', 0.5],
      ['st_2', 'talks', 0.9],
    ]);
  });

  it('finds the sources where an analyst reviewed a stance on a topic', async () => {
    const repos = repositoriesFor(database.db);
    await repos.reviews.insert({
      id: 'rev_1',
      sourceId: 'src_1' as SourceId,
      anchor: span('We will not refuse a meeting.'),
      field: 'stance',
      oldValue: null,
      newValue: 'talks:-1',
      analyst: 'alice',
      at: '2026-11-21T13:00:00.000Z',
    });
    expect(await repos.stances.sourceIdsReviewedForTopic('talks' as TopicId)).toEqual(['src_1']);
    expect(await repos.stances.sourceIdsReviewedForTopic('a-first' as TopicId)).toEqual([]);
  });

  it('deletes a statement’s stances with the statement (re-extraction)', async () => {
    const repos = repositoriesFor(database.db);
    await inTransaction(database, (tx) => tx.statements.deleteForSource('src_1' as SourceId));
    expect(await repos.stances.list()).toEqual([]);
    // The topics and the analyst's review stay.
    expect(await repos.topics.list()).toHaveLength(2);
    expect(await repos.reviews.listForSources(['src_1' as SourceId])).toHaveLength(1);
  });
});
