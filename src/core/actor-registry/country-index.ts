import { normaliseName } from '../actor.js';
import { remembered } from '../remembered.js';
import type { CountryNames } from './registry-actor.js';

/** A form written in capitals ("US", "U.K.", "UAE") is an abbreviation, which must stay in capitals. */
const isAbbreviation = (form: string): boolean => {
  const letters = form.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase();
};

const keyOf = (text: string): string => normaliseName(text).replace(/^the /, '');

/**
 * Finds the country a name, adjective, capital or seat of power stands for.
 * @example createCountryIndex(countries)('the Kremlin') // 'RUS'
 */
export const createCountryIndex = (
  countries: readonly CountryNames[],
): ((text: string) => string | null) => {
  const plain = new Map<string, string | null>();
  const abbreviations = new Map<string, string | null>();
  const add = (index: Map<string, string | null>, key: string, code: string): void => {
    if (!key) return;
    const known = index.get(key);
    // A form two countries share ("Korean") names neither.
    index.set(key, known === undefined || known === code ? code : null);
  };
  for (const country of countries) {
    for (const form of [
      ...country.names,
      ...country.adjectives,
      ...country.capitals,
      ...country.seats,
    ]) {
      add(isAbbreviation(form) ? abbreviations : plain, keyOf(form), country.code);
    }
  }
  // Remembered: documents name the same places again and again, and a key costs a Unicode
  // normalisation and several replacements to make.
  return remembered((text) => {
    const key = keyOf(text);
    if (!key) return null;
    const found = plain.get(key);
    if (found !== undefined) return found;
    if (/\p{Ll}/u.test(text.trim().replace(/^the\s+/i, ''))) return null;
    return abbreviations.get(key) ?? null;
  });
};
