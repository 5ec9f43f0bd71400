import { NAME_TITLES, SPEAKER_PRONOUNS } from './lexicon/speech-cues.js';
import { remembered } from '../core/remembered.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const TITLES = [...NAME_TITLES]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
/** Capitalised words that start sentences but never names. */
const NOT_NAMES =
  'The|This|That|These|Those|It|Its|He|She|They|We|I|In|On|At|But|And|Or|If|When|While|After|Before|A|An|As|So|Yet|His|Her|Their|Our|There|Here|What|Who|Why|How|Asked|Speaking|According|Former|Senior|Top|Others|Many|Some|Most|Both|Each|Several|Analysts|Officials|Diplomats|Critics|Protesters|Experts|Sources|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const NAME_WORD = String.raw`(?:(?!(?:${NOT_NAMES})\b)[A-Z][\p{L}’'\-]*[\p{L}]|[A-Z]\.)`;
const NAME_LINK = String.raw`(?:al-|bin|ibn|de|da|van|von|der|la)`;

/** A personal name, possibly after titles: "President Donald Trump", "Ali Khamenei". */
export const NAME_PATTERN = String.raw`(?:(?:${TITLES})\s+)*${NAME_WORD}(?:\s+(?:${NAME_LINK}\s+)?${NAME_WORD}){0,5}`;

// Everything up to the last title before the name: "Israeli Prime Minister Benjamin Netanyahu",
// and titles in a row after it: "Brig. Gen. Reza Tavakoli".
const TITLE_PREFIX = new RegExp(
  String.raw`^(?:.*?(?:^|\s)(?:${TITLES})\s+)+(?:(?:${TITLES})\s+)*(?=[A-Z])`,
  'u',
);
const TITLE_ONLY = new RegExp(String.raw`^(?:${TITLES})$`, 'u');
const NAMES_IN = new RegExp(NAME_PATTERN, 'gu');
const PRONOUNS = new Set(SPEAKER_PRONOUNS.map((p) => p.toLowerCase()));
/** Words before a capitalised word that make it part of a description, not a person's name. */
const NOT_BEFORE_NAME = /(?:\b(?:of|the|for|at|in|from|on|to|by|a|an)\s*)$/i;

export const MentionKind = {
  Name: 'name',
  Pronoun: 'pronoun',
  Description: 'description',
} as const;
export type MentionKind = (typeof MentionKind)[keyof typeof MentionKind];

/** What a speaker mention says about who spoke. */
export interface MentionReading {
  readonly kind: MentionKind;
  /** The personal name it gives, titles removed, when it gives one. */
  readonly name: string | null;
  /** The mention without a personal name in it ("Iran's supreme leader"), for role look-ups. */
  readonly description: string | null;
  /** True for indefinite or plural sources ("an unnamed official", "protesters"): never resolved. */
  readonly unnamed: boolean;
}

/**
 * Candidate personal names inside a mention: capitalised runs that are not possessive country
 * names ("Iran's"), not modifiers of a following noun ("Air Force general"), and not the object of
 * a preposition ("secretary of State"). `isPlace` lets the caller rule out countries and capitals.
 */
const namesInside = (mention: string, isPlace: (word: string) => boolean): string[] => {
  const names: string[] = [];
  for (const m of mention.matchAll(NAMES_IN)) {
    const raw = m[0];
    const end = m.index + raw.length;
    const after = mention.slice(end);
    const before = mention.slice(0, m.index);
    if (/^(?:’s|'s)\b/.test(after)) continue;
    if (/^\s+\p{Ll}/u.test(after)) continue;
    if (NOT_BEFORE_NAME.test(before)) continue;
    const name = stripTitles(raw);
    if (TITLE_ONLY.test(name) || isPlace(name)) continue;
    names.push(name);
  }
  return names;
};

/**
 * Reads a speaker mention: a pronoun, a personal name (titles and descriptions around it removed),
 * or a description that names no one, which is unnamed when indefinite or plural.
 * @example readMention("Iran's supreme leader Ali Khamenei").name // 'Ali Khamenei'
 * @example readMention('a senior Iranian official').unnamed // true
 */
export const readMention = (
  mention: string,
  isPlace: (word: string) => boolean = () => false,
): MentionReading => {
  const m = mention
    .trim()
    .replace(/[,;:]+$/, '')
    .trim();
  if (PRONOUNS.has(m.toLowerCase()))
    return { kind: MentionKind.Pronoun, name: null, description: null, unnamed: false };
  const [name] = namesInside(m, isPlace);
  if (name) return { kind: MentionKind.Name, name, description: null, unnamed: false };
  const last = m.split(/\s+/).pop() ?? '';
  const indefinite = /^(?:a|an|one|two|three|several|some|many|other|unnamed|anonymous)\s/i.test(m);
  const plural = /\p{Ll}s$/u.test(last) && !/(?:ss|us|is)$/.test(last);
  const definite = /^(?:[Tt]he\s|\p{Lu}[\p{L}.]*(?:’s|'s)\s)/u.test(m);
  return {
    kind: MentionKind.Description,
    name: null,
    description: m,
    unnamed: indefinite || plural || !definite,
  };
};

/**
 * A name without the titles in front of it. Remembered: every capitalised run of a text is
 * stripped, the same names recur across a document and an ingest, and the title pattern is slow
 * to try (a lazy scan that tries every title at every position).
 */
export const stripTitles = remembered(
  (name: string): string => name.replace(TITLE_PREFIX, '').trim() || name.trim(),
);
