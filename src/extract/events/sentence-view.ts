import type { Span } from '../../core/span.js';
import type { Token } from '../text-analysis.js';

/** A word of a sentence: a token other than a hyphen inside a compound, with its forms. */
export interface Word {
  readonly token: Token;
  /** Lower case, with curly apostrophes made straight. */
  readonly lower: string;
  readonly pos: string;
  /** Lemma, lower case, singular and spelled-out forms ("n't" → "not"), for matching lexicon words. */
  readonly forms: readonly string[];
  /** Joined to the word before by a hyphen ("Israeli-occupied", "Al-Qaeda"). */
  readonly joined: boolean;
}

/** One sentence as the event coder reads it. */
export interface SentenceView {
  readonly text: string;
  readonly words: readonly Word[];
  readonly forms: (k: number) => readonly string[] | null;
  /** The span from word `a` to word `b - 1`. */
  span(a: number, b: number): Span;
  /** The text from word `a` to word `b - 1`. */
  slice(a: number, b: number): string;
  /** Whether word `k` is one of these (by any form). */
  is(k: number, ...words: string[]): boolean;
}

const singular = (w: string): string | null => {
  if (w.length <= 3) return null;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  // endsWith first: a regex anchored at the end is tried from every position of the word.
  if (w.endsWith('es') && /(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
    return w.slice(0, -1);
  return null;
};

/** Adds the base forms of a stem: itself, with a final e restored, and with a doubled consonant undone. */
const pushStem = (out: string[], base: string): void => {
  if (base.length < 2) return;
  out.push(base, `${base}e`);
  if (/([bdgklmnprt])\1$/.test(base)) out.push(base.slice(0, -1));
};

/**
 * Base forms a tagger's lemma may miss ("staged" → "stag"): the word less its -ed, -ing or -s,
 * with a final e or y restored and a doubled consonant undone.
 */
const baseForms = (w: string): string[] => {
  const out: string[] = [];
  if (w.endsWith('ied')) out.push(`${w.slice(0, -3)}y`);
  else if (w.endsWith('ed')) pushStem(out, w.slice(0, -2));
  if (w.endsWith('ing') && w.length > 5) pushStem(out, w.slice(0, -3));
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  return out;
};

const SPELLED: Readonly<Record<string, string>> = {
  "n't": 'not',
  wo: 'will',
  ca: 'can',
  "'ll": 'will',
  sha: 'shall',
  cannot: 'not',
};

/** Curly apostrophes and backquotes made straight ("don’t" → "don't"). */
const straight = (w: string): string =>
  w.includes('’') || w.includes('‘') || w.includes('`') ? w.replace(/[’‘`]/g, "'") : w;

/** Adds a form to a word's forms unless they have it already. */
const addForm = (forms: string[], form: string): void => {
  if (!forms.includes(form)) forms.push(form);
};

/**
 * The forms of a word whose lower-case, straightened value is `lower`, without repeats. `pos`
 * matters only to contractions, whose spelled-out form is that of an auxiliary or a particle.
 */
const formsOf = (lower: string, lemma: string, pos: string): string[] => {
  const forms = [lower];
  addForm(forms, straight(lemma));
  const s = singular(lower);
  if (s) addForm(forms, s);
  for (const base of baseForms(lower)) addForm(forms, base);
  const spelled = SPELLED[lower];
  if (spelled && (pos === 'AUX' || pos === 'PART' || lower === 'cannot')) addForm(forms, spelled);
  if (lower.includes('.')) addForm(forms, lower.replace(/\./g, ''));
  return forms;
};

/** A word's lower case and forms. */
interface Spelling {
  readonly lower: string;
  readonly forms: readonly string[];
}

/** Past this many spellings they are all forgotten at once, which bounds memory (see `remembered`). */
const SPELLINGS_KEPT = 50_000;

/**
 * Spellings by token value, then by lemma, kept across sentences and documents: they cost more to
 * make than to look up, and a two-level look-up needs no key built per token (a key joined from
 * value and lemma was a string to allocate and hash for every token). The spellings and their
 * arrays are shared, so nothing may change them (they are read-only throughout).
 */
const spellings = new Map<string, Map<string, Spelling>>();
let spellingsKept = 0;

/** The lower case and forms of a token; a contraction's forms depend on its part of speech. */
const spellingOf = (token: Token): Spelling => {
  let byLemma = spellings.get(token.value);
  const kept = byLemma?.get(token.lemma);
  if (kept !== undefined) return kept;
  const lower = straight(token.value.toLowerCase());
  // A contraction's forms depend on its part of speech: made afresh, not kept.
  if (SPELLED[lower] !== undefined) return { lower, forms: formsOf(lower, token.lemma, token.pos) };
  const spelling = { lower, forms: formsOf(lower, token.lemma, '') };
  if (spellingsKept >= SPELLINGS_KEPT) {
    spellings.clear();
    spellingsKept = 0;
    byLemma = undefined;
  }
  if (byLemma === undefined) {
    byLemma = new Map();
    spellings.set(token.value, byLemma);
  }
  byLemma.set(token.lemma, spelling);
  spellingsKept++;
  return spelling;
};

const HYPHENS = new Set(['-', '–', '‑']);

/**
 * The words of tokens [first, last) of an analysed text: hyphens that join two words are
 * dropped, and the word after them is marked as joined.
 */
export const createSentenceView = (
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): SentenceView => {
  const words: Word[] = [];
  let joinNext = false;
  for (let i = first; i < last; i++) {
    const token = tokens[i] as Token;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (
      HYPHENS.has(token.value) &&
      i > first &&
      i + 1 < last &&
      before?.end === token.start &&
      after?.start === token.end
    ) {
      joinNext = true;
      continue;
    }
    const { lower, forms } = spellingOf(token);
    words.push({ token, lower, pos: token.pos, forms, joined: joinNext });
    joinNext = false;
  }
  const view: SentenceView = {
    text,
    words,
    forms: (k) => words[k]?.forms ?? null,
    span(a, b) {
      const start = words[a]?.token.start ?? 0;
      const end = words[b - 1]?.token.end ?? start;
      return { start, end: Math.max(start, end) };
    },
    slice(a, b) {
      const { start, end } = view.span(a, b);
      return text.slice(start, end);
    },
    is(k, ...candidates) {
      const forms = words[k]?.forms;
      return forms !== undefined && candidates.some((c) => forms.includes(c));
    },
  };
  return view;
};

/** Whether a character code is an ASCII letter or digit: neither punctuation nor a symbol. */
const isAsciiAlphanumeric = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x61 && code <= 0x7a);

// These two are asked of the same words again and again: the first character settles most
// words without a Unicode pattern.
export const isPunctWord = (w: Word | undefined): boolean =>
  w !== undefined &&
  (w.pos === 'PUNCT' ||
    (!isAsciiAlphanumeric(w.token.value.charCodeAt(0)) && /^[\p{P}\p{S}]+$/u.test(w.token.value)));

export const isNounWord = (w: Word | undefined): boolean =>
  w !== undefined && (w.pos === 'NOUN' || w.pos === 'PROPN');

export const isCapitalised = (w: Word | undefined): boolean => {
  if (w === undefined) return false;
  const code = w.token.value.charCodeAt(0);
  // ASCII: A–Z are its only capitals; beyond it, Unicode says.
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : /^\p{Lu}/u.test(w.token.value);
};
