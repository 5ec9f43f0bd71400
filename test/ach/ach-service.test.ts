import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  parseHypothesisSetFile,
  serialiseHypothesisSet,
} from '../../src/app/ach/hypothesis-set-file.js';
import { openTelltale, type Telltale } from '../../src/app/telltale.js';
import { fixedDeps, sqliteTestDatabase } from '../support/databases.js';

/** The example of docs/ach-format.md and the scores it shows. */
const doc = readFileSync('docs/ach-format.md', 'utf8');
const [exampleText = '', scoresText = ''] = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map(
  (m) => m[1],
);

const achzXml = `<?xml version="1.0" encoding="UTF-16"?>
<ACH>
  <PROJECT-TITLE>Who leaked the memo?</PROJECT-TITLE>
  <MATRIX>
    <HYPOTHESIS><NAME>The minister</NAME></HYPOTHESIS>
    <HYPOTHESIS><NAME>An aide</NAME></HYPOTHESIS>
    <EVIDENCE>
      <NAME>Memo printed on ministry paper</NAME>
      <CREDIBILITY>HIGH</CREDIBILITY>
      <VALUES>C C,I I</VALUES>
    </EVIDENCE>
    <EVIDENCE>
      <NAME>Aide resigns</NAME>
      <CREDIBILITY>LOW</CREDIBILITY>
      <VALUES>I,C</VALUES>
    </EVIDENCE>
  </MATRIX>
</ACH>`;
const achz = gzipSync(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(achzXml, 'utf16le')]));

describe('ACH use cases over the store', () => {
  const engine = sqliteTestDatabase();
  let telltale: Telltale;
  // A clock the tests move on, so that each change has its own time.
  let now = Date.parse('2026-11-21T12:00:00Z');

  beforeAll(async () => {
    telltale = await openTelltale(await engine.create(), {
      ...fixedDeps(),
      clock: { now: () => new Date(now) },
    });
  });
  afterAll(async () => {
    await telltale?.close();
    await engine.dropAll();
  });

  it('imports the JSON format and scores it as the core does', async () => {
    const stored = await telltale.ach.importFile('set.json', Buffer.from(exampleText));
    expect(stored.question).toBe('Why did the minister cancel the trade visit?');
    expect(stored.analysts).toEqual(['ann', 'bob']);
    expect(stored.createdAt).toBe('2026-11-21T12:00:00.000Z');
    const scores = await telltale.ach.score(stored.id);
    expect(JSON.parse(JSON.stringify(scores))).toEqual(JSON.parse(scoresText));
    const list = await telltale.ach.list();
    expect(list.find((s) => s.id === stored.id)).toMatchObject({
      hypotheses: 3,
      evidence: 3,
      analysts: 2,
      ratingEvents: 17,
    });
  });

  it('exports JSON that parses back to the set it imported', async () => {
    const original = parseHypothesisSetFile(exampleText);
    const { id } = await telltale.ach.importSet(original);
    const text = serialiseHypothesisSet(await telltale.ach.exportSet(id));
    expect(parseHypothesisSetFile(text)).toEqual(original);
    // And a second round trip through the store gives the same text.
    const again = await telltale.ach.importJson(JSON.parse(text));
    expect(serialiseHypothesisSet(await telltale.ach.exportSet(again.id))).toBe(text);
  });

  it('imports a PARC ACH .achz file with the analyst "imported"', async () => {
    const stored = await telltale.ach.importFile('memo.achz', achz);
    expect(stored.question).toBe('Who leaked the memo?');
    expect(stored.hypotheses.map((h) => h.text)).toEqual(['The minister', 'An aide']);
    expect(stored.evidence.map((e) => [e.id, e.credibility])).toEqual([
      ['E1', 'High'],
      ['E2', 'Low'],
    ]);
    expect(
      stored.ratings.map((r) => `${r.analyst} ${r.evidence}×${r.hypothesis} ${r.value}`),
    ).toEqual(['imported E1×H1 CC', 'imported E1×H2 II', 'imported E2×H1 I', 'imported E2×H2 C']);
    expect((await telltale.ach.score(stored.id)).hypotheses.map((h) => h.rank)).toEqual([1, 2]);
  });

  it('keeps every rating change with who and when, and the latest wins', async () => {
    const { id } = await telltale.ach.importJson(JSON.parse(exampleText));
    now += 60_000;
    await telltale.ach.rate(id, {
      analyst: 'ann',
      evidence: 'E1',
      hypothesis: 'H2',
      value: 'I',
      note: 'on reflection',
    });
    now += 60_000;
    await telltale.ach.rate(id, { analyst: 'ann', evidence: 'E1', hypothesis: 'H2', value: 'cc' });
    now += 60_000;
    await telltale.ach.rate(id, { analyst: 'cy', evidence: 'E1', hypothesis: 'H2', value: 'II' });

    const history = await telltale.ach.history(id, { evidence: 'E1', hypothesis: 'H2' });
    expect(history.map((e) => [e.analyst, e.value, e.at, e.note ?? null])).toEqual([
      ['ann', 'C', '2026-11-21T12:00:00.000Z', null],
      ['bob', 'C', '2026-11-21T12:00:00.000Z', null],
      ['ann', 'I', '2026-11-21T12:01:00.000Z', 'on reflection'],
      ['ann', 'CC', '2026-11-21T12:02:00.000Z', null],
      ['cy', 'II', '2026-11-21T12:03:00.000Z', null],
    ]);
    expect((await telltale.ach.history(id, { analyst: 'cy' })).length).toBe(1);

    const set = await telltale.ach.get(id);
    expect(set.analysts).toEqual(['ann', 'bob', 'cy']);
    expect(set.ratings.filter((r) => r.evidence === 'E1' && r.hypothesis === 'H2')).toEqual([
      { analyst: 'ann', evidence: 'E1', hypothesis: 'H2', value: 'CC' },
      { analyst: 'bob', evidence: 'E1', hypothesis: 'H2', value: 'C' },
      { analyst: 'cy', evidence: 'E1', hypothesis: 'H2', value: 'II' },
    ]);
    // The scores follow the current ratings: H2 now has cy's II on E1 (weight 2): ⅓·2 points.
    const scores = await telltale.ach.score(id);
    expect(scores.hypotheses[1]).toMatchObject({ id: 'H2', inconsistency: 2 / 3, weighted: 4 / 3 });
    expect(scores.cells.find((c) => c.evidence === 'E1' && c.hypothesis === 'H2')).toMatchObject({
      level: 'extreme', // values 2, 1, −2: σ = √(26/9) ≈ 1.70
    });
  });

  it('compares one analyst with the group', async () => {
    const { id } = await telltale.ach.importJson(JSON.parse(exampleText));
    await telltale.ach.rate(id, { analyst: 'cy', evidence: 'E1', hypothesis: 'H1', value: 'CC' });
    const cells = await telltale.ach.compare(id, 'cy');
    // cy rated one cell: CC (2) against ann's and bob's II (−2, −2).
    expect(cells).toEqual([
      { evidence: 'E1', hypothesis: 'H1', analystValue: 2, groupMean: -2, difference: 4 },
    ]);
    const ann = await telltale.ach.compare(id, 'ann');
    // ann's E3 × H3 is II (−2) against bob's C (1).
    expect(ann.find((c) => c.evidence === 'E3' && c.hypothesis === 'H3')).toEqual({
      evidence: 'E3',
      hypothesis: 'H3',
      analystValue: -2,
      groupMean: 1,
      difference: -3,
    });
    // ann's E1 × H1 against bob's −2 and cy's 2.
    expect(ann[0]).toMatchObject({ groupMean: 0, difference: -2 });
  });

  it('adds hypotheses, evidence and probabilities, checking them against the set', async () => {
    const { id } = await telltale.ach.importJson({
      question: 'Q?',
      hypotheses: [{ id: 'H1', text: 'one' }],
      evidence: [],
    });
    expect(await telltale.ach.addHypothesis(id, { text: ' two ' })).toEqual({
      id: 'H2',
      text: 'two',
    });
    const evidence = await telltale.ach.addEvidence(id, {
      text: 'A speech',
      credibility: 'Low',
      type: 'statement',
      link: { kind: 'statement', id: 'st_9' },
    });
    expect(evidence).toEqual({
      id: 'E1',
      text: 'A speech',
      credibility: 'Low',
      relevance: 'Medium',
      type: 'statement',
      link: { kind: 'statement', id: 'st_9' },
    });
    await telltale.ach.setProbabilities(id, {
      analyst: 'ann',
      probabilities: [
        { hypothesis: 'H1', p: 0.125 },
        { hypothesis: 'H2', p: 0.375 },
      ],
    });
    expect((await telltale.ach.score(id)).probabilities).toEqual([
      { hypothesis: 'H1', p: 0.25 },
      { hypothesis: 'H2', p: 0.75 },
    ]);
    await expect(
      telltale.ach.rate(id, { analyst: 'ann', evidence: 'E1', hypothesis: 'H9', value: 'C' }),
    ).rejects.toThrow('hypothesis: unknown hypothesis "H9"');
    await expect(
      telltale.ach.rate(id, { analyst: 'ann', evidence: 'E1', hypothesis: 'H1', value: 'X' }),
    ).rejects.toThrow('value: "X" is not one of CC, C, N, I, II, NA');
    await expect(telltale.ach.addEvidence(id, { text: 'x', credibility: 'Huge' })).rejects.toThrow(
      /credibility/,
    );
    await expect(telltale.ach.get('ach_missing')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(telltale.ach.importFile('bad.json', Buffer.from('{'))).rejects.toThrow(
      /Invalid hypothesis set file: not JSON/,
    );
  });
});
