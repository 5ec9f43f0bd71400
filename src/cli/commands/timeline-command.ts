import type { Command } from 'commander';
import { ambiguityView, timelineView } from '../../app/signals/signal-views.js';
import type { LineQuery } from '../../app/signals/signals-service.js';
import { timelineCsv } from '../../app/signals/timeline-csv.js';
import { invalidInput } from '../../core/errors.js';
import { out, printJson, withTelltale } from '../context.js';
import { pointLine } from './groups-command.js';

interface LineOptions {
  db?: string;
  json?: boolean;
  topic: string;
  window?: string;
  halfLife?: string;
  from?: string;
  to?: string;
}

const number = (flag: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw invalidInput(`${flag} must be a number of days (got ${value})`);
  return n;
};

const queryOf = (opts: LineOptions): LineQuery => {
  const windowDays = number('--window', opts.window);
  const halfLifeDays = number('--half-life', opts.halfLife);
  return {
    ...(windowDays !== undefined ? { windowDays } : {}),
    ...(halfLifeDays !== undefined ? { halfLifeDays } : {}),
    ...(opts.from ? { from: opts.from } : {}),
    ...(opts.to ? { to: opts.to } : {}),
  };
};

const lineOptions = (command: Command): Command =>
  command
    .requiredOption('--topic <id>', 'the topic, e.g. iran-us-negotiation')
    .option('--window <days>', 'the window of shifts, deniable signals and ambiguity (default 30)')
    .option('--from <date>', 'only what was said from this date (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--to <date>', 'only what was said to this date, inclusive')
    .option('--db <db>', 'SQLite file or postgres:// URL')
    .option('--json', 'print JSON');

/** Registers `telltale timeline ACTOR --topic T` and `telltale ambiguity ACTOR --topic T`. */
export const registerTimeline = (program: Command): void => {
  lineOptions(
    program
      .command('timeline')
      .description(
        'an actor’s stance on a topic over time: its statements and its proxies’, the smoothed line, shifts and ambiguity',
      )
      .argument('<actor>', 'a name, alias or id'),
  )
    .option('--half-life <days>', 'the half-life of the smoothed line (default 14)')
    .option('--csv', 'print the points as CSV (one row a point)')
    .action(async (actor: string, opts: LineOptions & { csv?: boolean }) => {
      const t = timelineView(
        await withTelltale(opts.db, (tt) => tt.signals.timeline(actor, opts.topic, queryOf(opts))),
      );
      if (opts.json) return printJson(t);
      if (opts.csv) return void process.stdout.write(timelineCsv(t));
      out(`${t.actor} on ${t.topicLabel} (${t.topic})`);
      for (const p of t.points) out(pointLine(p));
      if (t.points.length === 0) out('(no dated, rated statements)');
      for (const s of t.shifts) out(`shift: ${s.label}`);
      out(
        `ambiguity ${t.ambiguity.toFixed(2)} over ${t.ambiguityDetail.from ?? '-'} – ${t.ambiguityDetail.to ?? '-'} (spread ${t.ambiguityDetail.spread.toFixed(2)}, hedged or conditional ${t.ambiguityDetail.hedgedOrConditionalShare.toFixed(2)})`,
      );
      if (t.undated + t.unrated > 0)
        out(`left out: ${t.undated} undated, ${t.unrated} unrated statement(s)`);
    });

  lineOptions(
    program
      .command('ambiguity')
      .description(
        'how ambiguous an actor is on a topic in a window (spread of stances and share hedged or conditional), with the statements that drive it',
      )
      .argument('<actor>', 'a name, alias or id'),
  ).action(async (actor: string, opts: LineOptions) => {
    const a = await withTelltale(opts.db, (tt) =>
      tt.signals.ambiguity(actor, opts.topic, queryOf(opts)),
    );
    const view = { actor: a.actor.name, actorId: a.actor.id, topic: a.topic, ...ambiguityView(a) };
    if (opts.json) return printJson(view);
    out(
      `${view.actor} on ${view.topic}, ${view.from ?? '-'} – ${view.to ?? '-'}: ambiguity ${view.index.toFixed(2)} (spread ${view.spread.toFixed(2)}, hedged or conditional ${view.hedgedOrConditionalShare.toFixed(2)}, ${view.statementCount} statements)`,
    );
    for (const d of view.drivers)
      out(
        `  ${d.saidOn.padEnd(10)}  ${String(d.stance).padStart(2)}  +${d.contribution.toFixed(3)}  ${d.speaker}${d.hedged ? ' hedged' : ''}${d.conditional ? ' conditional' : ''}  ${d.statementId}`,
      );
  });
};
