import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli } from '../support/cli.js';

/**
 * Issue 5's "done when", on the example corpus and through the CLI: a shift is flagged, a proxy's
 * statement shows on its principal's line with the deniable-signal flag, and a commitment moves
 * from pending to resolved with evidence while the actor's credibility changes accordingly.
 */
interface Timeline {
  points: Array<{ statementId: string; saidOn: string; stance: number; via: string | null }>;
  shifts: Array<{
    fromStatementId: string;
    toStatementId: string;
    fromStance: number;
    toStance: number;
  }>;
  ambiguity: number;
  deniableSignals: Array<{ statementId: string; via: string; reason: string }>;
}

describe('signals on the example corpus, through the CLI', () => {
  let db: string;
  const cli = async (...args: string[]) => {
    const result = await runCli([...args, '--db', db]);
    expect(result.stderr).not.toContain('unexpected error');
    return result;
  };
  const json = async <T>(...args: string[]): Promise<T> =>
    JSON.parse((await cli(...args, '--json')).stdout) as T;

  beforeAll(async () => {
    assertBuilt();
    db = join(mkdtempSync(join(tmpdir(), 'telltale-signals-')), 'signals.db');
    expect((await cli('ingest', resolve('examples/corpus'))).code).toBe(0);
    const topic = await cli(
      'topics',
      'add',
      'iran-us-negotiation',
      '--label',
      'Iran–US negotiations',
      '--terms',
      'negotiat*,talks,diplomacy',
      '--actors',
      'IRN,USA',
    );
    expect(topic.code).toBe(0);
    expect(
      (await cli('relations', 'add', 'Ahmad Khatami', '--speaks-for', 'Ali Khamenei')).code,
    ).toBe(0);
  }, 300_000);

  it('flags a shift on the supreme leader’s line and his deputy’s sermon as a deniable signal', async () => {
    const timeline = await json<Timeline>(
      'timeline',
      'Ali Khamenei',
      '--topic',
      'iran-us-negotiation',
    );
    expect(timeline.points.length).toBeGreaterThan(3);
    // The corpus has him cautiously open in early January and rejecting talks a fortnight later.
    const shift = timeline.shifts.find((s) => s.fromStance > 0 && s.toStance < 0);
    expect(shift).toBeDefined();
    const viaKhatami = timeline.points.filter((p) => p.via === 'Ahmad Khatami');
    expect(viaKhatami.length).toBeGreaterThan(0);
    expect(
      timeline.deniableSignals.some(
        (d) => d.via === 'Ahmad Khatami' && viaKhatami.some((p) => p.statementId === d.statementId),
      ),
    ).toBe(true);
    expect(timeline.ambiguity).toBeGreaterThanOrEqual(0);
    expect(timeline.ambiguity).toBeLessThanOrEqual(1);
  }, 120_000);

  it('moves a threat from pending to not carried out with evidence, and the credibility follows', async () => {
    // The corpus's 60-day ultimatum of early January.
    const trump = await json<Array<{ id: string; content: string; saidOn: string }>>(
      'statements',
      '--speaker',
      'Donald Trump',
    );
    const threat = trump.find((s) => /60 days/.test(s.content));
    expect(threat).toBeDefined();
    const added = await json<{ id: string; status: string }>(
      'commitments',
      'add',
      '--actor',
      'Donald Trump',
      '--to',
      'Iran',
      '--kind',
      'threat',
      '--text',
      'Return to the table within 60 days or face strikes',
      '--deadline',
      '2026-03-08',
      '--statement',
      threat?.id ?? '',
    );
    const before = await json<{ overall: { posterior: { mean: number }; resolved: number } }>(
      'credibility',
      'Donald Trump',
    );
    expect(before.overall.resolved).toBe(0);
    expect(before.overall.posterior.mean).toBeCloseTo(0.5, 10);
    const resolved = await json<{ status: string }>(
      'commitments',
      'resolve',
      added.id,
      '--status',
      'not_carried_out',
      '--evidence',
      `statement:${threat?.id ?? ''}`,
      '--on',
      '2026-03-10',
    );
    expect(resolved.status).toBe('not_carried_out');
    const after = await json<{
      overall: {
        posterior: { mean: number; interval: { low: number; high: number } };
        resolved: number;
      };
    }>('credibility', 'Donald Trump');
    expect(after.overall.resolved).toBe(1);
    // Beta(1, 2): mean 1/3, and a 90 % interval, not a bare percentage.
    expect(after.overall.posterior.mean).toBeCloseTo(1 / 3, 3);
    expect(after.overall.posterior.interval.low).toBeLessThan(1 / 3);
    expect(after.overall.posterior.interval.high).toBeGreaterThan(1 / 3);
  }, 180_000);
});
