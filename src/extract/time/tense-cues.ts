import { Lean } from './time-mention.js';

const FUTURE_WORDS = new Set([
  'will',
  "'ll",
  "let's",
  'lets',
  'shall',
  'wo',
  "won't",
  'would',
  'upcoming',
  'tomorrow',
  'next',
  'coming',
  'soon',
  'until',
  'till',
  'by',
  'starting',
  'beginning',
  'effective',
  'payable',
]);
// Words whose future reading is weak: they decide only when nothing else in the clause does.
const WEAK_FUTURE = new Set([
  'until',
  'till',
  'by',
  'starting',
  'beginning',
  'effective',
  'payable',
]);
// "will be paid", "has been named": a participle after these is no past tense.
const AUXILIARIES = new Set([
  'be',
  'been',
  'being',
  'is',
  'are',
  'am',
  'have',
  'has',
  "'s",
  "'re",
  'get',
]);

const INFINITIVE_HEADS = new Set([
  'set',
  'due',
  'expected',
  'scheduled',
  'slated',
  'planned',
  'plans',
  'plan',
  'going',
  'is',
  'are',
  'agreed',
  'ready',
  'about',
  'likely',
  'poised',
  'intends',
  'hopes',
  'wants',
  'want',
  'expects',
  'expect',
  'expecting',
  'planning',
  'intend',
  'intending',
  'hope',
  'hoping',
  'aims',
  'seeks',
  'prepared',
  'preparing',
  'promised',
  'vowed',
]);

const PAST_WORDS = new Set([
  'said',
  'was',
  'were',
  'had',
  'did',
  'ago',
  'yesterday',
  'told',
  'met',
  'went',
  'came',
  'took',
  'made',
  'gave',
  'began',
  'saw',
  'held',
  'left',
  'sent',
  'found',
  'got',
  'won',
  'lost',
  'fell',
  'rose',
  'spoke',
  'wrote',
  'brought',
  'thought',
  'bought',
  'sold',
  'paid',
  'struck',
  'flew',
  'ran',
  'led',
  'fled',
  'knew',
  'became',
  'broke',
  'chose',
  'drove',
  'ate',
  'forgot',
  'froze',
  'grew',
  'hung',
  'hid',
  'kept',
  'laid',
  'lay',
  'meant',
  'put',
  'quit',
  'rang',
  'sat',
  'shot',
  'shut',
  'slept',
  'stood',
  'stole',
  'swore',
  'taught',
  'threw',
  'woke',
  'wore',
  'felt',
  'hit',
  'heard',
  'earlier',
  'last',
  'previously',
  'since',
]);
// Words ending in -ed that are no past tense.
const NOT_PAST = new Set([
  'need',
  'bed',
  'red',
  'shed',
  'seed',
  'speed',
  'feed',
  'hundred',
  'indeed',
  'proceed',
  'succeed',
  'exceed',
  'embed',
  'breed',
  'weed',
  'greed',
  'steed',
  'bled',
  'scheduled',
  'expected',
  'planned',
  'proposed',
  'intended',
  'supposed',
  'slated',
]);

// Words after which an -ed word is an adjective ("a still unspecified date", "its revised
// plan"), no past tense.
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'this',
  'that',
  'these',
  'those',
  'no',
  'any',
  'some',
  'each',
  'every',
]);

// A capitalised word ("United States") is a name, not a verb.
const isPast = (word: string): boolean =>
  PAST_WORDS.has(word) || (/^[a-z]{3,}ed$/.test(word) && !NOT_PAST.has(word));

/** Whether the word at `i` of the reversed words before a date is an -ed adjective after a determiner. */
const isAdjective = (back: readonly string[], i: number): boolean => {
  const word = back[i] ?? '';
  if (PAST_WORDS.has(word)) return false;
  const before = back[i + 1] ?? '';
  if (DETERMINERS.has(before)) return true;
  return (before === 'still' || /ly$/.test(before)) && DETERMINERS.has(back[i + 2] ?? '');
};

const wordsOf = (s: string): string[] =>
  (s.match(/[A-Za-z]+(?:'[a-z]+)?|'ll/g) ?? []).map((w) =>
    /^[A-Z][a-z]/.test(w) && !/ed$/.test(w) ? w.toLowerCase() : w,
  );

/** The clause around a position: back to the last sentence end, forward to the next. */
const clauseAround = (
  text: string,
  start: number,
  end: number,
): { before: string; after: string } => {
  const head = text.slice(Math.max(0, start - 160), start);
  const cut = Math.max(head.search(/[.!?;:]["'`’”]*\s+(?=[^.!?;:]*$)/), head.lastIndexOf('\n'));
  const tail = text.slice(end, end + 120);
  const stop = tail.search(/[.!?;]\s|\n/);
  return {
    before: cut >= 0 ? head.slice(cut + 1) : head,
    after: stop >= 0 ? tail.slice(0, stop) : tail,
  };
};

/**
 * Whether a date written without a year or week ("Tuesday", "January 17") leans to the past or
 * to the future, from the words of its clause: the nearest tense cue before it decides ("said
 * Friday", "will meet Friday"), else the first after it ("Friday's vote was"), else a weak cue
 * ("by March 8", "until Monday"); with no cue at all it is `nearest`.
 * @example leanAt('He will speak on Friday.', 17, 23) // 'future'
 * @example leanAt('He spoke on Friday.', 12, 18) // 'past'
 */
export const leanAt = (text: string, start: number, end: number): Lean => {
  const { before, after } = clauseAround(text, start, end);
  const back = wordsOf(before).reverse().slice(0, 12);
  const ahead = wordsOf(after).slice(0, 8);
  const perfect = back.includes('had') || ahead.includes('had');
  // "Wednesday's ruling", "Friday's close": a day named as the owner of an event is mostly one
  // gone by, whatever the clause says later ("would look for ways around Wednesday's ruling").
  // Only a cue right before it ("until Friday's deadline") still points ahead.
  if (/^['’]s\b/.test(text.slice(end, end + 3)) && !FUTURE_WORDS.has(back[0] ?? ''))
    return Lean.Past;
  let weak = false;
  for (const [i, w] of back.entries()) {
    // "as soon as Tuesday", "as early as Tuesday": the earliest of days to come.
    if (w === 'as' && (back[i + 1] === 'soon' || back[i + 1] === 'early') && i < 3)
      return Lean.Future;
    // "set to resume Monday", "is to meet Friday": an infinitive of plan or schedule, unless
    // the plan was past ("had been scheduled to expire Friday").
    if (w === 'to' && INFINITIVE_HEADS.has(back[i + 1] ?? ''))
      return perfect ? Lean.Past : Lean.Future;
    if (FUTURE_WORDS.has(w)) {
      // A weak cue right before the date ("by March 8", "payable Dec. 1") decides alone, unless
      // the clause is in the past perfect ("had filed by Wednesday", "until then they had").
      if (!WEAK_FUTURE.has(w) || (i < 2 && !perfect)) return Lean.Future;
      weak = true;
      continue;
    }
    if (isPast(w) && !AUXILIARIES.has(back[i + 1] ?? '') && !isAdjective(back, i)) return Lean.Past;
  }
  for (const w of ahead) {
    if (FUTURE_WORDS.has(w) && !WEAK_FUTURE.has(w)) return Lean.Future;
    if (isPast(w)) return weak && !perfect ? Lean.Future : Lean.Past;
  }
  return weak ? Lean.Future : Lean.Nearest;
};
