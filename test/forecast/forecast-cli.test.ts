import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli } from '../support/cli.js';

/**
 * Worked by hand. Close on day 4, outcome yes. ann: 0.5 on day 0, 0.75 on day 2 →
 * Brier 0.0625, log ln 0.75, time-averaged (0.25·2 + 0.0625·2) / 4 = 0.15625.
 * bob: 0.25 on day 1, then 1 on day 5 (after the close, ignored) → Brier 0.5625,
 * time-averaged 0.5625. Aggregate at the close over 0.75 and 0.25: median 0.5; odds 3 and ⅓
 * have geometric mean 1 → 0.5.
 */
const file = {
  question: {
    id: 'q-talks',
    type: 'binary',
    title: 'Will talks resume by day 4?',
    opens: '2024-01-01T00:00:00Z',
    closes: '2024-01-05T00:00:00Z',
    outcome: true,
  },
  forecasts: [
    { analyst: 'ann', at: '2024-01-01T00:00:00Z', p: 0.5 },
    { analyst: 'bob', at: '2024-01-02T00:00:00Z', p: 0.25 },
    { analyst: 'ann', at: '2024-01-03T00:00:00Z', p: 0.75 },
    { analyst: 'bob', at: '2024-01-06T00:00:00Z', p: 1 },
  ],
};

// Each run starts a Node process; on a busy machine several take longer than the default 30 s.
describe('telltale forecast', { timeout: 120_000 }, () => {
  let dir: string;

  beforeAll(() => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), 'telltale-forecast-cli-'));
    writeFileSync(join(dir, 'q.json'), JSON.stringify(file));
  });

  it('score --json prints exactly the analysts and the aggregate at the close', async () => {
    const result = await runCli(['forecast', 'score', join(dir, 'q.json'), '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      analysts: [
        { analyst: 'ann', brier: 0.0625, log: Math.log(0.75), timeAveragedBrier: 0.15625 },
        { analyst: 'bob', brier: 0.5625, log: Math.log(0.25), timeAveragedBrier: 0.5625 },
      ],
      // ln 3 + ln ⅓ is not exactly 0 in floating point.
      aggregate: { median: 0.5, geoMeanOdds: 0.49999999999999994 },
    });
  });

  it('score without --json prints a readable table', async () => {
    const result = await runCli(['forecast', 'score', join(dir, 'q.json')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Will talks resume by day 4? (resolved)');
    expect(result.stdout).toMatch(/ann\s+0\.0625\s+-0\.2877\s+0\.1563/);
    expect(result.stdout).toContain('median 0.5000');
  });

  it('exits 2 with a clear message on a bad file', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...file, forecasts: [{ analyst: 'ann', at: 'Monday' }] }));
    const result = await runCli(['forecast', 'score', bad, '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('telltale: Invalid forecast file: forecasts[0].at');
    const missing = await runCli(['forecast', 'score', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });

  it('imports into a database, lists and exports', async () => {
    const db = join(dir, 'f.db');
    const imported = await runCli(['forecast', 'import', join(dir, 'q.json'), '--db', db]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(
      'q-talks  imported "Will talks resume by day 4?" with 4 forecasts',
    );
    const again = await runCli(['forecast', 'import', join(dir, 'q.json'), '--db', db]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('a question with id q-talks already exists');
    const list = await runCli(['forecast', 'list', '--db', db, '--json']);
    expect(JSON.parse(list.stdout)).toEqual([
      expect.objectContaining({
        question: expect.objectContaining({
          id: 'q-talks',
          status: 'resolved',
          outcome: true,
        }) as unknown,
        forecasts: 4,
        analysts: 2,
      }),
    ]);
    const exported = await runCli(['forecast', 'export', 'q-talks', '--db', db]);
    const back = JSON.parse(exported.stdout) as typeof file;
    expect(back.forecasts).toEqual(file.forecasts);
  });
});
