import type { Command } from 'commander';
import {
  candidateView,
  commitmentView,
  credibilityReportView,
  type CandidateView,
  type CommitmentView,
  type CredibilityView,
} from '../../app/commitments/commitment-views.js';
import { invalidInput } from '../../core/errors.js';
import { out, printJson, withTelltale } from '../context.js';

interface CommonOptions {
  db?: string;
  json?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

const withCommonOptions = (command: Command, json = 'print JSON'): Command =>
  command.option('--db <db>', 'SQLite file or postgres:// URL').option('--json', json);

const analystOf = (flag: string | undefined): string =>
  flag ?? process.env['TELLTALE_ANALYST'] ?? process.env['USER'] ?? 'analyst';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const KINDS = 'threat, red_line, ultimatum or promise';
const KIND_LABEL: Readonly<Record<string, string>> = {
  threat: 'threat',
  red_line: 'red line',
  ultimatum: 'ultimatum',
  promise: 'promise',
};

const statusLabel = (c: CommitmentView): string =>
  c.overdue
    ? `expired (overdue ${plural(c.daysOverdue ?? 0, 'day')})`
    : c.status.replace(/_/g, ' ');

const clip = (text: string, n: number): string =>
  text.length > n ? `${text.slice(0, n - 1)}…` : text;

const commitmentLine = (c: CommitmentView): string =>
  `${c.id}  ${(c.madeOn ?? 'undated').padEnd(10)}  ${c.actor}${c.to ? ` → ${c.to}` : ''}  ${KIND_LABEL[c.kind] ?? c.kind}: “${clip(c.text, 90)}”${c.deadline ? `  deadline ${c.deadline}` : ''}  [${statusLabel(c)}]`;

const printCommitment = (c: CommitmentView): void => {
  out(`${c.id}  ${KIND_LABEL[c.kind] ?? c.kind} by ${c.actor}${c.to ? ` to ${c.to}` : ''}`);
  out(`  text        “${c.text}”`);
  if (c.condition) out(`  condition   ${c.condition}`);
  out(`  made on     ${c.madeOn ?? '-'}`);
  out(`  deadline    ${c.deadline ?? '-'}`);
  out(`  status      ${statusLabel(c)} (as of ${c.asOf})`);
  if (c.statementId) out(`  statement   ${c.statementId}`);
  if (c.precedents.length > 0) out(`  precedents  ${c.precedents.join(', ')}`);
  out('  history');
  for (const h of c.history)
    out(
      `    ${h.on.padEnd(10)}  ${h.status.replace(/_/g, ' ').padEnd(15)}  ${h.evidence ? `${h.evidence.kind}:${h.evidence.id}` : '-'}${h.note ? `  “${h.note}”` : ''}${h.analyst ? `  (${h.analyst})` : ''}`,
    );
};

const candidateLine = (c: CandidateView): string =>
  `${c.statementId}  ${(c.saidOn ?? 'undated').padEnd(10)}  ${c.speaker ?? '(unnamed)'}  ${KIND_LABEL[c.kind] ?? c.kind}${c.condition ? `  if: ${clip(c.condition, 50)}` : ''}${c.deadlineText ? `  deadline: ${c.deadline ?? '?'} (“${c.deadlineText}”)` : ''}\n    “${clip(c.content, 140)}”`;

const credibilityLines = (c: CredibilityView): string[] => [
  `${c.kind === null ? 'all commitments' : (KIND_LABEL[c.kind] ?? c.kind) + 's'}: ${c.summary}`,
  `    Beta(${c.posterior.alpha}, ${c.posterior.beta}); ${c.withdrawn} withdrawn, ${c.pending} pending, ${c.expired} expired (not counted)`,
  ...c.commitments.map(
    (e) =>
      `    ${e.counted ? '•' : '◦'} ${e.id}  ${(e.madeOn ?? 'undated').padEnd(10)}  ${e.status.replace(/_/g, ' ').padEnd(15)}  “${clip(e.text, 80)}”`,
  ),
];

/** Registers `telltale commitments …` (the ledger) and `telltale credibility ACTOR`. */
export const registerCommitments = (program: Command): void => {
  const commitments = program
    .command('commitments')
    .description(
      'the ledger of threats, red lines, ultimatums and promises, and what became of them',
    );

  withCommonOptions(commitments.command('list', { isDefault: true }), 'print a JSON array')
    .description('list commitments, the most recently made first (the default)')
    .argument('[command...]', 'a mistyped subcommand lands here')
    .option('--actor <name>', 'only those this actor made')
    .option('--status <status>', 'pending, expired, carried_out, not_carried_out or withdrawn')
    .option('--kind <kind>', KINDS)
    .action(
      async (
        command: string[],
        opts: CommonOptions & { actor?: string; status?: string; kind?: string },
      ) => {
        if (command.length > 0)
          throw invalidInput(
            `unknown command "commitments ${command[0]}": use list, add, show, edit, resolve, candidates or accept (see \`telltale commitments --help\`)`,
          );
        const list = await withTelltale(opts.db, (t) =>
          t.commitments.list({
            ...(opts.actor ? { actor: opts.actor } : {}),
            ...(opts.status ? { status: opts.status } : {}),
            ...(opts.kind ? { kind: opts.kind } : {}),
          }),
        );
        const views = list.map(commitmentView);
        if (opts.json) return printJson(views);
        for (const c of views) out(commitmentLine(c));
        out(plural(views.length, 'commitment'));
      },
    );

  withCommonOptions(commitments.command('add'))
    .description('enter a commitment')
    .requiredOption('--actor <name>', 'who made it (a name, alias or id of the registry)')
    .requiredOption('--to <name>', 'to whom: an actor, or any name ("the E3")')
    .requiredOption('--kind <kind>', KINDS)
    .requiredOption('--text <text>', 'what was threatened or promised')
    .option('--condition <text>', 'what triggers it ("if they are not at the table")')
    .option('--deadline <date>', 'YYYY-MM-DD (or YYYY-MM, YYYY)')
    .option('--made-on <date>', 'when it was made (default: the statement’s date)')
    .option('--statement <id>', 'the statement that made it')
    .option(
      '--precedent <id>',
      'an earlier commitment it cites as precedent (repeat for more)',
      collect,
      [],
    )
    .option('--analyst <name>', 'who enters it (default: $TELLTALE_ANALYST or $USER)')
    .action(
      async (
        opts: CommonOptions & {
          actor: string;
          to: string;
          kind: string;
          text: string;
          condition?: string;
          deadline?: string;
          madeOn?: string;
          statement?: string;
          precedent: string[];
          analyst?: string;
        },
      ) => {
        const c = await withTelltale(opts.db, (t) =>
          t.commitments.add({
            actor: opts.actor,
            to: opts.to,
            kind: opts.kind,
            text: opts.text,
            condition: opts.condition ?? null,
            deadline: opts.deadline ?? null,
            madeOn: opts.madeOn ?? null,
            statementId: opts.statement ?? null,
            precedents: opts.precedent,
            analyst: analystOf(opts.analyst),
          }),
        );
        if (opts.json) return printJson(commitmentView(c));
        out(`added ${commitmentLine(commitmentView(c))}`);
      },
    );

  withCommonOptions(commitments.command('show'))
    .description('show a commitment with its history and evidence')
    .argument('<id>', 'the commitment id')
    .action(async (id: string, opts: CommonOptions) => {
      const c = commitmentView(await withTelltale(opts.db, (t) => t.commitments.get(id)));
      if (opts.json) return printJson(c);
      printCommitment(c);
    });

  withCommonOptions(commitments.command('edit'))
    .description('change a commitment’s fields (give "" to clear one)')
    .argument('<id>', 'the commitment id')
    .option('--to <name>', 'to whom')
    .option('--kind <kind>', KINDS)
    .option('--text <text>', 'what was threatened or promised')
    .option('--condition <text>', 'what triggers it')
    .option('--deadline <date>', 'YYYY-MM-DD (or YYYY-MM, YYYY)')
    .option('--made-on <date>', 'when it was made')
    .option('--precedent <id>', 'replaces the precedents (repeat for more)', collect)
    .action(
      async (
        id: string,
        opts: CommonOptions & {
          to?: string;
          kind?: string;
          text?: string;
          condition?: string;
          deadline?: string;
          madeOn?: string;
          precedent?: string[];
        },
      ) => {
        const cleared = (v: string | undefined): string | null | undefined =>
          v === undefined ? undefined : v.trim() === '' ? null : v;
        const input = {
          ...(opts.to !== undefined ? { to: cleared(opts.to) } : {}),
          ...(opts.kind !== undefined ? { kind: opts.kind } : {}),
          ...(opts.text !== undefined ? { text: opts.text } : {}),
          ...(opts.condition !== undefined ? { condition: cleared(opts.condition) } : {}),
          ...(opts.deadline !== undefined ? { deadline: cleared(opts.deadline) } : {}),
          ...(opts.madeOn !== undefined ? { madeOn: cleared(opts.madeOn) } : {}),
          ...(opts.precedent !== undefined ? { precedents: opts.precedent } : {}),
        };
        if (Object.keys(input).length === 0)
          throw invalidInput(
            'nothing to change: give --to, --kind, --text, --condition, --deadline, --made-on or --precedent',
          );
        const c = commitmentView(await withTelltale(opts.db, (t) => t.commitments.edit(id, input)));
        if (opts.json) return printJson(c);
        out(`edited ${commitmentLine(c)}`);
      },
    );

  withCommonOptions(commitments.command('resolve'))
    .description('record what became of a commitment, with the evidence')
    .argument('<id>', 'the commitment id')
    .requiredOption(
      '--status <status>',
      'carried_out, not_carried_out, withdrawn (or pending to reopen)',
    )
    .requiredOption('--evidence <kind:id>', 'statement:ID, event:ID or source:ID')
    .requiredOption('--on <date>', 'when it happened, as the evidence dates it')
    .option('--note <text>', 'a note on the evidence')
    .option('--analyst <name>', 'who records it (default: $TELLTALE_ANALYST or $USER)')
    .action(
      async (
        id: string,
        opts: CommonOptions & {
          status: string;
          evidence: string;
          on: string;
          note?: string;
          analyst?: string;
        },
      ) => {
        const c = commitmentView(
          await withTelltale(opts.db, (t) =>
            t.commitments.resolve(id, {
              status: opts.status,
              evidence: opts.evidence,
              on: opts.on,
              note: opts.note ?? null,
              analyst: analystOf(opts.analyst),
            }),
          ),
        );
        if (opts.json) return printJson(c);
        out(`${c.id} is now ${statusLabel(c)} (${opts.evidence}, ${opts.on})`);
      },
    );

  withCommonOptions(commitments.command('candidates'), 'print a JSON array')
    .description('statements that read like commitments and are not in the ledger yet')
    .option('--speaker <name>', 'only this speaker’s')
    .option('--limit <n>', 'at most this many')
    .action(async (opts: CommonOptions & { speaker?: string; limit?: string }) => {
      const limit = opts.limit === undefined ? undefined : Number(opts.limit);
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
        throw invalidInput(`--limit must be a whole number above 0 (got ${opts.limit})`);
      const list = await withTelltale(opts.db, (t) =>
        t.commitments.candidates({
          ...(opts.speaker ? { speaker: opts.speaker } : {}),
          ...(limit !== undefined ? { limit } : {}),
        }),
      );
      const views = list.map(candidateView);
      if (opts.json) return printJson(views);
      for (const c of views) out(candidateLine(c));
      out(
        `${plural(views.length, 'candidate')}; accept one with \`telltale commitments accept STATEMENT_ID\``,
      );
    });

  withCommonOptions(commitments.command('accept'))
    .description('enter a candidate as a commitment (the detector’s guesses unless given)')
    .argument('<statement-id>', 'the statement that made it')
    .option('--kind <kind>', KINDS)
    .option('--to <name>', 'to whom')
    .option('--text <text>', 'the commitment’s text (default: the statement’s)')
    .option('--condition <text>', 'what triggers it')
    .option('--deadline <date>', 'YYYY-MM-DD (or YYYY-MM, YYYY)')
    .option('--precedent <id>', 'an earlier commitment it cites (repeat for more)', collect, [])
    .option('--analyst <name>', 'who accepts it (default: $TELLTALE_ANALYST or $USER)')
    .action(
      async (
        statementId: string,
        opts: CommonOptions & {
          kind?: string;
          to?: string;
          text?: string;
          condition?: string;
          deadline?: string;
          precedent: string[];
          analyst?: string;
        },
      ) => {
        const c = commitmentView(
          await withTelltale(opts.db, (t) =>
            t.commitments.accept(statementId, {
              ...(opts.kind !== undefined ? { kind: opts.kind } : {}),
              ...(opts.to !== undefined ? { to: opts.to } : {}),
              ...(opts.text !== undefined ? { text: opts.text } : {}),
              ...(opts.condition !== undefined ? { condition: opts.condition } : {}),
              ...(opts.deadline !== undefined ? { deadline: opts.deadline } : {}),
              precedents: opts.precedent,
              analyst: analystOf(opts.analyst),
            }),
          ),
        );
        if (opts.json) return printJson(c);
        out(`added ${commitmentLine(c)}`);
      },
    );

  program
    .command('credibility')
    .description(
      'how far an actor’s commitments were carried out: a Beta posterior (mean and 90% interval) and the list behind it',
    )
    .argument('<actor>', 'a name, alias or id')
    .option('--kind <kind>', `only commitments of this kind (${KINDS})`)
    .option('--db <db>', 'SQLite file or postgres:// URL')
    .option('--json', 'print JSON')
    .action(async (actor: string, opts: CommonOptions & { kind?: string }) => {
      const report = credibilityReportView(
        await withTelltale(opts.db, (t) => t.commitments.credibility(actor, opts.kind ?? null)),
      );
      if (opts.json) return printJson(report);
      out(`${report.actor}, as of ${report.asOf}`);
      for (const line of credibilityLines(report.overall)) out(line);
      if (opts.kind === undefined && report.byKind.length > 1)
        for (const c of report.byKind) for (const line of credibilityLines(c)) out(line);
    });
};
