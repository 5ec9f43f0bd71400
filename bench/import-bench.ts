/**
 * Event import throughput: N synthetic GDELT 2.0 rows (61 columns, the exact layout) written to a
 * temporary file and imported into a fresh SQLite file through the same path as
 * `telltale import gdelt`; then the same file again (every row a duplicate). Prints rows/s for
 * both, by the clock and per CPU-second of this process (steadier on a busy machine), and the
 * peak RSS.
 *
 *   npm run bench:import -- [N]        (default 500000)
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openTelltale } from '../src/app/telltale.js';
import { syntheticGdeltRow } from './synthetic-gdelt.js';

const n = Number(process.argv[2] ?? 500_000);
const dir = mkdtempSync(join(tmpdir(), 'telltale-import-bench-'));
const file = join(dir, 'events.CSV');

const out = createWriteStream(file);
for (let i = 0; i < n; i++) {
  if (!out.write(`${syntheticGdeltRow(i)}\n`)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');
const megabytes = statSync(file).size / 1e6;

const telltale = await openTelltale({ engine: 'sqlite', path: join(dir, 'bench.db') });

/** Imports the file, timing it by the clock and by this process's CPU (which others' load does not inflate). */
const timed = async () => {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const summary = await telltale.events.importFiles('gdelt', [file]);
  const used = process.cpuUsage(cpu);
  return {
    summary,
    seconds: (performance.now() - t0) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
  };
};
const first = await timed();
const again = await timed();
await telltale.close();
const peakRssMb = process.resourceUsage().maxRSS / 1024;
rmSync(dir, { recursive: true, force: true });

const rate = (r: { seconds: number; cpuSeconds: number }): string =>
  `${Math.round(n / r.seconds).toLocaleString('en')} rows/s (${r.seconds.toFixed(2)} s); ` +
  `${Math.round(n / r.cpuSeconds).toLocaleString('en')} rows per CPU-second`;
const rows: Array<[string, string]> = [
  ['rows', `${n.toLocaleString('en')} (${megabytes.toFixed(0)} MB of GDELT 2.0)`],
  [
    'first import',
    `${first.summary.imported.toLocaleString('en')} imported, ${first.summary.failed} failed`,
  ],
  ['first import throughput', rate(first)],
  [
    'second import',
    `${again.summary.duplicates.toLocaleString('en')} already stored, ${again.summary.imported} imported`,
  ],
  ['second import throughput', rate(again)],
  ['peak RSS', `${peakRssMb.toFixed(0)} MB`],
];
console.log('Telltale event import benchmark (single process, SQLite, one core)');
for (const [k, v] of rows) console.log(`  ${k.padEnd(28)} ${v}`);
