import type { Token } from '../text-analysis.js';
import { BETWEEN_SUBJECT_AND_CUE, CUE_VERBS, TIME_WORDS } from './cue-lexicon.js';
import {
  isDash,
  isCapitalised,
  isFiniteVerb,
  isPunct,
  isQuoteMark,
  POSSESSIVES,
  quotationHoldsClause,
  type TokenContext,
} from './token-context.js';

/** Token range [start, end) of a noun phrase. */
export type TokenRange = readonly [number, number];

const SUBJECT_PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'who',
  'which',
  'that',
  // Indefinite pronouns: "Someone called it a revolution", "Nobody asked".
  'someone',
  'somebody',
  'everyone',
  'everybody',
  'nobody',
  'anyone',
  'others',
]);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
const NP_LINKS = new Set(['of', "'s", '’s', '-', '&', 'and', 'for', 'de', 'al']);

const MAX_NP = 12;

/** Prepositions that open a modifier inside a noun phrase: "officials from Tehran". */
const NOUN_PREPOSITIONS = new Set(['in', 'from', 'at', 'to']);

/** …and those that do only after a common noun: "the talks between the two sides". */
const COMMON_NOUN_PREPOSITIONS = new Set([
  'between',
  'among',
  'on',
  'over',
  'with',
  'about',
  'against',
]);
/**
 * Determiners that stand alone for those who said something: "Some said", "Another wrote",
 * "according to some on Twitter".
 */
const STANDALONE = /^(?:some|many|most|several|few|another|both|all|others|those|one)$/i;
/** Words for a part of a group before "of them", besides STANDALONE's: "none of them said". */
const QUANTITY_OF = /^(?:none|each|half|either|neither|any|two|three|four|five)$/i;
const GROUP_PRONOUN = /^(?:them|us|you|whom|those|these)$/i;
const isLowerCase = (w: string): boolean => /^\p{Ll}+$/u.test(w);
/** Words after a subject that modify it, not the verb: "voters overall said", "the two themselves said". */
const POST_MODIFIERS = new Set([
  'overall',
  'alone',
  'combined',
  'collectively',
  'themselves',
  'himself',
  'herself',
  'itself',
  'both',
  'all',
]);
/** Verbs and adjectives whose subject is also that of the infinitive after them. */
const RAISING_TO = new Set([
  'continue',
  'go',
  'begin',
  'start',
  'likely',
  'unlikely',
  'quick',
  'prompt',
  'seem',
  'appear',
  'hasten',
  'tend',
]);

/**
 * The verb or adjective an infinitive's "to" at token `k` hangs on when it passes its subject to
 * the infinitive ("went on to say", "was prompted to say", "is likely to say"), else null.
 */
export const raisingVerbBefore = (ctx: TokenContext, k: number): number | null => {
  let j = k - 1;
  if (ctx.lower(j) === 'on') j--;
  return RAISING_TO.has(ctx.tokens[j]?.lemma ?? '') ? j : null;
};

/** Connectives set off by commas between a subject and its verb. */
const CONNECTIVES = new Set([
  'however',
  'though',
  'too',
  'also',
  'meanwhile',
  'instead',
  'likewise',
]);

/**
 * Whether the quotation whose closing mark is token `mark` holds a clause (a finite verb): "''is a
 * misguided approach,''" is said, "''the magic,''" is a phrase an aside may cite.
 */
const quotedClauseEndingAt = (ctx: TokenContext, mark: number): boolean => {
  const q = ctx.quotationAt(ctx.tokens[mark]?.start ?? -1);
  return q !== undefined && quotationHoldsClause(ctx, q);
};

/**
 * Whether "close to" or "familiar with" stands right before token `k`: "a source close to | him",
 * "people familiar with | the talks".
 */
const closeToBefore = (ctx: TokenContext, k: number): boolean =>
  /^(?:to|with)$/.test(ctx.lower(k - 1)) && /^(?:close|familiar)$/.test(ctx.lower(k - 2));

/** Parts of speech an appositive opens with: "Clinton, the former secretary of State, said". */
const APPOSITIVE_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** How far back an appositive or relative clause between subject and verb may reach. */
const MAX_ASIDE = 40;

/** A noun, pronoun or number — or a capitalised word the tagger took for something else ("Cook said"). */
const isNominal = (t: Token | undefined): boolean =>
  t !== undefined &&
  (t.pos === 'PROPN' ||
    // "47% say": a share of those asked.
    t.value === '%' ||
    t.pos === 'NOUN' ||
    t.pos === 'PRON' ||
    t.pos === 'NUM' ||
    (isCapitalised(t) && (t.pos === 'VERB' || t.pos === 'AUX')));

/** Adverbs that do open a clause before its verb ("When asked", "Later said", "Then came"). */
const OPENING_ADVERBS =
  /^(?:when|where|why|how|then|now|also|still|later|earlier|yesterday|today|here|there|so|thus|however|meanwhile|instead|again|once|never|always|often|only|just|even|already|soon|perhaps|maybe|indeed|finally|separately|previously|recently|together|rather|first|last)$/i;

/**
 * A name the tagger read as an adverb, standing first in its clause: "Jolly said", "“…,” Kelly
 * said". An adverb there would leave the verb with no subject at all.
 */
const nameReadAsAdverb = (ctx: TokenContext, k: number, floor: number): boolean => {
  const t = ctx.tokens[k];
  if (t?.pos !== 'ADV' || !isCapitalised(t) || OPENING_ADVERBS.test(t.value)) return false;
  if (!/^(?:VERB|AUX)$/.test(ctx.tokens[k + 1]?.pos ?? '')) return false;
  const before = ctx.tokens[k - 1];
  return k === floor || before === undefined || isPunct(before);
};

/** Skips, leftwards from `i`, auxiliaries, adverbs and short time phrases between a subject and its verb. */
const skipLeft = (ctx: TokenContext, i: number, floor: number): number => {
  let k = i;
  for (;;) {
    const t = ctx.tokens[k];
    if (!t || k < floor) return k;
    const w = t.value.toLowerCase();
    // A parenthesis between subject and verb: "Mike Pence (R-IN) said".
    if (w === ')') {
      let j = k - 1;
      while (j >= floor && ctx.tokens[j]?.value !== '(' && k - j < 12) j--;
      if (ctx.tokens[j]?.value === '(') {
        k = j - 1;
        continue;
      }
      return k;
    }
    // "Republicans continue to warn", "he went on to say", "voters are likely to say": the
    // subject stands before the verb or adjective the cue's infinitive hangs on.
    if (w === 'to' && t.pos === 'PART') {
      const j = raisingVerbBefore(ctx, k);
      if (j === null) return k;
      k = j - 1;
      continue;
    }
    if (
      POST_MODIFIERS.has(w) ||
      BETWEEN_SUBJECT_AND_CUE.has(w) ||
      t.pos === 'AUX' ||
      (t.pos === 'ADV' && !w.includes('’') && !nameReadAsAdverb(ctx, k, floor)) ||
      (t.pos === 'PART' && (w === 'not' || w === "n't" || w === 'n’t'))
    ) {
      k--;
      continue;
    }
    // "Trump on Wednesday said", "the minister last week said"
    if (TIME_WORDS.has(w) && k - 1 >= floor) {
      const before = ctx.lower(k - 1);
      if (before === 'on' || before === 'last' || before === 'this' || before === 'earlier') {
        k -= 2;
        continue;
      }
      if (ctx.tokens[k - 1]?.pos === 'PROPN' || ctx.tokens[k - 1]?.pos === 'NOUN')
        return k - 1 >= floor && w.length > 0 ? k - 1 : k;
    }
    return k;
  }
};

/**
 * The subject of a cue at token `cue`: the noun phrase or pronoun just before it (auxiliaries and
 * adverbs skipped), extended over an appositive ("Clinton, the former secretary of State,").
 * Returns null when there is none in the same clause.
 */
export const subjectLeft = (ctx: TokenContext, cue: number, floor: number): TokenRange | null => {
  const end = skipLeft(ctx, cue - 1, floor);
  const last = ctx.tokens[end];
  // "…; most said": a standalone word the tagger took for an adverb, opening its clause.
  if (!last || end < floor || /^[;:.!?(]$/.test(last.value)) {
    const k = end + 1;
    return k < cue && STANDALONE.test(ctx.lower(k)) ? [k, k + 1] : null;
  }
  // The closing comma of an appositive or relative clause: "Clinton, the former secretary of
  // State, said", "Sandy Phillips, who lost her daughter in 2012, said".
  // Dashes set off such an aside too: "The justice -- who has been in a scuffle -- said".
  // The comma may stand inside a quotation the aside ends on: "Manafort, citing ''the magic,'' said".
  const close = isQuoteMark(last) && ctx.tokens[end - 1]?.value === ',' ? end - 1 : end;
  const mark = ctx.tokens[close]?.value ?? '';
  if (mark === ',' || isDash(ctx, close)) {
    const open = asideOpening(ctx, close, floor);
    // "Sen. Jack Reed (D-R.I.), said": a comma after the parenthesis on a name.
    if (open === null && ctx.tokens[close - 1]?.value === ')')
      return subjectLeft(ctx, close, floor);
    if (open === null) return null;
    if (close < end && !ctx.tokens.slice(open + 1, close).some(isQuoteMark)) return null;
    // "…, using the tax ''is a misguided approach,'' said Burman": a quoted clause ending on the
    // comma is what was said, not an aside on a subject ("Manafort, citing ''the magic,'' said").
    if (close < end && quotedClauseEndingAt(ctx, end)) return null;
    const first = ctx.tokens[open + 1] as Token;
    let nameEnd = open - 1;
    // An appositive, then a participle or phrase, the comma between them closing one and opening
    // the next: "Sen. Marco Rubio, R-Fla., appearing on Fox News, said" (but not "In Iowa,
    // Clinton, appearing …").
    const outer =
      mark === ',' && !APPOSITIVE_START.has(first.pos) ? asideOpening(ctx, open, floor) : null;
    const outerHead = outer !== null ? nounPhraseLeft(ctx, outer - 1, floor) : null;
    if (outer !== null && outerHead && !objectBefore(ctx, outerHead[0])) nameEnd = outer - 1;
    // "Rep. Sander Levin (Mich.), a superdelegate, said": a parenthesis after the name.
    if (ctx.tokens[nameEnd]?.value === ')') {
      while (nameEnd > floor && ctx.tokens[nameEnd]?.value !== '(' && open - nameEnd < 12)
        nameEnd--;
      nameEnd--;
    }
    // "Clinton, 35, the daughter of …, said": an age set off after the name.
    if (
      ctx.tokens[nameEnd]?.pos === 'NUM' &&
      /^\d{1,3}$/.test(ctx.tokens[nameEnd]?.value ?? '') &&
      ctx.tokens[nameEnd - 1]?.value === ',' &&
      /^(?:PROPN|NOUN)$/.test(ctx.tokens[nameEnd - 2]?.pos ?? '')
    )
      nameEnd -= 2;
    const head = nounPhraseLeft(ctx, nameEnd, floor);
    // A connective is no part of the speaker's name: "Forbes, however, says" → "Forbes".
    if (head && CONNECTIVES.has(first.value.toLowerCase())) return head;
    return head ? [head[0], end] : null;
  }
  if (last.pos === 'PRON') {
    if (SUBJECT_PRONOUNS.has(last.value.toLowerCase()) || STANDALONE.test(last.value))
      return [end, end + 1];
    // "a source close to him said", "people familiar with them said".
    if (closeToBefore(ctx, end)) {
      const head = nounPhraseLeft(ctx, end - 3, floor);
      return head ? [head[0], end + 1] : null;
    }
    // "most of them said", "two of us said", "none of whom said": a part of a group.
    if (GROUP_PRONOUN.test(last.value) && ctx.lower(end - 1) === 'of' && end - 2 >= floor) {
      const part = ctx.tokens[end - 2];
      if (
        part &&
        (STANDALONE.test(part.value) || QUANTITY_OF.test(part.value) || part.pos === 'NUM')
      )
        return [end - 2, end + 1];
    }
    return null;
  }
  // "Some said …", "Another tweeted, …": a determiner standing alone for those who said it.
  if (
    (last.pos === 'DET' || last.pos === 'ADJ') &&
    STANDALONE.test(last.value) &&
    !isNominal(ctx.tokens[end - 1])
  )
    return [end, end + 1];
  // A participle after its noun: "those surveyed said", "voters polled said".
  if (last.pos === 'VERB' && /ed$/i.test(last.value) && end - 1 >= floor) {
    const head = ctx.tokens[end - 1];
    if (head?.pos === 'DET' && /^(?:those|all|many|most|some)$/i.test(head.value))
      return [end - 1, end + 1];
    const phrase = nounPhraseLeft(ctx, end - 1, floor);
    // "voters polled said", "Cuban-Americans polled said"
    return phrase && /^(?:NOUN|PROPN)$/.test(ctx.tokens[end - 1]?.pos ?? '')
      ? [phrase[0], end + 1]
      : null;
  }
  const phrase = nounPhraseLeft(ctx, end, floor);
  const name = phrase && nameBeforePlace(ctx, phrase[0], floor);
  if (name) return name;
  return phrase && (headOfRelative(ctx, phrase[0], floor) ?? phrase);
};

/**
 * The name that opens its clause before a phrase of where or how starting at token `start`:
 * "Sanders | on Twitter wrote", "Trump | on the campaign trail said". Null when there is none.
 */
const nameBeforePlace = (ctx: TokenContext, start: number, floor: number): TokenRange | null => {
  if (!/^(?:on|in|at|during|via|from|over)$/.test(ctx.lower(start - 1))) return null;
  if (ctx.tokens[start - 2]?.pos !== 'PROPN') return null;
  const name = nounPhraseLeft(ctx, start - 2, floor);
  const opens =
    name !== null &&
    (name[0] === floor || /^(?:CCONJ|PUNCT|ADV)$/.test(ctx.tokens[name[0] - 1]?.pos ?? ''));
  return opens ? name : null;
};

/**
 * The opening mark of an aside that the comma or dash at `close` ends, when what stands between
 * them reads as an aside on a subject — a relative clause, a connective, a participle, a phrase
 * of where or how, or an appositive — rather than a clause of its own. Null otherwise.
 */
const asideOpening = (ctx: TokenContext, close: number, floor: number): number | null => {
  const mark = ctx.tokens[close]?.value;
  /** A mark that pairs with the closing one: a comma with a comma, a dash with any dash. */
  const pairs = (k: number): boolean =>
    mark === ',' ? ctx.tokens[k]?.value === ',' : isDash(ctx, k);
  let open = close - 1;
  while (open > floor && close - open < MAX_ASIDE && !pairs(open)) open--;
  if (!pairs(open)) return null;
  const first = ctx.tokens[open + 1];
  const aside =
    first !== undefined &&
    (/^(?:who|which|whose|whom|including)$/i.test(first.value) ||
      // "Forbes, however, says", "Murphy, though, said": a connective, not an appositive.
      CONNECTIVES.has(first.value.toLowerCase()) ||
      // "Sen. Durbin, noting the size of his following, said": a participle of the speaker's,
      // also a passive one ("Sullivan, struck by her story, told her …").
      (first.pos === 'VERB' && /ing$/i.test(first.value)) ||
      (first.pos === 'VERB' && ctx.lower(open + 2) === 'by') ||
      // "Mr. Trump, asked about the deaths, said", "Lee, elected in 2012, said"
      (first.pos === 'VERB' && /ed$/i.test(first.value)) ||
      first.pos === 'DET' ||
      first.pos === 'ADJ' ||
      first.pos === 'NOUN' ||
      first.pos === 'PROPN' ||
      first.pos === 'NUM' ||
      // "the spokesman, Josh Earnest, said": a name the tagger took for a verb.
      (first.pos === 'VERB' && isCapitalised(first)) ||
      // "Judge Stranch, in her dissent, said": a phrase of where or how it was said.
      first.pos === 'ADP' ||
      // "Scott Goodstein, its chief executive, said"
      POSSESSIVES.test(first.value) ||
      // "Democrats — and some Republicans — say"
      (mark !== ',' && first.pos === 'CCONJ'));
  if (aside && !clauseInAppositive(ctx, open + 1, close)) return open;
  // A relative clause with commas of its own: "Rubio, whose hometown, Miami, is sinking, argues".
  for (let j = open - 1; j > floor && close - j < MAX_ASIDE; j--) {
    if (pairs(j) && /^(?:who|whose|which)$/i.test(ctx.lower(j + 1))) return j;
  }
  return null;
};

/** Whether the noun phrase starting at token `k` follows a verb or a preposition (not "with"). */
export const objectBefore = (ctx: TokenContext, k: number): boolean => {
  const before = ctx.tokens[k - 1];
  return (
    before !== undefined &&
    (before.pos === 'VERB' || (before.pos === 'ADP' && before.value.toLowerCase() !== 'with'))
  );
};

/**
 * Whether what stands between two commas before a cue is a clause of its own rather than an
 * appositive: a noun phrase with a verb of its own after it ("…, candidates have more room to
 * walk away, said Steve Grubbs"), outside any relative clause ("a senator who faces …").
 */
const clauseInAppositive = (ctx: TokenContext, from: number, end: number): boolean => {
  const first = ctx.tokens[from];
  if (!first || !APPOSITIVE_START.has(first.pos)) return false;
  for (let k = from; k < end; k++) {
    const t = ctx.tokens[k] as Token;
    if (/^(?:who|whom|whose|which|that)$/i.test(t.value)) return false;
    if (
      t.pos === 'AUX' ||
      (t.pos === 'VERB' && isNominal(ctx.tokens[k - 1]) && !/(?:ing|ed)$/i.test(t.value))
    )
      return true;
  }
  return false;
};

/** How far back the relative pronoun of a clause before the cue may stand. */
const MAX_RELATIVE = 12;

/**
 * The noun a relative clause hangs on, when the phrase at `start` is an object inside that
 * clause: "Republicans who have praised [his candidacy] warned" → "Republicans". Null otherwise.
 */
const headOfRelative = (ctx: TokenContext, start: number, floor: number): TokenRange | null => {
  const before = ctx.tokens[start - 1];
  if (!before || (before.pos !== 'VERB' && before.pos !== 'ADP')) return null;
  for (let k = start - 2; k >= floor && start - k <= MAX_RELATIVE; k--) {
    const t = ctx.tokens[k];
    if (!t || isPunct(t)) return null;
    if (/^(?:who|that|which)$/i.test(t.value)) return nounPhraseLeft(ctx, k - 1, floor);
  }
  return null;
};

/** A noun phrase ending at token `end`, read leftwards. */
export const nounPhraseLeft = (
  ctx: TokenContext,
  end: number,
  floor: number,
): TokenRange | null => {
  const last = ctx.tokens[end];
  if (!last || end < floor || last.pos === 'PRON') return null;
  // A head the tagger took for something else: a noun read as an adjective after a determiner
  // or a modifier ("The Republican incumbent said", "the self-described democratic socialist").
  const mistaggedHead =
    // "Cruz’s thinking": a gerund after a possessive.
    (last.pos === 'VERB' && /ing$/i.test(last.value) && /^['’]s$/.test(ctx.lower(end - 1))) ||
    nameReadAsAdverb(ctx, end, floor) ||
    (last.pos === 'ADJ' &&
      /^(?:DET|ADJ|PROPN)$/.test(ctx.tokens[end - 1]?.pos ?? '') &&
      end - 1 >= floor);
  if (!isNominal(last) && !mistaggedHead) return null;
  let start = end;
  while (start - 1 >= floor && end - start < MAX_NP) {
    const t = ctx.tokens[start - 1] as Token;
    const w = t.value.toLowerCase();
    // A dash between spaces sets an aside apart; only a hyphen joins ("Rodham-Clinton").
    if (/^(?:that|which|who|whom|what)$/.test(w) || isDash(ctx, start - 1)) break;
    // A determiner or a possessive opens the phrase: a noun before it ends another one ("an
    // arrangement | the campaign has criticized", "the changes | his aides asked for").
    const opener = ctx.tokens[start];
    if (
      (opener?.pos === 'DET' || POSSESSIVES.test(opener?.value ?? '')) &&
      /^(?:NOUN|PROPN)$/.test(t.pos)
    )
      break;
    // "The Republicans' strategy": the apostrophe of a plural possessive.
    const before = ctx.tokens[start - 2];
    if (
      /^['’]$/.test(t.value) &&
      /s$/i.test(before?.value ?? '') &&
      /^(?:NOUN|PROPN)$/.test(before?.pos ?? '') &&
      !ctx.quotationAt(t.start)
    ) {
      start--;
      continue;
    }
    if (
      NP_POS.has(t.pos) ||
      NP_LINKS.has(w) ||
      (t.pos === 'PRON' && (w.endsWith('r') || w === 'his' || w === 'its' || w === 'my'))
    ) {
      start--;
      continue;
    }
    if (
      t.pos === 'PROPN' ||
      isNominal(t) ||
      (t.value === '.' && ctx.tokens[start - 2]?.pos === 'PROPN')
    ) {
      start--;
      continue;
    }
    // A prepositional modifier inside the phrase: "Diplomats in the region", "officials from
    // Tehran", "an adviser to the president", "the tensions between the two camps".
    // (After a common noun only, for the rest: "Sanders on Twitter wrote" is a name and where.)
    const head = ctx.tokens[start - 2];
    if (
      (NOUN_PREPOSITIONS.has(w) && isNominal(head) && head?.pos !== 'PRON') ||
      (COMMON_NOUN_PREPOSITIONS.has(w) && head?.pos === 'NOUN')
    ) {
      start--;
      continue;
    }
    // "a person familiar with the talks", "people close to the campaign".
    if (closeToBefore(ctx, start)) {
      start -= 2;
      continue;
    }
    break;
  }
  // "they will not attend the convention and others have said": a noun phrase before "and" that
  // is the object of a clause's verb ends that clause; the subject is what follows "and". Not in
  // a relative clause or a participle on the subject ("Voters who backed Obama and Clinton said",
  // "Lawyers representing Smith and Jones said"), nor after a verb of saying, whose noun may be a
  // subject ("said the mayor and his aides had left").
  const verb = ctx.tokens[start - 1];
  if (verb?.pos === 'VERB' && !CUE_VERBS.has(verb.lemma) && clauseVerbAt(ctx, start - 1)) {
    for (let j = end - 1; j > start; j--) {
      if (ctx.lower(j) === 'and') {
        start = j + 1;
        break;
      }
    }
  }
  // Do not begin on a link word.
  while (start < end && (NP_LINKS.has(ctx.lower(start)) || isPunct(ctx.tokens[start]))) start++;
  return [start, end + 1];
};

/**
 * Whether the verb at token `k` is the finite verb of a clause with its subject or auxiliary
 * before it ("they will not attend", "he attended"), not one of a relative clause ("who backed")
 * or a participle ("representing").
 */
const clauseVerbAt = (ctx: TokenContext, k: number): boolean => {
  if (!isFiniteVerb(ctx.tokens[k])) return false;
  let j = k - 1;
  while (ctx.tokens[j]?.pos === 'ADV' || ctx.tokens[j]?.pos === 'PART') j--;
  const before = ctx.tokens[j];
  return (
    before !== undefined &&
    (before.pos === 'AUX' ||
      (before.pos === 'PRON' && !/^(?:who|whom|which|that)$/i.test(before.value)))
  );
};

/** The noun phrase or pronoun just after token `from` (inverted "said the minister", "according to X"). */
export const subjectRight = (
  ctx: TokenContext,
  from: number,
  ceiling: number,
  { object = false }: { readonly object?: boolean } = {},
): TokenRange | null => {
  let k = from;
  const first = ctx.tokens[k];
  if (!first || k >= ceiling) return null;
  // The object of a preposition ("according to his biography", "according to sources", which
  // the tagger reads as an infinitive): a possessive opens it, and its head may pass for a verb.
  if (
    object &&
    (POSSESSIVES.test(first.value) || (first.pos === 'VERB' && !/ing$/i.test(first.value)))
  ) {
    const rest = subjectRight(ctx, k + 1, ceiling, { object });
    if (rest) return [from, rest[1]];
    return first.pos === 'VERB' && isLowerCase(first.value) ? [from, from + 1] : null;
  }
  // "…, tweeted another."
  if (STANDALONE.test(first.value) && /^[.,;!?]$/.test(ctx.tokens[k + 1]?.value ?? ''))
    return [k, k + 1];
  // "said his best friend at Lehigh": a possessive opens the phrase.
  if (POSSESSIVES.test(first.value) && !object) {
    const rest = subjectRight(ctx, k + 1, ceiling);
    return rest && ctx.tokens[rest[0]]?.pos !== 'PRON' ? [from, rest[1]] : null;
  }
  if (first.pos === 'PRON')
    return SUBJECT_PRONOUNS.has(first.value.toLowerCase()) ||
      /^(him|her|them|us|me)$/i.test(first.value)
      ? [k, k + 1]
      : null;
  let sawNominal = false;
  while (k < ceiling && k - from < MAX_NP) {
    const t = ctx.tokens[k] as Token;
    const w = t.value.toLowerCase();
    // "said a former official who oversaw the inquiry": the relative clause is not the name.
    if (/^(?:who|whom|whose|which|that)$/.test(w)) break;
    if (isNominal(t) || (object && STANDALONE.test(w))) sawNominal = true;
    // A gerund heading the phrase, which the tagger reads as a verb: "according to recent polling,".
    else if (
      object &&
      k > from &&
      t.pos === 'VERB' &&
      /ing$/i.test(w) &&
      /^[,.;:]$/.test(ctx.tokens[k + 1]?.value ?? '')
    )
      sawNominal = true;
    // A title quoted inside the phrase: "according to the “Medicare for all” document".
    else if (object && isQuoteMark(t) && k > from) {
      k++;
      continue;
    }
    // A modifier the tagger took for a verb: "exit polls", "leaked documents".
    else if (
      t.pos === 'VERB' &&
      isNominal(ctx.tokens[k + 1]) &&
      ctx.tokens[k + 1]?.pos !== 'PRON'
    ) {
      k++;
      continue;
    }
    // An adverb inside the phrase ("a newly released poll", or "new" the tagger took for one).
    else if (
      t.pos === 'ADV' &&
      k > from &&
      /^(?:ADJ|NOUN|PROPN)$/.test(ctx.tokens[k + 1]?.pos ?? '')
    ) {
      k++;
      continue;
    } else if (!(NP_POS.has(t.pos) || NP_LINKS.has(w))) break;
    k++;
  }
  while (k > from && NP_LINKS.has(ctx.lower(k - 1))) k--;
  return sawNominal && k > from ? [from, k] : null;
};
