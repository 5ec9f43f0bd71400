import type { Command } from 'commander';
import { out, printJson, withTelltale } from '../context.js';
import { createProgress } from '../progress.js';

export const registerReextract = (program: Command): void => {
  program
    .command('reextract')
    .description(
      'run the current extractor again over stored sources; analysts’ corrections are kept',
    )
    .option('--db <db>', 'SQLite file or postgres:// URL')
    .option('--source <id>', 'only this source')
    .option('--json', 'print the summary as JSON')
    .action(async (opts: { db?: string; source?: string; json?: boolean }) => {
      const progress = createProgress(!opts.json, 'reextracting', 'sources');
      const summary = await withTelltale(opts.db, (t) =>
        t.reextract(opts.source ? { sourceId: opts.source } : {}, (e) => {
          if (e.kind === 'planned') progress.start(e.sources);
          else progress.update(e.index, e.sourceId);
        }),
      );
      progress.stop();
      if (opts.json) printJson(summary);
      else
        out(
          `${summary.sources} sources re-extracted with ${summary.extractor || 'the current extractor'}, ${summary.statements} statements found`,
        );
    });
};
