import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli } from '../support/cli.js';

interface TopicJson {
  id: string;
  label: string;
  description: string | null;
  terms: string[];
  patterns: string[];
  countries: string[];
  statementCount: number;
}

interface StanceJson {
  statementId: string;
  speaker: string | null;
  stance: number | null;
  hedged: boolean;
  conditional: boolean;
  negated: boolean;
  method: string;
}

// Each step runs the built CLI several times; on a busy machine one run takes a few seconds.
describe('telltale topics', { timeout: 120_000 }, () => {
  let dir: string;
  let db: string;
  const cli = (...args: string[]) => runCli([...args, '--db', db]);
  const json = async <T>(...args: string[]): Promise<T> => {
    const result = await cli(...args, '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as T;
  };

  beforeAll(async () => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), 'telltale-topics-cli-'));
    db = join(dir, 't.db');
    const ingested = await cli('ingest', 'test/topics/fixtures');
    expect(ingested.code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds a topic, links the stored statements to it, and lists it', async () => {
    const added = await cli(
      'topics',
      'add',
      'iran-us-negotiation',
      '--label',
      'Iran–US negotiations',
      '--terms',
      'negotiation,talks',
      '--terms',
      'contacts, meeting',
      '--actors',
      'IRN,USA',
      '--description',
      'Whether Iran and the United States negotiate',
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toBe(
      'added topic iran-us-negotiation (Iran–US negotiations): 4 statements linked to 1 topic in 2 sources (rules@1)\n',
    );

    const list = await json<TopicJson[]>('topics', 'list');
    expect(list).toEqual([
      {
        id: 'iran-us-negotiation',
        label: 'Iran–US negotiations',
        description: 'Whether Iran and the United States negotiate',
        terms: ['negotiation', 'talks', 'contacts', 'meeting'],
        patterns: [],
        countries: ['IRN', 'USA'],
        createdAt: expect.any(String) as string,
        statementCount: 4,
      },
    ]);
    // `topics` alone lists too.
    expect((await cli('topics')).stdout).toMatch(
      /^iran-us-negotiation +4 st\. +Iran–US negotiations +\[IRN–USA\]\n1 topic\n$/,
    );
  });

  it('adds a topic from --json, with a pattern', async () => {
    const added = await json<{ topic: TopicJson; linking: { stances: number } }>(
      'topics',
      'add',
      'sanctions',
      '--label',
      'Sanctions relief',
      '--pattern',
      'sanctions? (had been )?lifted',
    );
    expect(added.topic).toMatchObject({
      id: 'sanctions',
      patterns: ['sanctions? (had been )?lifted'],
      countries: [],
    });
    expect(added.linking.stances).toBe(1);
  });

  it('shows a topic’s stances, and takes an analyst’s stance through `review`', async () => {
    const { stances } = await json<{ topic: TopicJson; stances: StanceJson[] }>(
      'topics',
      'show',
      'iran-us-negotiation',
    );
    expect(stances.map((s) => [s.speaker, s.stance, s.method])).toEqual([
      ['Ali Khamenei', -2, 'rules@1'],
      ['Abbas Araghchi', -1, 'rules@1'],
      ['Abbas Araghchi', 1, 'rules@1'],
      ['Donald Trump', 1, 'rules@1'],
    ]);
    const target = stances[0]?.statementId ?? '';
    const reviewed = await cli(
      'review',
      target,
      '--stance',
      'iran-us-negotiation:-1',
      '--unlink-topic',
      'sanctions',
      '--analyst',
      'alice',
    );
    expect(reviewed.stderr).toBe('');
    expect(reviewed.code).toBe(0);
    const text = await cli('topics', 'show', 'iran-us-negotiation');
    expect(text.stdout).toContain(
      '2026-03-02  -1 (1.00, negated)  Ali Khamenei: “Talking to Washington',
    );
    expect(text.stdout).toContain('[analyst:alice]');
    expect(text.stdout).toMatch(/4 statements\n$/);
  });

  it('links again, and says what is wrong with bad input', async () => {
    const linked = await json<{ topics: number; stances: number; warnings: string[] }>(
      'topics',
      'link',
    );
    expect(linked).toMatchObject({ topics: 2, stances: 5, warnings: [] });

    const duplicate = await cli('topics', 'add', 'sanctions', '--label', 'Again', '--terms', 'x');
    expect(duplicate.code).toBe(2);
    expect(duplicate.stderr).toMatch(/a topic with id sanctions exists already/);
    const badId = await cli('topics', 'add', 'Bad Id', '--label', 'X', '--terms', 'x');
    expect(badId.code).toBe(2);
    expect(badId.stderr).toMatch(/lower-case letters/);
    const unknown = await cli('topics', 'show', 'nope');
    expect(unknown.code).toBe(3);
    const halfModel = await cli('topics', 'link', '--llm-url', 'http://127.0.0.1:9/v1');
    expect(halfModel.code).toBe(2);
    expect(halfModel.stderr).toMatch(/no model/);
    const badStance = await cli('review', 'st_x', '--stance', 'iran-us-negotiation:5');
    expect(badStance.code).toBe(2);
    expect(badStance.stderr).toMatch(/TOPIC:VALUE/);
    const typo = await cli('topics', 'lst');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/unknown command "topics lst"/);
  });
});
