import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestInputsFrom } from '../../src/app/ingest/ingest-input.js';
import { openTelltale, type Telltale } from '../../src/app/telltale.js';
import { fixedDeps, sqliteTestDatabase, testDatabases } from '../support/databases.js';

const CORPUS = 'examples/corpus';

describe.each(testDatabases())('ingesting the example corpus on $name', (engine) => {
  let telltale: Telltale;

  beforeAll(async () => {
    telltale = await openTelltale(await engine.create(), fixedDeps());
  });
  afterAll(async () => {
    await telltale?.close();
    await engine.dropAll();
  });

  it('stores every document once, with statements traceable to their spans', async () => {
    const summary = await telltale.ingest(ingestInputsFrom([CORPUS]));
    expect(summary.failed).toBe(0);
    expect(summary.ingested).toBeGreaterThanOrEqual(10);
    expect(summary.statements).toBeGreaterThan(20);
    const sources = await telltale.listSources();
    expect(sources).toHaveLength(summary.ingested);
    for (const s of sources.slice(0, 5)) {
      const full = await telltale.getSource(s.id);
      expect(full.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const st of full.statements) {
        expect(st.extractor).toBe('rules@8');
        expect(st.contentSpans.map((sp) => full.text.slice(sp.start, sp.end)).join(' … ')).toBe(
          st.content,
        );
      }
    }
  });

  it('reports a second run as all duplicates and stores nothing new', async () => {
    const before = await telltale.health();
    const summary = await telltale.ingest(ingestInputsFrom([CORPUS]));
    expect(summary).toMatchObject({ ingested: 0, failed: 0 });
    expect(summary.duplicates).toBe(before.sources);
    expect(await telltale.health()).toEqual(before);
  });
});

describe('bad input', () => {
  const engine = sqliteTestDatabase();
  let telltale: Telltale;
  let dir: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    telltale = await openTelltale(await engine.create(), fixedDeps());
    dir = mkdtempSync(join(tmpdir(), 'telltale-bad-'));
    await telltale.ingest(ingestInputsFrom([CORPUS]));
    server = createServer((req, res) => {
      if (req.url === '/article') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          '<html><head><meta property="article:published_time" content="2026-03-01T08:00:00Z"><title>Web piece</title></head><body><article><p>“We remain ready to talk if the other side is serious,” Foreign Minister Abbas Araghchi said in Muscat on a short visit.</p></article></body></html>',
        );
      } else if (req.url?.startsWith('/loop')) {
        res.writeHead(302, { location: `/loop${Number(req.url.slice(5) || 0) + 1}` });
        res.end();
      } else if (req.url === '/huge') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = Buffer.alloc(1024 * 1024, 'a');
        let sent = 0;
        const push = (): void => {
          while (sent < 30) {
            sent++;
            if (!res.write(chunk)) return void res.once('drain', push);
          }
          res.end();
        };
        push();
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await telltale?.close();
    await engine.dropAll();
    await new Promise((resolve) => server.close(resolve));
  });

  const file = (name: string, content: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  const failureFor = async (input: string): Promise<string> => {
    const before = await telltale.health();
    const summary = await telltale.ingest(ingestInputsFrom([input]));
    expect(summary.failed).toBe(1);
    expect(summary.ingested).toBe(0);
    expect(await telltale.health()).toEqual(before);
    expect(summary.failures[0]?.origin).toContain(
      input.startsWith('http') ? input : input.split('/').pop(),
    );
    return summary.failures[0]?.message ?? '';
  };

  it('an empty file', async () => {
    expect(await failureFor(file('empty.txt', '  \n'))).toMatch(/is empty/);
  });

  it('a binary file', async () => {
    expect(
      await failureFor(
        file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a])),
      ),
    ).toMatch(/binary file/);
  });

  it('invalid UTF-8, with the offset of the bad byte', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Tehran said “no” today. '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(' more'),
    ]);
    expect(await failureFor(file('latin.txt', bytes))).toMatch(
      /not valid UTF-8 \(first bad byte at offset 28\)/,
    );
  });

  it('a 50 MB text file is refused before it is read into memory', async () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 'word '));
    expect(await failureFor(path)).toMatch(/50\.0 MB, more than the 20\.0 MB .* split it/);
  });

  it('malformed HTML is read leniently, not rejected', async () => {
    const summary = await telltale.ingest(
      ingestInputsFrom([
        file(
          'broken.html',
          '<html><body><div><p>“This is not the end of diplomacy,” the Omani mediator Badr Albusaidi told reporters <b>after the <i>meeting</p></div>',
        ),
      ]),
    );
    expect(summary).toMatchObject({ ingested: 1, failed: 0, statements: 1 });
    const statements = await telltale.listStatements({ sourceId: summary.documents[0]?.sourceId });
    expect(statements[0]).toMatchObject({
      content: 'This is not the end of diplomacy,',
      speaker: { name: 'Badr Albusaidi' },
    });
  });

  it('HTML with no text at all', async () => {
    expect(
      await failureFor(
        file(
          'blank.html',
          '<html><head><title>x</title></head><body><script>var a=1</script></body></html>',
        ),
      ),
    ).toMatch(/no text/);
  });

  it('a missing path', async () => {
    expect(await failureFor(join(dir, 'nope.md'))).toBe('does not exist; check the path');
  });

  it('invalid JSON and a JSON object without text', async () => {
    expect(await failureFor(file('bad.json', '{"text": '))).toMatch(/not valid JSON/);
    expect(await failureFor(file('notext.json', '{"title": "x"}'))).toMatch(/no "text"/);
  });

  it('a bad line of a JSON Lines file fails alone, with its line number', async () => {
    const path = file(
      'feed.jsonl',
      [
        '{"text": "“We are in no hurry at all,” Secretary of State Marco Rubio said on Monday.", "published": "2026-03-02"}',
        '{broken',
        '',
      ].join('\n'),
    );
    const summary = await telltale.ingest(ingestInputsFrom([path]));
    expect(summary).toMatchObject({ ingested: 1, failed: 1 });
    expect(summary.failures[0]?.origin).toBe(`${path}:2`);
  });

  it('a duplicate says which source it duplicates', async () => {
    const first = await telltale.ingest(
      ingestInputsFrom([
        file('dup-a.txt', '“We will answer any attack with force,” General Hossein Salami said.'),
      ]),
    );
    const again = await telltale.ingest(
      ingestInputsFrom([
        file('dup-b.txt', '“We will answer any attack with force,” General Hossein Salami said.\n'),
      ]),
    );
    expect(again).toMatchObject({ ingested: 0, duplicates: 1, failed: 0 });
    expect(again.documents[0]).toMatchObject({
      status: 'duplicate',
      sourceId: first.documents[0]?.sourceId,
    });
  });

  it('an unreachable URL', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    expect(await failureFor(`http://127.0.0.1:${port}/article`)).toMatch(
      /could not be reached \(ECONNREFUSED\)/,
    );
  });

  it('a URL that answers 404, one that redirects forever, and one that is too large', async () => {
    expect(await failureFor(`${base}/missing`)).toMatch(/HTTP 404/);
    expect(await failureFor(`${base}/loop`)).toMatch(/redirected more than 5 times/);
    expect(await failureFor(`${base}/huge`)).toMatch(/more than the 20\.0 MB/);
  });

  it('a URL is fetched, read as HTML and dated by its meta tag', async () => {
    const summary = await telltale.ingest(ingestInputsFrom([`${base}/article`]));
    expect(summary).toMatchObject({ ingested: 1, statements: 1 });
    const source = await telltale.getSource(summary.documents[0]?.sourceId ?? '');
    expect(source).toMatchObject({
      title: 'Web piece',
      publishedOn: '2026-03-01',
      format: 'html',
      origin: `${base}/article`,
    });
    expect(source.statements[0]).toMatchObject({
      speaker: { name: 'Abbas Araghchi' },
      saidOn: { date: '2026-03-01', method: 'publication_default' },
    });
  });

  it('metadata overrides apply to a single input only', async () => {
    const path = file(
      'override.md',
      '---\ntitle: Old\npublished: 2020-01-01\n---\n“Sanctions will stay until the program ends,” Senator Lindsey Graham said.',
    );
    const summary = await telltale.ingest(ingestInputsFrom([path]), {
      published: '2026-02-01' as never,
      title: 'New title',
    });
    const source = await telltale.getSource(summary.documents[0]?.sourceId ?? '');
    expect(source).toMatchObject({ title: 'New title', publishedOn: '2026-02-01' });
    await expect(telltale.ingest(ingestInputsFrom([path, path]), { title: 'x' })).rejects.toThrow(
      /single input/,
    );
  });
});
