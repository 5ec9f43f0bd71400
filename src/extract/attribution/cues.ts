import {
  ATTITUDE_ADJECTIVES,
  CUE_VERBS,
  STANCE_NOUNS,
  POSSESSED_CUE_NOUNS,
  EVIDENCE_NOUNS,
  EVIDENCE_VERBS,
  RAISING_VERBS,
  type CueEntry,
} from './cue-lexicon.js';
import type { Token } from '../text-analysis.js';
import type { TokenRange } from './subject-finder.js';
import {
  inCompound,
  isFiniteVerb,
  isPunct,
  isQuoteMark,
  POSSESSIVES,
  type TokenContext,
} from './token-context.js';

/** How many tokens from `k` spell one of a cue's particles ("out", "it clear"); 0 if none. */
const particleLength = (
  ctx: TokenContext,
  k: number,
  particles: readonly string[] | undefined,
): number => {
  for (const p of particles ?? []) {
    const words = p.split(' ');
    if (words.every((w, i) => ctx.lower(k + i) === w)) return words.length;
  }
  return 0;
};

/**
 * A verb of showing read as a noun after the record that shows it: "Polls in New Hampshire show
 * the race tied", "Data show that …", "…, FEC records show." Looks back over the subject's
 * noun phrase, at most a few words, for a noun of evidence.
 */
const evidenceSubject = (ctx: TokenContext, i: number, a: number): boolean => {
  if (!EVIDENCE_VERBS.has(ctx.tokens[i]?.lemma ?? '')) return false;
  for (let k = i - 1; k >= a && i - k <= 6; k--) {
    const t = ctx.tokens[k];
    if (!t || !/^(?:NOUN|PROPN|ADJ|ADP|DET|NUM)$/.test(t.pos)) return false;
    const w = t.value.toLowerCase();
    // "polls", "records", but also "data" and "analysis" as they stand.
    if (EVIDENCE_NOUNS.has(w) || EVIDENCE_NOUNS.has(w.replace(/s$/, ''))) return true;
  }
  return false;
};

/** A cue phrase in a sentence: the words that say someone said, thought or meant something. */
export interface Cue {
  /** Token range of the cue phrase. */
  readonly range: TokenRange;
  /** The source follows the cue ("according to X"). */
  readonly sourceAfter: boolean;
  /** The verb's frame, for a verb cue. */
  readonly entry?: CueEntry;
  /**
   * A noun of saying or thinking ("her claim that …"), said by its possessor or by the subject of
   * the verb it is the object of.
   */
  readonly nominal?: boolean;
}

/** Cue phrases of a sentence (verbs of the lexicon, "according to"), outside quotations. */
export const cuesIn = (ctx: TokenContext, a: number, b: number): Cue[] => {
  const cues: Cue[] = [];
  for (let i = a; i < b; i++) {
    const t = ctx.tokens[i];
    if (!t) continue;
    const according = t.value.length === 9 && t.value.toLowerCase() === 'according';
    const misread = t.pos === 'NOUN' || t.pos === 'ADJ';
    // ", promising to …", ", repeating the claim": a participle the tagger took for a noun.
    const participle = misread && !CUE_VERBS.has(t.lemma) ? participleEntry(ctx, i) : undefined;
    const entry =
      CUE_VERBS.get(t.lemma) ??
      // A past tense read as an adjective ("fumed"), or one the lemmatiser left as it stands
      // ("retweeted").
      (t.pos === 'ADJ' || (t.pos === 'VERB' && t.lemma === t.value && t.value.length > 5)
        ? pastTenseEntry(t.value)
        : undefined) ??
      participle;
    const stance = participle === undefined ? stanceCue(ctx, i) : undefined;
    // Most words are none of these: passed over before the look-up of the quotation around them.
    if ((!according && !entry && !stance) || ctx.quotationAt(t.start)) continue;
    if (stance !== undefined) {
      cues.push(stance);
      i = stance.range[1] - 1;
      continue;
    }
    if (according && ctx.lower(i + 1) === 'to') {
      cues.push({ range: [i, i + 2], sourceAfter: true });
      i++;
      continue;
    }
    const next = ctx.lower(i + 1);
    if (
      !entry ||
      entry.notWith?.includes(next) ||
      entry.notForms?.includes(t.value.toLowerCase()) === true ||
      (entry.notAfterNoun?.includes(t.value.toLowerCase()) === true &&
        ctx.tokens[i - 1]?.pos === 'NOUN' &&
        ctx.tokens[i + 1]?.pos === 'PROPN') ||
      (entry.needsObject === true && !objectAfter(ctx, i + 1)) ||
      (entry.needsClause === true && next !== 'that' && next !== 'whether') ||
      (entry.framedForms?.includes(t.value.toLowerCase()) === true &&
        next !== 'that' &&
        next !== 'whether' &&
        !namesSomethingSomething(ctx, i, b) &&
        !clauseAfterObject(ctx, i + 1, b)) ||
      // "value-added tax", "a sought-after speaker": a part of a compound.
      inCompound(ctx, i) ||
      (participle === undefined && !actsAsCue(ctx, i, a))
    )
      continue;
    let end = i + 1;
    const particle =
      particleLength(ctx, end, entry.particles) ||
      (ctx.tokens[end + 1]?.pos === 'VERB' ? particleLength(ctx, end, entry.beforeVerb) : 0);
    if (particle > 0) end += particle;
    else if (entry.particleRequired) continue;
    else if (entry.predicative && !namesSomethingSomething(ctx, i, b)) continue;
    cues.push({ range: [i, end], sourceAfter: false, entry });
  }
  return cues;
};

/**
 * Whether a clause without "that" follows at `k`, its subject a few words of noun phrase and its
 * verb finite or in "-ing": "find most voters are undecided", "find Clinton leading".
 */
const clauseAfterObject = (ctx: TokenContext, k: number, b: number): boolean => {
  for (let j = k; j < Math.min(b, k + 6); j++) {
    const t = ctx.tokens[j];
    if (!t) return false;
    if (j > k && (isFiniteVerb(t) || (t.pos === 'VERB' && /ing$/i.test(t.value)))) return true;
    // ("jobs that pay well": a relative clause on an object is no clause of what was found.)
    if (
      !/^(?:DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(t.pos) ||
      /^(?:that|which|who|themselves|himself|herself|itself)$/i.test(t.value)
    )
      return false;
  }
  return false;
};

/** A stance held, at an adjective ("eager to") or a noun of saying ("her claim that"). */
const stanceCue = (ctx: TokenContext, i: number): Cue | undefined => {
  const pos = ctx.tokens[i]?.pos;
  // After its possessor a noun of saying is one whatever the tagger made of it ("Obama's calls").
  const possessed = possessedNounCue(ctx, i);
  if (possessed) return possessed;
  if (pos === 'ADJ') return attitudeCue(ctx, i);
  return pos === 'NOUN' ? stanceNounCue(ctx, i) : undefined;
};

/**
 * A noun of saying with its possessor and the preposition that opens what was said: "his
 * attacks on billionaires", "Obama's calls for tighter gun control", "her promise to cut taxes"
 * ("to" must open an infinitive, and is part of what was said, as a verb's "to" is).
 */
const possessedNounCue = (ctx: TokenContext, i: number): Cue | undefined => {
  const prepositions = POSSESSED_CUE_NOUNS.get(ctx.lower(i));
  const next = ctx.lower(i + 1);
  if (prepositions === undefined || !prepositions.includes(next)) return undefined;
  // "to" must open an infinitive with words of its own: "his call to deport …", not "his call to
  // make."
  if (next === 'to' && (ctx.tokens[i + 2]?.pos !== 'VERB' || isPunct(ctx.tokens[i + 3])))
    return undefined;
  const possessor = possessorBefore(ctx, i);
  if (possessor === null) return undefined;
  // An attack is a thing said only when someone, not something, makes it: "his attacks on
  // Clinton", not "the group's attack on the embassy".
  if (/^attacks?$/.test(ctx.lower(i)) && !byPerson(ctx, possessor)) return undefined;
  return { range: [i, next === 'to' ? i + 1 : i + 2], sourceAfter: false, nominal: true };
};

/** Whether the possessor ending at token `k` is a person: "his", "their", "Clinton's". */
const byPerson = (ctx: TokenContext, k: number): boolean =>
  (POSSESSIVES.test(ctx.tokens[k]?.value ?? '') && ctx.lower(k) !== 'its') ||
  ctx.tokens[k - 1]?.pos === 'PROPN';

/**
 * The token that ends the possessor of the noun at `i`, past one adjective ("his repeated
 * attacks"): a possessive pronoun or the "'s" of a noun or name. Null when the noun has none.
 */
export const possessorBefore = (ctx: TokenContext, i: number): number | null => {
  let k = i - 1;
  // "his repeated attacks": an adjective or a participle before the noun.
  const t0 = ctx.tokens[k];
  if (t0?.pos === 'ADJ' || (t0?.pos === 'VERB' && /ed$/i.test(t0.value))) k--;
  const t = ctx.tokens[k];
  if (t && POSSESSIVES.test(t.value)) return k;
  // The "'s" of a noun or a name, not of "There's" or "It's".
  return t && /^['’]s$/.test(t.value) && /^(?:NOUN|PROPN)$/.test(ctx.tokens[k - 1]?.pos ?? '')
    ? k
    : null;
};

/** A stance held, at an adjective before the word that opens what is held: "eager to", "critical of". */
const attitudeCue = (ctx: TokenContext, i: number): Cue | undefined => {
  const particles = ATTITUDE_ADJECTIVES.get(ctx.lower(i));
  if (particles === undefined || !particles.includes(ctx.lower(i + 1))) return undefined;
  // "to" opens an infinitive, not a phrase of whom it concerns ("critical to the effort").
  if (ctx.lower(i + 1) === 'to' && ctx.tokens[i + 2]?.pos !== 'VERB') return undefined;
  const particle = ctx.lower(i + 1) === 'that' ? [] : [ctx.lower(i + 1)];
  return {
    range: [i, i + 1 + particle.length],
    sourceAfter: false,
    entry: { particles: particle, particleRequired: particle.length > 0 },
  };
};

/**
 * A noun of saying or thinking before the "that" that opens what is said: "her assertion that
 * …", "concerns that …". "that" must open a clause of its own, not a relative one ("the
 * claim that he made").
 */
const stanceNounCue = (ctx: TokenContext, i: number): Cue | undefined =>
  STANCE_NOUNS.has(ctx.lower(i)) && ctx.lower(i + 1) === 'that' && clauseOpensAt(ctx, i + 2)
    ? { range: [i, i + 1], sourceAfter: false, nominal: true }
    : undefined;

/**
 * The verb group of a clause opening at token `k` with a subject and a finite verb a few words on:
 * its first verb, and the token after its main verb ("that the vote [was rigged] is false").
 * Null when no such clause opens there.
 */
export const clauseVerbGroup = (
  ctx: TokenContext,
  k: number,
): { readonly first: number; readonly end: number } | null => {
  const subject = ctx.tokens[k];
  if (!subject || !/^(?:DET|PRON|PROPN|NOUN|ADJ|NUM)$/.test(subject.pos)) return null;
  for (let j = k + 1; j < k + 8; j++) {
    const t = ctx.tokens[j];
    if (!t || isPunct(t)) return null;
    if (t.pos !== 'AUX' && t.pos !== 'VERB') continue;
    return { first: j, end: verbGroupEnd(ctx, j) };
  }
  return null;
};

/**
 * One past the last token of the verb group that token `k` opens: auxiliaries and adverbs up to
 * the main verb ("would not have said").
 */
export const verbGroupEnd = (ctx: TokenContext, k: number): number => {
  let last = k;
  while (
    ctx.tokens[last]?.pos !== 'VERB' &&
    /^(?:AUX|ADV|PART|VERB)$/.test(ctx.tokens[last + 1]?.pos ?? '')
  )
    last++;
  return last + 1;
};

/**
 * Whether a clause of its own opens at token `k`, not a relative one whose object is missing: a
 * lone verb with nothing after it, or with the main clause's verb after it, closes a relative
 * clause ("the claim that he made.", "the claim that he made was false"), while "the claim that
 * the vote was rigged is false" holds a clause.
 */
const clauseOpensAt = (ctx: TokenContext, k: number): boolean => {
  const group = clauseVerbGroup(ctx, k);
  if (group === null) return false;
  const after = ctx.tokens[group.end];
  return !(group.end === group.first + 1 && (isPunct(after) || isFiniteVerb(after)));
};

/** The lexicon entry of a past tense the tagger took for an adjective ("fumed", "joked"). */
const pastTenseEntry = (word: string): CueEntry | undefined => {
  const w = word.toLowerCase();
  return w.endsWith('ed') ? stemEntry(w.slice(0, -2)) : undefined;
};

/** The lexicon entry of the verb a stem before "-ed" or "-ing" is of: "add", "joke", "admit". */
const stemEntry = (stem: string): CueEntry | undefined =>
  CUE_VERBS.get(stem) ??
  CUE_VERBS.get(`${stem}e`) ??
  // "admitted", "admitting" → "admit"
  (/(.)\1$/.test(stem) ? CUE_VERBS.get(stem.slice(0, -1)) : undefined);

/**
 * The lexicon entry of a cue's present participle that the tagger took for a noun or an
 * adjective, where a participle clause opens after a comma: ", promising to …", ", repeating
 * his claim that …". Undefined elsewhere ("a promising start", "the repeating pattern").
 */
const participleEntry = (ctx: TokenContext, i: number): CueEntry | undefined => {
  const w = ctx.lower(i);
  if (!w.endsWith('ing') || ctx.lower(i - 1) !== ',') return undefined;
  return stemEntry(w.slice(0, -3));
};

/**
 * Whether a noun phrase opens at token `k`, or "to" a few words on ("declined at first to
 * criticize"): what a verb like "decline" needs.
 */
const objectAfter = (ctx: TokenContext, k: number): boolean => {
  const t = ctx.tokens[k];
  if (t === undefined) return false;
  if (/^(?:DET|NOUN|PROPN|ADJ)$/.test(t.pos) || POSSESSIVES.test(t.value)) return true;
  for (let j = k; j < k + 4; j++) {
    const w = ctx.tokens[j];
    if (w?.value.toLowerCase() === 'to') return true;
    if (!w || !/^(?:ADV|ADP|NOUN)$/.test(w.pos)) return false;
  }
  return false;
};

/** Reflexive objects: "a group that calls itself …" names, it does not say. */
const REFLEXIVES = /^(?:itself)$/i;

/**
 * Whether a verb like "call" at token `i` has an object and a second phrase saying what the
 * object is ("called him a liar", "called the plan “reckless”") — not a name given ("a company
 * called Acme", "calls itself …") nor a telephone call ("called Sanders after the vote").
 */
const namesSomethingSomething = (ctx: TokenContext, i: number, b: number): boolean => {
  const { tokens } = ctx;
  if (/^(?:a|an)$/i.test(ctx.lower(i - 2)) && tokens[i - 1]?.pos === 'NOUN') return false;
  let k = i + 1;
  if (REFLEXIVES.test(ctx.lower(k))) return false;
  // "called both Trump and Clinton “crazy”": a quotation before the clause goes on.
  for (let j = k; j < Math.min(b, k + 14); j++) {
    const t = tokens[j];
    if (isQuoteMark(t)) return true;
    // The object may have a participle or an appositive of its own: "called those advocating
    // for it “fools”", "called Clinton, his challenger, a “co-founder”".
    if (
      !t ||
      (t.pos === 'VERB' && !/ing$/i.test(t.value)) ||
      t.pos === 'AUX' ||
      /^[;.:]$/.test(t.value)
    )
      break;
  }
  // What the object is called: "a liar", "unqualified", "her home state", "very conservative".
  const complementAt = (j: number): boolean => {
    const next = tokens[tokens[j]?.pos === 'ADV' ? j + 1 : j];
    return (
      next !== undefined &&
      (/^(?:DET|ADJ|NOUN|PROPN)$/.test(next.pos) ||
        (next.pos === 'PRON' && POSSESSIVES.test(next.value)))
    );
  };
  // A pronoun or a demonstrative standing for the object: "called her a liar", "calls this a
  // false narrative".
  const demonstrative =
    /^(?:this|that|these|those)$/i.test(ctx.lower(k)) &&
    /^(?:DET|ADJ)$/.test(tokens[k + 1]?.pos ?? '');
  // "what he called a disaster": the object stands before the subject, only its name follows.
  if (relativeObjectBefore(ctx, i) && complementAt(k)) return true;
  const pronoun = (tokens[k]?.pos === 'PRON' || demonstrative) && complementAt(k + 1);
  // A possessive before a noun opens the object instead: "called her son a hero" (though it may
  // still be the object: "called her vote in favour of the war a mistake").
  const possessive = POSSESSIVES.test(tokens[k]?.value ?? '') && tokens[k + 1]?.pos === 'NOUN';
  if (pronoun && !possessive) return true;
  // The object: a determiner or a possessive, modifiers, then its nouns ("the actions",
  // "Valeant's chief", "her fallen son").
  const start = k;
  if (tokens[k]?.pos === 'DET' || POSSESSIVES.test(tokens[k]?.value ?? '')) k++;
  while (k < b && (tokens[k]?.pos === 'ADJ' || participleModifier(tokens[k], tokens[k + 1]))) k++;
  const head = k;
  while (k < Math.min(b, start + 6) && /^(?:NOUN|PROPN|NUM|PART)$/.test(tokens[k]?.pos ?? '')) k++;
  return (k > head && complementAt(k)) || pronoun;
};

/** Whether "what" or "which" opens the clause of the verb at `i`, standing for its object. */
const relativeObjectBefore = (ctx: TokenContext, i: number): boolean => {
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    const t = ctx.tokens[j];
    if (/^(?:what|which)$/i.test(t?.value ?? '')) return true;
    if (!t || t.pos === 'VERB' || t.pos === 'AUX' || isPunct(t)) return false;
  }
  return false;
};

/** A participle before a noun, modifying it: "fallen" in "her fallen son". */
const participleModifier = (t: Token | undefined, next: Token | undefined): boolean =>
  t?.pos === 'VERB' && /(?:ed|en)$/i.test(t.value) && next?.pos === 'NOUN';

/** Forms of "be" and "get" that make a participle passive. */
export const BE: ReadonlySet<string> = new Set([
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'being',
  'get',
  'got',
  'gets',
  "'s",
  '’s',
]);
const SUBJECT_PRONOUN = /^(he|she|they|it|we|i|you)$/i;

/**
 * Whether token `k`, before a participle, makes it passive. A contracted "'s" after a pronoun
 * stands for "has" when an object or a clause follows the participle: "he's said he will run",
 * "she's told aides", but "he's expected to run", "who's viewed as honest", "she's quoted in the
 * report", "it's said that".
 */
const passiveBe = (ctx: TokenContext, k: number, participle: number): boolean => {
  const w = ctx.lower(k);
  if (!BE.has(w)) return false;
  if (w !== "'s" && w !== '’s') return true;
  const subject = ctx.tokens[k - 1];
  // Past the verb's particle: "he's called for cuts".
  const particles = CUE_VERBS.get(ctx.tokens[participle]?.lemma ?? '')?.particles;
  const after = ctx.tokens[participle + 1 + particleLength(ctx, participle + 1, particles)];
  return (
    after === undefined ||
    !/^(?:DET|PRON|NOUN|PROPN|ADJ|NUM|SCONJ)$/.test(after.pos) ||
    subject?.pos !== 'PRON' ||
    /^(?:it|that|what)$/i.test(subject.value)
  );
};

/** The means by which something is said: "said by telephone", "told reporters by email". */
const MEANS = /^(?:telephone|phone|email|e-mail|text|video|videolink|letter|satellite|fax)$/;

/** Verbs whose past participle before "of" describes someone ("people accused of fraud"). */
const PARTICIPLE_OF = new Set([
  'accuse',
  'charge',
  'suspect',
  'convict',
  'acquit',
  'clear',
  'inform',
  'remind',
  'warn',
]);

/**
 * Whether a token whose lemma is a cue verb is used as one here: a verb (or a verb the tagger
 * took for a noun, as in "the Post reports that"), not a passive ("was endorsed by") or a reduced
 * relative ("people accused of murder").
 */
const actsAsCue = (ctx: TokenContext, i: number, a: number): boolean => {
  const t = ctx.tokens[i];
  if (!t) return false;
  const next = ctx.lower(i + 1);
  if (t.pos === 'NOUN') {
    const prev = ctx.tokens[i - 1];
    const afterParticle = ctx.lower(
      i + 1 + particleLength(ctx, i + 1, CUE_VERBS.get(t.lemma)?.particles),
    );
    const nominalBefore =
      prev !== undefined &&
      i > a &&
      (prev.pos === 'PROPN' || (prev.pos === 'PRON' && SUBJECT_PRONOUN.test(prev.value)));
    const after = ctx.tokens[i + 1];
    const clauseAfter =
      next === 'that' ||
      // "“…,” Bozell points out.": a quotation before the speaker, the sentence ending after.
      (i >= 2 && isQuoteMark(ctx.tokens[i - 2]) && /^[.!?]$/.test(afterParticle)) ||
      // "Viguerie notes, “…”" / "notes: “…”"
      ((next === ',' || next === ':') && isQuoteMark(ctx.tokens[i + 2])) ||
      (next === 'to' && ctx.tokens[i + 2]?.pos === 'VERB') ||
      SUBJECT_PRONOUN.test(next) ||
      // "the Daily News claims the NRA's refusal … is …": a clause with a verb of its own follows.
      ((after?.pos === 'DET' || after?.pos === 'PROPN') &&
        ctx.tokens.slice(i + 2, i + 14).some((x) => x.pos === 'AUX' || x.pos === 'VERB'));
    // "Polls show that …", "FEC records show …": a plural subject and a verb without -s.
    const pluralBefore =
      prev !== undefined &&
      i > a &&
      (prev.pos === 'NOUN' || prev.pos === 'PROPN') &&
      /[^s]s$/i.test(prev.value) &&
      !/s$/i.test(t.value);
    // "One in five say …", "nine out of 10 say …": a share of those asked.
    const shareBefore =
      prev?.pos === 'NUM' && /^(?:in|of)$/.test(ctx.lower(i - 2)) && !/s$/i.test(t.value);
    return (
      (clauseAfter && ((nominalBefore && /s$/.test(t.value)) || pluralBefore || shareBefore)) ||
      evidenceSubject(ctx, i, a)
    );
  }
  // "Toomey fumed on Tuesday": a past tense the tagger took for an adjective, after a name.
  const prev = ctx.tokens[i - 1];
  const pastAfterName =
    t.pos === 'ADJ' &&
    /ed$/i.test(t.value) &&
    i > a &&
    (prev?.pos === 'PROPN' || (prev?.pos === 'PRON' && SUBJECT_PRONOUN.test(prev.value)));
  if (t.pos !== 'VERB' && !pastAfterName) return false;
  const w = t.value.toLowerCase();
  // "That said, …", "Having said that, …": a turn of phrase of the writer's.
  if (
    w === 'said' &&
    ((ctx.lower(i - 1) === 'that' && i - 1 === a && next === ',') || ctx.lower(i - 1) === 'having')
  )
    return false;
  // "Additional reporting by …": a byline.
  if (w.endsWith('ing') && next === 'by') return false;
  // "His temperament is worrying, Cuban said": an adjective after "be", with nothing after it.
  if (w.endsWith('ing') && BE.has(ctx.lower(i - 1)) && /^[,.;:!?]$/.test(next)) return false;
  // "270 pledged delegates", "his stated goal": a participle used as an adjective.
  if (
    w.endsWith('ed') &&
    /^(?:DET|NUM|ADJ)$/.test(ctx.tokens[i - 1]?.pos ?? '') &&
    ctx.tokens[i + 1]?.pos === 'NOUN'
  )
    return false;
  if (w.endsWith('ed') || w.endsWith('en') || w === 'told' || w === 'said' || w === 'thought') {
    let k = i - 1;
    while (k >= a && (ctx.tokens[k]?.pos === 'ADV' || ctx.lower(k) === 'not')) k--;
    // "was filled with", but "said with a laugh", "joked with reporters".
    const passiveWith =
      next === 'with' &&
      (BE.has(ctx.lower(k)) ||
        // "compared with 40 percent last month": a preposition, not a verb of saying.
        t.lemma === 'compare');
    // "was endorsed by", but "said by telephone": the means it was said by.
    const agent = next === 'by' && !MEANS.test(ctx.lower(i + 2));
    if (agent || passiveWith || (next === 'of' && PARTICIPLE_OF.has(t.lemma))) return false;
    // "was asked to", "were told that" are cues; "is expected to" is an impression of no one's.
    // A passive before "to" is a cue only for a verb whose object heard it ("was asked to",
    // "were urged to"); "is expected to" is an impression of no one's, "was written to" none.
    const heard = CUE_VERBS.get(t.lemma)?.object === true && !RAISING_VERBS.has(t.lemma);
    if (passiveBe(ctx, k, i) && ((next !== 'to' && next !== 'that') || (next === 'to' && !heard)))
      return false;
  }
  return true;
};
