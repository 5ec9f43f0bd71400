import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Telltale } from '../../src/app/telltale.js';
import { buildServer } from '../../src/server/server.js';

/**
 * One real server and one Debian Chromium for a browser test file. Every page records what it
 * should not do — requests off the server, page errors, console errors — and `closePage()`
 * returns them so that the test can fail on them.
 */
export interface BrowserHarness {
  readonly baseUrl: string;
  open(pathname: string, viewport?: Viewport): Promise<Page>;
  /** A screenshot in test-results/ (a full page is taken from the top). */
  shoot(page: Page, name: string, fullPage?: boolean): Promise<void>;
  /** Closes the open page and returns the problems it recorded. */
  closePage(): Promise<string[]>;
  close(): Promise<void>;
}

export interface Viewport {
  readonly width: number;
  readonly height: number;
}

const WEB_ROOT = path.resolve('dist/web');
const SHOTS = path.resolve('test-results');

/** The flags the machine needs: no sandbox as root, and no calls home on a closed network. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Polls long enough for a first load; the default second is tight on a busy machine. */
export const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });

export const startBrowserHarness = async (
  telltale: Telltale,
  options: {
    readonly viewport: Viewport;
    /** Console errors the test provokes on purpose (a 404 it asks for). */
    readonly expectedConsoleError?: (text: string) => boolean;
  },
): Promise<BrowserHarness> => {
  if (!existsSync(path.join(WEB_ROOT, 'index.html'))) {
    throw new Error(
      `${WEB_ROOT}/index.html is missing: build the UI first with \`npm run build:web\` (\`npm test\` does).`,
    );
  }
  mkdirSync(SHOTS, { recursive: true });
  const server: FastifyInstance = await buildServer(telltale, { webRoot: WEB_ROOT });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  if (address === null || typeof address === 'string')
    throw new Error('the server has no TCP address');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const browser: Browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  let context: BrowserContext | undefined;
  let problems: string[] = [];

  return {
    baseUrl,
    async open(pathname, viewport = options.viewport) {
      await context?.close();
      context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      // The UI talks to its own server only; anything else is a bug (and would hang offline).
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(baseUrl)) return route.continue();
        problems.push(`request off the server: ${url}`);
        return route.abort();
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && !options.expectedConsoleError?.(message.text())) {
          problems.push(`console error: ${message.text()}`);
        }
      });
      await page.goto(`${baseUrl}${pathname}`);
      return page;
    },
    async shoot(page, name, fullPage = false) {
      // From the top, so that the sticky bar is not pasted into the middle of a full-page shot.
      if (fullPage) await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
    },
    async closePage() {
      await context?.close();
      context = undefined;
      const seen = problems;
      problems = [];
      return seen;
    },
    async close() {
      await context?.close();
      await browser.close();
      await server.close();
    },
  };
};
