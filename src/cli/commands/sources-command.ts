import type { Command } from 'commander';
import { out, printJson, withTelltale } from '../context.js';

export const registerSources = (program: Command): void => {
  program
    .command('sources')
    .description('list ingested sources, newest first')
    .option('--db <db>', 'SQLite file or postgres:// URL')
    .option('--json', 'print a JSON array')
    .action(async (opts: { db?: string; json?: boolean }) => {
      const sources = await withTelltale(opts.db, (t) => t.listSources());
      if (opts.json) {
        printJson(sources);
        return;
      }
      for (const s of sources) {
        out(
          `${s.id}  ${s.publishedOn ?? '----------'}  ${String(s.statementCount).padStart(3)} st.  ${s.title ?? s.origin}`,
        );
      }
      out(`${sources.length} source${sources.length === 1 ? '' : 's'}`);
    });
};
