import { readFile } from 'node:fs/promises';
import { invalidInput } from '../core/errors.js';

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'a folder, not a file',
  EACCES: 'permission denied',
};

/**
 * The bytes of a file the user named, or an InvalidInput error that names it and says why not.
 *
 * @example await readInputFile('set.json') // InvalidInput "cannot read set.json: no such file"
 */
export const readInputFile = async (path: string): Promise<Uint8Array> => {
  try {
    return new Uint8Array(await readFile(path));
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? '';
    throw invalidInput(`cannot read ${path}: ${REASONS[code] ?? (cause as Error).message}`, cause);
  }
};
