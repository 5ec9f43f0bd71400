import type { Command } from 'commander';
import {
  EventFileFormatName,
  MAX_REPORTED_FAILURES,
  type EventImportSummary,
  type ImportFailure,
} from '../../app/events/event-import.js';
import { out, printJson, withTelltale } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { createProgress } from '../progress.js';

interface ImportOptions {
  db?: string;
  json?: boolean;
}

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

const megabytes = (bytes: number): number => Math.round(bytes / 1e5) / 10;

const where = (f: ImportFailure): string => (f.line === null ? f.file : `${f.file}:${f.line}`);

const summaryLine = (s: EventImportSummary): string =>
  [
    `${plural(s.rows, 'row')} read from ${plural(s.files, 'file')}: ${s.imported.toLocaleString('en')} imported`,
    `${s.duplicates.toLocaleString('en')} already stored`,
    `${s.failed.toLocaleString('en')} failed`,
    ...(s.failedFiles > 0 ? [`${plural(s.failedFiles, 'file')} not read to the end`] : []),
  ].join(', ') + ` (${s.seconds.toFixed(1)} s)`;

const importAction =
  (format: EventFileFormatName) =>
  async (files: string[], opts: ImportOptions): Promise<void> => {
    const progress = createProgress(!opts.json, `importing ${format}`, 'MB');
    let shown = 0;
    const summary = await withTelltale(opts.db, (telltale) =>
      telltale.events.importFiles(format, files, (event) => {
        switch (event.kind) {
          case 'planned':
            progress.start(megabytes(event.bytes));
            break;
          case 'progress':
            progress.update(megabytes(event.bytes), `${plural(event.rows, 'row')}`);
            break;
          case 'failed':
            if (opts.json) break;
            shown++;
            if (shown <= MAX_REPORTED_FAILURES) progress.log(`✗ ${where(event)}: ${event.message}`);
            break;
          case 'file-done':
            break;
        }
      }),
    );
    progress.stop();
    if (opts.json) printJson(summary);
    else {
      const hidden = shown - MAX_REPORTED_FAILURES;
      if (hidden > 0) out(`… and ${plural(hidden, 'more failure')} not shown`);
      if (summary.unresolvedCountries.length > 0)
        out(
          `country names the gazetteer does not know (left empty; add them to countries.yaml): ${summary.unresolvedCountries.map((c) => `${c.name} (${c.rows})`).join(', ')}`,
        );
      out(summaryLine(summary));
    }
    process.exitCode =
      summary.failed > 0 || summary.failedFiles > 0 ? ExitCode.SomeFailed : ExitCode.Ok;
  };

export const registerImport = (program: Command): void => {
  const command = program
    .command('import')
    .description(
      'import event data files (GDELT, ICEWS; plain or .gz): the same file twice stores each event once',
    );
  command
    .command('gdelt')
    .description(
      'import GDELT event files: tab-separated, no header; 2.0 (61 columns) or 1.0 (57 or 58)',
    )
    .argument('<files...>', 'event files (.CSV, .txt or .gz)')
    .option('--db <db>', 'SQLite file or postgres:// URL (default: $TELLTALE_DB or ./telltale.db)')
    .option('--json', 'print the summary as JSON')
    .action(importAction(EventFileFormatName.Gdelt));
  command
    .command('icews')
    .description('import ICEWS event files: tab-separated with a header line')
    .argument('<files...>', 'event files (.tab, .tsv or .gz)')
    .option('--db <db>', 'SQLite file or postgres:// URL (default: $TELLTALE_DB or ./telltale.db)')
    .option('--json', 'print the summary as JSON')
    .action(importAction(EventFileFormatName.Icews));
};
