import { ORDINALS } from './time-lexicon.js';
import { Anchor, cuedMentionsOf, type TimeMention } from './time-mention.js';
import { YEAR_PATTERN } from './year-mentions.js';

const DETERMINER = '(?:(?:the|its|their|his|her|our|a|an|this|that)\\s+)';
const ADJECTIVE = `(?:(year-ago|year-earlier|comparable(?:\\s+year-ago|\\s+year-earlier)?|corresponding|same|current|latest|most\\s+recent|recent|just-ended|just-completed|(?:this|last|next)\\s+year's|(${YEAR_PATTERN})(?:['’]s)?)\\s+)`;

// "the third quarter of 1998", "the fourth quarter of last year", "the first quarter, 1999".
const ORDINAL_QUARTER = new RegExp(
  `(?<![\\w-])${DETERMINER}?${ADJECTIVE}?(?:fiscal[\\s-]+)?(first|second|third|fourth|1st|2nd|3rd|4th|last)[\\s-]+(quarter|half)(?![\\w-])(?:\\s+of\\s+(?:fiscal\\s+)?(?:(${YEAR_PATTERN})|(this|last|next)\\s+year)|,?\\s+(${YEAR_PATTERN})(?![\\w%]|[.,]\\d))?`,
  'gi',
);

const NAMED_QUARTER = new RegExp(
  `(?<![\\w-])(?:${DETERMINER}${ADJECTIVE}?|${ADJECTIVE})(?:fiscal\\s+)?(quarter|period)(?![\\w-])(?:\\s+(?:(a\\s+year\\s+(?:ago|earlier)|last\\s+year)|of\\s+(${YEAR_PATTERN})))?`,
  'gi',
);

const YEAR_AGO = /(?<![\w-])year-(?:earlier|ago)(?![\w-])/gi;

// The words each pattern above cannot match without: most texts have none of them.
const ORDINAL_QUARTER_CUE =
  /(?:first|second|third|fourth|1st|2nd|3rd|4th|last)[\s-]+(?:quarter|half)/i;
const NAMED_QUARTER_CUE = /quarter|period/i;
const YEAR_AGO_CUE = /year-/i;

const yearShiftOf = (adjective: string | undefined, suffix: string | undefined): number => {
  const a = adjective?.toLowerCase() ?? '';
  if (/year-ago|year-earlier|last\s+year's/.test(a) || suffix !== undefined) return -1;
  if (/next\s+year's/.test(a)) return 1;
  return 0;
};

/** The year "last year's", "this year's" or "of next year" counts from publication: -1, 0 or 1. */
const publicationYearOf = (words: string | undefined): number | undefined => {
  const w = /^(this|last|next)\s+year/i.exec(words ?? '')?.[1]?.toLowerCase();
  return w === undefined ? undefined : w === 'last' ? -1 : w === 'next' ? 1 : 0;
};

/**
 * Quarters and halves of a year, as financial news names them: "the third quarter",
 * "third-quarter", "the fiscal first quarter", "the year-ago quarter", "the latest period",
 * "the second half of 1990". The quarter a bare "the quarter" means is the narrative's.
 * @example findQuarterMentions('Profit rose in the third quarter.')[0].meaning // { kind: 'quarter', quarter: 3, half: false, year: null, yearShift: 0 }
 */
export const findQuarterMentions = (text: string): TimeMention[] => [
  ...cuedMentionsOf(text, ORDINAL_QUARTER_CUE, ORDINAL_QUARTER, (m) => {
    const half = (m[4] ?? '').toLowerCase() === 'half';
    const ordinal = (m[3] ?? '').toLowerCase();
    // "last quarter" with no article is the one before publication's (relative-mentions.ts);
    // "the last quarter" is the fourth.
    if (ordinal === 'last' && m[1] === undefined && /^last/i.test(m[0])) return null;
    const quarter = ordinal === 'last' ? (half ? 2 : 4) : (ORDINALS[ordinal] ?? null);
    if (quarter === null || (half && quarter > 2)) return null;
    const explicit = m[2] ?? m[5] ?? m[7];
    // "the fourth quarter of last year", "last year's fourth quarter": a year counted from
    // publication, not from the quarter the report is about.
    const fromPublication = publicationYearOf(m[6] === undefined ? m[1] : `${m[6]} year`);
    if (fromPublication !== undefined)
      return {
        kind: 'quarter',
        quarter,
        half,
        year: null,
        yearShift: 0,
        yearFromPublication: fromPublication,
      };
    return {
      kind: 'quarter',
      quarter,
      half,
      year: explicit !== undefined ? Number(explicit) : null,
      yearShift: yearShiftOf(m[1], undefined),
    };
  }).map((m) => {
    // "a third-quarter loss": the article belongs to the noun, not to "third-quarter".
    const article =
      /^(?:the|its|their|his|her|our|a|an|this|that)\s+(?=[a-z0-9]+-(?:quarter|half)$)/i.exec(
        text.slice(m.start, m.end),
      );
    return article ? { ...m, start: m.start + article[0].length } : m;
  }),
  ...cuedMentionsOf(text, NAMED_QUARTER_CUE, NAMED_QUARTER, (m) => {
    const noun = (m[5] ?? '').toLowerCase();
    const adjective = m[1] ?? m[3];
    const year = m[2] ?? m[4] ?? m[7];
    // "the current quarter" is the publication's; "the quarter" alone the narrative's.
    if (noun === 'quarter' && /^current$/i.test(adjective ?? '')) {
      return {
        kind: 'offset',
        unit: 'quarter',
        amount: 0,
        anchor: Anchor.Publication,
        part: null,
        counted: false,
      };
    }
    // "the latest quarter" is the last one ended before publication.
    if (
      /^(?:latest|most\s+recent|just-ended|just-completed)$/i.test(adjective ?? '') &&
      noun === 'quarter'
    ) {
      return {
        kind: 'offset',
        unit: 'quarter',
        amount: -1,
        anchor: Anchor.Publication,
        part: null,
        counted: false,
      };
    }
    // "the period" alone is any stretch of time; only a qualified period is a quarter.
    if (noun === 'period' && adjective === undefined && m[6] === undefined && m[7] === undefined)
      return null;
    if (adjective === undefined && !/^(?:the|its|this|that)\s/i.test(m[0]) && m[6] === undefined)
      return null;
    return {
      kind: 'quarter',
      quarter: null,
      half: false,
      year: year !== undefined ? Number(year) : null,
      yearShift: yearShiftOf(adjective, m[6]),
    };
  }),
  ...cuedMentionsOf(text, YEAR_AGO_CUE, YEAR_AGO, () => ({
    kind: 'quarter',
    quarter: null,
    half: false,
    year: null,
    yearShift: -1,
  })),
];
