import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { z } from 'zod';
import { invalidInput } from '../../core/errors.js';

/**
 * Reads a gold file (JSON Lines) and validates every record; a bad line is reported with its
 * number and the field at fault.
 */
export const readGoldFile = async <T>(path: string, schema: z.ZodType<T>): Promise<T[]> => {
  try {
    await stat(path);
  } catch {
    throw invalidInput(`gold file ${path} does not exist; check the path`);
  }
  const records: T[] = [];
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw invalidInput(`${path}:${n} is not valid JSON (${(e as Error).message})`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw invalidInput(
        `${path}:${n}: ${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`,
      );
    }
    records.push(parsed.data);
  }
  if (records.length === 0) throw invalidInput(`gold file ${path} holds no records`);
  return records;
};
