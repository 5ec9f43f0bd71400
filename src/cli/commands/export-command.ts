import { createWriteStream } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { Option, type Command } from 'commander';
import { EventExportFormat } from '../../app/events/export-events.js';
import { eventFilterFrom } from '../../app/events/event-service.js';
import { invalidInput } from '../../core/errors.js';
import { err, withTelltale } from '../context.js';

interface ExportEventsOptions {
  db?: string;
  format: EventExportFormat;
  type?: string;
  country?: string;
  from?: string;
  to?: string;
  out?: string;
}

/** Writes the pieces to a stream, waiting whenever it asks to; returns how many events went out. */
const writeAll = async (
  pieces: AsyncIterable<{ readonly text: string; readonly events: number }>,
  stream: Writable,
): Promise<number> => {
  let events = 0;
  for await (const piece of pieces) {
    if (stream.destroyed) break;
    if (!stream.write(piece.text)) await once(stream, 'drain');
    events += piece.events;
  }
  return events;
};

const isBrokenPipe = (e: unknown): boolean => (e as NodeJS.ErrnoException).code === 'EPIPE';

export const registerExport = (program: Command): void => {
  const command = program.command('export').description('write stored data out for other tools');
  command
    .command('stix')
    .description(
      'a STIX 2.1 bundle of actors, statements, sources, events and commitments (docs/stix-mapping.md)',
    )
    .option('--db <db>', 'SQLite file or postgres:// URL (default: $TELLTALE_DB or ./telltale.db)')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (opts: { db?: string; out?: string }) => {
      const bundle = await withTelltale(opts.db, (telltale) => telltale.exportStix());
      const text = `${JSON.stringify(bundle, null, 2)}\n`;
      if (opts.out) await writeFile(opts.out, text);
      else process.stdout.write(text);
    });
  command
    .command('events')
    .description(
      'export events, oldest first, as CSV (a header line) or JSON Lines, to standard output or a file',
    )
    .addOption(
      new Option('--format <format>', 'csv or jsonl')
        .choices(Object.values(EventExportFormat))
        .makeOptionMandatory(),
    )
    .option('--db <db>', 'SQLite file or postgres:// URL (default: $TELLTALE_DB or ./telltale.db)')
    .option('--type <type>', 'PLOVER type, e.g. THREATEN')
    .option('--country <code>', 'ISO alpha-3 country of either actor, e.g. IRN')
    .option('--from <date>', 'on or after: YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--to <date>', 'on or before: YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (opts: ExportEventsOptions) => {
      const filter = eventFilterFrom(opts);
      await withTelltale(opts.db, async (telltale) => {
        const pieces = telltale.events.export(filter, opts.format);
        if (opts.out === undefined) {
          // A reader that stops early (`| head`) closes the pipe: stop writing, quietly.
          process.stdout.on('error', () => process.stdout.destroy());
          try {
            await writeAll(pieces, process.stdout);
          } catch (e) {
            if (!isBrokenPipe(e)) throw e;
          }
          return;
        }
        const path = opts.out;
        const file = createWriteStream(path);
        file.on('error', () => undefined); // reported by `once` and `finished` below
        try {
          await once(file, 'open');
          const events = await writeAll(pieces, file);
          file.end();
          await finished(file);
          err(`${events.toLocaleString('en')} events written to ${path}`);
        } catch (e) {
          // Half an export is worse than none: it would look complete.
          file.destroy();
          await rm(path, { force: true });
          // A failed open or write names the file; anything else (the database) is itself.
          if ((e as NodeJS.ErrnoException).syscall === undefined) throw e;
          throw invalidInput(`cannot write ${path}: ${(e as Error).message}`, e);
        }
      });
    });
};
