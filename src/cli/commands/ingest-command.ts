import type { Command } from 'commander';
import { invalidInput } from '../../core/errors.js';
import { isoDateFrom, precisionOf, DatePrecision, type IsoDate } from '../../core/partial-date.js';
import { ingestInputsFrom } from '../../app/ingest/ingest-input.js';
import { withTelltale, out, printJson } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { createProgress } from '../progress.js';

interface IngestOptions {
  db?: string;
  published?: string;
  title?: string;
  json?: boolean;
}

const publishedOption = (value: string | undefined): IsoDate | undefined => {
  if (value === undefined) return undefined;
  const date = isoDateFrom(value);
  if (date === null || precisionOf(date) !== DatePrecision.Day) {
    throw invalidInput(
      `--published must be a real date written YYYY-MM-DD, such as 2026-01-16 (got "${value}")`,
    );
  }
  return date;
};

export const registerIngest = (program: Command): void => {
  program
    .command('ingest')
    .description('ingest files, folders (recursively), http(s) URLs, or - for standard input')
    .argument('<inputs...>', 'paths, URLs, or -')
    .option('--db <db>', 'SQLite file or postgres:// URL (default: $TELLTALE_DB or ./telltale.db)')
    .option(
      '--published <date>',
      'publication date YYYY-MM-DD for a single input (overrides its metadata)',
    )
    .option('--title <title>', 'title for a single input (overrides its metadata)')
    .option('--json', 'print the summary as JSON')
    .action(async (args: string[], opts: IngestOptions) => {
      const published = publishedOption(opts.published);
      const progress = createProgress(!opts.json);
      const summary = await withTelltale(opts.db, (telltale) =>
        telltale.ingest(
          ingestInputsFrom(args),
          {
            ...(published ? { published } : {}),
            ...(opts.title !== undefined ? { title: opts.title } : {}),
          },
          (event) => {
            switch (event.kind) {
              case 'planned':
                progress.start(event.items);
                break;
              case 'failed':
                if (!opts.json) progress.log(`✗ ${event.origin}: ${event.message}`);
                break;
              case 'stored':
                if (!opts.json && event.outcome.status === 'duplicate') {
                  progress.log(
                    `= ${event.origin}: already stored as ${event.outcome.sourceId}; skipped`,
                  );
                }
                break;
              case 'item-done':
                progress.update(event.done, '');
                break;
            }
          },
        ),
      );
      progress.stop();
      if (opts.json) printJson(summary);
      else {
        out(
          `${summary.ingested} ingested, ${summary.duplicates} duplicate${summary.duplicates === 1 ? '' : 's'}, ${summary.failed} failed, ${summary.statements} statements found`,
        );
      }
      process.exitCode = summary.failed > 0 ? ExitCode.SomeFailed : ExitCode.Ok;
    });
};
