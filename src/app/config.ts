import { dbLocationFrom, type DbLocation } from '../store/database.js';

export const DEFAULT_DB_PATH = './telltale.db';

/**
 * The database to use: `--db` beats `TELLTALE_DB`, which beats `./telltale.db`.
 * @example resolveDbLocation({ flag: undefined, env: { TELLTALE_DB: 'postgres://localhost/t' } })
 */
export const resolveDbLocation = (opts: {
  readonly flag?: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
}): DbLocation => {
  const value = opts.flag?.trim() || opts.env['TELLTALE_DB']?.trim() || DEFAULT_DB_PATH;
  return dbLocationFrom(value);
};

export type { DbLocation };
