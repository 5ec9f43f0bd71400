import { TimexType } from './time-expression.js';
import { leanAt } from './tense-cues.js';
import { Lean, mentionsOf, type TimeMention } from './time-mention.js';

// A match starts a word, so a leading \b changes nothing but fails fast inside words (as in
// relative-mentions.ts).
const REFERENCES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(?<![\w-])(?:now|currently|presently|nowadays|these\s+days|at\s+present|at\s+the\s+moment|the\s+present|current)(?![\w-])/gi,
    'PRESENT_REF',
  ],
  [/\b(?<![\w-])(?:recently|lately|the\s+past)(?![\w-])/gi, 'PAST_REF'],
  [
    /(?<![\w-])(?:the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|the\s+(?:near|short|long)\s+term|coming\s+(?:days|weeks|months|years)|a\s+later\s+date)(?![\w-])/gi,
    'FUTURE_REF',
  ],
];

// "current" before these nouns is no time. ("now that ..." is: TimeML marks its "now".)
const NOT_TIME_AFTER =
  /^\s*(?:account|accounts|affairs|events|issue|issues|form|state|policy|policies|law|laws|system|members?|holders?|chairman|president|leaders?|price|prices|rates?|levels?|management|owners?|employees|situation|events|trends?)/i;

// "soon" on its own; "as soon as", "soon after" and "sooner" join it to another time.
const SOON = /(?<![\w-]|as\s)soon(?!\s+(?:as|after|afterwards?|thereafter|before)\b)(?![\w-])/gi;

/**
 * "soon" in a clause about what is to come ("it will soon decide"): FUTURE_REF. In a past
 * clause ("he was soon released") it only orders two past events, which TimeML leaves unmarked.
 */
const findSoonMentions = (text: string): TimeMention[] =>
  mentionsOf(text, SOON, (m) =>
    leanAt(text, m.index, m.index + m[0].length) === Lean.Past
      ? null
      : { kind: 'fixed', type: TimexType.Date, value: 'FUTURE_REF' },
  );

/**
 * Time words that name no calendar date (TimeML DATE values PRESENT_REF, PAST_REF,
 * FUTURE_REF): "now", "currently", "recently", "the past", "the future".
 * @example findReferenceMentions('Prices are now high.')[0].meaning // { kind: 'fixed', type: 'DATE', value: 'PRESENT_REF' }
 */
export const findReferenceMentions = (text: string): TimeMention[] => [
  ...findSoonMentions(text),
  ...REFERENCES.flatMap(([pattern, value]) =>
    mentionsOf(text, pattern, (m) => {
      const word = m[0].toLowerCase();
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      if ((word === 'now' || word === 'current' || word === 'recent') && NOT_TIME_AFTER.test(after))
        return null;
      // "the future of the alliance" is the fate of a thing, not a time.
      if (/^the\s+future$/.test(word) && /^\s+of\b/i.test(after)) return null;
      if (
        word === 'the past' &&
        /^\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade)/i.test(
          after,
        )
      )
        return null;
      return { kind: 'fixed', type: TimexType.Date, value };
    }),
  ),
];
