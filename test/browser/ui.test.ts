import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ingestInputsFrom } from '../../src/app/ingest/ingest-input.js';
import { openTelltale, type Telltale } from '../../src/app/telltale.js';
import { poll, startBrowserHarness, type BrowserHarness } from '../support/browser-harness.js';

/**
 * The web UI in a real browser (Debian's Chromium through playwright-core) against a real server
 * over a real SQLite file holding the example corpus. Needs the built UI: `npm run build:web`.
 */

const LAPTOP = { width: 1366, height: 768 } as const;
const WIDE = { width: 1440, height: 900 } as const;
/** Rows per page in the UI's tables (web/src/components/pager.tsx). */
const UI_PAGE = 100;

const HARNESS_OPTIONS = {
  viewport: LAPTOP,
  expectedConsoleError: (text: string) => text.includes('404'),
};

let dir: string;
let telltale: Telltale;
let harness: BrowserHarness;
let baseUrl: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'telltale-ui-'));
  telltale = await openTelltale({ engine: 'sqlite', path: path.join(dir, 'ui.db') });
  await telltale.ingest(ingestInputsFrom(['examples/corpus']));
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

const rowCount = (page: Page, table: string) => page.locator(`${table} tbody tr`).count();

/** Waits until the table has settled (not loading) with a row count that satisfies `ok`. */
const waitForRows = async (
  page: Page,
  table: string,
  ok: (n: number) => boolean,
): Promise<number> => {
  await poll(async () => {
    const busy = await page.locator(`${table}[aria-busy="true"]`).count();
    return busy === 0 && ok(await rowCount(page, table));
  }).toBe(true);
  return rowCount(page, table);
};

const statementIdsOf = async (page: Page, selector: string): Promise<Array<string | null>> =>
  Promise.all(
    (await page.locator(selector).all()).map((mark) => mark.getAttribute('data-statement-id')),
  );

const inViewport = async (page: Page, selector: string, viewport: { height: number }) => {
  const box = await page.locator(selector).first().boundingBox();
  if (box === null) return false;
  const barBottom = (await page.locator('.top-bar').boundingBox())?.height ?? 0;
  return box.y >= barBottom && box.y + box.height <= viewport.height;
};

describe('web UI', () => {
  it('lists the sources with their titles, outlets and statement counts, and searches them', async () => {
    const expected = await telltale.listSources();
    const page = await open('/');
    await poll(() => page.url()).toBe(`${baseUrl}/sources`);
    await waitForRows(page, '.sources-table', (n) => n === expected.length);
    expect(expected.length).toBeGreaterThan(10);

    const titles = await page.locator('.sources-table .source-title').allInnerTexts();
    expect(titles).toEqual(expected.map((s) => s.title));
    expect(titles).toContain('Khamenei shuts the door on negotiations with Washington');
    const first = page.locator('.sources-table tbody tr').first();
    expect(await first.innerText()).toContain(expected[0]?.outlet ?? '');
    expect(await first.locator('.col-number').innerText()).toBe(
      String(expected[0]?.statementCount),
    );
    expect(
      await page.getByRole('link', { name: 'Sources', exact: true }).getAttribute('aria-current'),
    ).toBe('page');
    await shoot(page, 'sources');

    await page.getByLabel('Search titles and text').fill('Muscat');
    await page.getByRole('button', { name: 'Search' }).click();
    await poll(() => page.url()).toContain('?q=Muscat');
    const found = await waitForRows(page, '.sources-table', (n) => n > 0 && n < expected.length);
    expect(found).toBe((await telltale.listSources({ query: 'Muscat' })).length);
  });

  it('narrows the statements table with a full-text search', async () => {
    const total = (await telltale.listStatements()).length;
    const firstPage = Math.min(total, UI_PAGE);
    const matching = await telltale.listStatements({ query: 'negotiate' });
    expect(matching.length, 'the corpus has statements about negotiating').toBeGreaterThan(1);
    expect(matching.length).toBeLessThan(firstPage);
    const page = await open('/statements');
    await waitForRows(page, '.statements-table', (n) => n === firstPage);
    expect(
      await page
        .getByRole('link', { name: 'Statements', exact: true })
        .getAttribute('aria-current'),
    ).toBe('page');
    expect(await page.locator('.statements-table thead th').allTextContents()).toEqual([
      'Said on',
      'Speaker',
      'Statement',
      'Kind',
      'Source',
    ]);

    await page.getByLabel('Words in the statement').fill('negotiate');
    await page.getByLabel('Words in the statement').press('Enter');
    await poll(() => page.url()).toContain('q=negotiate');
    await waitForRows(page, '.statements-table', (n) => n === matching.length);
    // The search stems: "negotiate" finds negotiation and negotiating too.
    for (const content of await page.locator('.statements-table td.col-content').allInnerTexts()) {
      expect(content).toMatch(/negotiat/i);
    }
    await shoot(page, 'statements-search');
  });

  it('pages through the statements', async () => {
    const total = (await telltale.listStatements()).length;
    const page = await open('/statements?page=2');
    const second = Math.max(0, Math.min(UI_PAGE, total - UI_PAGE));
    await waitForRows(page, '.statements-table', (n) => n === second);
    expect(await page.locator('.pager .result-count').first().innerText()).toBe(
      second === 0 ? 'Nothing on page 2' : `Showing ${UI_PAGE + 1}–${UI_PAGE + second}`,
    );
    await page.getByRole('button', { name: 'Previous' }).first().click();
    await poll(() => page.url()).toBe(`${baseUrl}/statements`);
    await waitForRows(page, '.statements-table', (n) => n === Math.min(total, UI_PAGE));
  });

  it('filters statements by speaker, and each row opens the reader at its statement', async () => {
    const expected = await telltale.listStatements({ speaker: 'Donald Trump' });
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(UI_PAGE);
    const page = await open('/statements', WIDE);
    await waitForRows(page, '.statements-table', (n) => n > expected.length);

    await page.getByLabel('Speaker').selectOption('Donald Trump');
    await poll(() => page.url()).toContain('speaker=Donald+Trump');
    await waitForRows(page, '.statements-table', (n) => n === expected.length);
    for (const speaker of await page
      .locator('.statements-table td.col-speaker .speaker')
      .allInnerTexts()) {
      expect(speaker).toBe('Donald Trump');
    }
    await shoot(page, 'statements-speaker');

    const target = expected[expected.length - 1];
    if (!target) throw new Error('the corpus has no statement by Donald Trump');
    await page.locator(`a[href$="#statement-${target.id}"]`).click();
    await poll(() => page.url()).toBe(
      `${baseUrl}/sources/${target.sourceId}#statement-${target.id}`,
    );
    const active = `mark.is-active[data-statement-id="${target.id}"]`;
    await page.locator(active).first().waitFor();
    await poll(() => inViewport(page, active, WIDE)).toBe(true);
    await poll(() => page.locator(`#panel-${target.id}`).getAttribute('aria-pressed')).toBe('true');
    await shoot(page, 'reader-from-table');
  });

  it('opens a source from the list with its statements highlighted in the text', async () => {
    const sources = await telltale.listSources();
    const busiest = [...sources].sort((a, b) => b.statementCount - a.statementCount)[0];
    if (!busiest?.title) throw new Error('the corpus has no source');
    const page = await open('/sources');
    await page.getByRole('link', { name: busiest.title, exact: true }).click();
    await poll(() => page.url()).toBe(`${baseUrl}/sources/${busiest.id}`);
    await page.locator('mark[data-statement-id]').first().waitFor();

    const source = await telltale.getSource(busiest.id);
    const marked = [...new Set(await statementIdsOf(page, 'mark[data-statement-id]'))];
    expect(marked.sort()).toEqual(source.statements.map((s) => s.id).sort());
    expect(await page.locator('.mention').count()).toBeGreaterThan(0);
    // The highlighted text is the statement's content, character for character.
    const one = source.statements[0];
    if (!one) throw new Error('the busiest source has no statement');
    const text = (await page.locator(`mark[data-statement-id="${one.id}"]`).allTextContents()).join(
      '',
    );
    expect(text).toBe(source.text.slice(one.contentSpans[0]?.start, one.contentSpans[0]?.end));
    // Paragraphs survive: the text keeps its blank lines and is shown pre-wrapped.
    const article = page.locator('.article-text');
    // An expression in a string, as this file is type-checked without the DOM's types.
    const whiteSpace = await page.evaluate<string>(
      "getComputedStyle(document.querySelector('.article-text')).whiteSpace",
    );
    expect(whiteSpace).toBe('pre-wrap');
    expect(await article.textContent()).toBe(source.text);
    expect(await page.locator('.statement-entry').count()).toBe(source.statements.length);
    await shoot(page, 'reader');
  });

  it('scrolls the text to a statement chosen in the side panel, and selects the entry of a clicked highlight', async () => {
    const sources = await telltale.listSources();
    const busiest = [...sources].sort((a, b) => b.statementCount - a.statementCount)[0];
    if (!busiest) throw new Error('the corpus has no source');
    const page = await open(`/sources/${busiest.id}`);
    await page.locator('.statement-entry').first().waitFor();

    const last = page.locator('.statement-entry').last();
    const lastId = (await last.getAttribute('id'))?.replace(/^panel-/, '');
    if (!lastId) throw new Error('the panel entry has no id');
    const highlight = `mark[data-statement-id="${lastId}"]`;
    expect(
      await inViewport(page, highlight, LAPTOP),
      'the last statement starts below the fold',
    ).toBe(false);

    await last.click();
    await poll(() => last.getAttribute('aria-pressed')).toBe('true');
    await poll(() => page.locator(`${highlight}.is-active`).count()).toBeGreaterThan(0);
    await poll(() => inViewport(page, highlight, LAPTOP)).toBe(true);
    await poll(() => page.url()).toBe(`${baseUrl}/sources/${busiest.id}#statement-${lastId}`);
    const activeIds = await statementIdsOf(page, 'mark.is-active');
    expect(new Set(activeIds)).toEqual(new Set([lastId]));
    await shoot(page, 'reader-active');

    // And back: clicking a highlight in the text selects its entry in the panel.
    const other = page
      .locator(`mark[data-statement-id]:not([data-statement-id="${lastId}"])`)
      .last();
    const otherId = await other.getAttribute('data-statement-id');
    await other.click();
    await poll(() => page.locator(`#panel-${otherId}`).getAttribute('aria-pressed')).toBe('true');
    await poll(() => last.getAttribute('aria-pressed')).toBe('false');
    await poll(() => inViewport(page, `#panel-${otherId}`, LAPTOP)).toBe(true);
  });

  it("shows the API's message for a source that does not exist", async () => {
    const response = await fetch(`${baseUrl}/api/sources/src_does_not_exist`);
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { message: string } };
    const page = await open('/sources/src_does_not_exist');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(body.error.message);
    await shoot(page, 'not-found');
  });

  it('lists the actors with their statement counts', async () => {
    const actors = await telltale.listActors();
    const page = await open('/actors');
    await waitForRows(page, '.actors-table', (n) => n === actors.length);
    expect(await page.locator('.actors-table tbody th').allInnerTexts()).toEqual(
      actors.map((a) => a.canonicalName),
    );
    expect(
      await page.getByRole('link', { name: 'Actors', exact: true }).getAttribute('aria-current'),
    ).toBe('page');
    await shoot(page, 'actors');
  });
});
