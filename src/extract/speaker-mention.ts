import { NAME_TITLES, SPEAKER_PRONOUNS } from './lexicon/speech-cues.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const TITLES = [...NAME_TITLES]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
/** Capitalised words that start sentences but never names. */
const NOT_NAMES =
  'The|This|That|These|Those|It|Its|He|She|They|We|I|In|On|At|But|And|Or|If|When|While|After|Before|A|An|As|So|Yet|His|Her|Their|Our|There|Here|What|Who|Why|How|Asked|Speaking|According';
const NAME_WORD = String.raw`(?:(?!(?:${NOT_NAMES})\b)[A-Z][\p{L}’'\-]*[\p{L}]|[A-Z]\.)`;
const NAME_LINK = String.raw`(?:al-|bin|ibn|de|da|van|von|der|la)`;

/** A personal name, possibly after titles: "President Donald Trump", "Ali Khamenei". */
export const NAME_PATTERN = String.raw`(?:(?:${TITLES})\s+)*${NAME_WORD}(?:\s+(?:${NAME_LINK}\s+)?${NAME_WORD}){0,5}`;

const ROLE_HEADS =
  'leader|president|minister|spokesman|spokeswoman|spokesperson|official|officials|envoy|secretary|diplomat|diplomats|cleric|ayatollah|adviser|advisor|chief|commander|general|ambassador|negotiator|source|sources|mediator|prosecutor|analyst|analysts|lawmaker|lawmakers|protesters|protester|ministry|government|administration|authorities|agency';

/** A role description: "the supreme leader", "Iran's president", "a senior Iranian official". */
export const DESCRIPTION_PATTERN = String.raw`(?:the|a|an|one|two|several|[A-Z][\p{L}]+(?:’s|'s))\s+(?:[\p{L}\-]+\s+){0,3}?(?:${ROLE_HEADS})\b(?:\s+${NAME_PATTERN})?`;

export const PRONOUN_PATTERN = SPEAKER_PRONOUNS.join('|');

/** Any way news text names who spoke. */
export const SPEAKER_PATTERN = String.raw`(?:${PRONOUN_PATTERN}|${DESCRIPTION_PATTERN}|${NAME_PATTERN})`;

// Everything up to the last title before the name: "Israeli Prime Minister Benjamin Netanyahu".
const TITLE_PREFIX = new RegExp(String.raw`^(?:.*?(?:^|\s)(?:${TITLES})\s+)+(?=[A-Z])`, 'u');
const TRAILING_NAME = new RegExp(String.raw`(?:${ROLE_HEADS})\s+(${NAME_PATTERN})$`, 'u');
const PRONOUNS = new Set(SPEAKER_PRONOUNS.map((p) => p.toLowerCase()));

export const MentionKind = {
  Name: 'name',
  Pronoun: 'pronoun',
  Description: 'description',
} as const;
export type MentionKind = (typeof MentionKind)[keyof typeof MentionKind];

/** What a speaker mention says about who spoke. */
export interface MentionReading {
  readonly kind: MentionKind;
  /** The name it gives, titles removed, when it gives one. */
  readonly name: string | null;
  /** True for indefinite or plural sources ("an unnamed official", "protesters"): never resolved. */
  readonly unnamed: boolean;
}

/**
 * Reads a speaker mention.
 * @example readMention("Iran's supreme leader Ali Khamenei") // { kind: 'description', name: 'Ali Khamenei', unnamed: false }
 */
export const readMention = (mention: string): MentionReading => {
  const m = mention.trim();
  if (PRONOUNS.has(m.toLowerCase()))
    return { kind: MentionKind.Pronoun, name: null, unnamed: false };
  if (new RegExp(`^${DESCRIPTION_PATTERN}$`, 'u').test(m)) {
    const trailing = TRAILING_NAME.exec(m)?.[1];
    const unnamed = /^(?:a|an|one|two|several)\s/i.test(m) || /s$/.test(m.split(/\s+/).pop() ?? '');
    return {
      kind: MentionKind.Description,
      name: trailing ? stripTitles(trailing) : null,
      unnamed: trailing ? false : unnamed,
    };
  }
  return { kind: MentionKind.Name, name: stripTitles(m), unnamed: false };
};

/** A name without the titles in front of it. */
export const stripTitles = (name: string): string =>
  name.replace(TITLE_PREFIX, '').trim() || name.trim();
