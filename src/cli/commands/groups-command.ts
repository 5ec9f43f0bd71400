import type { Command } from 'commander';
import {
  groupLineView,
  groupView,
  type GroupView,
  type PointView,
} from '../../app/signals/signal-views.js';
import { invalidInput } from '../../core/errors.js';
import { out, printJson, withTelltale } from '../context.js';

interface CommonOptions {
  db?: string;
  json?: boolean;
}

const withCommonOptions = (command: Command, json = 'print JSON'): Command =>
  command.option('--db <db>', 'SQLite file or postgres:// URL').option('--json', json);

/** "A,B" → ['A', 'B']; repeated flags add up. */
const collectList = (value: string, previous: string[]): string[] => [
  ...previous,
  ...value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean),
];

const groupLine = (g: GroupView): string =>
  `${g.name.padEnd(24)} ${g.members.map((m) => m.name).join(', ') || '(no members)'}${g.description ? `  — ${g.description}` : ''}`;

const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

export const pointLine = (p: PointView): string =>
  `${p.saidOn.padEnd(10)}  ${signed(p.stance).padStart(2)} (${p.confidence.toFixed(2)}${p.hedged ? ', hedged' : ''}${p.conditional ? ', conditional' : ''})  ${p.speaker}${p.via ? ' (via)' : ''}  ${p.statementId}${p.deniable ? `\n            deniable signal: ${p.deniable.label}` : ''}`;

/** Registers `telltale groups …`: actors the analyst groups together, and a group's line. */
export const registerGroups = (program: Command): void => {
  const groups = program
    .command('groups')
    .description('groups of actors you follow together ("hardliners", "the government")');

  withCommonOptions(groups.command('list', { isDefault: true }), 'print a JSON array')
    .description('list groups with their members (the default)')
    .argument('[command...]', 'a mistyped subcommand lands here')
    .action(async (command: string[], opts: CommonOptions) => {
      if (command.length > 0)
        throw invalidInput(
          `unknown command "groups ${command[0]}": use list, add, show, remove or delete (see \`telltale groups --help\`)`,
        );
      const list = (await withTelltale(opts.db, (t) => t.signals.groups())).map(groupView);
      if (opts.json) return printJson(list);
      for (const g of list) out(groupLine(g));
      out(`${list.length} group${list.length === 1 ? '' : 's'}`);
    });

  withCommonOptions(groups.command('add'))
    .description('create a group with these actors, or add them to the group of that name')
    .argument('<name>', 'the group’s name')
    .requiredOption(
      '--actors <a,b>',
      'its members: names, aliases or ids, comma-separated',
      collectList,
      [],
    )
    .option('--description <text>', 'what the group is (for a new group)')
    .action(
      async (name: string, opts: CommonOptions & { actors: string[]; description?: string }) => {
        const { group, created, added } = await withTelltale(opts.db, (t) =>
          t.signals.addGroup({
            name,
            actors: opts.actors,
            description: opts.description ?? null,
          }),
        );
        const view = groupView(group);
        if (opts.json) return printJson({ group: view, created, added });
        out(
          `${created ? 'created' : `added ${added} member${added === 1 ? '' : 's'} to`} group ${groupLine(view)}`,
        );
      },
    );

  withCommonOptions(groups.command('show'))
    .description('show a group; with --topic, its members’ merged line on the topic')
    .argument('<name>', 'the group’s name or id')
    .option('--topic <id>', 'the topic of the line')
    .option('--window <days>', 'the window of the ambiguity index, in days (default 30)')
    .option('--from <date>', 'only statements from this date')
    .option('--to <date>', 'only statements to this date')
    .action(
      async (
        name: string,
        opts: CommonOptions & { topic?: string; window?: string; from?: string; to?: string },
      ) => {
        if (opts.topic === undefined) {
          const g = groupView(await withTelltale(opts.db, (t) => t.signals.group(name)));
          if (opts.json) return printJson(g);
          return out(groupLine(g));
        }
        const topic = opts.topic;
        const windowDays = opts.window === undefined ? undefined : Number(opts.window);
        const line = groupLineView(
          await withTelltale(opts.db, (t) =>
            t.signals.groupLine(name, topic, {
              ...(windowDays !== undefined ? { windowDays } : {}),
              ...(opts.from ? { from: opts.from } : {}),
              ...(opts.to ? { to: opts.to } : {}),
            }),
          ),
        );
        if (opts.json) return printJson(line);
        out(`${line.group} on ${line.topic}`);
        for (const m of line.members)
          out(
            `  ${m.actor.padEnd(28)} ${String(m.statements).padStart(3)} st.  mean ${m.meanStance === null ? '-' : m.meanStance.toFixed(2)}`,
          );
        out(`  ambiguity ${line.ambiguity.toFixed(2)}`);
        out('');
        for (const p of line.points) out(pointLine(p));
      },
    );

  withCommonOptions(groups.command('remove'))
    .description('take actors out of a group')
    .argument('<name>', 'the group’s name or id')
    .requiredOption('--actors <a,b>', 'the members to take out, comma-separated', collectList, [])
    .action(async (name: string, opts: CommonOptions & { actors: string[] }) => {
      const g = groupView(
        await withTelltale(opts.db, (t) => t.signals.removeFromGroup(name, opts.actors)),
      );
      if (opts.json) return printJson(g);
      out(`group ${groupLine(g)}`);
    });

  withCommonOptions(groups.command('delete'))
    .description('delete a group (its actors stay)')
    .argument('<name>', 'the group’s name or id')
    .action(async (name: string, opts: CommonOptions) => {
      const g = groupView(await withTelltale(opts.db, (t) => t.signals.deleteGroup(name)));
      if (opts.json) return printJson(g);
      out(`deleted group ${g.name}`);
    });
};
