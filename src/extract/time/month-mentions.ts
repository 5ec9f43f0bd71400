import { MONTH_PATTERN, SEASONS, monthOf } from './time-lexicon.js';
import { cuedMentionsOf, mentionsOf, type Shift, type TimeMention } from './time-mention.js';
import { YEAR_PATTERN } from './year-mentions.js';

const SHIFT_PATTERN =
  '(last|next|this(?:\\s+past)?|this\\s+coming|the\\s+previous|the\\s+following|the\\s+coming)';

/** Reads "last", "next", "this" (and their longer forms) as a shift. */
export const shiftOf = (word: string | undefined): Shift => {
  if (word === undefined) return null;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'last' || w === 'this past' || w === 'the previous') return -1;
  if (w === 'next' || w === 'this coming' || w === 'the following' || w === 'the coming') return 1;
  return 0;
};

// A month starts a word: no word character or hyphen before it, but for the hyphen of "mid-",
// "late-" or "early-". (One lookbehind rather than two alternatives, which V8 tries slowly; the
// leading \b changes nothing but fails fast inside words.)
const MONTH = new RegExp(
  `\\b(?<!\\w|(?<!\\b(?:mid|late|early))-)(?:${SHIFT_PATTERN}\\s+)?(${MONTH_PATTERN})(?:(?:,?\\s+|\\s+of\\s+)(${YEAR_PATTERN}))?(?![\\w-])(?!\\.?\\s*\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\d))`,
  'gi',
);

// Words after which a bare "May" or "March" is a month, not a verb or a walk.
const MONTH_CUE_BEFORE =
  /(?:\b(?:in|since|until|till|by|through|from|during|before|after|early|late|mid|last|next|this|of|between|to|and|or|since|throughout|as of|end|until|each|every)[\s-]+)$/i;
// Words that may follow a month; any other lower-case word after "May" makes it a verb.
const AFTER_MONTH_OK =
  /^(?:\s*$|\s*[,.;:!?)'"`’”-]|\s+(?:and|or|to|of|in|when|after|before|as|the|a|an|he|she|it|they|we|but|that|through|until|last|this|next|alone|at|for|with|was|is|will|had|has)\b)/;
const TITLES = /(?:\b(?:Ms|Mrs|Mr|Miss|Dr)\.?\s+)$/;
const LOWER_CASE_MONTHS: ReadonlySet<string> = new Set([
  'january',
  'february',
  'april',
  'june',
  'july',
  'september',
  'october',
  'november',
  'december',
]);

const isMonthWord = (
  text: string,
  start: number,
  end: number,
  word: string,
  hasYear: boolean,
  shifted: boolean,
): boolean => {
  // In lower case only a month's full name that is no other word ("september", not "may",
  // "march" or "august"): text typed without capitals still has its dates.
  const first = word.charAt(0);
  if (first !== first.toUpperCase() && !LOWER_CASE_MONTHS.has(word)) return false;
  if (hasYear) return true;
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 20);
  if (TITLES.test(before)) return false;
  // "April Glaspie": a capitalised word after a month makes the month a first name.
  if (/^\s+[A-Z][a-z]/.test(after) && !/^\s+(?:[A-Z][a-z]+day|I)\b/.test(after)) return false;
  const lower = word.toLowerCase();
  if (lower === 'may' || lower === 'march') {
    return shifted || (MONTH_CUE_BEFORE.test(before) && AFTER_MONTH_OK.test(after));
  }
  // Abbreviations ("Jan.", "Aug") alone are too often something else unless a year follows.
  if (lower.length <= 4 && !['june', 'july'].includes(lower.replace('.', ''))) return shifted;
  return true;
};

/**
 * Months named without a day: "January", "last July", "March 1989", "May of 2010". A bare
 * "May" counts only where a month can stand ("in May", "last May"), not as a verb ("may go").
 * @example findMonthMentions('Sales fell in July.')[0].meaning // { kind: 'calendar', year: null, month: 7, day: null, ... }
 */
export const findMonthMentions = (text: string): TimeMention[] =>
  mentionsOf(text, MONTH, (m) => {
    const word = m[2] ?? '';
    const month = monthOf(word);
    const wordStart = m.index + m[0].indexOf(word, m[1]?.length ?? 0);
    if (
      month === null ||
      !isMonthWord(
        text,
        wordStart,
        wordStart + word.length,
        word,
        m[3] !== undefined,
        m[1] !== undefined,
      )
    )
      return null;
    return {
      kind: 'calendar',
      year: m[3] !== undefined ? Number(m[3]) : null,
      month,
      day: null,
      shift: shiftOf(m[1]),
      hour: null,
      minute: null,
    };
  });

const SEASON = new RegExp(
  `(?<![\\w-])(?:(${SHIFT_PATTERN.slice(1, -1)}|the|this|that|early|late|mid)[\\s-]+)?(spring|summer|fall|autumn|winter)(?:(?:\\s+of|,)?\\s+(${YEAR_PATTERN}))?(?![\\w-])`,
  'gi',
);
// The season names, as words, that SEASON cannot match without; many texts have none ("falling"
// and "downfall" are not one).
const SEASON_CUE = /\b(?:spring|summer|fall|autumn|winter)\b/i;

/**
 * Seasons: "last summer", "this fall", "the winter of 1994". "fall" and "spring" are also
 * verbs and nouns, so a season needs a determiner or a year ("prices fall" is no season).
 * @example findSeasonMentions('It rained last summer.')[0].meaning // { kind: 'season', season: 'SU', year: null, shift: -1 }
 */
export const findSeasonMentions = (text: string): TimeMention[] =>
  cuedMentionsOf(text, SEASON_CUE, SEASON, (m) => {
    const prefix = m[1]?.toLowerCase();
    const season = SEASONS[(m[2] ?? '').toLowerCase()];
    const year = m[3] !== undefined ? Number(m[3]) : null;
    if (season === undefined) return null;
    if (year === null) {
      if (prefix === undefined) return null;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      // "the fall of the wall", "the spring in his step": a noun, not a season.
      if (
        (prefix === 'the' || prefix === 'that') &&
        !/^\s*(?:[,.;:)]|$|\s(?:and|when|before|after|to|as)\b)/.test(after) &&
        // "the winter of nineteen ninety-four": a year in words follows, joined later.
        !/^\s+of\s+(?:nineteen|eighteen|twenty|two\s+thousand)\b/i.test(after)
      )
        return null;
      if (prefix === 'that') return null;
    }
    const shift =
      prefix === 'the' || prefix === 'early' || prefix === 'late' || prefix === 'mid'
        ? null
        : shiftOf(m[1]);
    // "this past spring" is the spring just gone; "last spring" is last year's.
    const recent = prefix !== undefined && /^this\s+past$/.test(prefix);
    return { kind: 'season', season, year, shift: recent ? 0 : shift, recent };
  });
