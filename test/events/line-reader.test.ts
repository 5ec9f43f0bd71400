import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readLineChunks } from '../../src/app/events/line-reader.js';

const dir = mkdtempSync(join(tmpdir(), 'telltale-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const linesOf = async (path: string): Promise<Array<[number, string]>> => {
  const out: Array<[number, string]> = [];
  for await (const chunk of readLineChunks(path))
    chunk.lines.forEach((text, i) => out.push([chunk.firstNumber + i, text]));
  return out;
};

describe('reading the lines of an event file', () => {
  it('numbers lines from 1 and drops LF, CRLF and a byte-order mark', async () => {
    const path = join(dir, 'a.tab');
    writeFileSync(path, '\uFEFFEvent ID\tEvent Date\r\n1\t2026-01-07\r\n\r\n2\tTehran – Tahrān\n3');
    expect(await linesOf(path)).toEqual([
      [1, 'Event ID\tEvent Date'],
      [2, '1\t2026-01-07'],
      [3, ''],
      [4, '2\tTehran – Tahrān'],
      [5, '3'],
    ]);
  });

  it('reads gzip files and lines that span the reads', async () => {
    const long = 'x'.repeat(3_000_000);
    const path = join(dir, 'b.CSV.gz');
    writeFileSync(path, gzipSync(`first\n${long}\nlast\n`));
    const lines = await linesOf(path);
    expect(lines.map(([n, t]) => [n, t.length])).toEqual([
      [1, 5],
      [2, 3_000_000],
      [3, 4],
    ]);
  });

  it('fails on a file that is not gzip although named .gz', async () => {
    const path = join(dir, 'c.CSV.gz');
    writeFileSync(path, 'plain text');
    await expect(linesOf(path)).rejects.toThrow(/header/);
  });
});
