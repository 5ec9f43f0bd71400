/**
 * How far the time-expression step agrees with the date-parsing checklists of chrono-node and
 * compromise (`../shared/data/time/chrono_en_cases.jsonl`, `compromise_dates_startdates.jsonl`):
 * short phrases, each with a reference date and the date a parser should read. They are not a
 * FORMAT.md gold format, and they are not news: their parsers lean to the future ("friday" is the
 * next one), where Telltale reads a bare weekday or month in a news report as the last one. So
 * the figure is a checklist of phrasings, not a score to chase; `--list` prints each disagreement.
 *
 *   npx tsx scripts/date-checklists.ts FILE.jsonl [--list]
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { isoDateFrom, type IsoDate } from '../src/core/partial-date.js';
import { findTimeExpressions } from '../src/extract/time/find-time-expressions.js';

/** compromise's table: a phrase, the day it is read on, and the first day it names. */
const CompromiseCase = z.object({
  text: z.string(),
  today: z.string(),
  expected_start_date: z.string(),
});

const Local = z.object({ local: z.string() });
/** chrono's cases: a phrase, its reference (local time) and what it should read, or nothing. */
const ChronoCase = z.object({
  text: z.string(),
  ref: z.union([Local, z.object({}).passthrough(), z.null()]),
  expected_start: Local.optional(),
  expected_start_components: z
    .object({ year: z.number(), month: z.number(), day: z.number() })
    .partial()
    .passthrough()
    .optional(),
  expected_none: z.boolean().optional(),
});

interface Check {
  readonly text: string;
  readonly reference: IsoDate | null;
  /** The day expected, or null when nothing should be read. */
  readonly expected: IsoDate | null;
}

const day = (iso: string): IsoDate | null => isoDateFrom(iso.slice(0, 10));

/** A case of either table as a check, or null when it names no reference day or no full date. */
const checkOf = (row: unknown): Check | null => {
  const compromise = CompromiseCase.safeParse(row);
  if (compromise.success) {
    const { text, today, expected_start_date } = compromise.data;
    return { text, reference: day(today), expected: day(expected_start_date) };
  }
  const chrono = ChronoCase.safeParse(row);
  if (!chrono.success) return null;
  const c = chrono.data;
  const reference = c.ref !== null && 'local' in c.ref ? day(String(c.ref.local)) : null;
  if (c.expected_none === true) return { text: c.text, reference, expected: null };
  if (reference === null) return null;
  const components = c.expected_start_components;
  const expected =
    c.expected_start !== undefined
      ? day(c.expected_start.local)
      : components?.year !== undefined &&
          components.month !== undefined &&
          components.day !== undefined
        ? day(
            `${components.year}-${String(components.month).padStart(2, '0')}-${String(components.day).padStart(2, '0')}`,
          )
        : null;
  return expected === null ? null : { text: c.text, reference, expected };
};

/**
 * Whether a date read agrees with the day expected: the same day, or the month or year that
 * starts on it ("in January" read as 2021-01 is the checklist's 2021-01-01).
 */
const agrees = (read: IsoDate | null, expected: IsoDate | null): boolean =>
  read !== null &&
  expected !== null &&
  (read === expected ||
    (read.length === 7 && expected === `${read}-01`) ||
    (read.length === 4 && expected === `${read}-01-01`));

const [file, ...flags] = process.argv.slice(2);
if (file === undefined) {
  console.error('usage: npx tsx scripts/date-checklists.ts FILE.jsonl [--list]');
  process.exit(2);
}
const lines = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
let agree = 0;
let skipped = 0;
const disagreements: string[] = [];
for (const line of lines) {
  const check = checkOf(JSON.parse(line));
  if (check === null) {
    skipped++;
    continue;
  }
  const found = findTimeExpressions(check.text, check.reference);
  const first = found.find((t) => t.date !== null) ?? null;
  const read = first?.date ?? null;
  if (agrees(read, check.expected) || (check.expected === null && first === null)) agree++;
  else
    disagreements.push(
      `${JSON.stringify(check.text)} on ${check.reference ?? '—'}: expected ${check.expected ?? 'nothing'}, read ${read ?? (found.length > 0 ? `${found[0]?.value ?? ''} (no day)` : 'nothing')}`,
    );
}
const scored = agree + disagreements.length;
console.log(`${file}: ${lines.length} cases, ${scored} with a day to check (${skipped} without)`);
console.log(
  `  agree ${agree} of ${scored} (${((100 * agree) / Math.max(1, scored)).toFixed(1)}%), disagree ${disagreements.length}`,
);
if (flags.includes('--list')) for (const d of disagreements) console.log(`  ${d}`);
