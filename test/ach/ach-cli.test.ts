import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli } from '../support/cli.js';

/** A set worked by hand: E1 (High·High, weight 2) and E2 (Low·Medium, weight 1/√2). */
const set = {
  question: 'Was the refusal to negotiate a bluff?',
  hypotheses: [
    { id: 'H1', text: 'A bluff' },
    { id: 'H2', text: 'A genuine refusal' },
  ],
  evidence: [
    { id: 'E1', text: 'Envoy seen in Muscat', credibility: 'High', relevance: 'High' },
    { id: 'E2', text: 'Sermon: never', credibility: 'Low', type: 'statement' },
  ],
  ratings: [
    { analyst: 'ann', evidence: 'E1', hypothesis: 'H1', value: 'CC' },
    { analyst: 'ann', evidence: 'E1', hypothesis: 'H2', value: 'II' },
    { analyst: 'bob', evidence: 'E1', hypothesis: 'H1', value: 'C' },
    { analyst: 'bob', evidence: 'E1', hypothesis: 'H2', value: 'I' },
    { analyst: 'ann', evidence: 'E2', hypothesis: 'H1', value: 'I' },
    { analyst: 'ann', evidence: 'E2', hypothesis: 'H2', value: 'C' },
  ],
  probabilities: [
    { analyst: 'ann', hypothesis: 'H1', p: 0.75 },
    { analyst: 'ann', hypothesis: 'H2', p: 0.25 },
  ],
};

// Each run starts a Node process; on a busy machine several take longer than the default 30 s.
describe('telltale ach', { timeout: 120_000 }, () => {
  let dir: string;

  beforeAll(() => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), 'telltale-ach-cli-'));
    writeFileSync(join(dir, 'set.json'), JSON.stringify(set));
  });

  it('score --json prints the scores in the documented shape, on the file alone', async () => {
    const result = await runCli(['ach', 'score', join(dir, 'set.json'), '--json'], {
      env: { TELLTALE_DB: join(dir, 'never-created.db') },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const scores = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(scores)).toEqual([
      'hypotheses',
      'evidence',
      'cells',
      'probabilities',
      'sensitivity',
      'rankingWithoutLowCredibility',
    ]);
    // H1: E2 gives ann's I (1 point × 1/√2). H2: E1 gives II and I (1.5 points × 2).
    expect(scores['hypotheses']).toEqual([
      { id: 'H1', inconsistency: 1, weighted: 2 ** -0.5, rank: 1 }, // Low·Medium = 2^(−½)
      { id: 'H2', inconsistency: 1.5, weighted: 3, rank: 2 },
    ]);
    // E1: cell means 1.5 and −1.5 → σ 1.5; E2: means −1 and 1 → 1.
    expect(scores['evidence']).toEqual([
      { id: 'E1', diagnosticity: 1.5 },
      { id: 'E2', diagnosticity: 1 },
    ]);
    expect(scores['cells']).toEqual([
      { evidence: 'E1', hypothesis: 'H1', disagreement: 0.5, level: 'mild' },
      { evidence: 'E1', hypothesis: 'H2', disagreement: 0.5, level: 'mild' },
      { evidence: 'E2', hypothesis: 'H1', disagreement: 0, level: 'consensus' },
      { evidence: 'E2', hypothesis: 'H2', disagreement: 0, level: 'consensus' },
    ]);
    expect(scores['probabilities']).toEqual([
      { hypothesis: 'H1', p: 0.75 },
      { hypothesis: 'H2', p: 0.25 },
    ]);
    // Without E1 H2 leads (0 against 1/√2); without E2 H1 leads still (0 against 3).
    expect(scores['sensitivity']).toEqual([
      { evidence: 'E1', changesTop: true },
      { evidence: 'E2', changesTop: false },
    ]);
  });

  it('score without --json prints a readable ranking', async () => {
    const result = await runCli(['ach', 'score', join(dir, 'set.json')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Was the refusal to negotiate a bluff?');
    expect(result.stdout).toMatch(/\n\s+1\s+H1\s+1\s+0\.707\s+A bluff\n/);
    expect(result.stdout).toContain('E1 × H1  mild (0.500)');
  });

  it('exits 2 with a clear message on a bad file', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ ...set, ratings: [{ ...set.ratings[0], value: 'maybe' }] }),
    );
    const invalid = await runCli(['ach', 'score', bad, '--json']);
    expect(invalid.code).toBe(2);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toContain('telltale: Invalid hypothesis set file: ratings[0].value');

    writeFileSync(join(dir, 'broken.json'), '{"question": ');
    const broken = await runCli(['ach', 'score', join(dir, 'broken.json')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('Invalid hypothesis set file: not JSON');

    const missing = await runCli(['ach', 'score', join(dir, 'missing.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`cannot read ${join(dir, 'missing.json')}: no such file`);
  });

  it('imports JSON and .achz into a database, lists and exports them', async () => {
    const db = join(dir, 'ach.db');
    const imported = await runCli(['ach', 'import', join(dir, 'set.json'), '--db', db, '--json']);
    expect(imported.code).toBe(0);
    const { id } = JSON.parse(imported.stdout) as { id: string };

    const xml =
      '<ACH><PROJECT-TITLE>Memo</PROJECT-TITLE><MATRIX><HYPOTHESIS><NAME>A</NAME></HYPOTHESIS>' +
      '<EVIDENCE><NAME>x</NAME><CREDIBILITY>LOW</CREDIBILITY><VALUES>I</VALUES></EVIDENCE></MATRIX></ACH>';
    writeFileSync(
      join(dir, 'memo.achz'),
      gzipSync(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')])),
    );
    const achz = await runCli(['ach', 'import', join(dir, 'memo.achz'), '--db', db]);
    expect(achz.code).toBe(0);
    expect(achz.stdout).toMatch(/imported "Memo": 1 hypotheses, 1 evidence, 1 ratings/);

    const list = await runCli(['ach', 'list', '--db', db, '--json']);
    expect(
      (JSON.parse(list.stdout) as Array<{ question: string }>).map((s) => s.question).sort(),
    ).toEqual(['Memo', set.question]);

    const out = join(dir, 'export.json');
    const exported = await runCli(['ach', 'export', id, '--db', db, '--out', out]);
    expect(exported.code).toBe(0);
    const back = JSON.parse(readFileSync(out, 'utf8')) as typeof set;
    expect(back.ratings).toEqual(set.ratings);
    expect(back.evidence[1]).toEqual({ ...set.evidence[1], relevance: 'Medium' });

    const unknown = await runCli(['ach', 'export', 'ach_nope', '--db', db]);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain('no hypothesis set with id ach_nope');
  });
});
