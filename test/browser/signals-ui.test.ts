import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ingestInputsFrom } from '../../src/app/ingest/ingest-input.js';
import { openTelltale, type Telltale } from '../../src/app/telltale.js';
import { poll, startBrowserHarness, type BrowserHarness } from '../support/browser-harness.js';

/**
 * The signals pages (actor, topic, commitments ledger, review queue) in a real Chromium against a
 * real server over an SQLite file holding the example corpus. Needs `npm run build:web`.
 */

const VIEWPORT = { width: 1366, height: 768 } as const;
const TOPIC = 'iran-us-negotiation';

const HARNESS_OPTIONS = { viewport: VIEWPORT };

let dir: string;
let telltale: Telltale;
let harness: BrowserHarness;
let baseUrl: string;
let commitmentId: string;
let evidence: { id: string; on: string };

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'telltale-signals-ui-'));
  telltale = await openTelltale({ engine: 'sqlite', path: path.join(dir, 'ui.db') });
  await telltale.ingest(ingestInputsFrom(['examples/corpus']));
  await telltale.topics.add({
    id: TOPIC,
    label: 'Iran–US negotiation',
    terms: ['negotiat*', 'talks'],
  });
  await telltale.signals.addSpeaksFor({ proxy: 'Ahmad Khatami', principal: 'Ali Khamenei' });
  await telltale.signals.addGroup({
    name: 'Tehran',
    actors: ['Ali Khamenei', 'Abbas Araghchi', 'Masoud Pezeshkian'],
  });
  const trump = await telltale.listStatements({ speaker: 'Donald Trump' });
  const ultimatum = trump.find((s) => s.content.includes('60 days'));
  const later = trump.find((s) => s !== ultimatum && s.saidOn !== null);
  if (!ultimatum || !later) throw new Error('the corpus lacks the Trump statements');
  evidence = { id: later.id, on: '2026-03-02' };
  const commitment = await telltale.commitments.add({
    actor: 'Donald Trump',
    kind: 'ultimatum',
    text: 'Iran has 60 days to make a real deal',
    deadline: '2026-12-31',
    statementId: ultimatum.id,
  });
  commitmentId = commitment.id;

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

const getApi = async <T>(pathname: string): Promise<T> => {
  const response = await fetch(`${baseUrl}/api${pathname}`);
  return (await response.json()) as T;
};

describe('actor page', () => {
  it('draws the timeline with axes, a legend and points that open the reader', async () => {
    const page = await open('/actors');
    await page.getByRole('link', { name: 'Ali Khamenei', exact: true }).click();
    await poll(() => page.url()).toBe(`${baseUrl}/actors/Ali%20Khamenei`);
    const chart = page.locator('.stance-chart').first();
    await chart.waitFor();
    const ticks = await chart.locator('.chart__tick').allTextContents();
    expect(ticks).toContain('+2 firmly open');
    expect(ticks).toContain('−2 refuses');
    expect(ticks.some((t) => /20\d\d/.test(t))).toBe(true);
    expect(
      await chart
        .locator('.stance-legend li')
        .allInnerTexts()
        .then((t) => t.map((s) => s.trim())),
    ).toEqual(expect.arrayContaining(['direct quotation', 'reported speech', 'via a proxy']));
    const points = chart.locator('a.stance-point');
    expect(await points.count()).toBeGreaterThan(2);
    // The proxy's statements are diamonds.
    expect(await chart.locator('a.stance-point path.stance-point__marker').count()).toBeGreaterThan(
      0,
    );
    await page.getByRole('link', { name: 'Ahmad Khatami', exact: true }).waitFor();
    await page
      .getByRole('heading', { name: /^Ambiguity/ })
      .first()
      .waitFor();
    await page.getByRole('heading', { name: 'Deniable signals' }).first().waitFor();
    await shoot(page, 'signals-actor', true);
    await shoot(page, 'signals-actor-viewport');

    const target = points.first();
    const statementId = await target.getAttribute('data-statement-id');
    const statement = await getApi<{ sourceId: string }>(`/statements/${statementId}`);
    await target.click();
    await poll(() => page.url()).toBe(
      `${baseUrl}/sources/${statement.sourceId}#statement-${statementId}`,
    );
    await poll(() => page.locator(`#panel-${statementId}`).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });
});

describe('topic page', () => {
  it('lists topics and shows every actor’s line and the groups’ lines with legends', async () => {
    const page = await open('/topics');
    await page.getByRole('link', { name: 'Iran–US negotiation' }).click();
    await poll(() => page.url()).toBe(`${baseUrl}/topics/${TOPIC}`);
    const charts = page.locator('.stance-chart');
    await charts.first().waitFor();
    const legend = await charts
      .first()
      .locator('.stance-legend li')
      .allInnerTexts()
      .then((t) => t.map((s) => s.trim()));
    expect(legend).toEqual(expect.arrayContaining(['Ali Khamenei', 'Donald Trump']));
    expect(await charts.first().locator('[data-series]').count()).toBeGreaterThan(2);
    await poll(() => charts.count()).toBe(2);
    expect(
      await charts
        .nth(1)
        .locator('.stance-legend li')
        .first()
        .innerText()
        .then((s) => s.trim()),
    ).toBe('Tehran (group)');
    await shoot(page, 'signals-topic', true);
    await shoot(page, 'signals-topic-viewport');
  });
});

describe('commitments ledger', () => {
  it('resolves a commitment with a statement as evidence and the credibility follows', async () => {
    const before = await open('/actors/Donald%20Trump');
    const overall = before.locator('.credibility-table tr[data-kind="all"] .credibility-estimate');
    await overall.waitFor();
    const estimateBefore = await overall.innerText();
    expect(estimateBefore).toContain('50%');
    expect(estimateBefore).toContain('interval');
    expect(await harness.closePage(), 'unexpected requests or page errors').toEqual([]);

    const page = await open('/commitments?actor=Donald%20Trump');
    const row = page.locator(`tr[data-commitment-id="${commitmentId}"]`);
    await row.waitFor();
    expect(await row.locator('.status-pill').innerText()).toBe('Pending');
    await shoot(page, 'signals-ledger');
    await row.getByRole('button', { name: 'Resolve' }).click();
    const form = page.getByRole('form', { name: 'Resolve commitment' });
    await form.getByLabel('Status').selectOption('carried_out');
    await form.getByLabel('Evidence statement id').fill(evidence.id);
    await form.getByLabel('On').fill(evidence.on);
    await form.getByLabel('Note').fill('Strikes began');
    await form.getByRole('button', { name: 'Record' }).click();
    await poll(() => row.locator('.status-pill').innerText()).toBe('Carried out');
    await row.locator(`td a[href*="#statement-${evidence.id}"]`).waitFor();
    await shoot(page, 'signals-ledger-resolved', true);
    const api = await getApi<{ status: string; history: Array<{ evidence: { id: string } }> }>(
      `/commitments/${commitmentId}`,
    );
    expect(api.status).toBe('carried_out');
    expect(api.history.at(-1)?.evidence.id).toBe(evidence.id);
    expect(await harness.closePage(), 'unexpected requests or page errors').toEqual([]);

    const after = await open('/actors/Donald%20Trump');
    const estimate = after.locator('.credibility-table tr[data-kind="all"] .credibility-estimate');
    await estimate.waitFor();
    expect(await estimate.innerText()).toContain('67%');
    await after.getByText('Iran has 60 days to make a real deal').first().waitFor();
  });
});

describe('review queue', () => {
  it('confirms a statement and corrects a speaker, and the API reflects both', async () => {
    const page = await open('/review');
    await page.getByLabel('Analyst').fill('ann');
    const items = page.locator('li.review-item');
    await items.nth(1).waitFor();
    await shoot(page, 'signals-review');
    const first = items.nth(0);
    const second = items.nth(1);
    const firstId = String(await first.getAttribute('data-statement-id'));
    const secondId = String(await second.getAttribute('data-statement-id'));

    await first.getByRole('button', { name: 'Confirm' }).click();
    await first.getByRole('status').getByText('Verdict: confirmed').waitFor();

    await second.getByLabel('Speaker').fill('Marco Rubio');
    await second.getByLabel('Act (PLOVER)').selectOption('THREATEN');
    await second.getByRole('button', { name: 'Save correction' }).click();
    await second.getByRole('status').getByText('speaker: Marco Rubio').waitFor();
    await shoot(page, 'signals-review-saved');

    const confirmed = await getApi<{ verdict: string | null }>(`/statements/${firstId}`);
    expect(confirmed.verdict).toBe('confirmed');
    const corrected = await getApi<{
      speaker: string | null;
      eventType: string | null;
      reviews: Array<{ analyst: string }>;
    }>(`/statements/${secondId}`);
    expect(corrected.speaker).toBe('Marco Rubio');
    expect(corrected.eventType).toBe('THREATEN');
    expect(corrected.reviews.at(-1)?.analyst).toBe('ann');
    expect(await page.evaluate("localStorage.getItem('telltale.analyst')")).toBe('ann');
  });
});
