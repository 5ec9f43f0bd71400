import { resolve } from 'node:path';
import { resolveDbLocation } from '../app/config.js';
import { openTelltale, type Telltale } from '../app/telltale.js';

/** Opens Telltale on the database the flags and environment name, runs `work`, and closes it. */
export const withTelltale = async <T>(
  dbFlag: string | undefined,
  work: (telltale: Telltale) => Promise<T>,
): Promise<T> => {
  const telltale = await openTelltale(
    resolveDbLocation({ flag: dbFlag, env: process.env }),
    telltaleDepsFromEnv(),
  );
  try {
    return await work(telltale);
  } finally {
    await telltale.close();
  }
};

/** What the environment sets beyond the database: the gazetteer folder (TELLTALE_GAZETTEER). */
export const telltaleDepsFromEnv = (): { gazetteerDir?: string } => {
  const dir = process.env['TELLTALE_GAZETTEER']?.trim();
  return dir ? { gazetteerDir: resolve(dir) } : {};
};

/** Writes a line to standard output. */
export const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

/** Writes a line to standard error. */
export const err = (line = ''): void => {
  process.stderr.write(`${line}\n`);
};

export const printJson = (value: unknown): void => out(JSON.stringify(value, null, 2));
