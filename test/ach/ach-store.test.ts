import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AnalystId,
  EvidenceId,
  HypothesisId,
  HypothesisSet,
} from '../../src/core/ach/hypothesis-set.js';
import type { IsoDateTime } from '../../src/core/analyst.js';
import { currentRatings } from '../../src/core/ach/rating-history.js';
import type { HypothesisSetId } from '../../src/store/ach.repository.js';
import { openDatabase, type Database } from '../../src/store/database.js';
import { inTransaction, repositoriesFor } from '../../src/store/repositories.js';
import { testDatabases } from '../support/databases.js';

const id = 'ach_store_1' as HypothesisSetId;
const ann = 'ann' as AnalystId;
const bob = 'bob' as AnalystId;
const e1 = 'E1' as EvidenceId;
const e2 = 'E2' as EvidenceId;
const h1 = 'H1' as HypothesisId;
const h2 = 'H2' as HypothesisId;
const at = (iso: string) => iso as IsoDateTime;

const set: Pick<HypothesisSet, 'hypotheses' | 'evidence'> = {
  hypotheses: [
    { id: h1, text: 'A health problem' },
    { id: h2, text: 'A rift' },
  ],
  evidence: [
    {
      id: e1,
      text: 'Attended a rally',
      credibility: 'High',
      relevance: 'Low',
      date: '2024-05-02',
      type: 'action',
      link: { kind: 'statement', id: 'st_1' },
      notes: 'seen on TV',
      code: 'R1',
      flagged: false,
    },
    { id: e2, text: 'Unwell, says spokesperson', credibility: 'Medium', relevance: 'Medium' },
  ],
};

describe.each(testDatabases())('ACH storage on $name', (engine) => {
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase(await engine.create());
  });
  afterAll(async () => {
    await database?.close();
    await engine.dropAll();
  });

  it('saves a hypothesis set and reads it back in display order, every field kept', async () => {
    await inTransaction(database, async (r) => {
      await r.ach.insertSet({
        id,
        question: 'Why cancel?',
        createdAt: at('2024-05-03T10:00:00.000Z'),
      });
      await r.ach.addHypotheses(id, set.hypotheses);
      await r.ach.addEvidence(id, set.evidence);
    });
    const repos = repositoriesFor(database.db);
    await repos.ach.addHypotheses(id, [{ id: 'H0' as HypothesisId, text: 'Added later' }]);
    expect(await repos.ach.head(id)).toEqual({
      id,
      question: 'Why cancel?',
      createdAt: '2024-05-03T10:00:00.000Z',
    });
    expect(await repos.ach.hypotheses(id)).toEqual([
      ...set.hypotheses,
      { id: 'H0', text: 'Added later' },
    ]);
    expect(await repos.ach.evidence(id)).toEqual(set.evidence);
    expect(await repos.ach.head('ach_none' as HypothesisSetId)).toBeNull();
  });

  it('keeps every rating change with who and when; the latest rating wins', async () => {
    const repos = repositoriesFor(database.db);
    await repos.ach.appendRatings(id, [
      {
        analyst: ann,
        evidence: e1,
        hypothesis: h1,
        value: 'C',
        at: at('2024-05-03T10:00:00.000Z'),
      },
      {
        analyst: bob,
        evidence: e1,
        hypothesis: h1,
        value: 'II',
        at: at('2024-05-03T10:00:00.000Z'),
      },
    ]);
    await repos.ach.appendRatings(id, [
      {
        analyst: ann,
        evidence: e1,
        hypothesis: h1,
        value: 'I',
        note: 'rallies are not sick-bed',
        at: at('2024-05-04T09:00:00.000Z'),
      },
    ]);
    // Same instant as the one before: the later in the history wins.
    await repos.ach.appendRatings(id, [
      {
        analyst: ann,
        evidence: e1,
        hypothesis: h1,
        value: 'II',
        at: at('2024-05-04T09:00:00.000Z'),
      },
    ]);
    const history = await repos.ach.ratingHistory(id);
    expect(history.map((e) => [e.analyst, e.value, e.at, e.note ?? null])).toEqual([
      ['ann', 'C', '2024-05-03T10:00:00.000Z', null],
      ['bob', 'II', '2024-05-03T10:00:00.000Z', null],
      ['ann', 'I', '2024-05-04T09:00:00.000Z', 'rallies are not sick-bed'],
      ['ann', 'II', '2024-05-04T09:00:00.000Z', null],
    ]);
    expect(currentRatings(history)).toEqual([
      { analyst: ann, evidence: e1, hypothesis: h1, value: 'II' },
      { analyst: bob, evidence: e1, hypothesis: h1, value: 'II' },
    ]);
  });

  it('keeps probability changes in order, and lists the set with its counts', async () => {
    const repos = repositoriesFor(database.db);
    await repos.ach.appendProbabilities(id, [
      { analyst: ann, hypothesis: h1, p: 0.25, at: at('2024-05-03T10:00:00.000Z') },
      { analyst: ann, hypothesis: h1, p: 0.125, at: at('2024-05-04T10:00:00.000Z') },
    ]);
    expect((await repos.ach.probabilityHistory(id)).map((e) => e.p)).toEqual([0.25, 0.125]);
    expect(await repos.ach.list()).toEqual([
      {
        id,
        question: 'Why cancel?',
        createdAt: '2024-05-03T10:00:00.000Z',
        hypotheses: 3,
        evidence: 2,
        analysts: 2,
        ratingEvents: 4,
      },
    ]);
  });
});
