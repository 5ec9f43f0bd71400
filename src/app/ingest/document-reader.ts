import { createReadStream, readFileSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { isTelltaleError } from '../../core/errors.js';
import type { SourceFormat } from '../../core/source.js';
import { jsonDocument } from '../../extract/formats/json-document.js';
import { parseDocuments, parseJson, sniffFormat } from '../../extract/formats/parse-document.js';
import type { RawDocument } from '../../extract/formats/raw-document.js';
import { decodeText } from './decode-text.js';
import { FileKind, fileKindOf, SUPPORTED_EXTENSIONS } from './file-format.js';
import { describeInput, type IngestInput } from './ingest-input.js';
import { formatBytes, IngestLimits } from './limits.js';
import { fetchDocument, type FetchLike } from './url-fetcher.js';

/** A document read from an input, ready to store; `origin` names where it came from. */
export interface DocumentCandidate {
  readonly origin: string;
  readonly raw: RawDocument;
}

/** An input, or part of one, that could not be read; the message says why and what to do. */
export interface ReadFailure {
  readonly origin: string;
  readonly message: string;
}

export type ReadResult =
  | { readonly ok: true; readonly candidate: DocumentCandidate }
  | { readonly ok: false; readonly failure: ReadFailure };

/** One unit of work: a file, a URL, or standard input. */
export type InputItem =
  | { readonly kind: 'file'; readonly path: string; readonly fileKind: FileKind | null }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'stdin' };

export interface ReaderDeps {
  readonly fetch: FetchLike;
  readonly readStdin: () => Promise<Uint8Array>;
}

/** Our own errors already say what is wrong; a system error (EACCES, EISDIR…) gets a lead-in. */
const messageOf = (e: unknown): string =>
  !isTelltaleError(e) && typeof (e as NodeJS.ErrnoException).code === 'string'
    ? `could not be read: ${(e as Error).message}`
    : (e as Error).message;

/**
 * Expands inputs into items: folders recursively (files with a supported extension, hidden
 * entries skipped, in name order); a missing path becomes a failure, not an exception.
 */
export const expandInputs = async (
  inputs: readonly IngestInput[],
): Promise<{ items: InputItem[]; failures: ReadFailure[] }> => {
  const items: InputItem[] = [];
  const failures: ReadFailure[] = [];
  for (const input of inputs) {
    if (input.kind === 'url') items.push({ kind: 'url', url: input.url });
    else if (input.kind === 'stdin') items.push({ kind: 'stdin' });
    else {
      let info;
      try {
        info = await stat(input.path);
      } catch {
        failures.push({ origin: input.path, message: 'does not exist; check the path' });
        continue;
      }
      if (info.isDirectory()) {
        const files = await walk(input.path);
        if (files.length === 0) {
          failures.push({
            origin: input.path,
            message: `is a folder with no files Telltale reads (${SUPPORTED_EXTENSIONS.join(', ')})`,
          });
        }
        for (const path of files) items.push({ kind: 'file', path, fileKind: fileKindOf(path) });
      } else {
        items.push({ kind: 'file', path: input.path, fileKind: fileKindOf(input.path) });
      }
    }
  }
  return { items, failures };
};

const walk = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile() && fileKindOf(path) !== null) files.push(path);
  }
  return files;
};

/** Reads one item into documents; every problem becomes a failure naming the input. */
export async function* readItem(item: InputItem, deps: ReaderDeps): AsyncGenerator<ReadResult> {
  const origin =
    item.kind === 'file'
      ? item.path
      : item.kind === 'url'
        ? item.url
        : describeInput({ kind: 'stdin' });
  try {
    if (item.kind === 'file' && item.fileKind === FileKind.JsonLines) {
      yield* readJsonLines(item.path);
      return;
    }
    let text: string;
    let format: SourceFormat;
    if (item.kind === 'file') {
      // Read synchronously: a document is small (IngestLimits), read in far less time than the
      // round trips to the thread pool that the promise API takes (a stat, an open, a read, a close).
      const { size } = statSync(item.path);
      if (size > IngestLimits.maxDocumentBytes) {
        throw new Error(
          `is ${formatBytes(size)}, more than the ${formatBytes(IngestLimits.maxDocumentBytes)} a single document may be; split it into smaller files (or JSON Lines, one article a line)`,
        );
      }
      text = decodeText(readFileSync(item.path));
      format =
        item.fileKind === null || item.fileKind === FileKind.JsonLines
          ? sniffFormat(text)
          : item.fileKind;
    } else if (item.kind === 'url') {
      const fetched = await fetchDocument(item.url, deps.fetch);
      text = decodeText(fetched.bytes);
      format = fetched.format ?? sniffFormat(text);
    } else {
      const bytes = await deps.readStdin();
      if (bytes.length > IngestLimits.maxDocumentBytes) {
        throw new Error(
          `is more than the ${formatBytes(IngestLimits.maxDocumentBytes)} a single document may be`,
        );
      }
      text = decodeText(bytes);
      format = sniffFormat(text);
    }
    const docs = parseDocuments(format, text);
    for (const [i, raw] of docs.entries()) {
      yield {
        ok: true,
        candidate: { origin: docs.length > 1 ? `${origin}[${i + 1}]` : origin, raw },
      };
    }
  } catch (e) {
    yield { ok: false, failure: { origin, message: messageOf(e) } };
  }
}

/** A JSON Lines file, streamed: each line is one document, a bad line fails alone with its number. */
async function* readJsonLines(path: string): AsyncGenerator<ReadResult> {
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    const origin = `${path}:${n}`;
    try {
      if (line.length > IngestLimits.maxDocumentBytes)
        throw new Error(`line ${n} is longer than a single document may be`);
      if (line.includes('\uFFFD')) throw new Error('is not valid UTF-8; re-save the file as UTF-8');
      yield { ok: true, candidate: { origin, raw: jsonDocument(parseJson(line)) } };
    } catch (e) {
      yield { ok: false, failure: { origin, message: (e as Error).message } };
    }
  }
}
