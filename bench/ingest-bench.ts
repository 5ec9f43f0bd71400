/**
 * Ingest throughput: N synthetic ~900-word articles written to a temporary folder and ingested
 * into a fresh SQLite file in one process, through the same path as `telltale ingest`.
 * Prints articles/s, tokens/s, the ratio to wink-nlp tokenisation alone, and peak RSS. A
 * warm-up ingest of a few articles into another database comes first and is timed apart, so the
 * figures are steady throughput, not the one-off cost of a cold cache and of compiling hot code.
 * It measures the compiled code in dist/, as production runs it (`npm run bench` builds it first):
 * tsx's transform of src/ (a `__name` call for every closure it creates) costs some 7–10%.
 *
 *   npm run bench -- [N]        (default 1000)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as IngestInputModule from '../src/app/ingest/ingest-input.js';
import type * as TelltaleModule from '../src/app/telltale.js';
import type * as TextAnalysisModule from '../src/extract/text-analysis.js';
import { syntheticArticle } from './synthetic-articles.js';

/** A module of the compiled code (`npm run build:server`), typed as its source. */
const compiled = async <T>(path: string): Promise<T> =>
  (await import(new URL(`../dist/${path}`, import.meta.url).href)) as T;
const { ingestInputsFrom } = await compiled<typeof IngestInputModule>('app/ingest/ingest-input.js');
const { openTelltale } = await compiled<typeof TelltaleModule>('app/telltale.js');
const { analyseText } = await compiled<typeof TextAnalysisModule>('extract/text-analysis.js');

const n = Number(process.argv[2] ?? 1000);
const dir = mkdtempSync(join(tmpdir(), 'telltale-bench-'));
const corpus = join(dir, 'corpus');
mkdirSync(corpus);
const texts = Array.from({ length: n }, (_, i) => syntheticArticle(i));
texts.forEach((t, i) => writeFileSync(join(corpus, `a${String(i).padStart(6, '0')}.txt`), t));
const words = texts.reduce((sum, t) => sum + t.split(/\s+/).length, 0);

// Tokenisation alone (wink-nlp with sentence boundaries), the floor any extractor stands on,
// warmed up on as many articles as the ingest is (below).
const WARM_UP = 20;
for (let i = 0; i < WARM_UP; i++) analyseText(syntheticArticle(n + i));
/** CPU seconds this process has used: steadier than the clock on a busy machine. */
const cpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
let t0 = performance.now();
let cpu0 = cpuSeconds();
let tokens = 0;
for (const t of texts) tokens += analyseText(t).tokens.length;
const tokenSeconds = (performance.now() - t0) / 1000;
const tokenCpuSeconds = cpuSeconds() - cpu0;

// A warm-up ingest into a database of its own, so that the timed run measures steady throughput:
// the parsed-YAML cache filled, the hot code compiled. Its cost is printed apart.
const warmUpCorpus = join(dir, 'warm-up');
mkdirSync(warmUpCorpus);
for (let i = 0; i < WARM_UP; i++)
  writeFileSync(join(warmUpCorpus, `w${i}.txt`), syntheticArticle(n + i));
t0 = performance.now();
const warmUp = await openTelltale({ engine: 'sqlite', path: join(dir, 'warm-up.db') });
await warmUp.ingest(ingestInputsFrom([warmUpCorpus]));
await warmUp.close();
const warmUpSeconds = (performance.now() - t0) / 1000;

const telltale = await openTelltale({ engine: 'sqlite', path: join(dir, 'bench.db') });
t0 = performance.now();
cpu0 = cpuSeconds();
const summary = await telltale.ingest(ingestInputsFrom([corpus]));
const seconds = (performance.now() - t0) / 1000;
const ingestCpuSeconds = cpuSeconds() - cpu0;
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
    `${(tokenSeconds / seconds).toFixed(2)}× the speed of tokenising alone (wall clock)`,
  ],
  [
    'per CPU-second',
    `${(n / ingestCpuSeconds).toFixed(1)} articles ingested, ${(n / tokenCpuSeconds).toFixed(1)} tokenised (${(tokenCpuSeconds / ingestCpuSeconds).toFixed(2)}×)`,
  ],
  ['warm-up before timing', `${WARM_UP} articles in ${warmUpSeconds.toFixed(2)} s (not counted)`],
  ['peak RSS', `${peakRssMb.toFixed(0)} MB`],
];
console.log('Telltale ingest benchmark (single process, SQLite, one core)');
for (const [k, v] of rows) console.log(`  ${k.padEnd(30)} ${v}`);
