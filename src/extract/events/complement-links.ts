import { isTimeWord, nounPhraseFrom, SUBJECT_PRONOUNS } from './actor-finder.js';
import type { ClauseStructure } from './clause-structure.js';
import { PredicateRole } from './event-lexicon.js';
import { CONTROL_ROLES, isVerbLike, type Found } from './predicate-finder.js';
import { isNounWord, type SentenceView, type Word } from './sentence-view.js';

/** How a predicate governs another: "threatened to attack", "began shelling", "urged Iran to", "said that", "sent … to investigate". */
export type LinkKind = 'infinitive' | 'gerund' | 'object' | 'clause' | 'purpose';

/** A predicate's link to the predicate it governs (`to`, or -1 for a clause whose verb names no act). */
export interface Link {
  readonly to: number;
  readonly kind: LinkKind;
  /** The complement's own subject: the clause's subject, or the object of "urged X to". */
  readonly subject: readonly [number, number] | null;
}

const CLAUSE_ROLES: ReadonlySet<PredicateRole> = new Set([
  PredicateRole.Report,
  PredicateRole.Do,
  PredicateRole.Demand,
  PredicateRole.Warn,
  PredicateRole.Threaten,
  PredicateRole.Intend,
  PredicateRole.Refuse,
  PredicateRole.Possible,
]);

/** Which predicate governs which, and the words each one's object may lie in. */
export interface Complements {
  readonly links: ReadonlyMap<number, Link>;
  /** For each governed predicate, the one that governs it. */
  readonly governor: ReadonlyMap<number, number>;
  /** Whom a warning or report is addressed to: "warned Finland it would …". */
  readonly addressees: ReadonlyMap<number, readonly [number, number]>;
  /** The words after a predicate that its object may lie in; `cut` stops at the next act. */
  readonly windowOf: (f: Found, cut?: boolean) => readonly [number, number];
  readonly isPronounRange: (r: readonly [number, number]) => boolean;
}

/**
 * Links each predicate to the one it governs: an infinitive or gerund ("agreed to lift",
 * "began shelling"), an object and infinitive ("urged Japan to stop"), a clause ("said that it
 * will", "warned Finland it would"), or a purpose after an act's object ("sent personnel to
 * Bosnia to investigate").
 */
export const readComplements = (
  view: SentenceView,
  clauses: ClauseStructure,
  found: readonly Found[],
  startsAt: ReadonlyMap<number, number>,
): Complements => {
  const { words } = view;
  const n = words.length;

  /**
   * The words after a predicate that its object may lie in: to the end of its clause; for a
   * predicate that names or carries out an act itself, only up to the next verb it does not
   * govern ("sent personnel to Bosnia | to investigate …", "issued a declaration | demanding …").
   */
  const windowOf = (f: Found, cut = true): readonly [number, number] => {
    const from = f.k + f.length;
    const end = Math.max(from, clauses.clauseEnd(from));
    const role = f.predicate.role;
    if (
      cut &&
      (role === PredicateRole.Act ||
        role === PredicateRole.Do ||
        role === PredicateRole.Carry ||
        role === PredicateRole.Halt ||
        role === PredicateRole.Report)
    ) {
      for (let k = from; k < end; k++) {
        const w = words[k] as Word;
        if (w.lower === 'that' && w.pos === 'SCONJ') return [from, k];
        if (w.lower === 'to' && w.pos === 'PART' && startsAt.has(k + 1)) return [from, k];
        const other = found[startsAt.get(k) ?? -1];
        if (
          k >= from &&
          !w.joined &&
          other &&
          !other.nominal &&
          other.predicate.role !== PredicateRole.Report &&
          k !== f.particle
        )
          return [from, k];
      }
    }
    return [from, end];
  };
  // ── complements ───────────────────────────────────────────────────────────────────────────
  const links = new Map<number, Link>();
  /** Whom a warning or report is addressed to: "warned Finland it would …". */
  const addressees = new Map<number, readonly [number, number]>();
  const governor = new Map<number, number>();
  const predicateAt = (k: number): number | null => startsAt.get(k) ?? null;
  /** Skips adverbs, time phrases and asides such as "in principle" between a verb and what it governs. */
  const skipAdverbs = (k: number): number => {
    let j = k;
    for (;;) {
      const w = words[j];
      if (!w) return j;
      if (w.pos === 'ADV' || isTimeWord(w) || (w.lower === 'on' && isTimeWord(words[j + 1]))) j++;
      else if (
        w.lower === 'in' &&
        ['principle', 'turn', 'return', 'writing', 'public'].includes(words[j + 1]?.lower ?? '')
      )
        j += 2;
      else return j;
    }
  };
  const isPronounRange = (r: readonly [number, number]): boolean =>
    r[1] - r[0] === 1 && words[r[0]]?.pos === 'PRON';
  /** A clause at word j: its subject and the predicate its verb starts, if any. */
  const clauseAt = (j: number): { subject: readonly [number, number]; verb: number } | null => {
    let s = j;
    if (words[s]?.lower === 'that') s++;
    s = skipAdverbs(s);
    const w = words[s];
    if (!w) return null;
    let subjectEnd: number;
    if (w.pos === 'PRON' && SUBJECT_PRONOUNS.has(w.lower)) subjectEnd = s + 1;
    else {
      const np = nounPhraseFrom(view, s, n);
      if (!np) return null;
      subjectEnd = np.range[1];
      // "the Kremlin closed", "control of the Nigerian Interior Ministry be taken"
      for (
        let m = subjectEnd;
        m < n && m - s < 14 && (words[m]?.lower === 'of' || words[m]?.lower === 'and');
      ) {
        const more = nounPhraseFrom(view, m + 1, n);
        if (!more) break;
        subjectEnd = more.range[1];
        m = subjectEnd;
      }
    }
    let v = subjectEnd;
    while (
      v < n &&
      (words[v]?.pos === 'AUX' ||
        words[v]?.pos === 'ADV' ||
        words[v]?.forms.includes('not') ||
        (words[v]?.lower === 'no' && words[v + 1]?.lower === 'longer') ||
        (words[v]?.lower === 'to' && words[v - 1]?.forms.includes('have')))
    )
      v++;
    if (!isVerbLike(words[v]) && predicateAt(v) === null) {
      for (let m = s + 1; m < subjectEnd; m++)
        if (predicateAt(m) !== null) return { subject: [s, m], verb: m };
      return null;
    }
    return { subject: [s, subjectEnd], verb: v };
  };
  found.forEach((f, i) => {
    const role = f.predicate.role;
    const last = f.predicate.words.at(-1) ?? '';
    let j = skipAdverbs(f.k + f.length);
    const link = (to: number | null, kind: LinkKind, subject: Link['subject'] = null) => {
      if (to === null || to === i || governor.has(to)) return false;
      links.set(i, { to, kind, subject });
      governor.set(to, i);
      return true;
    };
    // A phrase ending in "to"/"of" ("be opposed to", "resort to", "guilty of") takes a verb next.
    if ((last === 'to' || last === 'of') && isVerbLike(words[j])) {
      link(predicateAt(j), 'gerund');
      return;
    }
    if (CONTROL_ROLES.has(role) || role === PredicateRole.Act || role === PredicateRole.Do) {
      if (words[j]?.lower === 'to' && words[j]?.pos === 'PART') {
        const v = skipAdverbs(j + 1);
        if (isVerbLike(words[v]) || predicateAt(v) !== null) {
          const kind: LinkKind =
            role === PredicateRole.Act || role === PredicateRole.Do ? 'purpose' : 'infinitive';
          link(predicateAt(v), kind);
          return;
        }
      }
      if (
        (CONTROL_ROLES.has(role) || role === PredicateRole.Do) &&
        words[j]?.pos === 'VERB' &&
        words[j]?.lower.endsWith('ing')
      ) {
        link(predicateAt(j), 'gerund');
        return;
      }
    }
    // "announced plans to sell", "expressed readiness to mediate": the act its object governs.
    if (role === PredicateRole.Do || role === PredicateRole.Carry) {
      let m = j;
      while (
        m < n &&
        (words[m]?.pos === 'DET' ||
          words[m]?.pos === 'ADJ' ||
          (words[m]?.pos === 'PRON' && !SUBJECT_PRONOUNS.has(words[m]?.lower ?? '')))
      )
        m++;
      const next = found[predicateAt(m) ?? -1];
      if (next && !next.nominal && CONTROL_ROLES.has(next.predicate.role) && isNounWord(words[m])) {
        link(predicateAt(m), 'infinitive');
        return;
      }
    }
    // "urged the European Community to support", "pressuring workers … to cancel"
    if (role === PredicateRole.Demand || role === PredicateRole.Do) {
      if (words[j]?.lower === 'on' || words[j]?.lower === 'upon') j++;
      const np = nounPhraseFrom(view, j, n);
      if (np) {
        const end = Math.min(n, np.range[1] + 10, clauses.clauseEnd(np.range[1]) + 1);
        for (let t = np.range[1]; t < end; t++) {
          if (words[t]?.lower === 'to' && words[t]?.pos === 'PART') {
            const v = skipAdverbs(t + 1);
            if (isVerbLike(words[v]) || predicateAt(v) !== null) {
              if (role === PredicateRole.Do) break;
              link(predicateAt(v), 'object', [np.range[0], np.range[1]]);
              return;
            }
          }
        }
      }
    }
    // "Seoul charged that North Korean agents had …": what an accusation says is no act of its own.
    if (role === PredicateRole.Act && f.predicate.asReport && words[j]?.lower === 'that') {
      const clause = clauseAt(j);
      const to = clause ? predicateAt(clause.verb) : null;
      if (clause && to !== null) link(to, 'clause', clause.subject);
      return;
    }
    if (CLAUSE_ROLES.has(role)) {
      let clause = clauseAt(j);
      // "warned Finland it would …", "told Iran that …": the clause after the addressee.
      if (
        (role === PredicateRole.Warn ||
          role === PredicateRole.Threaten ||
          role === PredicateRole.Report) &&
        (!clause || isNounWord(words[clause.verb]))
      ) {
        const addressee = nounPhraseFrom(view, j, n);
        const after = addressee ? clauseAt(addressee.range[1]) : null;
        if (
          after &&
          (words[addressee?.range[1] ?? -1]?.lower === 'that' || isPronounRange(after.subject))
        ) {
          clause = after;
          if (addressee) addressees.set(i, addressee.range);
        }
      }
      // Without "that", a clause needs a pronoun subject or an auxiliary ("said it will",
      // "warned police would"), so that "the return of property seized by" is no clause.
      const finite =
        clause !== null &&
        (words[j]?.lower === 'that' ||
          isPronounRange(clause.subject) ||
          words.slice(clause.subject[1], clause.verb).some((w) => w.pos === 'AUX') ||
          (role === PredicateRole.Report && !(words[clause.verb]?.lower.endsWith('ing') ?? false)));
      if (
        clause &&
        finite &&
        (role === PredicateRole.Report ||
          words[j]?.lower === 'that' ||
          (role !== PredicateRole.Do && role !== PredicateRole.Refuse))
      ) {
        const to = predicateAt(clause.verb);
        if (to !== null) link(to, 'clause', clause.subject);
        else links.set(i, { to: -1, kind: 'clause', subject: clause.subject });
      }
    }
  });
  // "sent personnel to Bosnia to investigate", "summoned the ambassador to complain": a purpose
  // after the object of an act.
  found.forEach((f, i) => {
    const role = f.predicate.role;
    if (links.has(i) || (role !== PredicateRole.Act && role !== PredicateRole.Do)) return;
    const [, b] = windowOf(f);
    const bare =
      startsAt.has(b) &&
      !found[startsAt.get(b) ?? -1]?.nominal &&
      isNounWord(words[b - 1]) &&
      words[b]?.lower === words[b]?.token.lemma;
    if (!bare && (words[b]?.lower !== 'to' || words[b]?.pos !== 'PART')) return;
    const to = predicateAt(bare ? b : skipAdverbs(b + 1));
    if (to !== null && !governor.has(to)) {
      links.set(i, { to, kind: 'purpose', subject: null });
      governor.set(to, i);
    }
  });

  return { links, governor, addressees, windowOf, isPronounRange };
};
