import type { z } from 'zod';
import { invalidInput, type TelltaleError } from '../core/errors.js';

const pathOf = (path: readonly PropertyKey[]): string =>
  path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');

/**
 * An InvalidInput error listing the schema's complaints, each led by the field it is about,
 * e.g. `Invalid hypothesis set file: ratings[3].value: Invalid option: expected one of "CC"|…`.
 */
export const schemaError = (what: string, error: z.ZodError): TelltaleError =>
  invalidInput(
    `Invalid ${what}: ${error.issues
      .slice(0, 5)
      .map((issue) =>
        issue.path.length === 0 ? issue.message : `${pathOf(issue.path)}: ${issue.message}`,
      )
      .join('; ')}`,
    error,
  );

/** JSON text parsed, or an InvalidInput error saying it is not JSON. */
export const parseJsonText = (what: string, text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw invalidInput(`Invalid ${what}: not JSON (${(cause as Error).message})`, cause);
  }
};
