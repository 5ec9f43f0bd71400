import { resolveDbLocation } from '../app/config.js';
import { openTelltale, type Telltale } from '../app/telltale.js';

/** Opens Telltale on the database the flags and environment name, runs `work`, and closes it. */
export const withTelltale = async <T>(
  dbFlag: string | undefined,
  work: (telltale: Telltale) => Promise<T>,
): Promise<T> => {
  const telltale = await openTelltale(resolveDbLocation({ flag: dbFlag, env: process.env }));
  try {
    return await work(telltale);
  } finally {
    await telltale.close();
  }
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
