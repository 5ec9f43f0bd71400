import type { Command } from 'commander';
import { relationView, type RelationView } from '../../app/signals/signal-views.js';
import { invalidInput } from '../../core/errors.js';
import { out, printJson, withTelltale } from '../context.js';

interface CommonOptions {
  db?: string;
  json?: boolean;
}

const withCommonOptions = (command: Command, json = 'print JSON'): Command =>
  command.option('--db <db>', 'SQLite file or postgres:// URL').option('--json', json);

const period = (r: RelationView): string =>
  r.from === null && r.to === null ? 'at any date' : `${r.from ?? '…'} to ${r.to ?? '…'}`;

const relationLine = (r: RelationView): string =>
  `${r.id}  ${r.proxy} speaks for ${r.principal}, ${period(r)}${r.note ? `  “${r.note}”` : ''}`;

/** Registers `telltale relations …`: who speaks for whom (a deputy, a spokesman, a state outlet). */
export const registerRelations = (program: Command): void => {
  const relations = program
    .command('relations')
    .description(
      'who speaks for whom: a proxy’s statements appear on its principal’s timeline, marked via the proxy',
    );

  withCommonOptions(relations.command('list', { isDefault: true }), 'print a JSON array')
    .description('list speaks-for relations (the default)')
    .argument('[command...]', 'a mistyped subcommand lands here')
    .option('--actor <name>', 'only those this actor is in, as proxy or principal')
    .action(async (command: string[], opts: CommonOptions & { actor?: string }) => {
      if (command.length > 0)
        throw invalidInput(
          `unknown command "relations ${command[0]}": use list, add or remove (see \`telltale relations --help\`)`,
        );
      const list = (
        await withTelltale(opts.db, (t) =>
          t.signals.relations(opts.actor ? { actor: opts.actor } : {}),
        )
      ).map(relationView);
      if (opts.json) return printJson(list);
      for (const r of list) out(relationLine(r));
      out(`${list.length} relation${list.length === 1 ? '' : 's'}`);
    });

  withCommonOptions(relations.command('add'))
    .description('record that a proxy speaks for a principal, between dates')
    .argument('<proxy>', 'the deputy, spokesman or outlet (a name, alias or id)')
    .requiredOption('--speaks-for <principal>', 'the principal')
    .option('--from <date>', 'from this date (YYYY-MM-DD, YYYY-MM or YYYY); open when absent')
    .option('--to <date>', 'to this date, inclusive; open when absent')
    .option('--note <text>', 'why, e.g. "appointed by the leader’s office"')
    .action(
      async (
        proxy: string,
        opts: CommonOptions & { speaksFor: string; from?: string; to?: string; note?: string },
      ) => {
        const r = relationView(
          await withTelltale(opts.db, (t) =>
            t.signals.addSpeaksFor({
              proxy,
              principal: opts.speaksFor,
              from: opts.from ?? null,
              to: opts.to ?? null,
              note: opts.note ?? null,
            }),
          ),
        );
        if (opts.json) return printJson(r);
        out(`added ${relationLine(r)}`);
      },
    );

  withCommonOptions(relations.command('remove'))
    .description('remove a relation')
    .argument('<id>', 'the relation id')
    .action(async (id: string, opts: CommonOptions) => {
      const r = relationView(await withTelltale(opts.db, (t) => t.signals.removeRelation(id)));
      if (opts.json) return printJson(r);
      out(`removed ${relationLine(r)}`);
    });
};
