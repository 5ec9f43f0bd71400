import { basename } from 'node:path';
import type { HypothesisSet } from '../../core/ach/hypothesis-set.js';
import { invalidInput } from '../../core/errors.js';
import { parseAchz } from './achz-import.js';
import { readInputFile } from '../read-input-file.js';
import { parseHypothesisSetFile } from './hypothesis-set-file.js';

const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * A hypothesis set from the bytes of a file: PARC ACH when the name ends in `.achz` or the
 * bytes are gzip, else the JSON format of docs/ach-format.md (UTF-8).
 *
 * @example hypothesisSetFromBytes('leak.achz', bytes)
 */
export const hypothesisSetFromBytes = (name: string, bytes: Uint8Array): HypothesisSet => {
  if (name.toLowerCase().endsWith('.achz') || isGzip(bytes)) return parseAchz(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw invalidInput(`Invalid hypothesis set file: ${name} is not UTF-8 text`, cause);
  }
  return parseHypothesisSetFile(text);
};

/**
 * A hypothesis set from a `.json` or `.achz` file.
 *
 * @example const set = await loadHypothesisSetFile('set.json');
 */
export const loadHypothesisSetFile = async (path: string): Promise<HypothesisSet> =>
  hypothesisSetFromBytes(basename(path), await readInputFile(path));
