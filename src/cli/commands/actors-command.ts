import type { Command } from 'commander';
import { out, printJson, withTelltale } from '../context.js';

export const registerActors = (program: Command): void => {
  program
    .command('actors')
    .description('list actors with their aliases')
    .option('--db <db>', 'SQLite file or postgres:// URL')
    .option('--json', 'print a JSON array')
    .action(async (opts: { db?: string; json?: boolean }) => {
      const actors = await withTelltale(opts.db, (t) => t.listActors());
      if (opts.json) {
        printJson(actors);
        return;
      }
      for (const a of actors) {
        out(
          `${a.canonicalName.padEnd(28)} ${String(a.statementCount).padStart(3)} st.  ${a.aliases.join(', ')}`,
        );
      }
      out(`${actors.length} actor${actors.length === 1 ? '' : 's'}`);
    });
};
