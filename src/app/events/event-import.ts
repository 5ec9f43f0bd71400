import { stat } from 'node:fs/promises';
import { invalidInput } from '../../core/errors.js';
import type { Event } from '../../core/event.js';
import type { Clock } from '../../core/ids.js';
import type { Database } from '../../store/database.js';
import { eventRepositoryFor } from '../../store/event.repository.js';
import { readLineChunks } from './line-reader.js';
import type { RowParser } from './row-result.js';

/** The event files Telltale imports. */
export const EventFileFormatName = { Gdelt: 'gdelt', Icews: 'icews' } as const;
export type EventFileFormatName = (typeof EventFileFormatName)[keyof typeof EventFileFormatName];

/** How one format's files are read: with or without a header line, and the parser of their rows. */
export interface EventFileFormat {
  readonly name: EventFileFormatName;
  readonly hasHeader: boolean;
  /** The row parser for one file, given its header line when the format has one. */
  parserFor(
    header: string | null,
  ):
    | { readonly ok: true; readonly parse: RowParser }
    | { readonly ok: false; readonly message: string };
}

/** A row (or, with `line` null, a whole file) that could not be imported, and why. */
export interface ImportFailure {
  readonly file: string;
  readonly line: number | null;
  readonly message: string;
}

/** What happens during an import, as it happens. */
export type EventImportEvent =
  | { readonly kind: 'planned'; readonly files: number; readonly bytes: number }
  /** After each stored batch: bytes of all files read so far, and rows read so far. */
  | {
      readonly kind: 'progress';
      readonly bytes: number;
      readonly rows: number;
      readonly file: string;
    }
  | ({ readonly kind: 'failed' } & ImportFailure)
  | ({ readonly kind: 'file-done' } & FileTally & { readonly file: string });

interface FileTally {
  readonly rows: number;
  readonly imported: number;
  readonly duplicates: number;
  readonly failed: number;
}

export interface EventImportSummary extends FileTally {
  readonly format: EventFileFormatName;
  readonly files: number;
  /** Files that could not be read to the end (missing, unreadable, not of the format). */
  readonly failedFiles: number;
  /** The first failures, rows and files, in the order met (at most `MAX_REPORTED_FAILURES`). */
  readonly failures: readonly ImportFailure[];
  /** Country names no gazetteer entry knows, most frequent first, with how many actors named them. */
  readonly unresolvedCountries: ReadonlyArray<{ readonly name: string; readonly rows: number }>;
  readonly seconds: number;
}

export interface EventImportDeps {
  readonly database: Database;
  readonly clock: Clock;
}

/** Rows stored per transaction. */
export const IMPORT_BATCH = 5000;
export const MAX_REPORTED_FAILURES = 1000;

const fileSize = async (path: string): Promise<number | string> => {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : `${path} is not a file`;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? `no such file: ${path}`
      : `cannot read ${path}: ${(e as Error).message}`;
  }
};

/**
 * Imports event files of one format, streaming: rows are parsed as they are read and stored
 * `IMPORT_BATCH` at a time, each batch in one transaction. Idempotent: an event whose id is stored
 * already is counted as a duplicate and left as it is. A malformed row is reported with its file
 * and line and skipped; a file that cannot be read is reported and the run goes on.
 */
export const importEventFiles = async (
  deps: EventImportDeps,
  format: EventFileFormat,
  files: readonly string[],
  onEvent: (event: EventImportEvent) => void = () => undefined,
): Promise<Omit<EventImportSummary, 'unresolvedCountries'>> => {
  if (files.length === 0)
    throw invalidInput(`nothing to import: give one or more ${format.name} files`);
  const started = deps.clock.now().getTime();
  const repo = eventRepositoryFor(deps.database);
  const failures: ImportFailure[] = [];
  const total = { rows: 0, imported: 0, duplicates: 0, failed: 0, failedFiles: 0 };
  const fail = (failure: ImportFailure): void => {
    if (failures.length < MAX_REPORTED_FAILURES) failures.push(failure);
    onEvent({ kind: 'failed', ...failure });
  };

  const sizes = await Promise.all(files.map(fileSize));
  onEvent({
    kind: 'planned',
    files: files.length,
    bytes: sizes.reduce<number>((sum, s) => sum + (typeof s === 'number' ? s : 0), 0),
  });

  let bytesBefore = 0;
  for (const [index, file] of files.entries()) {
    const size = sizes[index];
    if (typeof size !== 'number') {
      total.failedFiles++;
      fail({ file, line: null, message: size ?? 'cannot read the file' });
      continue;
    }
    const tally = { rows: 0, imported: 0, duplicates: 0, failed: 0 };
    let bytesRead = 0;
    let batch: Event[] = [];
    let storing = false;
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      storing = true;
      const inserted = await repo.insertMany(batch);
      storing = false;
      tally.imported += inserted;
      tally.duplicates += batch.length - inserted;
      batch = [];
      onEvent({
        kind: 'progress',
        bytes: bytesBefore + bytesRead,
        rows: total.rows + tally.rows,
        file,
      });
    };

    let parse: RowParser | null = null;
    try {
      for await (const chunk of readLineChunks(file, (n) => (bytesRead = n))) {
        for (let i = 0; i < chunk.lines.length; i++) {
          const text = chunk.lines[i] as string;
          const line = chunk.firstNumber + i;
          if (parse === null) {
            const opened = format.parserFor(format.hasHeader ? text : null);
            if (!opened.ok) throw invalidInput(opened.message);
            parse = opened.parse;
            if (format.hasHeader) continue;
          }
          if (text.length === 0) continue;
          tally.rows++;
          const result = parse(text);
          if (result.ok) {
            batch.push(result.event);
            if (batch.length >= IMPORT_BATCH) await flush();
          } else {
            tally.failed++;
            fail({ file, line, message: result.message });
          }
        }
      }
      await flush();
    } catch (e) {
      // The database failing ends the run; a file failing ends the file, keeping what was read.
      if (storing) throw e;
      await flush();
      total.failedFiles++;
      fail({ file, line: null, message: (e as Error).message });
    }
    bytesBefore += size;
    total.rows += tally.rows;
    total.imported += tally.imported;
    total.duplicates += tally.duplicates;
    total.failed += tally.failed;
    onEvent({ kind: 'file-done', file, ...tally });
  }

  return {
    format: format.name,
    files: files.length,
    ...total,
    failures,
    seconds: (deps.clock.now().getTime() - started) / 1000,
  };
};
