import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openTelltale } from '../../src/app/telltale.js';
import { assertBuilt, runCli } from '../support/cli.js';
import { fixedDeps } from '../support/databases.js';
import { ingestArticles, statementWith } from '../signals/signal-fixtures.js';

interface CommitmentJson {
  id: string;
  actor: string;
  to: string | null;
  kind: string;
  status: string;
  overdue: boolean;
  history: Array<{ status: string; on: string; evidence: { kind: string; id: string } | null }>;
}

// Each command starts a process; on a busy machine a handful take longer than the default timeout.
describe('telltale commitments and credibility', { timeout: 120_000 }, () => {
  let db: string;
  let threat = '';
  let strikes = '';
  const cli = (...args: string[]) =>
    runCli([...args, '--db', db], { env: { TELLTALE_ANALYST: 'ana' } });
  const json = async <T>(...args: string[]): Promise<T> => {
    const result = await cli(...args, '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as T;
  };

  beforeAll(async () => {
    assertBuilt();
    db = join(mkdtempSync(join(tmpdir(), 'telltale-commitments-cli-')), 'ledger.db');
    const telltale = await openTelltale({ engine: 'sqlite', path: db }, fixedDeps());
    try {
      await ingestArticles(telltale);
      threat = await statementWith(telltale, 'Iran has 60 days');
      strikes = await statementWith(telltale, 'struck three sites');
    } finally {
      await telltale.close();
    }
  });

  it('candidates, then accept one', async () => {
    const candidates = await json<
      Array<{ statementId: string; speaker: string; kind: string; deadline: string }>
    >('commitments', 'candidates');
    expect(candidates).toEqual([
      expect.objectContaining({
        statementId: threat,
        speaker: 'Donald Trump',
        kind: 'ultimatum',
        deadline: '2026-03-08',
      }),
    ]);
    const accepted = await json<CommitmentJson>('commitments', 'accept', threat, '--to', 'Iran');
    expect(accepted).toMatchObject({ actor: 'Donald Trump', to: 'Iran', kind: 'ultimatum' });
    // Today (the real clock) is past the deadline of 8 March 2026.
    expect(accepted).toMatchObject({ status: 'expired', overdue: true });
  });

  it('add, resolve with evidence, list, show, and credibility as a Beta posterior', async () => {
    const added = await json<CommitmentJson>(
      'commitments',
      'add',
      '--actor',
      'Trump',
      '--to',
      'Iran',
      '--kind',
      'threat',
      '--text',
      'We will hit them harder than last summer.',
      '--made-on',
      '2026-01-07',
      '--statement',
      threat,
    );
    expect(added.status).toBe('pending');
    const resolved = await json<CommitmentJson>(
      'commitments',
      'resolve',
      added.id,
      '--status',
      'carried_out',
      '--evidence',
      `statement:${strikes}`,
      '--on',
      '2026-03-10',
      '--note',
      'three sites struck',
    );
    expect(resolved.status).toBe('carried_out');
    expect(resolved.history.map((h) => [h.status, h.evidence?.id])).toEqual([
      ['pending', threat],
      ['carried_out', strikes],
    ]);

    const list = await json<CommitmentJson[]>(
      'commitments',
      'list',
      '--actor',
      'Trump',
      '--status',
      'carried_out',
    );
    expect(list.map((c) => c.id)).toEqual([added.id]);
    const shown = await cli('commitments', 'show', added.id);
    expect(shown.stdout).toContain(
      `carried out      statement:${strikes}  “three sites struck”  (ana)`,
    );

    const credibility = await json<{
      overall: {
        posterior: {
          alpha: number;
          beta: number;
          mean: number;
          interval: { level: number; low: number; high: number };
        };
      };
    }>('credibility', 'Trump', '--kind', 'threat');
    expect(credibility.overall.posterior).toMatchObject({ alpha: 2, beta: 1, mean: 0.6667 });
    expect(credibility.overall.posterior.interval).toEqual({
      level: 0.9,
      low: 0.2236,
      high: 0.9747,
    });
    const text = await cli('credibility', 'Trump');
    expect(text.stdout).toContain(
      'carried out 1 of 1 resolved commitment: mean 0.67, 90% interval 0.22–0.97',
    );
  });

  it('says what is wrong, with the exit code', async () => {
    const bad = await cli(
      'commitments',
      'resolve',
      'cmt_none',
      '--status',
      'withdrawn',
      '--evidence',
      'source:x',
      '--on',
      '2026-01-01',
    );
    expect(bad.code).toBe(3);
    const [first] = await json<CommitmentJson[]>('commitments', 'list');
    const expired = await cli(
      'commitments',
      'resolve',
      first?.id ?? '',
      '--status',
      'expired',
      '--evidence',
      'source:x',
      '--on',
      '2026-01-01',
    );
    expect(expired.code).toBe(2);
    expect(expired.stderr).toMatch(/expired is not recorded/);
    const typo = await cli('commitments', 'lst');
    expect(typo.code).toBe(2);
  });
});
