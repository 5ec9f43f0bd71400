import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestInputsFrom } from '../../src/app/ingest/ingest-input.js';
import { openTelltale, type Telltale } from '../../src/app/telltale.js';
import { linkTopics } from '../../src/app/topics/link-topics.js';
import type { SourceId } from '../../src/core/ids.js';
import { openDatabase } from '../../src/store/database.js';
import { fixedDeps, testDatabases } from '../support/databases.js';

const TOPIC = 'iran-us-negotiation';

describe.each(testDatabases())('linking statements to topics on $name', (engine) => {
  let telltale: Telltale;
  let location: Awaited<ReturnType<typeof engine.create>>;

  const stances = async () =>
    (await telltale.topics.get(TOPIC)).stances.map(({ stance, statement }) => ({
      speaker: statement.speaker?.name ?? null,
      content: statement.content.slice(0, 30),
      value: stance.value,
      method: stance.method,
    }));
  const statementSaying = async (words: string) => {
    const found = (await telltale.listStatements()).find((s) => s.content.includes(words));
    if (!found) throw new Error(`no statement says "${words}"`);
    return found;
  };

  beforeAll(async () => {
    location = await engine.create();
    telltale = await openTelltale(location, fixedDeps());
    await telltale.ingest(ingestInputsFrom(['test/topics/fixtures']));
  });
  afterAll(async () => {
    await telltale?.close();
    await engine.dropAll();
  });

  it('links the stored statements when a topic is added, with a stance from the wording', async () => {
    const { topic, linking } = await telltale.topics.add({
      id: TOPIC,
      label: 'Iran–US negotiations',
      description: 'Whether Iran and the United States negotiate',
      terms: ['negotiation', 'talks', 'contacts', 'meeting'],
      countries: ['IRN', 'USA'],
    });
    expect(topic).toMatchObject({ id: TOPIC, countries: ['IRN', 'USA'], statementCount: 4 });
    expect(linking).toMatchObject({
      topics: 1,
      sources: 2,
      statements: 4,
      stances: 4,
      refined: 0,
      method: 'rules@1',
      refinedBy: null,
      warnings: [],
    });
    // Oldest first; the talks between Brussels and Canada concern neither country.
    expect(await stances()).toEqual([
      {
        speaker: 'Ali Khamenei',
        content: 'Talking to Washington is neith',
        value: -2,
        method: 'rules@1',
      },
      {
        speaker: 'Abbas Araghchi',
        content: 'that Iran would return to nego',
        value: -1,
        method: 'rules@1',
      },
      {
        speaker: 'Abbas Araghchi',
        content: 'They may still engage in a tra',
        value: 1,
        method: 'rules@1',
      },
      {
        speaker: 'Donald Trump',
        content: 'that negotiating with Iran was',
        value: 1,
        method: 'rules@1',
      },
    ]);
    const [refusal, conditional, hedged] = (await telltale.topics.get(TOPIC)).stances;
    expect(refusal?.stance.flags).toEqual({ hedged: false, conditional: false, negated: true });
    expect(conditional?.stance.flags).toEqual({ hedged: false, conditional: true, negated: false });
    expect(hedged?.stance.flags).toEqual({ hedged: true, conditional: false, negated: true });
    expect(await telltale.topics.list()).toMatchObject([{ id: TOPIC, statementCount: 4 }]);
  });

  it('keeps an analyst’s stance apart, audited, over the rules’ and across re-extraction', async () => {
    const target = await statementSaying('neither wise');
    const reviewed = await telltale.reviewStatement(
      target.id,
      { stances: { [TOPIC]: -1 } },
      'alice',
    );
    expect(
      reviewed.reviews.map(({ field, oldValue, newValue, analyst, at }) => ({
        field,
        oldValue,
        newValue,
        analyst,
        at,
      })),
    ).toEqual([
      {
        field: 'stance',
        oldValue: `${TOPIC}:-2`,
        newValue: `${TOPIC}:-1`,
        analyst: 'alice',
        at: '2026-11-21T12:00:00.000Z',
      },
    ]);
    expect(await telltale.topics.stancesOf(target.id)).toMatchObject([
      {
        topicId: TOPIC,
        value: -1,
        confidence: 1,
        method: 'analyst:alice',
        flags: { negated: true },
      },
    ]);

    await telltale.reextract();
    await telltale.topics.link();
    const again = await statementSaying('neither wise');
    expect(again.id).not.toBe(target.id);
    expect(await telltale.topics.stancesOf(again.id)).toMatchObject([
      { value: -1, method: 'analyst:alice' },
    ]);
  });

  it('lets an analyst link a topic the rules missed, and unlink one they found', async () => {
    const trade = await statementSaying('trade talks with Canada');
    const trump = await statementSaying('negotiating with Iran');
    await telltale.reviewStatement(trade.id, { topics: { [TOPIC]: true } }, 'bob');
    await telltale.reviewStatement(trump.id, { topics: { [TOPIC]: false } }, 'bob');
    // Linked by hand, not yet rated.
    expect(await telltale.topics.stancesOf(trade.id)).toMatchObject([
      { topicId: TOPIC, value: null, method: 'analyst:bob' },
    ]);
    expect(await telltale.topics.stancesOf(trump.id)).toEqual([]);
    const speakers = (await stances()).map((s) => s.content);
    expect(speakers).toContain('that the trade talks with Cana');
    expect(speakers).not.toContain('that negotiating with Iran was');

    // Linking again scores what the analyst linked, and keeps out what they unlinked.
    await telltale.topics.link();
    expect(await telltale.topics.stancesOf(trade.id)).toMatchObject([
      { topicId: TOPIC, value: 1, method: 'rules@1' },
    ]);
    expect(await telltale.topics.stancesOf(trump.id)).toEqual([]);
    const unlink = (await telltale.getStatement(trump.id)).reviews.at(-1);
    expect(unlink).toMatchObject({
      field: 'topic',
      oldValue: `${TOPIC}:linked`,
      newValue: `${TOPIC}:unlinked`,
      analyst: 'bob',
    });
  });

  it('leaves out statements an analyst rejected', async () => {
    const hedged = await statementSaying('may still engage');
    await telltale.reviewStatement(hedged.id, { verdict: 'rejected' }, 'carol');
    await telltale.topics.link({ topicId: TOPIC });
    expect(await telltale.topics.stancesOf(hedged.id)).toEqual([]);
  });

  it('links one source at a time, as ingest does', async () => {
    const database = await openDatabase(location);
    try {
      const [source] = await telltale.listSources();
      const summary = await linkTopics(
        { database, clock: fixedDeps().clock },
        { sourceId: source?.id as SourceId },
      );
      expect(summary).toMatchObject({ topics: 1, sources: 1 });
      expect(summary.stances).toBeGreaterThan(0);
    } finally {
      await database.close();
    }
  });

  it('refuses bad reviews and topics with a clear error', async () => {
    const target = await statementSaying('neither wise');
    await expect(
      telltale.reviewStatement(target.id, { stances: { 'no-such-topic': 1 } }, 'alice'),
    ).rejects.toThrow(/no topic with id no-such-topic/);
    await expect(
      telltale.reviewStatement(target.id, { stances: { [TOPIC]: 3 } }, 'alice'),
    ).rejects.toThrow(/from -2 to 2/);
    await expect(telltale.reviewStatement(target.id, { stances: {} }, 'alice')).rejects.toThrow(
      /nothing to review/,
    );
    await expect(
      telltale.topics.add({ id: TOPIC, label: 'Again', terms: ['talks'] }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(telltale.topics.get('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(telltale.topics.link({ topicId: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
