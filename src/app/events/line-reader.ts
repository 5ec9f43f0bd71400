import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

/** Consecutive lines of a file, without their line breaks; the first is line `firstNumber` (from 1). */
export interface LineChunk {
  readonly firstNumber: number;
  readonly lines: readonly string[];
}

// Large reads: a data file is read end to end, and fewer chunks mean fewer string joins.
const CHUNK_BYTES = 1 << 20;

const withoutBom = (line: string): string => (line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);

const withoutCr = (line: string): string =>
  line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line;

/**
 * Streams the lines of a text file (gzip-compressed when its name ends in `.gz`), decoded as
 * UTF-8, without line breaks (LF or CRLF) or a leading byte-order mark. Lines come a chunk at a
 * time (a few thousand), which keeps the per-line cost of an async loop out of a bulk import.
 * `onBytes` hears how many bytes of the file itself (compressed, for .gz) have been read.
 */
export async function* readLineChunks(
  path: string,
  onBytes: (bytesRead: number) => void = () => undefined,
): AsyncGenerator<LineChunk> {
  const file = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  let bytes = 0;
  file.on('data', (chunk) => {
    bytes += chunk.length;
    onBytes(bytes);
  });
  const gunzip = /\.gz$/i.test(path) ? createGunzip({ chunkSize: CHUNK_BYTES }) : null;
  // A read error on the file must end the loop below, which reads from the gunzip stream.
  if (gunzip) file.on('error', (e) => gunzip.destroy(e));
  const source = gunzip ? file.pipe(gunzip) : file;
  source.setEncoding('utf8');

  let next = 1;
  let rest = '';
  try {
    for await (const chunk of source as AsyncIterable<string>) {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      if (lines.length === 0) continue;
      for (let i = 0; i < lines.length; i++) lines[i] = withoutCr(lines[i] as string);
      if (next === 1) lines[0] = withoutBom(lines[0] as string);
      yield { firstNumber: next, lines };
      next += lines.length;
    }
    if (rest.length > 0) {
      const last = withoutCr(rest);
      yield { firstNumber: next, lines: [next === 1 ? withoutBom(last) : last] };
    }
  } finally {
    file.destroy();
    gunzip?.destroy();
  }
}
