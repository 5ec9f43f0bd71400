import type { ActorDirectory } from '../../core/actor-registry/actor-directory.js';
import type { RegistryActor } from '../../core/actor-registry/registry-actor.js';
import { ActorKind } from '../../core/actor.js';
import type { Span } from '../../core/span.js';
import type { EventLexicon } from './event-lexicon.js';
import { compilePhrase } from './phrase-index.js';
import {
  isCapitalised,
  isNounWord,
  isPunctWord,
  type SentenceView,
  type Word,
} from './sentence-view.js';
import { remembered } from '../../core/remembered.js';

/** What the coder asks of the actor registry: countries by name, actors by name. */
export type EventActorDirectory = Pick<ActorDirectory, 'countryOf' | 'byName'>;

/** A party to an event: the words that name it, and the countries and sectors they tell. */
export interface EventActor {
  readonly text: string;
  readonly span: Span;
  /** ISO 3166 alpha-3 codes, in the order the text names them, without repeats. */
  readonly countries: readonly string[];
  /** CAMEO sector codes (GOV, MIL, REB, OPP, CVL, BUS, MED, …), in order, without repeats. */
  readonly sectors: readonly string[];
  /**
   * The countries were inferred from the rest of the sentence, not named by these words: a
   * leader of no stated country in a sentence that names one, or protesters' own state.
   */
  readonly inferred?: boolean;
}

/** A country or registry actor named by words [start, end) of a sentence. */
export interface CountryMention {
  readonly start: number;
  readonly end: number;
  readonly country: string;
  readonly actor: RegistryActor | null;
}

/** Words after a country that make it the place, not the actor: "Israeli-occupied", "Serb-held". */
const PLACE_SUFFIXES = new Set(['occupied', 'held', 'controlled', 'annexed', 'administered']);
const MAX_NAME_WORDS = 5;

/** Time words a subject may be separated from its verb by: "Israel on Friday reimposed". */
const TIME_WORDS = new Set([
  'today',
  'yesterday',
  'tonight',
  'tomorrow',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'week',
  'weekend',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'day',
  'earlier',
  'later',
]);
const TIME_LEADS = new Set(['on', 'last', 'this', 'next', 'early', 'late', 'earlier', 'in', 'the']);

/** Words that join the parts of a noun phrase: "King Hassan of Morocco", "Iran and Iraq". */
const NP_LINKS = new Set(['of', "'s", 'and', '&', 'de', 'al', 'el', 'in', 'from', 'at', 'for']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom']);

export const isTimeWord = (w: Word | undefined): boolean =>
  w !== undefined && (TIME_WORDS.has(w.lower) || (w.pos === 'NUM' && /^\d{1,4}$/.test(w.lower)));

/**
 * Moves left from word `k` over adverbs, auxiliaries, negation and time phrases ("on Tuesday",
 * "last week") to the last word of what comes before. Returns the index reached.
 */
export const skipVerbGroupLeft = (view: SentenceView, k: number, floor: number): number => {
  let j = k;
  for (;;) {
    const w = view.words[j];
    if (!w || j < floor) return j;
    if (w.pos === 'AUX' || w.pos === 'ADV' || (w.pos === 'PART' && w.forms.includes('not'))) {
      j--;
      continue;
    }
    if (isTimeWord(w)) {
      j--;
      while (
        j >= floor &&
        (TIME_LEADS.has(view.words[j]?.lower ?? '') || isTimeWord(view.words[j]))
      )
        j--;
      continue;
    }
    return j;
  }
};

/** Whether a word may be part of a noun phrase read leftwards. */
const inNounPhrase = (w: Word): boolean =>
  w.pos === 'NOUN' ||
  w.pos === 'PROPN' ||
  w.pos === 'ADJ' ||
  w.pos === 'DET' ||
  w.pos === 'NUM' ||
  (w.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(w.lower)) ||
  NP_LINKS.has(w.lower) ||
  // A capitalised word the tagger took for a verb: "French mediation", "Tanks fired".
  (isCapitalised(w) && w.pos === 'VERB') ||
  w.joined;

/**
 * The noun phrase ending at word `end`, read leftwards: "Rebels in the Ivory Coast", "U.S. and
 * Russian negotiators", "Washington along with its allies". A participle between a noun and its
 * modifiers is crossed ("British aircraft using precision guided missiles"). Null when word
 * `end` is no noun.
 */
export const nounPhraseEndingAt = (
  view: SentenceView,
  end: number,
  floor: number,
): readonly [number, number] | null => {
  const last = view.words[end];
  if (!last || end < floor || !(isNounWord(last) || last.pos === 'NUM' || isCapitalised(last)))
    return null;
  if (isPunctWord(last)) return null;
  let start = end;
  let crossed = 0;
  while (start - 1 >= floor && end - start < 16) {
    const w = view.words[start - 1] as Word;
    if (inNounPhrase(w)) {
      start--;
      continue;
    }
    // "Kenya, Uganda and Tanzania": a comma inside a list that ends in "and".
    if (
      w.lower === ',' &&
      isNounWord(view.words[start - 2]) &&
      view.words.slice(start, end + 1).some((x) => x.lower === 'and' || x.lower === 'or')
    ) {
      start--;
      continue;
    }
    // "Washington along with its allies", "Iran together with Syria"
    if (w.lower === 'with' && view.is(start - 2, 'along', 'together')) {
      start -= 2;
      continue;
    }
    // "aircraft using missiles": a participle after a noun belongs to its phrase.
    if (
      crossed < 1 &&
      w.pos === 'VERB' &&
      w.lower.endsWith('ing') &&
      isNounWord(view.words[start - 2])
    ) {
      crossed++;
      start--;
      continue;
    }
    break;
  }
  while (
    start < end &&
    (NP_LINKS.has(view.words[start]?.lower ?? '') || isPunctWord(view.words[start]))
  )
    start++;
  return [start, end + 1];
};

/** The noun phrase that begins at word `start`, read rightwards, and its head word. */
export const nounPhraseFrom = (
  view: SentenceView,
  start: number,
  ceiling: number,
): { range: readonly [number, number]; head: number } | null => {
  let k = start;
  let head = -1;
  while (k < ceiling) {
    const w = view.words[k] as Word;
    // A determiner or possessive after the head begins another phrase: "the United States | its assets".
    if (
      (w.pos === 'DET' || (w.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(w.lower))) &&
      head >= 0 &&
      k > start
    )
      break;
    if (
      w.pos === 'DET' ||
      w.pos === 'ADJ' ||
      w.pos === 'NUM' ||
      (w.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(w.lower)) ||
      w.lower === "'s" ||
      isNounWord(w) ||
      (isCapitalised(w) && w.pos === 'VERB') ||
      (w.joined && k > start)
    ) {
      if (isNounWord(w) || (isCapitalised(w) && w.pos === 'VERB')) head = k;
      if (w.lower === "'s") head = -1;
      k++;
      continue;
    }
    break;
  }
  if (head < 0) return null;
  return { range: [start, k], head };
};

/** A directory's look-ups, remembered. */
interface RememberedDirectory {
  readonly countryOf: (text: string) => string | null;
  readonly byName: (text: string) => RegistryActor | null;
}

/**
 * The remembered look-ups of each directory, shared by every finder over it: the same names come
 * up again and again, in a document and across the documents of an ingest.
 */
const rememberedDirectories = new WeakMap<EventActorDirectory, RememberedDirectory>();

const rememberedDirectory = (directory: EventActorDirectory): RememberedDirectory => {
  let found = rememberedDirectories.get(directory);
  if (!found) {
    found = {
      countryOf: remembered((text) => directory.countryOf(text)),
      byName: remembered((text) => directory.byName(text)),
    };
    rememberedDirectories.set(directory, found);
  }
  return found;
};

/**
 * Finds the actor side of a sentence: countries and registry actors named in words, and the
 * sectors of noun phrases.
 */
export const createActorFinder = (directory: EventActorDirectory | null, lexicon: EventLexicon) => {
  // The directory is immutable, so its answers are kept for as long as it lives.
  const lookups = directory && rememberedDirectory(directory);
  const countryOf = lookups?.countryOf;
  const byName = lookups?.byName;

  /**
   * What words [k, k + n) of a sentence name, or null, by k × MAX_NAME_WORDS + n − 1, for the
   * sentence read last: its actors are looked for again and again, over overlapping ranges, and
   * the answer does not depend on the range.
   */
  let namesOf: SentenceView | null = null;
  let names: Array<CountryMention | null | undefined> = [];
  const nameAt = (view: SentenceView, k: number, n: number): CountryMention | null => {
    if (namesOf !== view) {
      namesOf = view;
      names = [];
    }
    const slot = k * MAX_NAME_WORDS + n - 1;
    let mention = names[slot];
    if (mention === undefined) {
      mention = lookUpName(view, k, n);
      names[slot] = mention;
    }
    return mention;
  };
  /** What words [k, k + n) name, the first n of a run of words without punctuation. */
  const lookUpName = (view: SentenceView, k: number, n: number): CountryMention | null => {
    const after = view.words[k + n];
    if (after?.joined && PLACE_SUFFIXES.has(after.lower)) return null;
    const name = view.slice(k, k + n);
    const country = countryOf?.(name);
    if (country) return { start: k, end: k + n, country, actor: null };
    // A registry actor's name is capitalised throughout.
    let capitalised = true;
    for (let j = k + 1; j < k + n && capitalised; j++) capitalised = isCapitalised(view.words[j]);
    const actor = capitalised ? byName?.(name) : null;
    if (actor?.country) return { start: k, end: k + n, country: actor.country, actor };
    return null;
  };

  /** Countries and registry actors named in words [a, b), longest names first, left to right. */
  const mentionsIn = (view: SentenceView, a: number, b: number): CountryMention[] => {
    const found: CountryMention[] = [];
    let k = a;
    while (k < b) {
      const w = view.words[k] as Word;
      let matched: CountryMention | null = null;
      if (isCapitalised(w) && !isPunctWord(w)) {
        // A name holds no punctuation.
        const limit = Math.min(MAX_NAME_WORDS, b - k);
        let plain = 1;
        while (plain < limit && !isPunctWord(view.words[k + plain])) plain++;
        for (let n = plain; n >= 1 && !matched; n--) matched = nameAt(view, k, n);
      }
      if (matched) {
        found.push(matched);
        k = matched.end;
      } else k++;
    }
    return found;
  };

  const sectorsIn = (
    view: SentenceView,
    a: number,
    b: number,
    actors: readonly RegistryActor[],
  ) => {
    const sectors: string[] = [];
    const add = (code: string) => {
      if (!sectors.includes(code)) sectors.push(code);
    };
    for (let k = a; k < b; k++) {
      const match = lexicon.sectors.matchAt((n) => (n < b ? view.forms(n) : null), k)[0];
      if (match) {
        add(match.value);
        k += match.length - 1;
      }
    }
    for (const actor of actors) {
      const words = compilePhrase(actor.canonicalName);
      let own: string | null = null;
      for (let k = 0; k < words.length && !own; k++)
        own =
          lexicon.sectors.matchAt((n) => (n < words.length ? [words[n] as string] : null), k)[0]
            ?.value ?? null;
      if (own) add(own);
      else if (actor.kind === ActorKind.Person && actor.roles.length > 0) add('GOV');
    }
    return sectors;
  };

  /** The actor named by words [a, b): its text, span, countries and sectors. */
  const actorOf = (view: SentenceView, a: number, b: number): EventActor => {
    const mentions = mentionsIn(view, a, b);
    const countries: string[] = [];
    for (const m of mentions) if (!countries.includes(m.country)) countries.push(m.country);
    return {
      text: view.slice(a, b),
      span: view.span(a, b),
      countries,
      sectors: sectorsIn(
        view,
        a,
        b,
        mentions.flatMap((m) => (m.actor ? [m.actor] : [])),
      ),
    };
  };

  return { mentionsIn, actorOf };
};

export type ActorFinder = ReturnType<typeof createActorFinder>;
