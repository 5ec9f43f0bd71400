/**
 * Ingest throughput: N synthetic ~900-word articles written to a temporary folder and ingested
 * into a fresh SQLite file in one process, through the same path as `telltale ingest`.
 * Prints articles/s, tokens/s, the ratio to wink-nlp tokenisation alone, and peak RSS.
 *
 *   npm run bench -- [N]        (default 1000)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingestInputsFrom } from '../src/app/ingest/ingest-input.js';
import { openTelltale } from '../src/app/telltale.js';
import { analyseText } from '../src/extract/text-analysis.js';
import { syntheticArticle } from './synthetic-articles.js';

const n = Number(process.argv[2] ?? 1000);
const dir = mkdtempSync(join(tmpdir(), 'telltale-bench-'));
const corpus = join(dir, 'corpus');
mkdirSync(corpus);
const texts = Array.from({ length: n }, (_, i) => syntheticArticle(i));
texts.forEach((t, i) => writeFileSync(join(corpus, `a${String(i).padStart(6, '0')}.txt`), t));
const words = texts.reduce((sum, t) => sum + t.split(/\s+/).length, 0);

// Tokenisation alone (wink-nlp with sentence boundaries), the floor any extractor stands on.
analyseText(texts[0] ?? '');
let t0 = performance.now();
let tokens = 0;
for (const t of texts) tokens += analyseText(t).tokens.length;
const tokenSeconds = (performance.now() - t0) / 1000;

const telltale = await openTelltale({ engine: 'sqlite', path: join(dir, 'bench.db') });
t0 = performance.now();
const summary = await telltale.ingest(ingestInputsFrom([corpus]));
const seconds = (performance.now() - t0) / 1000;
await telltale.close();
const peakRssMb = process.resourceUsage().maxRSS / 1024;
rmSync(dir, { recursive: true, force: true });

const rows: Array<[string, string]> = [
  ['articles', `${n} (${(words / n).toFixed(0)} words each on average)`],
  ['ingested / failed', `${summary.ingested} / ${summary.failed}`],
  ['statements found', String(summary.statements)],
  ['ingest time', `${seconds.toFixed(2)} s`],
  [
    'ingest throughput',
    `${(n / seconds).toFixed(1)} articles/s, ${Math.round(summary.tokens / seconds).toLocaleString('en')} tokens/s`,
  ],
  [
    'wink-nlp tokenisation alone',
    `${(n / tokenSeconds).toFixed(1)} articles/s, ${Math.round(tokens / tokenSeconds).toLocaleString('en')} tokens/s`,
  ],
  [
    'ingest / tokenisation',
    `${(tokenSeconds / seconds).toFixed(2)}× the speed of tokenising alone`,
  ],
  ['peak RSS', `${peakRssMb.toFixed(0)} MB`],
];
console.log('Telltale ingest benchmark (single process, SQLite, one core)');
for (const [k, v] of rows) console.log(`  ${k.padEnd(30)} ${v}`);
