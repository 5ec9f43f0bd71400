/**
 * Where what was said begins and ends around a cue: the clause after it, a quotation beside it,
 * or a trailing time or place phrase that is no content at all.
 */
import type { Token } from '../text-analysis.js';
import { CONTINUING_PARTICIPLES, STANCE_NOUNS, TIME_WORDS } from './cue-lexicon.js';
import type { Quotation } from './quotations.js';
import {
  DASHES,
  isCapitalised,
  isFiniteVerb,
  isDash,
  isPunct,
  hasWords,
  isQuoteMark,
  POSSESSIVES,
  type TokenContext,
} from './token-context.js';

/** Punctuation between a cue and what it introduces ("said: …", "warned — …"). */
const CONTENT_SKIP = new Set([',', ':', '-', ...DASHES]);

/**
 * Whether a quotation is a short title in a quote's tag, after a preposition or a possessive:
 * "he said on “Meet the Press.”", "told MSNBC's “Morning Joe”".
 */
export const titleInTag = (ctx: TokenContext, q: Quotation): boolean => {
  const k = ctx.firstTokenFrom(q.start);
  const before = ctx.tokens[k - 1];
  return (
    !hasWords(ctx.text, q.inner, 5) &&
    before !== undefined &&
    ((before.pos === 'ADP' && ctx.lower(k - 1) !== 'to') || /^['’]s$/.test(before.value))
  );
};

/** Whether the words after the cue, to the end of the sentence, are only a time or place phrase. */
const TRAILING_POS = new Set([
  'ADP',
  'DET',
  'NUM',
  'PROPN',
  'NOUN',
  'ADV',
  'ADJ',
  'PUNCT',
  'CCONJ',
]);
/** Words that open a time phrase after a cue ("said yesterday", "said last week"). */
const TIME_LEADS: ReadonlySet<string> = new Set([
  ...TIME_WORDS,
  'last',
  'this',
  'then',
  'afterwards',
]);
/**
 * Whether the words after a cue, to the end of the sentence, are only a time or place phrase
 * ("said on Friday in Tehran", "said yesterday") — not an object or a clause of their own.
 */
export const onlyTrailing = (ctx: TokenContext, from: number, b: number): boolean => {
  let content = 0;
  let first: Token | undefined;
  for (let k = from; k < b; k++) {
    const t = ctx.tokens[k] as (typeof ctx.tokens)[number];
    const next = ctx.tokens[k + 1];
    // "in his filing": a possessive is part of such a phrase; another pronoun starts a clause.
    const possessive =
      (t.pos === 'PRON' && POSSESSIVES.test(t.value)) ||
      // "on MSNBC's “Morning Joe”"
      (/^['’]s$/.test(t.value) &&
        next !== undefined &&
        isQuoteMark(next) &&
        ctx.quotationAt(next.start)?.start === next.start);
    // "on MSNBC's “Morning Joe.”": a short title inside such a phrase.
    const title = isQuoteMark(t) && (ctx.quotationAt(t.start) ?? null);
    if (title && titleInTag(ctx, title)) {
      k = ctx.firstTokenFrom(title.end) - 1;
      content++;
      continue;
    }
    // "said Sunday in Virginia as the crowd roared", "said in April while promoting a film": a
    // clause of time or manner after the phrase says nothing either.
    if (first !== undefined && ADVERBIAL_OPENERS.test(t.value) && t.pos !== 'ADV') break;
    // "said in a statement provided to reporters": a participle on the phrase's noun.
    const onNoun = t.pos === 'VERB' && /ed$/i.test(t.value) && ctx.tokens[k - 1]?.pos === 'NOUN';
    if (
      isQuoteMark(t) ||
      t.value.toLowerCase() === 'that' ||
      !(TRAILING_POS.has(t.pos) || possessive || onNoun)
    )
      return false;
    if (!isPunct(t)) {
      content++;
      first ??= t;
    }
  }
  return leadsTrailing(first) && content <= 6;
};

/**
 * Words that open a clause of time or manner: "as the crowd roared", "while promoting a film".
 * Only these of SUBORDINATORS: after "if", "although" or "despite" the words may still be what
 * was said ("said he would go if asked"), which PolNeAR train bears out.
 */
const ADVERBIAL_OPENERS = /^(?:as|while|when|whenever|after|before|until|because)$/i;

/** Whether a phrase after a cue opening on this word is one of time or place, not an object. */
const leadsTrailing = (first: Token | undefined): boolean =>
  first === undefined ||
  first.pos === 'ADP' ||
  first.pos === 'ADV' ||
  TIME_LEADS.has(first.value.toLowerCase());

/** The quotation that ends just before token `k` (allowing a comma and the closing mark between), unless it ended a sentence. */
export const quotationEndingBefore = (
  ctx: TokenContext,
  k: number,
  closedSentence = false,
): Quotation | undefined => {
  let j = k - 1;
  // A comma may stand outside the closing mark ("…", he said), or the full stop of a sentence
  // the quote ended ("…what he called “a threat”. Araghchi added …").
  let stop = false;
  while (j >= 0 && /^[,.]$/.test(ctx.tokens[j]?.value ?? '')) {
    stop ||= ctx.tokens[j]?.value === '.';
    j--;
  }
  const t = ctx.tokens[j];
  if (!t || !isQuoteMark(t)) return undefined;
  const q = ctx.quotationAt(t.start);
  if (!q || q.end > t.end) return undefined;
  // A quote that closes on a full stop, inside its marks or after them, ended its sentence:
  // "“…tired.” Her deputy said: …", "…what he called “a threat”. Araghchi added that …" — unless
  // the cue after it says nothing of its own (`closedSentence`): "“…missing.” Trump said."
  const last = q.inner.at(-1);
  // (Not one that closes on "?" or "!", which a name tagging it often follows: "“Who do they
  // think they are?” Trump said of the protesters".)
  return last && (stop || ctx.text[last.end - 1] === '.') && !closedSentence ? undefined : q;
};

/**
 * The quotation that opens after a comma or colon closing a phrase of time, place or manner
 * right after the cue, in tokens [from, end): "said on Twitter on Monday, in reference to the
 * strikes, “…”", "told reporters in Tehran, “…”". Undefined when words of another kind stand
 * before it.
 */
export const quotationAfterTrailing = (
  ctx: TokenContext,
  from: number,
  end: number,
): Quotation | undefined => {
  for (let k = from + 1; k < end; k++) {
    const t = ctx.tokens[k];
    if (!t || !isQuoteMark(t)) continue;
    const q = ctx.quotationAt(t.start);
    if (!q || q.start !== t.start) return undefined;
    const mark = ctx.tokens[k - 1]?.value ?? '';
    if (mark !== ',' && mark !== ':') return undefined;
    // Each part between commas, up to that mark, is a phrase of time, place or manner ("on
    // Twitter on Monday", "in reference to …").
    let part = from;
    for (let j = from; j < k; j++) {
      if (ctx.tokens[j]?.value !== ',' && j !== k - 1) continue;
      if (j > part && !onlyTrailing(ctx, part, j)) return undefined;
      part = j + 1;
    }
    return q;
  }
  return undefined;
};

/** The quotation that opens just after token `k` (allowing a colon or comma between). */
export const quotationStartingAfter = (
  ctx: TokenContext,
  k: number,
  limit: number,
): Quotation | undefined => {
  let j = k;
  while (
    j < limit &&
    (CONTENT_SKIP.has(ctx.tokens[j]?.value ?? '') || ctx.tokens[j]?.pos === 'ADV')
  )
    j++;
  const t = ctx.tokens[j];
  if (!t || !isQuoteMark(t)) return undefined;
  const q = ctx.quotationAt(t.start);
  return q && q.start === t.start ? q : undefined;
};

/**
 * Words that, after a comma, open a clause that is not part of what was said. (Not "as",
 * "since", "where", "though": on PolNeAR train such a clause more often goes on with it.)
 */
const CLAUSE_BREAKS = new Set(['whereas', 'while', 'despite']);

/** Words that, after a comma, open a comment on what was said rather than more of it. */
const COMMENT_OPENERS = new Set(['however', 'compared', 'something', 'meanwhile']);

/** Modal auxiliaries as wink tokenises them ("won't" → "wo" "n't", "can't" → "ca" "n't"). */
const MODALS = /^(?:would|'d|’d|will|wo|'ll|’ll|can|ca|could|should|must|might|may|shall)$/i;

/** Whether token `k` is a bare verb, the same as its lemma ("tell", not "told" or "tells"). */
const bareVerb = (ctx: TokenContext, k: number): boolean => {
  const t = ctx.tokens[k];
  return t !== undefined && t.pos === 'VERB' && t.value.toLowerCase() === t.lemma;
};

/**
 * Whether the verb at `v`, after the "and" at `k`, is a bare infinitive sharing the modal of the
 * verb before "and" inside what was said (tokens [from, k)): "says he'd sit Putin down and tell
 * him …". Not after a bare cue, which the verb may as well go with ("Officials say the talks
 * could resume and warn that …").
 */
const underModal = (
  ctx: TokenContext,
  from: number,
  k: number,
  v: number,
  cueStarts: ReadonlySet<number>,
): boolean => {
  if (!bareVerb(ctx, v)) return false;
  for (let c = from - 1; c >= Math.max(0, from - 6); c--)
    if (cueStarts.has(c) && bareVerb(ctx, c)) return false;
  // The verb before "and", and the auxiliaries of its group.
  let j = k - 1;
  while (j > from && ctx.tokens[j]?.pos !== 'VERB') j--;
  for (let m = j - 1; m >= Math.max(from, j - 3); m--) {
    if (MODALS.test(ctx.tokens[m]?.value ?? '')) return true;
    if (!/^(?:AUX|ADV|PART)$/.test(ctx.tokens[m]?.pos ?? '')) return false;
  }
  return false;
};

/** Whether token `k` follows a comma, also one inside a closing quotation ('…race,” adding'). */
export const followsComma = (ctx: TokenContext, k: number): boolean => {
  const prev = ctx.tokens[k - 1];
  if (!prev) return false;
  if (prev.value === ',') return true;
  const q = ctx.quotationAt(prev.start);
  return q !== undefined && q.end === prev.end && ctx.text[(q.inner.at(-1)?.end ?? 0) - 1] === ',';
};

/**
 * Whether a clause with a subject of its own opens at token `k`: "voters approaching … greeted",
 * "32% are moderate".
 * `reach`: how many tokens the subject and its verb may span.
 */
export const newClauseAt = (ctx: TokenContext, k: number, b: number, reach = 5): boolean => {
  const first = ctx.tokens[k];
  if (!first || !/^(?:DET|PROPN|NOUN|PRON|NUM)$/.test(first.pos) || ctx.lower(k) === 'that')
    return false;
  // A number for a subject ("…, 32% are moderate"), but not a date's year ("May 4, 1998 and
  // grew") nor a number in a list of them.
  const count = first.pos === 'NUM';
  if (count && (/^\d{4}$/.test(first.value) || ctx.tokens[k - 2]?.pos === 'NUM')) return false;
  for (let j = k + 1; j < Math.min(b, k + reach); j++) {
    const t = ctx.tokens[j];
    // ("32% are moderate": a per cent sign belongs to its number.)
    if (!t || (isPunct(t) && t.value !== '%') || (count && t.pos === 'CCONJ')) return false;
    if (isFiniteVerb(t)) return true;
  }
  return false;
};

/** Whether token `k` closes a quotation that ends on a comma: '… “corrupt,”'. */
const isClosingComma = (ctx: TokenContext, k: number): boolean => {
  const t = ctx.tokens[k];
  const q = t && ctx.quotationAt(t.start);
  return q !== undefined && q.end === t?.end && followsComma(ctx, k + 1);
};

/** Words that open a clause which another must complete: "if the deal fails, Iran will …". */
export const SUBORDINATORS =
  /^(?:if|when|whenever|while|because|although|though|as|after|before|unless|since|once|until|whether|despite)$/i;

/**
 * Whether token `k` opens a clause of concession, which another must complete: "that however the
 * candidate does, his showing will …" (not the connective "however," set off by commas). `from`
 * is where the clause being read starts.
 */
const concessiveAt = (ctx: TokenContext, k: number, from: number): boolean =>
  /^(?:however|whatever|whoever)$/.test(ctx.lower(k)) &&
  ctx.tokens[k + 1]?.value !== ',' &&
  // Where a clause opens, not an object ("would do whatever it takes, …").
  (k === from || /^(?:that|,)$/.test(ctx.lower(k - 1)));

/**
 * Whether tokens [from, to) need no clause after them: an object ("lamented the crisis"), or a
 * clause with a finite verb of its own ("that the deal is dead") — with no subordinator and no
 * comma of its own. "that by refusing to say it," and "that according to its analysis," are
 * fronted phrases that the next clause completes.
 */
const completeClause = (ctx: TokenContext, from: number, to: number): boolean => {
  // "that given his popularity, …": a fronted condition, like "if …,".
  const opening = ctx.lower(from) === 'that' ? from + 1 : from;
  if (/^(?:given|considering|assuming)$/.test(ctx.lower(opening))) return false;
  let finite = false;
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k];
    if (!t || ctx.quotationAt(t.start)) continue;
    if (SUBORDINATORS.test(t.value) || t.value === ',' || concessiveAt(ctx, k, from)) return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.value) && ctx.lower(k - 1) !== 'to'))
      finite = true;
  }
  return to > from && (finite || !/^(?:that|whether)$/.test(ctx.lower(from)));
};

/** Whether tokens [from, to) have a verb outside quotations. */
export const hasVerb = (ctx: TokenContext, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k];
    if (t && (t.pos === 'VERB' || t.pos === 'AUX') && !ctx.quotationAt(t.start)) return true;
  }
  return false;
};

/** How many words after a comma may name another report's speaker before its cue. */
const MAX_SPEAKER_WORDS = 13;

/** Whether what follows the comma at token `k` is no longer part of what was said. */
const breaksAfterComma = (
  ctx: TokenContext,
  from: number,
  k: number,
  b: number,
  cueStarts: ReadonlySet<number>,
): boolean => {
  const next = ctx.lower(k + 1);
  // "…, but that he would not support it": a second complement of the same cue.
  if ((next === 'but' || next === 'and') && ctx.lower(k + 2) === 'that') return false;
  // ", but because of who I am", ", but not the others": a contrast inside what was said; a
  // clause with a subject of its own after "but" is the writer's.
  if (next === 'but') return newClauseAt(ctx, k + 2, b);
  // "said Trump, despite his wealth, is …": a subordinate phrase after a bare subject is inside
  // the clause; after a clause with a verb it is the writer's.
  if (CLAUSE_BREAKS.has(next)) return hasVerb(ctx, from, k);
  if (next === 'and' && cueStarts.has(k + 2)) return true;
  // ", and voters greeted him": a new clause with a subject of its own, not more of what was said.
  if (next === 'and' && newClauseAt(ctx, k + 2, b)) return true;
  if (CONTINUING_PARTICIPLES.has(next) || (next === 'according' && ctx.lower(k + 2) === 'to'))
    return true;
  // A comment on what was said rather than more of it: ", however …".
  if (COMMENT_OPENERS.has(next)) return true;
  // ", he said." / ", officials said on Monday." / ", 27 percent of them said …", ", Speaker of
  // the House Rep. Paul Ryan said …"
  // (Also past a relative pronoun: "…, in which she called for …" is another report; "…, the
  // families who told the committee" too, which is less often right.)
  for (let j = k + 1; j <= Math.min(b - 1, k + MAX_SPEAKER_WORDS); j++) {
    if (cueStarts.has(j)) return true;
    const t = ctx.tokens[j];
    if (t?.pos === 'VERB' || t?.pos === 'AUX' || isPunct(t)) break;
  }
  return false;
};

/** Where reported content after a cue ends: the sentence end, or a following attribution's clause. */
export const clauseEnd = (
  ctx: TokenContext,
  from: number,
  b: number,
  cueStarts: ReadonlySet<number>,
): number => {
  for (let k = from; k < b; k++) {
    const t = ctx.tokens[k];
    if (!t) continue;
    const q = ctx.quotationAt(t.start);
    // "…lamented illegal immigration, Clinton took a moment to…", "…, it’s unlikely to…": a
    // clause with a subject of its own after a complete one (not after "if …," or "despite …,",
    // which the next clause completes).
    // A relative clause on a subject still waiting for its verb ("the decision, which struck down
    // …, illustrates") is no clause of its own.
    const newClause = (): boolean =>
      newClauseAt(ctx, k + 1, b) &&
      completeClause(ctx, from, k) &&
      !(/^(?:which|who)$/i.test(ctx.lower(k + 1)) && !hasVerb(ctx, from, k));
    if (q) {
      // A quoted phrase closing on a comma ends the clause as a comma would: '… "corrupt," noting …'.
      if (isClosingComma(ctx, k) && (breaksAfterComma(ctx, from, k, b, cueStarts) || newClause()))
        return k + 1;
      continue;
    }
    // A colon ends the clause, unless what was said goes on into a quotation: "two choices: “…”".
    if (t.value === ';' || (t.value === ':' && k > from + 2 && !isQuoteMark(ctx.tokens[k + 1])))
      return k;
    // A second verb phrase of the same subject with its own cue: "promised X and said Y", "…
    // and has often said Y".
    // (Not a bare verb that shares a modal inside what was said: "says he'd sit Putin down and
    // tell him …".)
    if (t.value.toLowerCase() === 'and') {
      const verb = verbAfter(ctx, k + 1, b);
      if (cueStarts.has(verb) && !underModal(ctx, from, k, verb, cueStarts)) return k;
    }
    // "said they will not attend and others have said …": a clause of its own after "and" or
    // "but" whose verb is a cue is another report.
    if (
      /^(?:and|but)$/i.test(t.value) &&
      hasVerb(ctx, from, k) &&
      completeClause(ctx, from, k) &&
      newClauseAt(ctx, k + 1, b) &&
      // "… and others have said": a cue of "say" itself.
      cueWithin(cueStarts, k + 2, Math.min(b, k + 6), (j) => ctx.tokens[j]?.lemma === 'say')
    )
      return k;
    // "praised the deal and shared a link": after an object with no verb of its own, a verb
    // phrase of the speaker's.
    if (
      t.value.toLowerCase() === 'and' &&
      isFiniteVerb(ctx.tokens[k + 1]) &&
      !hasVerb(ctx, from, k)
    )
      return k;
    // "vowed to keep abortion legal and celebrated the ruling": a past tense after an infinitive
    // is the speaker's own next act.
    // So is a clause of its own after one: "declined to comment and aides later said …",
    // "urged the party to unite and tried to make the case …".
    if (
      t.value.toLowerCase() === 'and' &&
      infinitiveOnly(ctx, from, k) &&
      ((ctx.tokens[k + 1]?.pos === 'VERB' && /ed$/i.test(ctx.tokens[k + 1]?.value ?? '')) ||
        (newClauseAt(ctx, k + 1, b) && cueWithin(cueStarts, k + 2, Math.min(b, k + 7))))
    )
      return k;
    // "…, but will not" — a contrasting verb phrase of the subject's own; not a contrast inside
    // what was said ("was improper but not illegal", "supporting but not endorsing him").
    if (
      t.value.toLowerCase() === 'but' &&
      ['AUX', 'VERB', 'PART'].includes(ctx.tokens[k + 1]?.pos ?? '') &&
      !contrastInside(ctx, k)
    )
      return k;
    // An aside between dashes with no cue of its own is part of what was said: "the bridge would
    // close - longer than planned - and reopen". Whether the clause ends is asked at its closing
    // dash; if it does, it ends before the aside when it was complete before it opened.
    if (isDash(ctx, k)) {
      const close = closingDash(ctx, k, b);
      if (close !== null && !cueWithin(cueStarts, k + 1, close)) {
        if (breaksAfterComma(ctx, from, close, b, cueStarts)) {
          if (hasVerb(ctx, from, k)) return k;
          // A cue right after the aside is the clause's own verb: "that every candidate -
          // including Cruz - favored it".
          if (!cueStarts.has(close + 1)) return close;
        }
        k = close;
        continue;
      }
    }
    if ((t.value === ',' || isDash(ctx, k)) && breaksAfterComma(ctx, from, k, b, cueStarts))
      return k;
    if (t.value === ',' && newClause()) return k;
    // "sees the rise of the AfD, a right-wing party that …", "…, a view shared by …": an
    // appositive says something of what was said, it is not part of it.
    if (t.value === ',' && /^(?:a|an)$/i.test(ctx.lower(k + 1))) return k;
  }
  let end = b;
  while (end > from && isPunct(ctx.tokens[end - 1]) && !isQuoteMark(ctx.tokens[end - 1])) end--;
  return end;
};

/**
 * Whether "but not" at `but` sets a word or phrase against one before it ("was improper but not
 * illegal"), rather than opening a clause of its own (", but not all lawyers agreed").
 */
const contrastInside = (ctx: TokenContext, but: number): boolean => {
  const next = ctx.tokens[but + 2];
  if (ctx.lower(but + 1) !== 'not' || next === undefined || ctx.tokens[but - 1]?.value === ',')
    return false;
  for (let j = but + 3; j < but + 6; j++) if (isFiniteVerb(ctx.tokens[j])) return false;
  return (
    (/^(?:ADJ|ADV|DET|NOUN|PROPN|NUM)$/.test(next.pos) ||
      (next.pos === 'VERB' && /ing$/i.test(next.value))) &&
    !SUBORDINATORS.test(next.value)
  );
};

/** How far an aside between dashes may reach. */
const MAX_DASH_ASIDE = 25;

/** The dash that closes an aside the dash at `open` opens, before token `b`; null if none. */
const closingDash = (ctx: TokenContext, open: number, b: number): number | null => {
  for (let j = open + 1; j < Math.min(b, open + MAX_DASH_ASIDE); j++) if (isDash(ctx, j)) return j;
  return null;
};

/** Whether a cue starts at one of tokens [from, to) — one that `holds` too, when given. */
export const cueWithin = (
  cueStarts: ReadonlySet<number>,
  from: number,
  to: number,
  holds: (k: number) => boolean = () => true,
): boolean => {
  for (let j = from; j < to; j++) if (cueStarts.has(j) && holds(j)) return true;
  return false;
};

/**
 * Whether tokens [from, to) say what someone is to do and nothing more: an infinitive, perhaps
 * after the person asked ("the party to unite behind him"), with no finite verb.
 */
const infinitiveOnly = (ctx: TokenContext, from: number, to: number): boolean => {
  let infinitive = false;
  for (let j = from; j < to; j++) {
    const t = ctx.tokens[j];
    if (t?.pos !== 'VERB' && t?.pos !== 'AUX') continue;
    if (ctx.lower(j - 1) === 'to') infinitive = true;
    else if (isFiniteVerb(t)) return false;
  }
  return infinitive;
};

/** The token at `k` past auxiliaries and adverbs: where the verb of a verb group stands. */
const verbAfter = (ctx: TokenContext, k: number, b: number): number => {
  let j = k;
  while (j < Math.min(b, k + 3) && /^(?:AUX|ADV)$/.test(ctx.tokens[j]?.pos ?? '')) j++;
  return j;
};

/**
 * Whether the "that" at `j` is the subject of a relative clause: "the movement that is
 * sweeping". An "-ed" word before a noun is an adjective ("that proposed cuts would hurt").
 */
const relativeThat = (ctx: TokenContext, j: number): boolean => {
  const next = ctx.tokens[j + 1];
  if (next === undefined || ctx.lower(j) !== 'that') return false;
  if (next.pos === 'AUX') return true;
  return (
    next.pos === 'VERB' &&
    !isCapitalised(next) &&
    !/(?:ing|^given)$/i.test(next.value) &&
    !(/ed$/i.test(next.value) && ctx.tokens[j + 2]?.pos === 'NOUN')
  );
};

/** Nouns of time that make a phrase after a cue adverbial: "said the next day that …". */
const TIME_NOUNS =
  /^(?:day|days|week|weeks|month|months|year|years|morning|afternoon|evening|night|weekend|time|hour|hours|moment|decade|season|summer|winter|spring|autumn|fall)$/i;

/**
 * Whether tokens [k, j) are a noun phrase opening on a determiner ("the recent news", "the
 * movement"), not a phrase of time ("the next day").
 */
const determinedNounPhrase = (ctx: TokenContext, k: number, j: number): boolean => {
  if (j <= k + 1 || ctx.tokens[k]?.pos !== 'DET') return false;
  for (let x = k + 1; x < j; x++) {
    const t = ctx.tokens[x];
    if (!t || !/^(?:ADJ|NOUN|PROPN|NUM|DET)$/.test(t.pos) || TIME_NOUNS.test(t.value)) return false;
  }
  return ctx.tokens[j - 1]?.pos === 'NOUN';
};

/** Whether tokens [k, j) hold a word of time: "said on Thursday that", "said last week that". */
export const holdsTime = (ctx: TokenContext, k: number, j: number): boolean => {
  for (let x = k; x < j; x++)
    if (TIME_NOUNS.test(ctx.tokens[x]?.value ?? '') || TIME_WORDS.has(ctx.lower(x))) return true;
  return false;
};

/**
 * Whether the "that" at `j` belongs to the words [k, j) before it rather than opening what was
 * said: a relative clause on them ("said the movement that is sweeping the country appeals to
 * …", "found nothing about her actions that had not been reported") — not after a phrase of time
 * or a person told ("told reporters that was not true"); or, for a verb that takes no person as
 * its object (`ownObject`), a clause on its own noun object ("cited the recent news that …"). A
 * noun of saying of the lexicon is a cue of its own ("rejected the suggestion that …"), whose
 * clause is its content.
 */
const thatOnObject = (
  ctx: TokenContext,
  k: number,
  j: number,
  takesObject: boolean,
  ownObject: boolean,
): boolean =>
  j > k &&
  !holdsTime(ctx, k, j) &&
  ((!takesObject && relativeThat(ctx, j)) ||
    (ownObject && determinedNounPhrase(ctx, k, j) && !STANCE_NOUNS.has(ctx.lower(j - 1))));

/** Prepositions that join a verb of saying to its topic: "complained about", "warned of". */
const TOPIC_PREPOSITIONS = new Set(['about', 'for', 'of', 'on', 'with', 'against', 'over']);

/**
 * Start of reported content after the cue: past a person object ("told reporters") and adverbials.
 * `addressee`: the verb may name whom it addresses ("promised the voters that …").
 */
export const contentStart = (
  ctx: TokenContext,
  cueEnd: number,
  b: number,
  takesObject: boolean,
  addressee = false,
): number => {
  let k = cueEnd;
  // "complained about the emblem", "argued for a ban": the preposition belongs with the verb.
  if (TOPIC_PREPOSITIONS.has(ctx.lower(k)) && !/^(?:that|whether)$/.test(ctx.lower(k + 1))) k++;
  // "responded to Calderon's remarks" (not "promised to cut taxes").
  else if (ctx.lower(k) === 'to' && ctx.tokens[k]?.pos === 'ADP') k++;
  // A phrase after such a preposition is its object ("admitted to the newspaper that …"), not the
  // cue's.
  const ownObject = !takesObject && !addressee && k === cueEnd;
  while (k < b && CONTENT_SKIP.has(ctx.tokens[k]?.value ?? '')) k++;
  const thatAt = (limit: number): number => {
    // "adds that Muslims have two choices: “…”": the clause opens at once, colon and all.
    if (/^(?:that|whether)$/.test(ctx.lower(k))) return k;
    for (let j = k; j < Math.min(b, k + limit); j++) {
      const t = ctx.tokens[j];
      // "in a statement released late Friday that …": a participle on a noun is no verb of the
      // clause.
      const participle =
        t?.pos === 'VERB' &&
        /ed$/i.test(t.value) &&
        ctx.tokens[j - 1]?.pos === 'NOUN' &&
        // (not "Republicans who praised his candidacy warned that …")
        !/^(?:that|whether)$/.test(ctx.lower(j + 1));
      // "told The Associated Press that …": a name the tagger took for a verb is no verb.
      const name = t?.pos === 'VERB' && isCapitalised(t);
      // "the truth is that …": a verb of the clause comes first.
      if (!t || (t.pos === 'VERB' && !participle && !name) || t.pos === 'AUX' || isQuoteMark(t))
        return -1;
      // "said on Friday that …", "questioned in recent days whether …" — but in "cited the
      // studies that project …" the "that" opens a relative clause on the object, which is
      // part of what was said.
      if (/^(?:that|whether)$/i.test(t.value))
        return thatOnObject(ctx, k, j, takesObject, ownObject) ? -1 : j;
      if (t.value === ':') return j + 1;
    }
    return -1;
  };
  const that = thatAt(takesObject ? 12 : 8);
  if (that >= 0) return that;
  if (takesObject) {
    // "told the forum he was…": skip the object up to the clause's subject; but "urged the
    // candidates to act" keeps whom it urged, whose act is what was asked.
    for (let j = k + 1; j < Math.min(b, k + 10); j++) {
      const t = ctx.tokens[j];
      // (Not a pronoun inside a quotation: "told reporters in Tehran, “We will …”".)
      if (isQuoteMark(t)) break;
      if (t && t.pos === 'PRON' && /^(he|she|they|it|we|i|you)$/i.test(t.value)) return j;
      if (t && t.value.toLowerCase() === 'to' && ctx.tokens[j + 1]?.pos === 'VERB') return k;
    }
  }
  // Adverbial phrases right after the cue ("said on Friday that", "said in a statement").
  return k;
};
