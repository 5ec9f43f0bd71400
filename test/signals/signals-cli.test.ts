import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openTelltale } from '../../src/app/telltale.js';
import { assertBuilt, runCli } from '../support/cli.js';
import { fixedDeps } from '../support/databases.js';
import { buildSeries, ingestArticles, TOPIC } from './signal-fixtures.js';

// Each command starts a process; on a busy machine a handful take longer than the default timeout.
describe('telltale relations, groups and timeline', { timeout: 120_000 }, () => {
  let db: string;
  let ids: Awaited<ReturnType<typeof buildSeries>>;
  const cli = (...args: string[]) => runCli([...args, '--db', db]);
  const json = async <T>(...args: string[]): Promise<T> => {
    const result = await cli(...args, '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as T;
  };

  beforeAll(async () => {
    assertBuilt();
    db = join(mkdtempSync(join(tmpdir(), 'telltale-signals-cli-')), 'signals.db');
    const telltale = await openTelltale({ engine: 'sqlite', path: db }, fixedDeps());
    try {
      await ingestArticles(telltale);
      ids = await buildSeries(telltale);
    } finally {
      await telltale.close();
    }
  });

  it('relations add and list', async () => {
    const added = await cli(
      'relations',
      'add',
      'Khatami',
      '--speaks-for',
      'Khamenei',
      '--from',
      '2026-01',
    );
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(
      /added rel_\w+ {2}Ahmad Khatami speaks for Ali Khamenei, 2026-01 to …/,
    );
    const list = await json<Array<{ proxy: string; principal: string; from: string }>>(
      'relations',
      'list',
    );
    expect(list).toEqual([
      expect.objectContaining({
        proxy: 'Ahmad Khatami',
        principal: 'Ali Khamenei',
        from: '2026-01',
      }),
    ]);
    const self = await cli('relations', 'add', 'Khamenei', '--speaks-for', 'Ali Khamenei');
    expect(self.code).toBe(2);
    expect(self.stderr).toMatch(/does not speak for itself/);
  });

  it('timeline prints {actor, topic, points, shifts, ambiguity}', async () => {
    const t = await json<{
      actor: string;
      topic: string;
      points: Array<{
        statementId: string;
        saidOn: string;
        stance: number;
        confidence: number;
        direct: boolean;
        via: string | null;
      }>;
      shifts: Array<{
        fromStatementId: string;
        toStatementId: string;
        fromStance: number;
        toStance: number;
      }>;
      ambiguity: number;
    }>('timeline', 'Khamenei', '--topic', TOPIC);
    expect(t.actor).toBe('Ali Khamenei');
    expect(t.topic).toBe(TOPIC);
    expect(t.points.map((p) => [p.statementId, p.stance, p.via])).toEqual([
      [ids.opening, 1, null],
      [ids.sermon, -2, 'Ahmad Khatami'],
      [ids.refusal, -2, null],
      [ids.nowruz, 1, 'Ahmad Khatami'],
    ]);
    for (const p of t.points)
      expect(Object.keys(p)).toEqual(
        expect.arrayContaining(['statementId', 'saidOn', 'stance', 'confidence', 'direct', 'via']),
      );
    expect(t.shifts).toEqual([
      expect.objectContaining({
        fromStatementId: ids.opening,
        toStatementId: ids.refusal,
        fromStance: 1,
        toStance: -2,
      }),
    ]);
    expect(t.ambiguity).toBeGreaterThanOrEqual(0);

    const text = await cli('timeline', 'Khamenei', '--topic', TOPIC);
    expect(text.stdout).toContain('shift: 7 Feb 2026: −2, after 28 Jan: +1');
    expect(text.stdout).toContain('deniable signal: Ahmad Khatami −2 on 6 Feb 2026');
  });

  it('groups add, list and show a line', async () => {
    const added = await cli('groups', 'add', 'establishment', '--actors', 'Khamenei,Khatami');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^created group establishment/);
    const groups = await json<Array<{ name: string; members: Array<{ name: string }> }>>(
      'groups',
      'list',
    );
    expect(groups.map((g) => [g.name, g.members.map((m) => m.name)])).toEqual([
      ['establishment', ['Ahmad Khatami', 'Ali Khamenei']],
    ]);
    const line = await json<{ points: unknown[] }>(
      'groups',
      'show',
      'establishment',
      '--topic',
      TOPIC,
    );
    expect(line.points).toHaveLength(4);
    const unknown = await cli('groups', 'show', 'moderates');
    expect(unknown.code).toBe(3);
  });
});
