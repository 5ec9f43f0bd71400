import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ingestInputsFrom } from '../../src/app/ingest/ingest-input.js';
import { openTelltale, type Telltale } from '../../src/app/telltale.js';
import { poll, startBrowserHarness, type BrowserHarness } from '../support/browser-harness.js';

/**
 * The ACH matrix and the forecasting pages in a real Chromium (playwright-core) against a real
 * server over an SQLite file holding the example corpus, so that evidence can link real
 * statements. Needs the built UI: `npm run build:web`.
 */

const VIEWPORT = { width: 1440, height: 900 } as const;
const DAY = 86_400_000;

const HARNESS_OPTIONS = { viewport: VIEWPORT };

let dir: string;
let telltale: Telltale;
let harness: BrowserHarness;
let baseUrl: string;
let setId: string;
let statement: { id: string; sourceId: string };

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'telltale-ach-ui-'));
  telltale = await openTelltale({ engine: 'sqlite', path: path.join(dir, 'ui.db') });
  await telltale.ingest(ingestInputsFrom(['examples/corpus']));
  const [first] = await telltale.listStatements({ speaker: 'Khamenei' });
  if (!first) throw new Error('the corpus has no statement by Khamenei');
  statement = { id: first.id, sourceId: first.sourceId };
  const sources = await telltale.listSources();

  const set = await telltale.ach.importJson({
    question: 'Is the refusal to negotiate with Washington a bluff?',
    hypotheses: [
      { id: 'H1', text: 'A bluff: talks will follow' },
      { id: 'H2', text: 'A genuine refusal' },
      { id: 'H3', text: 'A delay until after the elections' },
    ],
    evidence: [
      {
        id: 'E1',
        text: 'The supreme leader rules out talks',
        credibility: 'High',
        relevance: 'High',
        type: 'statement',
        date: '2026-02-07',
        link: { kind: 'statement', id: statement.id },
      },
      {
        id: 'E2',
        text: 'Envoys seen in Muscat',
        credibility: 'Medium',
        type: 'action',
        link: { kind: 'source', id: sources[0]?.id ?? 'src' },
      },
      { id: 'E3', text: 'Rumour of a secret channel', credibility: 'Low', type: 'assumption' },
    ],
    ratings: [
      ...['I', 'CC', 'N'].map((value, i) => ({
        analyst: 'ann',
        evidence: 'E1',
        hypothesis: `H${i + 1}`,
        value,
      })),
      ...['CC', 'II', 'C'].map((value, i) => ({
        analyst: 'ann',
        evidence: 'E2',
        hypothesis: `H${i + 1}`,
        value,
      })),
      ...['C', 'I', 'NA'].map((value, i) => ({
        analyst: 'ann',
        evidence: 'E3',
        hypothesis: `H${i + 1}`,
        value,
      })),
      ...['II', 'C', 'N'].map((value, i) => ({
        analyst: 'bob',
        evidence: 'E1',
        hypothesis: `H${i + 1}`,
        value,
      })),
      ...['II', 'I', 'C'].map((value, i) => ({
        analyst: 'bob',
        evidence: 'E2',
        hypothesis: `H${i + 1}`,
        value,
      })),
    ],
    probabilities: [
      { analyst: 'ann', hypothesis: 'H1', p: 0.3 },
      { analyst: 'ann', hypothesis: 'H2', p: 0.5 },
      { analyst: 'ann', hypothesis: 'H3', p: 0.2 },
    ],
  });
  setId = set.id;

  harness = await startBrowserHarness(telltale, HARNESS_OPTIONS);
  baseUrl = harness.baseUrl;
});

afterEach(async () => {
  expect(await harness.closePage(), 'unexpected requests or page errors').toEqual([]);
});

afterAll(async () => {
  await harness?.close();
  await telltale?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const open = (pathname: string, viewport?: { width: number; height: number }): Promise<Page> =>
  harness.open(pathname, viewport);
const shoot = (page: Page, name: string, fullPage = false) => harness.shoot(page, name, fullPage);

const cell = (page: Page, evidence: string, hypothesis: string) =>
  page.locator(`.ach-matrix button[data-evidence="${evidence}"][data-hypothesis="${hypothesis}"]`);

describe('ACH matrix page', () => {
  it('lists the set and shows its matrix coloured by rating, with scores and diagnosticity', async () => {
    const page = await open('/ach');
    await page.locator('.ach-sets-table tbody tr').first().waitFor();
    await shoot(page, 'ach-list');
    await page
      .getByRole('link', { name: 'Is the refusal to negotiate with Washington a bluff?' })
      .click();
    await poll(() => page.url()).toBe(`${baseUrl}/ach/${setId}`);
    await cell(page, 'E1', 'H1').waitFor();
    expect(
      await page.getByRole('link', { name: 'ACH', exact: true }).getAttribute('aria-current'),
    ).toBe('page');

    // The first analyst (ann) is shown: her E1 × H2 is CC, coloured as such.
    expect(await page.getByLabel('Rating as').inputValue()).toBe('ann');
    expect(await cell(page, 'E1', 'H2').innerText()).toBe('CC');
    expect(await cell(page, 'E1', 'H2').getAttribute('class')).toContain('rating--CC');
    expect(await cell(page, 'E2', 'H2').getAttribute('class')).toContain('rating--II');

    const scores = await telltale.ach.score(setId);
    const ranks = await page.locator('.score-row--rank td[data-hypothesis]').allInnerTexts();
    expect(ranks).toEqual(scores.hypotheses.map((h) => String(h.rank)));
    const diagnosticity = await page.locator('.diagnosticity__value').allInnerTexts();
    expect(diagnosticity).toEqual(
      scores.evidence.map(({ diagnosticity: d }) =>
        Number.isInteger(d) ? String(d) : d.toFixed(3),
      ),
    );
    const sensitive = scores.sensitivity.filter((s) => s.changesTop).map((s) => s.evidence);
    expect(await page.locator('.sensitivity-summary').innerText()).toBe(
      sensitive.length === 0
        ? 'No single item of evidence changes the top-ranked hypothesis when left out.'
        : `Leaving out ${sensitive.join(', ')} changes the top-ranked hypothesis.`,
    );
    expect(
      await page
        .getByRole('list', { name: 'Ranking without Low-credibility evidence' })
        .innerText(),
    ).toContain('H');
    await shoot(page, 'ach-matrix', true);
  });

  it('rates a cell inline as the chosen analyst, saves it through the API and keeps it in the history', async () => {
    const page = await open(`/ach/${setId}`);
    await cell(page, 'E3', 'H1').waitFor();
    await page.getByLabel('Rating as').selectOption('bob');
    // bob has not rated E3.
    await poll(() => cell(page, 'E3', 'H1').innerText()).toBe('·');
    await cell(page, 'E3', 'H1').click();
    const picker = page.getByRole('group', { name: 'Rate E3 × H1' });
    await page
      .getByLabel('Note (optional, saved with the next rating)')
      .fill('a rumour, but plausible');
    await picker.getByRole('button', { name: 'II', exact: true }).click();
    await poll(() => cell(page, 'E3', 'H1').innerText()).toBe('II');
    expect(await cell(page, 'E3', 'H1').getAttribute('class')).toContain('rating--II');
    expect(
      await picker.getByRole('button', { name: 'II', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');

    // Then changed again: both changes are kept, the latest wins.
    await picker.getByRole('button', { name: 'I', exact: true }).click();
    await poll(() => cell(page, 'E3', 'H1').innerText()).toBe('I');
    const history = await telltale.ach.history(setId, { evidence: 'E3', hypothesis: 'H1' });
    expect(history.map((e) => [e.analyst, e.value, e.note ?? null])).toEqual([
      ['ann', 'C', null],
      ['bob', 'II', 'a rumour, but plausible'],
      ['bob', 'I', null],
    ]);
    await poll(() => page.locator('.rating-history li').count()).toBe(3);
    expect(await page.locator('.rating-history li').first().innerText()).toContain('bob');
    expect(await page.locator('.cell-panel').innerText()).toContain('a rumour, but plausible');
    // The analyst-against-group view shows bob's new cell against ann's C: −1 − 1 = −2.
    const row = page.locator('.comparison-table tr', { hasText: 'E3 × H1' });
    await poll(() => row.locator('td').last().innerText()).toBe('−2');

    // bob's probabilities: all on H1. Normalised per analyst, then averaged with ann's 30/50/20.
    const form = page.getByRole('form', { name: 'Probabilities' });
    await form.getByLabel('H1').fill('100');
    await form.getByRole('button', { name: 'Save probabilities' }).click();
    const probabilityRow = page.locator('.score-row', { hasText: 'Probability' });
    await poll(() => probabilityRow.locator('td.col-number').allInnerTexts()).toEqual([
      '65%',
      '25%',
      '10%',
    ]);
    await shoot(page, 'ach-rated', true);
  });

  it('shows the disagreement view and opens linked evidence in the reader', async () => {
    const page = await open(`/ach/${setId}?view=disagreement`);
    await cell(page, 'E2', 'H1').waitFor();
    const scores = await telltale.ach.score(setId);
    const e2h1 = scores.cells.find((c) => c.evidence === 'E2' && c.hypothesis === 'H1');
    expect(e2h1?.level).toBe('extreme'); // CC against II: σ = 2
    expect(await cell(page, 'E2', 'H1').getAttribute('class')).toContain('level--extreme');
    expect(await cell(page, 'E2', 'H1').innerText()).toBe('2');
    expect(await page.getByRole('list', { name: 'Legend' }).innerText()).toContain('extreme');
    await shoot(page, 'ach-disagreement', true);

    const link = page.locator('.evidence-link', { hasText: `statement ${statement.id}` });
    await poll(() => link.getAttribute('href')).toBe(
      `/sources/${statement.sourceId}#statement-${statement.id}`,
    );
    await link.click();
    await poll(() => page.url()).toBe(
      `${baseUrl}/sources/${statement.sourceId}#statement-${statement.id}`,
    );
    await page.locator(`mark.is-active[data-statement-id="${statement.id}"]`).first().waitFor();
  });
});

describe('forecast pages', () => {
  let questionId: string;

  beforeAll(async () => {
    const now = Date.now();
    const iso = (t: number) => new Date(t).toISOString();
    const question = await telltale.forecasts.createQuestion({
      type: 'binary',
      title: 'Will Iran and the US hold direct talks before the close?',
      resolutionCriteria: 'Both governments confirm a face-to-face meeting of officials.',
      opens: iso(now - 10 * DAY),
      closes: iso(now + 5 * DAY),
    });
    questionId = question.id;
    await telltale.forecasts.forecast(questionId, {
      analyst: 'ann',
      p: 0.2,
      at: iso(now - 9 * DAY),
      rationale: 'The supreme leader ruled it out.',
      links: [{ kind: 'statement', id: statement.id }],
    });
    await telltale.forecasts.forecast(questionId, {
      analyst: 'bob',
      p: 0.6,
      at: iso(now - 6 * DAY),
    });
    await telltale.forecasts.forecast(questionId, {
      analyst: 'ann',
      p: 0.35,
      at: iso(now - 3 * DAY),
    });
    // An earlier question, already resolved, so that calibration has more than one point.
    await telltale.forecasts.importJson({
      question: {
        id: 'q-snapback',
        type: 'multiple_choice',
        title: 'Which side triggers the snapback first?',
        options: ['E3', 'US', 'Neither'],
        opens: '2025-06-01T00:00:00Z',
        closes: '2025-09-01T00:00:00Z',
        outcome: 'E3',
        resolvedAt: '2025-09-02T00:00:00Z',
      },
      forecasts: [
        {
          analyst: 'ann',
          at: '2025-06-10T00:00:00Z',
          probabilities: { E3: 0.7, US: 0.1, Neither: 0.2 },
        },
        {
          analyst: 'bob',
          at: '2025-07-01T00:00:00Z',
          probabilities: { E3: 0.4, US: 0.3, Neither: 0.3 },
        },
      ],
    });
  });

  it('lists the questions and shows one with its aggregate over time as an SVG chart', async () => {
    const page = await open('/forecasts');
    await page.locator('.questions-table tbody tr').first().waitFor();
    expect(await page.locator('.questions-table tbody tr').count()).toBe(2); // before the one asked below
    await shoot(page, 'forecast-list');
    await page
      .getByRole('link', { name: 'Will Iran and the US hold direct talks before the close?' })
      .click();
    await poll(() => page.url()).toBe(`${baseUrl}/forecasts/${questionId}`);
    const chart = page.getByRole('img', { name: 'The aggregate forecast over time' });
    await chart.waitFor();
    // Axes with percentages and dates, a legend, and one point per forecast on each line.
    expect(await chart.locator('.chart__tick').allTextContents()).toEqual(
      expect.arrayContaining(['0%', '50%', '100%']),
    );
    expect(await chart.locator('.chart__axis--x text').count()).toBeGreaterThan(3);
    expect(
      await page.getByRole('list', { name: 'Legend of the aggregate chart' }).innerText(),
    ).toMatch(/Median[\s\S]*Geometric mean of odds/);
    expect(await chart.locator('[data-series="Median"] circle').count()).toBe(3);
    expect(await page.locator('.forecasts-table tbody tr').count()).toBe(3);
    expect(await page.locator('.forecasts-table').innerText()).toContain(
      'The supreme leader ruled it out.',
    );
    await poll(() => page.locator('.forecasts-table .evidence-link').getAttribute('href')).toBe(
      `/sources/${statement.sourceId}#statement-${statement.id}`,
    );
  });

  it("adds the analyst's own forecast, then resolves the question and shows scores and calibration", async () => {
    const page = await open(`/forecasts/${questionId}`);
    await page.getByLabel('Analyst').waitFor();
    await page.getByLabel('Analyst').fill('cy');
    await page.getByLabel('Probability of yes (%)').fill('70');
    await page.getByLabel('Rationale').fill('Envoys were seen in Muscat.');
    await page.getByLabel('Evidence for it').selectOption('evidence');
    await page.getByLabel('Its id').fill('E2');
    await page.getByRole('button', { name: 'Add link' }).click();
    await page.getByRole('button', { name: 'Save forecast' }).click();
    await poll(() => page.locator('.forecasts-table tbody tr').count()).toBe(4);
    await poll(() => page.locator('.own-latest').innerText()).toContain('cy’s latest: 70%');
    const stored = await telltale.forecasts.get(questionId);
    expect(stored.forecasts.at(-1)).toMatchObject({
      analyst: 'cy',
      prediction: 0.7,
      rationale: 'Envoys were seen in Muscat.',
      links: [{ kind: 'evidence', id: 'E2' }],
    });
    const chart = page.getByRole('img', { name: 'The aggregate forecast over time' });
    await poll(() => chart.locator('[data-series="Median"] circle').count()).toBe(4);
    await shoot(page, 'forecast-question', true);

    await page.getByRole('button', { name: 'Resolve: yes' }).click();
    await poll(() => page.locator('.question-header .status-badge').textContent()).toBe('resolved');
    const scores = await telltale.forecasts.score(questionId);
    await poll(() => page.locator('.scores-table tbody tr').count()).toBe(scores.analysts.length);
    expect(await page.locator('.scores-table tbody tr').first().innerText()).toContain(
      (scores.analysts[0]?.brier ?? 0).toFixed(4),
    );
    expect(await page.getByRole('form', { name: 'New forecast' }).count()).toBe(0);
    const plot = page.getByRole('img', {
      name: 'Calibration: forecast probability against observed frequency',
    });
    await plot.waitFor();
    expect(await plot.locator('[data-series] circle').count()).toBeGreaterThan(3);
    expect(await plot.locator('.chart__tick').allTextContents()).toEqual(
      expect.arrayContaining(['0%', '100%']),
    );
    await shoot(page, 'forecast-resolved', true);
  });

  it('asks a multiple-choice question from the form and takes a forecast per option', async () => {
    const page = await open('/forecasts');
    await page.getByLabel('Question', { exact: true }).fill('Who will host the next round?');
    await page.getByLabel('Resolution criteria').fill('Where the delegations next meet.');
    await page.getByLabel('Kind').selectOption('multiple_choice');
    await page.getByLabel('Options, one a line').fill('Muscat\nDoha\nGeneva');
    await shoot(page, 'forecast-ask');
    await page.getByRole('button', { name: 'Ask' }).click();
    await poll(() => page.url()).toMatch(/\/forecasts\/q_/);
    const id = decodeURIComponent(page.url().split('/').pop() ?? '');
    expect((await telltale.forecasts.get(id)).question).toMatchObject({
      type: 'multiple_choice',
      title: 'Who will host the next round?',
      options: ['Muscat', 'Doha', 'Geneva'],
    });
    await page.getByLabel('Analyst').fill('ann');
    await page.getByLabel('Muscat (%)').fill('60');
    await page.getByLabel('Doha (%)').fill('30');
    await page.getByLabel('Geneva (%)').fill('10');
    await page.getByRole('button', { name: 'Save forecast' }).click();
    const chart = page.getByRole('img', { name: 'The aggregate forecast over time (median)' });
    await chart.waitFor();
    for (const option of ['Muscat', 'Doha', 'Geneva']) {
      expect(await chart.locator(`[data-series="${option}"] circle`).count()).toBe(1);
    }
    expect(await page.locator('.forecasts-table').innerText()).toContain(
      'Muscat 60% · Doha 30% · Geneva 10%',
    );
    await shoot(page, 'forecast-multiple-choice', true);
  });

  it('shows the leaderboard once questions are resolved', async () => {
    const page = await open('/forecasts');
    await page.locator('.leaderboard-table tbody tr').first().waitFor();
    const board = await telltale.forecasts.leaderboard();
    expect(await page.locator('.leaderboard-table tbody th').allInnerTexts()).toEqual(
      board.map((e) => e.analyst),
    );
  });
});
