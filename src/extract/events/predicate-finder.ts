import { isTimeWord, SUBJECT_PRONOUNS } from './actor-finder.js';
import { PredicateRole, type EventLexicon, type Predicate } from './event-lexicon.js';
import { isNounWord, type SentenceView, type Word } from './sentence-view.js';

/** A predicate found in a sentence: where it starts, how many words it covers, what it is. */
export interface Found {
  readonly k: number;
  readonly length: number;
  readonly predicate: Predicate;
  /** Word index of a particle left after the object ("forced UNHCR out"). */
  readonly particle: number | null;
  /** A noun that names an act on its own ("torture", "humanitarian access"). */
  readonly nominal: boolean;
}

/** The auxiliaries, negation and adverbs before a predicate, and what they say about it. */
export interface VerbGroup {
  /** The first word of the group. */
  readonly start: number;
  readonly modal: 'intend' | 'possible' | 'demand' | null;
  readonly negated: boolean;
  readonly passive: boolean;
}

/** Roles that govern another act or change how it is put. */
export const CONTROL_ROLES: ReadonlySet<PredicateRole> = new Set([
  PredicateRole.Intend,
  PredicateRole.Threaten,
  PredicateRole.Warn,
  PredicateRole.Demand,
  PredicateRole.Refuse,
  PredicateRole.Possible,
  PredicateRole.Carry,
  PredicateRole.Attempt,
  PredicateRole.Prepare,
  PredicateRole.Halt,
]);

const MODALS: Readonly<Record<string, VerbGroup['modal']>> = {
  will: 'intend',
  would: 'intend',
  shall: 'intend',
  may: 'possible',
  might: 'possible',
  could: 'possible',
  can: 'possible',
  must: 'demand',
  should: 'demand',
  ought: 'demand',
};
const BE = new Set([
  'be',
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  "'s",
  "'re",
  'get',
  'got',
  'gets',
]);

/** A verb, or a past form the tagger took for a noun. */
export const isVerbLike = (w: Word | undefined): boolean =>
  w !== undefined && (w.pos === 'VERB' || (w.pos === 'NOUN' && w.lower.endsWith('ed')));

/**
 * The predicates of a sentence, left to right and longest phrase first, with the verb group
 * before each: lexicon entries whose words are used as verbs (or, for `noun` entries, as nouns),
 * allowing for the tagger's usual slips ("plans to" tagged as a noun, "relaxed" as an adjective),
 * and leaving out participles used as adjectives ("the banned movement") and parts of compounds
 * ("long-threatened").
 */
export const findPredicates = (
  view: SentenceView,
  lexicon: EventLexicon,
): { found: Found[]; startsAt: Map<number, number>; groups: VerbGroup[] } => {
  const { words } = view;
  const n = words.length;
  // ── predicates ────────────────────────────────────────────────────────────────────────────
  const found: Found[] = [];
  const startsAt = new Map<number, number>();
  const consumed = new Set<number>();
  const acceptable = (p: Predicate, k: number, length: number): { nominal: boolean } | null => {
    const w = words[k] as Word;
    const after = words[k + length];
    const before = words[k - 1];
    // Part of a compound ("long-threatened", "rebel-held"): no predicate of its own.
    if (w.joined) return null;
    if (p.noun && p.role === PredicateRole.Act) {
      const lastWord = words[k + length - 1];
      if (isNounWord(lastWord) && w.pos !== 'VERB' && !isVerbLike(lastWord))
        return { nominal: true };
    }
    if (p.noun && isNounWord(w) && !isVerbLike(w)) {
      if (p.role === PredicateRole.Act) return { nominal: true };
      // "its demand today that Israel ease …"
      let j = k + length;
      while (isTimeWord(words[j])) j++;
      if (words[j]?.lower === 'that' && p.role === PredicateRole.Demand) return { nominal: false };
      // "announced plans to sell", "expressed readiness to mediate"
      if (words[j]?.lower === 'to' && isVerbLike(words[j + 1]) && CONTROL_ROLES.has(p.role))
        return { nominal: false };
      return null;
    }
    // A participle used as an adjective: "the banned movement", "its long-threatened invasion".
    if (
      w.pos === 'VERB' &&
      /(?:ed|en)$/.test(w.lower) &&
      before &&
      (before.pos === 'DET' ||
        before.pos === 'ADJ' ||
        before.pos === 'NUM' ||
        (before.pos === 'PRON' && !SUBJECT_PRONOUNS.has(before.lower))) &&
      (isNounWord(after) || after?.pos === 'ADJ')
    )
      return null;
    if (w.pos === 'VERB') return { nominal: false };
    // "the government relaxed restrictions": a past verb tagged as an adjective after its subject.
    if (
      w.pos === 'ADJ' &&
      w.lower.endsWith('ed') &&
      (isNounWord(before) || before?.pos === 'PRON') &&
      after !== undefined &&
      (after.pos === 'DET' ||
        isNounWord(after) ||
        after.pos === 'ADJ' ||
        after.pos === 'NUM' ||
        after.pos === 'PRON' ||
        (after.pos === 'ADP' && after.lower !== 'by'))
    )
      return { nominal: false };
    // "plans to impose", tagged as a noun: a control verb followed by "to" and a verb.
    if (
      isNounWord(w) &&
      CONTROL_ROLES.has(p.role) &&
      after?.lower === 'to' &&
      isVerbLike(words[k + length + 1]) &&
      !(
        before &&
        (before.pos === 'DET' ||
          before.pos === 'ADJ' ||
          (before.pos === 'PRON' && !SUBJECT_PRONOUNS.has(before.lower)))
      )
    )
      return { nominal: false };
    if (length > 1) {
      for (let j = k; j < k + length; j++) {
        const v = words[j] as Word;
        if (v.pos === 'VERB' || v.pos === 'ADJ') return { nominal: false };
      }
      if (w.pos === 'AUX') return { nominal: false };
    }
    if (w.pos === 'ADJ' && CONTROL_ROLES.has(p.role) && after && ['to', 'of'].includes(after.lower))
      return { nominal: false };
    // "that Syria release the journalists": a verb the tagger took for a noun, between a name
    // and a determiner.
    if (
      isNounWord(w) &&
      length === 1 &&
      before?.pos === 'PROPN' &&
      after !== undefined &&
      (after.pos === 'DET' || (after.pos === 'PRON' && !SUBJECT_PRONOUNS.has(after.lower))) &&
      !p.noun
    )
      return { nominal: false };
    // A verb the tagger took for a noun: "negotiators return to", "will attack", "to protest".
    if (
      (w.pos === 'NOUN' || w.pos === 'ADJ') &&
      before &&
      (before.pos === 'AUX' || before.lower === 'to' || before.forms.includes('not')) &&
      !(
        before.lower === 'to' &&
        before.pos === 'ADP' &&
        w.pos === 'NOUN' &&
        words[k - 2]?.pos === 'NOUN'
      )
    )
      return { nominal: false };
    return null;
  };
  for (let k = 0; k < n; k++) {
    if (consumed.has(k)) continue;
    let chosen: Found | null = null;
    for (const match of lexicon.predicates.matchAt(view.forms, k)) {
      const ok = acceptable(match.value, k, match.length);
      if (ok) {
        chosen = {
          k,
          length: match.length,
          predicate: match.value,
          particle: null,
          nominal: ok.nominal,
        };
        break;
      }
    }
    // "forced the UN refugee agency out of the country": the particle after the object.
    if (
      !chosen &&
      words[k]?.pos === 'VERB' &&
      words[k]?.forms.some((f) => lexicon.particleVerbHeads.has(f))
    ) {
      const end = Math.min(n, k + 9);
      for (const pv of lexicon.particleVerbs) {
        if (!words[k]?.forms.includes(pv.verb)) continue;
        for (let j = k + 2; j < end; j++) {
          if (
            words[j]?.lower === pv.particle &&
            (words[j]?.pos === 'ADP' || words[j]?.pos === 'ADV' || words[j]?.pos === 'PART')
          ) {
            chosen = { k, length: 1, predicate: pv.predicate, particle: j, nominal: false };
            break;
          }
        }
        if (chosen) break;
      }
    }
    if (!chosen) continue;
    startsAt.set(k, found.length);
    found.push(chosen);
    for (let j = k; j < k + chosen.length; j++) consumed.add(j);
    if (chosen.particle !== null) consumed.add(chosen.particle);
  }

  // ── verb groups ───────────────────────────────────────────────────────────────────────────
  const groupOf = (f: Found): VerbGroup => {
    let j = f.k - 1;
    let modal: VerbGroup['modal'] = null;
    let negated = false;
    let be = false;
    let to = false;
    while (j >= 0 && f.k - j <= 6) {
      const w = words[j] as Word;
      if (w.forms.includes('not') || w.lower === 'never') negated = true;
      else if (w.lower === 'longer' && words[j - 1]?.lower === 'no') {
        negated = true;
        j--;
      } else if (w.pos === 'AUX' || (w.lower === 'ought' && w.pos !== 'NOUN')) {
        const m = MODALS[w.lower] ?? MODALS[w.forms.find((x) => MODALS[x]) ?? ''];
        if (m) modal ??= m;
        if (BE.has(w.lower) || w.forms.includes('be')) be = true;
      } else if (w.lower === 'to' && w.pos === 'PART') {
        to = true;
        // "has to return", "need to": an obligation.
        if (
          words[j - 1] &&
          ['have', 'has', 'had', 'need', 'needs'].includes(words[j - 1]?.lower ?? '')
        ) {
          modal ??= 'demand';
          j--;
        }
      } else if (w.pos !== 'ADV') break;
      j--;
    }
    const w = words[f.k] as Word;
    const participle = w.pos === 'VERB' && !w.lower.endsWith('ing');
    const passive =
      !f.predicate.active &&
      !f.nominal &&
      f.predicate.role !== PredicateRole.Report &&
      ((be && participle && !to && f.length === 1) ||
        (!be && w.lower.endsWith('ed') && words[f.k + f.length]?.lower === 'by'));
    return { start: j + 1, modal, negated, passive };
  };
  const groups = found.map(groupOf);
  return { found, startsAt, groups };
};
