import type { Span } from '../../core/span.js';
import { analyseText, type AnalysedText } from '../text-analysis.js';
import {
  createActorFinder,
  nounPhraseEndingAt,
  nounPhraseFrom,
  RELATIVE_PRONOUNS,
  skipVerbGroupLeft,
  SUBJECT_PRONOUNS,
  isTimeWord,
  type ActorFinder,
  type EventActor,
  type EventActorDirectory,
} from './actor-finder.js';
import { readClauses, type ClauseStructure } from './clause-structure.js';
import { CAMEO_CODES } from './cameo-codes.js';
import {
  ObjectScope,
  PredicateRole,
  type EventLexicon,
  type Predicate,
  type Topic,
} from './event-lexicon.js';
import { ploverTypeOfCameo, type PloverType } from './event-type.js';
import {
  createSentenceView,
  isNounWord,
  isPunctWord,
  type SentenceView,
  type Word,
} from './sentence-view.js';

/** How the text puts the act: done, said to be intended, possible, or demanded of another. */
export const Modality = {
  Asserted: 'asserted',
  Intended: 'intended',
  Possible: 'possible',
  Demanded: 'demanded',
} as const;
export type Modality = (typeof Modality)[keyof typeof Modality];

/** Where in its sentence an event was found: the main clauses, a subordinate clause, or a noun. */
export const EventClause = {
  Main: 'main',
  Subordinate: 'subordinate',
  Nominal: 'nominal',
} as const;
export type EventClause = (typeof EventClause)[keyof typeof EventClause];

/** One act a sentence reports: who did what to whom, coded in PLOVER and CAMEO. */
export interface CodedEvent {
  readonly type: PloverType;
  /** The CAMEO code the words determine; its root may differ from `type` where PLOVER's coders do. */
  readonly cameo: string | null;
  readonly source: EventActor | null;
  readonly target: EventActor | null;
  /**
   * The text negates the act it names. A negated act is never coded as that act: a refusal of a
   * cooperative act ("will not negotiate") is coded REJECT; a negated act that has no such
   * reading ("did not attack") is not coded at all.
   */
  readonly negated: boolean;
  readonly modality: Modality;
  /** PLOVER codes this act as symmetric (consultations, talks): all its parties act alike. */
  readonly mutual: boolean;
  /** From the first word that governs the act to the last word that names it. */
  readonly span: Span;
  readonly trigger: string;
  readonly clause: EventClause;
}

/** What the coder may be told about the text around a sentence. */
export interface CodingContext {
  /** The last actor named as a source before this sentence, for "it" and "they". */
  readonly previousActor?: EventActor | null;
}

const Mode = {
  Asserted: 'asserted',
  Intended: 'intended',
  Possible: 'possible',
  Demanded: 'demanded',
  Threatened: 'threatened',
  Prepared: 'prepared',
  Rejected: 'rejected',
  Dropped: 'dropped',
} as const;
type Mode = (typeof Mode)[keyof typeof Mode];

interface Found {
  readonly k: number;
  readonly length: number;
  readonly predicate: Predicate;
  /** Word index of a particle left after the object ("forced UNHCR out"). */
  readonly particle: number | null;
  /** A noun that names an act on its own ("torture", "humanitarian access"). */
  readonly nominal: boolean;
}

interface VerbGroup {
  readonly start: number;
  readonly modal: 'intend' | 'possible' | 'demand' | null;
  readonly negated: boolean;
  readonly passive: boolean;
}

type LinkKind = 'infinitive' | 'gerund' | 'object' | 'clause' | 'purpose';

interface Link {
  readonly to: number;
  readonly kind: LinkKind;
  /** The complement's own subject: the clause's subject, or the object of "urged X to". */
  readonly subject: readonly [number, number] | null;
}

const CONTROL_ROLES: ReadonlySet<PredicateRole> = new Set([
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
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'get', 'got', 'gets']);

const isVerbLike = (w: Word | undefined): boolean =>
  w !== undefined && (w.pos === 'VERB' || (w.pos === 'NOUN' && w.lower.endsWith('ed')));

const union = (a: readonly string[], b: readonly string[]): string[] => [
  ...a,
  ...b.filter((x) => !a.includes(x)),
];

/**
 * Codes the acts one sentence reports. Every act is returned, with the clause it was found in;
 * `selectEvents` keeps what a sentence-level coder reports.
 */
export const codeSentenceView = (
  view: SentenceView,
  finder: ActorFinder,
  lexicon: EventLexicon,
  context: CodingContext = {},
): CodedEvent[] => {
  const { words } = view;
  const n = words.length;
  if (n === 0) return [];
  const clauses: ClauseStructure = readClauses(view);

  // ── predicates ────────────────────────────────────────────────────────────────────────────
  const found: Found[] = [];
  const startsAt = new Map<number, number>();
  const consumed = new Set<number>();
  const acceptable = (p: Predicate, k: number, length: number): { nominal: boolean } | null => {
    const w = words[k] as Word;
    const after = words[k + length];
    const before = words[k - 1];
    if (p.noun && isNounWord(w) && !isVerbLike(w)) {
      if (p.role === PredicateRole.Act) return { nominal: true };
      // "a demand that", "an appeal for", "its call on Iran to"
      return after && ['that', 'for', 'to', 'on'].includes(after.lower) ? { nominal: false } : null;
    }
    if (w.pos === 'VERB') return { nominal: false };
    if (length > 1) {
      for (let j = k; j < k + length; j++) {
        const v = words[j] as Word;
        if (v.pos === 'VERB' || v.pos === 'ADJ') return { nominal: false };
      }
      if (w.pos === 'AUX') return { nominal: false };
    }
    if (w.pos === 'ADJ' && CONTROL_ROLES.has(p.role) && after && ['to', 'of'].includes(after.lower))
      return { nominal: false };
    // A verb the tagger took for a noun: "negotiators return to", "will attack", "to protest".
    if (
      (w.pos === 'NOUN' || w.pos === 'ADJ') &&
      before &&
      (before.pos === 'AUX' || before.lower === 'to' || before.forms.includes('not')) &&
      !(before.lower === 'to' && before.pos === 'ADP' && w.pos === 'NOUN' && words[k - 2]?.pos === 'NOUN')
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
        chosen = { k, length: match.length, predicate: match.value, particle: null, nominal: ok.nominal };
        break;
      }
    }
    // "forced the UN refugee agency out of the country": the particle after the object.
    if (!chosen && words[k]?.pos === 'VERB') {
      const end = Math.min(n, k + 8, clauses.clauseEnd(k + 1) + 1);
      for (const pv of lexicon.particleVerbs) {
        if (!words[k]?.forms.includes(pv.verb)) continue;
        for (let j = k + 2; j < end; j++) {
          if (words[j]?.lower === pv.particle && (words[j]?.pos === 'ADP' || words[j]?.pos === 'ADV' || words[j]?.pos === 'PART')) {
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
  if (found.length === 0) return [];

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
        if (words[j - 1] && ['have', 'has', 'had', 'need', 'needs'].includes(words[j - 1]?.lower ?? '')) {
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

  // ── complements ───────────────────────────────────────────────────────────────────────────
  const links = new Map<number, Link>();
  const governor = new Map<number, number>();
  const predicateAt = (k: number): number | null => startsAt.get(k) ?? null;
  const skipAdverbs = (k: number): number => {
    let j = k;
    while (j < n && (words[j]?.pos === 'ADV' || isTimeWord(words[j]) || words[j]?.lower === 'on' && isTimeWord(words[j + 1])))
      j++;
    return j;
  };
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
      for (let m = subjectEnd; m < n && m - s < 14 && (words[m]?.lower === 'of' || words[m]?.lower === 'and'); ) {
        const more = nounPhraseFrom(view, m + 1, n);
        if (!more) break;
        subjectEnd = more.range[1];
        m = subjectEnd;
      }
    }
    let v = subjectEnd;
    while (v < n && (words[v]?.pos === 'AUX' || words[v]?.pos === 'ADV' || words[v]?.forms.includes('not') || (words[v]?.lower === 'to' && words[v - 1]?.forms.includes('have'))))
      v++;
    if (!isVerbLike(words[v]) && predicateAt(v) === null) return null;
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
    if (CLAUSE_ROLES.has(role)) {
      const clause = clauseAt(j);
      if (clause && (role === PredicateRole.Report || words[j]?.lower === 'that' || (role !== PredicateRole.Do && role !== PredicateRole.Refuse))) {
        const to = predicateAt(clause.verb);
        if (to !== null) link(to, 'clause', clause.subject);
        else links.set(i, { to: -1, kind: 'clause', subject: clause.subject });
      }
    }
  });

  // ── subjects ──────────────────────────────────────────────────────────────────────────────
  type Subject = { range: readonly [number, number]; pronoun: boolean } | null;
  const subjects = new Map<number, Subject>();
  const leftSubject = (i: number): Subject => {
    const f = found[i] as Found;
    let j = skipVerbGroupLeft(view, groups[i]?.start ?? f.k, 0) ;
    j = Math.min(j, (groups[i]?.start ?? f.k) - 1);
    j = skipVerbGroupLeft(view, j, 0);
    for (let guard = 0; guard < 3; guard++) {
      const w = words[j];
      if (!w) return null;
      if (w.lower === ',') {
        // An aside between subject and verb: "Greece, like most other members, plans".
        let c = j - 1;
        while (c >= 0 && j - c < 16 && words[c]?.lower !== ',') {
          if (isVerbLike(words[c]) && !words[c]?.lower.endsWith('ing')) break;
          c--;
        }
        if (c >= 0 && words[c]?.lower === ',' && (isNounWord(words[c - 1]) || words[c - 1]?.pos === 'PRON')) {
          j = skipVerbGroupLeft(view, c - 1, 0);
          continue;
        }
        return null;
      }
      if (w.pos === 'PRON' && SUBJECT_PRONOUNS.has(w.lower)) return { range: [j, j + 1], pronoun: true };
      if (RELATIVE_PRONOUNS.has(w.lower)) {
        let a = j - 1;
        if (words[a]?.lower === ',') a--;
        const np = nounPhraseEndingAt(view, a, 0);
        return np ? { range: np, pronoun: false } : null;
      }
      if ((w.lower === 'and' || w.lower === 'but' || w.lower === 'or') && w.pos === 'CCONJ') {
        // A second verb of the same subject: "kidnapped advisers and exploded bombs".
        for (let p = i - 1; p >= 0; p--) {
          if ((found[p]?.k ?? 0) < j) return subjectOf(p);
        }
        return null;
      }
      const np = nounPhraseEndingAt(view, j, 0);
      return np ? { range: np, pronoun: false } : null;
    }
    return null;
  };
  const subjectOf = (i: number): Subject => {
    if (subjects.has(i)) return subjects.get(i) ?? null;
    subjects.set(i, null);
    let result: Subject = null;
    const g = governor.get(i);
    const link = g === undefined ? undefined : links.get(g);
    if (link?.subject) result = { range: link.subject, pronoun: isPronounRange(link.subject) };
    else if (g !== undefined) result = subjectOf(g);
    else result = leftSubject(i);
    subjects.set(i, result);
    return result;
  };
  const isPronounRange = (r: readonly [number, number]): boolean =>
    r[1] - r[0] === 1 && words[r[0]]?.pos === 'PRON';

  // ── actors ────────────────────────────────────────────────────────────────────────────────
  const resolved = new Map<number, EventActor | null>();
  const reporterOf = (i: number): number | null => {
    let g = governor.get(i);
    let cur = i;
    while (g !== undefined) {
      if (found[g]?.predicate.role === PredicateRole.Report || (found[g]?.predicate.role === PredicateRole.Do && links.get(g)?.kind === 'clause'))
        return g;
      cur = g;
      g = governor.get(cur);
    }
    return null;
  };
  const actorOfSubject = (i: number): EventActor | null => {
    if (resolved.has(i)) return resolved.get(i) ?? null;
    resolved.set(i, null);
    const subject = subjectOf(i);
    let actor: EventActor | null = null;
    if (subject) {
      actor = finder.actorOf(view, subject.range[0], subject.range[1]);
      if (subject.pronoun) {
        const antecedent = antecedentOf(i);
        if (antecedent)
          actor = { ...actor, countries: antecedent.countries, sectors: antecedent.sectors };
      }
    }
    resolved.set(i, actor);
    return actor;
  };
  const antecedentOf = (i: number): EventActor | null => {
    const reporter = reporterOf(i);
    if (reporter !== null) {
      const a = actorOfSubject(reporter);
      if (a && (a.countries.length > 0 || a.sectors.length > 0)) return a;
    }
    for (let p = i - 1; p >= 0; p--) {
      if (p === i) continue;
      const s = subjectOf(p);
      if (s && !s.pronoun) {
        const a = finder.actorOf(view, s.range[0], s.range[1]);
        if (a.countries.length > 0 || a.sectors.length > 0) return a;
      }
    }
    return context.previousActor ?? null;
  };

  /** The first actor named with a country in words [a, b), extended over a list of them. */
  const countryActorIn = (a: number, b: number, skip?: readonly [number, number]): EventActor | null => {
    const mentions = finder
      .mentionsIn(view, a, b)
      .filter((m) => !skip || m.start < skip[0] || m.start >= skip[1]);
    const first = mentions[0];
    if (!first) return null;
    let last = first;
    for (const m of mentions.slice(1)) {
      const gap = m.start - last.end;
      let joins = gap <= 1;
      if (!joins && gap <= 6) {
        const between = words.slice(last.end, m.start);
        joins =
          between.some((w) => w.lower === 'and' || w.lower === ',' || w.lower === 'or') &&
          !between.some((w) => w.pos === 'VERB' && !w.lower.endsWith('ed') || w.lower === 'with' && false);
      }
      if (!joins) break;
      last = m;
    }
    // Extend to the head of the phrase: "Niger's ambassador", "Palestinian detainees".
    const np = nounPhraseFrom(view, last.end, b);
    const end = np && (words[last.end]?.lower === "'s" || np.range[0] === last.end) ? np.range[1] : last.end;
    const actor = finder.actorOf(view, first.start, Math.max(end, last.end));
    return actor;
  };
  /** The object of a predicate as an actor when it names no country: "the UN", "rebels". */
  const objectActorIn = (a: number, b: number): EventActor | null => {
    const np = nounPhraseFrom(view, a, b);
    if (!np) return null;
    const actor = finder.actorOf(view, np.range[0], np.range[1]);
    return actor.sectors.length > 0 || actor.countries.length > 0 ? actor : null;
  };
  /** Words [a, b) after "by" in a window: the agent of a passive. */
  const agentIn = (a: number, b: number): EventActor | null => {
    for (let k = a; k < b; k++) {
      if (words[k]?.lower !== 'by') continue;
      return countryActorIn(k + 1, b) ?? objectActorIn(k + 1, b);
    }
    return null;
  };
  const byRange = (a: number, b: number): readonly [number, number] | undefined => {
    for (let k = a; k < b; k++) if (words[k]?.lower === 'by') return [k, b];
    return undefined;
  };

  // ── topics ────────────────────────────────────────────────────────────────────────────────
  const topicById = (id: string | null): Topic | null => (id ? (lexicon.topics.get(id) ?? null) : null);
  const windowOf = (f: Found): readonly [number, number] => {
    const from = f.k + f.length;
    return [from, Math.max(from, clauses.clauseEnd(from))];
  };
  const anyIn = (index: Predicate['requires'], a: number, b: number): boolean => {
    if (!index) return false;
    for (let k = a; k < b; k++)
      if (index.matchAt((m) => (m < b ? view.forms(m) : null), k).length > 0) return true;
    return false;
  };
  /** The first topic named in words [a, b); with `halts`, "suspension of X" gives X's halt. */
  const topicIn = (a: number, b: number, halts: boolean): Topic | null => {
    let halted = false;
    for (let k = a; k < b; k++) {
      const hit = lexicon.topicWords.matchAt((m) => (m < b ? view.forms(m) : null), k)[0];
      if (hit) {
        const topic = topicById(hit.value);
        if (!topic) continue;
        return halted ? topicById(topic.halt) : topic;
      }
      if (halts) {
        const p = lexicon.predicates.matchAt((m) => (m < b ? view.forms(m) : null), k)[0];
        if (p?.value.role === PredicateRole.Halt && isNounWord(words[k]) && ['of', 'to', 'on', 'in'].includes(words[k + p.length]?.lower ?? ''))
          halted = true;
      }
    }
    return null;
  };
  const headOf = (a: number, b: number): readonly [number, number] => {
    let s = a;
    while (s < b && (words[s]?.pos === 'ADP' || words[s]?.pos === 'PART')) s++;
    const np = nounPhraseFrom(view, s, b);
    return np ? [np.head, np.head + 1] : [a, a];
  };
  /** The topic a predicate names: by its object rules, else its own topic; null when it names none. */
  const ownTopic = (f: Found, window: readonly [number, number]): { topic: Topic | null; reverse: boolean; required: boolean } => {
    const p = f.predicate;
    for (const rule of p.objects) {
      const [a, b] =
        rule.scope === ObjectScope.Head
          ? headOf(window[0], window[1])
          : rule.scope === ObjectScope.Clause
            ? [0, n]
            : window;
      if (anyIn(rule.words, a, b)) return { topic: topicById(rule.topic), reverse: rule.reverse, required: true };
    }
    if (p.among) {
      const [a, b] = window;
      for (let k = a; k < b; k++) {
        const hit = lexicon.topicWords
          .matchAt((m) => (m < b ? view.forms(m) : null), k)
          .find((h) => p.among?.has(h.value));
        if (hit) return { topic: topicById(hit.value), reverse: false, required: true };
      }
      if (!p.topic) return { topic: null, reverse: false, required: false };
    }
    if (p.requires && !anyIn(p.requires, window[0], window[1])) return { topic: null, reverse: false, required: false };
    if (p.role === PredicateRole.Act && !p.topic) return { topic: null, reverse: false, required: false };
    return { topic: topicById(p.topic), reverse: false, required: true };
  };

  // ── events ────────────────────────────────────────────────────────────────────────────────
  const events: CodedEvent[] = [];
  const chainFrom = (head: number): number[] => {
    const chain = [head];
    let cur = head;
    for (;;) {
      const link = links.get(cur);
      const role = found[cur]?.predicate.role;
      if (!link || link.to < 0 || link.kind === 'purpose') break;
      if (role === PredicateRole.Report || (role === PredicateRole.Do && link.kind === 'clause')) break;
      chain.push(link.to);
      cur = link.to;
    }
    return chain;
  };
  const isHead = (i: number): boolean => {
    const g = governor.get(i);
    if (g === undefined) return true;
    const link = links.get(g);
    const role = found[g]?.predicate.role;
    return link?.kind === 'purpose' || role === PredicateRole.Report || (role === PredicateRole.Do && link?.kind === 'clause');
  };
  /** Whether a "to V" purpose belongs to a predicate that is itself an act ("summoned … to complain"). */
  const purposeOfAct = (i: number): boolean => {
    const g = governor.get(i);
    return g !== undefined && links.get(g)?.kind === 'purpose' && codedHeads.has(g);
  };
  const codedHeads = new Set<number>();

  const reportLike = (f: Found): boolean => {
    // "…, a human rights group protested here Wednesday." / "protested that …"
    if (!f.predicate.asReport) return false;
    if (words[f.k + f.length]?.lower === 'that') return true;
    let j = f.k + f.length;
    while (j < n && (words[j]?.pos === 'ADV' || isTimeWord(words[j]) || words[j]?.lower === 'on')) j++;
    const atEnd = j >= n || isPunctWord(words[j]) && words[j]?.lower !== '(';
    const before = groups[found.indexOf(f)]?.start ?? f.k;
    const np = nounPhraseEndingAt(view, before - 1, 0);
    return atEnd && np !== null && words[np[0] - 1]?.lower === ',';
  };

  const codeChain = (chain: readonly number[]): CodedEvent | null => {
    const head = chain[0] as number;
    const inner = chain.at(-1) as number;
    const fi = found[inner] as Found;
    let mode: Mode = Mode.Asserted;
    let pendingNeg = false;
    let halts = 0;
    let attempt = false;
    let explicit: 'intend' | 'threaten' | 'warn' | 'demand' | 'refuse' | null = null;
    let demander: number | null = null;
    let demandee: readonly [number, number] | null = null;
    const intend = () => {
      if (pendingNeg) {
        mode = mode === Mode.Demanded ? Mode.Demanded : Mode.Rejected;
        pendingNeg = false;
      } else if (mode === Mode.Asserted) mode = Mode.Intended;
    };
    chain.forEach((i, pos) => {
      const f = found[i] as Found;
      const g = groups[i] as VerbGroup;
      const last = pos === chain.length - 1;
      if (g.negated) pendingNeg = !pendingNeg;
      if (f.predicate.negates && !last) pendingNeg = !pendingNeg;
      if (g.modal === 'intend') {
        // "will not" is decided with the act, below; a modal on its own says intent.
        if (!pendingNeg) intend();
        else if (!last) intend();
      } else if (g.modal === 'possible') {
        if (pendingNeg && !last) {
          mode = Mode.Rejected;
          pendingNeg = false;
        } else if (mode === Mode.Asserted) mode = Mode.Possible;
      } else if (g.modal === 'demand' && !pendingNeg) {
        mode = Mode.Demanded;
        const reporter = reporterOf(head);
        if (reporter !== null) {
          demander = reporter;
          const s = subjectOf(head);
          demandee = s?.range ?? null;
        }
      }
      const role = f.predicate.role;
      switch (role) {
        case PredicateRole.Intend:
          explicit ??= 'intend';
          if (pendingNeg) {
            mode = mode === Mode.Demanded ? Mode.Demanded : Mode.Rejected;
            pendingNeg = false;
          } else if (mode === Mode.Asserted || mode === Mode.Intended) mode = Mode.Intended;
          break;
        case PredicateRole.Threaten:
        case PredicateRole.Warn:
          explicit ??= role === PredicateRole.Threaten ? 'threaten' : 'warn';
          if (pendingNeg) mode = Mode.Dropped;
          else mode = Mode.Threatened;
          break;
        case PredicateRole.Demand:
          explicit ??= 'demand';
          if (pendingNeg) mode = Mode.Dropped;
          else {
            mode = Mode.Demanded;
            demander = i;
            const link = links.get(i);
            demandee = link?.subject ?? null;
          }
          break;
        case PredicateRole.Refuse:
          explicit ??= 'refuse';
          if (pendingNeg) mode = Mode.Dropped;
          else mode = Mode.Rejected;
          break;
        case PredicateRole.Possible:
          if (pendingNeg) {
            mode = Mode.Rejected;
            pendingNeg = false;
          } else if (mode === Mode.Asserted) mode = Mode.Possible;
          break;
        case PredicateRole.Attempt:
          attempt = true;
          break;
        case PredicateRole.Prepare:
          if (!pendingNeg && mode === Mode.Asserted) mode = Mode.Prepared;
          break;
        case PredicateRole.Halt:
          halts++;
          break;
        case PredicateRole.Carry:
        case PredicateRole.Do:
        case PredicateRole.Act:
        case PredicateRole.Report:
          break;
      }
      if (last && pendingNeg) {
        if (g.modal === 'intend' || g.modal === 'possible' || mode === Mode.Intended || mode === Mode.Possible)
          mode = Mode.Rejected;
        else if (mode !== Mode.Demanded) mode = Mode.Dropped;
        pendingNeg = false;
      }
    });
    if (mode === Mode.Dropped) return null;

    // The topic: what the innermost predicate names, or what its object names.
    const innerLink = links.get(inner);
    const window = (() => {
      const [a, b] = windowOf(fi);
      return innerLink && innerLink.to < 0 && innerLink.subject ? ([innerLink.subject[0], Math.max(b, clauses.clauseEnd(innerLink.subject[1]))] as const) : ([a, b] as const);
    })();
    let topic: Topic | null = null;
    let reverse = false;
    const role = fi.predicate.role;
    if (role === PredicateRole.Act) {
      const own = ownTopic(fi, window);
      if (!own.required) return null;
      topic = own.topic;
      reverse = own.reverse;
      if (reportLike(fi) && fi.predicate.asReport) topic = topicById(fi.predicate.asReport);
    } else {
      const own = fi.predicate.objects.length > 0 || fi.predicate.requires ? ownTopic(fi, window) : null;
      if (own && !own.required) return null;
      topic = own?.topic ?? topicIn(window[0], window[1], role === PredicateRole.Do || role === PredicateRole.Carry || role === PredicateRole.Report);
      reverse = own?.reverse ?? false;
      if (!topic && fi.predicate.topic) topic = topicById(fi.predicate.topic);
      if (role === PredicateRole.Report && !topic) return null;
    }
    if (topic && halts % 2 === 1) topic = topicById(topic.halt);

    // The code under the modality.
    let code: string | null = null;
    const hostile = (t: Topic | null) =>
      t !== null && ((t.intent ?? '').startsWith('13') || /^(1[5-9]|20)/.test(t.act ?? ''));
    switch (mode) {
      case Mode.Asserted:
        code = topic ? (attempt ? (topic.attempt ?? topic.act) : topic.act) : null;
        break;
      case Mode.Intended:
      case Mode.Possible:
        code = topic ? (topic.intent ?? topic.act) : explicit === 'intend' ? '030' : null;
        break;
      case Mode.Threatened:
        code =
          topic?.intent?.startsWith('13')
            ? topic.intent
            : explicit === 'warn'
              ? hostile(topic) ? '130' : null
              : '130';
        break;
      case Mode.Demanded:
        code = topic?.demand ?? '100';
        break;
      case Mode.Rejected:
        code = topic?.reject ?? (explicit === 'refuse' && !topic ? '120' : null);
        break;
      case Mode.Prepared:
        code = topic && hostile(topic) && /^(1[89]|20)/.test(topic.act ?? '') ? '150' : topic ? (topic.intent ?? topic.act) : null;
        break;
    }
    if (!code) return null;
    if (topic?.purpose) {
      for (let k = fi.k + fi.length; k < n; k++) {
        const hit = lexicon.purposes.matchAt(view.forms, k)[0];
        if (hit && Object.hasOwn(CAMEO_CODES, code + hit.value)) {
          code = code + hit.value;
          break;
        }
      }
    }
    const plover =
      (mode === Mode.Asserted && topic?.type) || ploverTypeOfCameo(code);
    if (!plover) return null;

    // Who did it to whom.
    const passive = groups[inner]?.passive ?? false;
    let source: EventActor | null;
    let target: EventActor | null;
    if (demander !== null) {
      source = actorOfSubject(demander);
      target = demandee ? finder.actorOf(view, demandee[0], demandee[1]) : null;
      if (!target || (target.countries.length === 0 && target.sectors.length === 0))
        target = countryActorIn(window[0], window[1]) ?? target;
    } else if (passive) {
      target = actorOfSubject(inner);
      source = agentIn(window[0], window[1]);
    } else {
      source = actorOfSubject(inner);
      target = countryActorIn(window[0], window[1], byRange(window[0], window[1])) ?? objectActorIn(window[0], window[1]);
    }
    if (reverse) [source, target] = [target, source];
    if (plover === 'THREATEN' && (!target || target.countries.length === 0)) {
      for (let k = fi.k; k < n; k++) {
        if (!clauses.conditionAt(k)) continue;
        let e = k;
        while (e < n && clauses.conditionAt(e)) e++;
        target = countryActorIn(k, e) ?? target;
        break;
      }
    }
    const first = Math.min(found[head]?.k ?? fi.k, groups[head]?.start ?? fi.k);
    const span = view.span(first, fi.k + fi.length);
    return {
      type: plover,
      cameo: code,
      source,
      target,
      negated: mode === Mode.Rejected,
      modality:
        mode === Mode.Demanded
          ? Modality.Demanded
          : mode === Mode.Possible
            ? Modality.Possible
            : mode === Mode.Asserted
              ? Modality.Asserted
              : Modality.Intended,
      mutual: topic?.mutual ?? false,
      span,
      trigger: view.slice(fi.k, fi.k + fi.length),
      clause: fi.nominal
        ? EventClause.Nominal
        : clauses.subordinate(found[head]?.k ?? fi.k) || governor.has(head) && links.get(governor.get(head) as number)?.kind === 'purpose'
          ? EventClause.Subordinate
          : EventClause.Main,
    };
  };

  const nominalEvent = (i: number): CodedEvent | null => {
    const f = found[i] as Found;
    const window = windowOf(f);
    const own = ownTopic(f, window);
    if (!own.required || !own.topic?.act) return null;
    const code = own.topic.act;
    const type = own.topic.type ?? ploverTypeOfCameo(code);
    if (!type) return null;
    const np = nounPhraseEndingAt(view, f.k, 0);
    const before = np ? finder.actorOf(view, np[0], f.k) : null;
    const agent = agentIn(window[0], window[1]);
    const source = agent ?? (before && before.countries.length > 0 ? before : null);
    const target = countryActorIn(window[0], window[1], byRange(window[0], window[1]));
    return {
      type,
      cameo: code,
      source,
      target,
      negated: false,
      modality: Modality.Asserted,
      mutual: own.topic.mutual,
      span: view.span(f.k, f.k + f.length),
      trigger: view.slice(f.k, f.k + f.length),
      clause: EventClause.Nominal,
    };
  };

  found.forEach((f, i) => {
    if (!isHead(i)) return;
    if (f.nominal) {
      const e = nominalEvent(i);
      if (e) events.push(e);
      return;
    }
    if (f.predicate.role === PredicateRole.Report && !links.has(i)) return;
    const event = codeChain(chainFrom(i));
    if (!event) return;
    if (purposeOfAct(i)) return;
    codedHeads.add(i);
    events.push(event);
  });
  return events;
};

/**
 * What a sentence-level coder reports: the acts of the main clauses; failing those, of its
 * subordinate clauses; failing those, acts named by nouns alone.
 */
export const selectEvents = (events: readonly CodedEvent[]): CodedEvent[] => {
  for (const clause of [EventClause.Main, EventClause.Subordinate, EventClause.Nominal]) {
    const chosen = events.filter((e) => e.clause === clause);
    if (chosen.length > 0) return chosen;
  }
  return [];
};

/**
 * Codes the acts of one sentence of an analysed text (sentence `index` of `analysed.sentences`).
 * Returns what `selectEvents` keeps.
 */
export const codeEvents = (
  analysed: AnalysedText,
  index: number,
  directory: EventActorDirectory | null,
  lexicon: EventLexicon,
  context: CodingContext = {},
): CodedEvent[] => {
  const range = analysed.sentenceTokens[index];
  if (!range) return [];
  const view = createSentenceView(analysed.text, analysed.tokens, range[0], range[1]);
  return selectEvents(codeSentenceView(view, createActorFinder(directory, lexicon), lexicon, context));
};

/**
 * Codes the acts a text reports, taking it as one sentence (a statement's content, or one
 * sentence of gold data): PLOVER type, CAMEO code, source and target with their countries and
 * sectors, negation and modality.
 * @example
 * codeSentence('Iran threatened to attack Israel.', directory, lexicon)
 * // [{ type: 'THREATEN', cameo: '138', source: { text: 'Iran', countries: ['IRN'], … },
 * //    target: { text: 'Israel', countries: ['ISR'], … }, modality: 'intended', negated: false, … }]
 */
export const codeSentence = (
  text: string,
  directory: EventActorDirectory | null,
  lexicon: EventLexicon,
  context: CodingContext = {},
): CodedEvent[] => {
  const analysed = analyseText(text);
  const view = createSentenceView(text, analysed.tokens, 0, analysed.tokens.length);
  return selectEvents(codeSentenceView(view, createActorFinder(directory, lexicon), lexicon, context));
};

/**
 * The countries PLOVER codes as an event's source and target: a mutual act's parties are all
 * sources.
 */
export const ploverParties = (
  event: CodedEvent,
): { source: readonly string[]; target: readonly string[] } => {
  const source = event.source?.countries ?? [];
  const target = event.target?.countries ?? [];
  return event.mutual ? { source: union(source, target), target: [] } : { source, target };
};
