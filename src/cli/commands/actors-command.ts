import type { Command } from 'commander';
import type { ActorProfile, StoredRole } from '../../core/actor-registry/actor-profile.js';
import type { ActorRegistry } from '../../app/registry/actor-registry.js';
import { invalidInput } from '../../core/errors.js';
import { out, printJson, withTelltale } from '../context.js';

interface CommonOptions {
  db?: string;
  json?: boolean;
}

/** Opens Telltale on the database the flags name and runs `work` on its actor registry. */
const withRegistry = <T>(
  opts: CommonOptions,
  work: (registry: ActorRegistry) => Promise<T>,
): Promise<T> => withTelltale(opts.db, (t) => work(t.actorRegistry()));

const roleLine = (r: StoredRole): string =>
  `${r.title}${r.country ? ` (${r.country})` : ''}, ${r.to === null ? `since ${r.from}` : `${r.from} to ${r.to}`}${r.origin === 'user' ? '  [user]' : ''}`;

const printProfile = (a: ActorProfile): void => {
  out(`${a.canonicalName}  (${a.id})`);
  out(`  kind        ${a.kind}`);
  out(`  country     ${a.country ?? '-'}`);
  out(`  origin      ${a.origin}`);
  out(`  aliases     ${a.aliases.length > 0 ? a.aliases.join(', ') : '-'}`);
  a.roles.forEach((r, i) => out(`  ${i === 0 ? 'roles       ' : '            '}${roleLine(r)}`));
  if (a.roles.length === 0) out('  roles       -');
  out(`  statements  ${a.statementCount}`);
};

const collect = (value: string, previous: string[]): string[] => [...previous, value];

const withCommonOptions = (command: Command, json = 'print JSON'): Command =>
  command.option('--db <db>', 'SQLite file or postgres:// URL').option('--json', json);

export const registerActors = (program: Command): void => {
  // Options live on the subcommands only: the root program hands every option it does not know
  // to `actors`, which would take `--db` from `actors add … --db x` if it had one.
  const actors = program
    .command('actors')
    .description(
      'list actors with their aliases and roles, or curate them (the gazetteer in data/gazetteer, or TELLTALE_GAZETTEER, is synced in first)',
    );

  withCommonOptions(actors.command('list', { isDefault: true }), 'print a JSON array')
    .description('list actors with their aliases and roles (the default)')
    .argument('[command...]', 'a mistyped subcommand lands here')
    .action(async (command: string[], opts: CommonOptions) => {
      if (command.length > 0)
        throw invalidInput(
          `unknown command "actors ${command[0]}": use list, add, alias, role, merge or show (see \`telltale actors --help\`)`,
        );
      const list = await withRegistry(opts, (r) => r.list());
      if (opts.json) {
        printJson(list);
        return;
      }
      for (const a of list) {
        out(
          `${a.canonicalName.padEnd(28)} ${String(a.statementCount).padStart(3)} st.  ${a.aliases.join(', ')}`,
        );
        for (const r of a.roles) out(`    ${roleLine(r)}`);
      }
      out(`${list.length} actor${list.length === 1 ? '' : 's'}`);
    });

  withCommonOptions(actors.command('add'))
    .description('add an actor')
    .argument('<name>', 'the canonical name')
    .option('--kind <kind>', 'person, organisation or state', 'person')
    .option('--country <iso3>', 'ISO 3166 alpha-3 code, e.g. IRN')
    .option('--alias <alias>', 'another name (repeat for more)', collect, [])
    .action(
      async (
        name: string,
        opts: CommonOptions & { kind: string; country?: string; alias: string[] },
      ) => {
        const actor = await withRegistry(opts, (r) =>
          r.add({ name, kind: opts.kind, country: opts.country ?? null, aliases: opts.alias }),
        );
        if (opts.json) return printJson(actor);
        out(`added ${actor.canonicalName} (${actor.id})`);
        printProfile(actor);
      },
    );

  withCommonOptions(actors.command('alias'))
    .description('give an actor another name')
    .argument('<name>', 'the actor: canonical name, alias or id')
    .argument('<alias>', 'the name to add')
    .action(async (name: string, alias: string, opts: CommonOptions) => {
      const actor = await withRegistry(opts, (r) => r.addAlias(name, alias));
      if (opts.json) return printJson(actor);
      out(`${actor.canonicalName} is also "${alias.trim()}"`);
      printProfile(actor);
    });

  withCommonOptions(actors.command('role'))
    .description('record a role an actor held or holds')
    .argument('<name>', 'the actor: canonical name, alias or id')
    .requiredOption('--title <title>', 'e.g. "foreign minister", "supreme leader"')
    .option('--country <iso3>', "the role's country (default: the actor's)")
    .requiredOption('--from <date>', 'start: YYYY-MM-DD (or YYYY-MM, YYYY)')
    .option('--to <date>', 'end: YYYY-MM-DD (or YYYY-MM, YYYY); leave out while held')
    .action(
      async (
        name: string,
        opts: CommonOptions & { title: string; country?: string; from: string; to?: string },
      ) => {
        const actor = await withRegistry(opts, (r) =>
          r.addRole(name, {
            title: opts.title,
            ...(opts.country !== undefined ? { country: opts.country } : {}),
            from: opts.from,
            to: opts.to ?? null,
          }),
        );
        if (opts.json) return printJson(actor);
        out(`${actor.canonicalName}: role recorded`);
        printProfile(actor);
      },
    );

  withCommonOptions(actors.command('merge'))
    .description("merge one actor into another: its names, roles and statements move; it's deleted")
    .argument('<from>', 'the actor that goes away')
    .argument('<into>', 'the actor that stays')
    .action(async (from: string, into: string, opts: CommonOptions) => {
      const outcome = await withRegistry(opts, (r) => r.merge(from, into));
      if (opts.json) return printJson(outcome);
      const { merged, survivor, moved } = outcome;
      const n = (count: number, one: string, many: string) =>
        `${count} ${count === 1 ? one : many}`;
      out(
        `merged ${merged.canonicalName} (${merged.id}) into ${survivor.canonicalName} (${survivor.id}): moved ${n(moved.aliases, 'alias', 'aliases')}, ${n(moved.roles, 'role', 'roles')} and ${n(moved.statements, 'statement', 'statements')}`,
      );
      printProfile(survivor);
    });

  withCommonOptions(actors.command('show'))
    .description('show one actor')
    .argument('<name>', 'canonical name, alias or id')
    .action(async (name: string, opts: CommonOptions) => {
      const actor = await withRegistry(opts, (r) => r.show(name));
      if (opts.json) return printJson(actor);
      printProfile(actor);
    });
};
