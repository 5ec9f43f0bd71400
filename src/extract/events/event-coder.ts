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
import { readComplements } from './complement-links.js';
import { findPredicates, isVerbLike, type Found, type VerbGroup } from './predicate-finder.js';
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

/** Kinds of act that are mostly between an actor and its own state: protests, crackdowns, concessions. */
const DOMESTIC_TYPES: ReadonlySet<PloverType> = new Set<PloverType>([
  'PROTEST',
  'COERCE',
  'CONCEDE',
]);

/** Sectors of actors that act inside their own country: rebels, civilians, parties, police. */
const NON_STATE_SECTORS: ReadonlySet<string> = new Set([
  'REB',
  'OPP',
  'CVL',
  'LAB',
  'EDU',
  'REF',
  'PTY',
  'BUS',
  'MED',
  'COP',
]);

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
  const { found, startsAt, groups } = findPredicates(view, lexicon);
  if (found.length === 0) return [];
  // Read only for a sentence with predicates: the predicates do not depend on it.
  const clauses: ClauseStructure = readClauses(view);
  const { links, governor, addressees, windowOf, isPronounRange } = readComplements(
    view,
    clauses,
    found,
    startsAt,
  );

  // ── subjects ──────────────────────────────────────────────────────────────────────────────
  type Subject = { range: readonly [number, number]; pronoun: boolean } | null;
  const subjects = new Map<number, Subject>();
  const leftSubject = (i: number): Subject => {
    const f = found[i] as Found;
    let j = skipVerbGroupLeft(view, groups[i]?.start ?? f.k, 0);
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
        if (
          c >= 0 &&
          words[c]?.lower === ',' &&
          (isNounWord(words[c - 1]) || words[c - 1]?.pos === 'PRON')
        ) {
          j = skipVerbGroupLeft(view, c - 1, 0);
          continue;
        }
        return null;
      }
      if (w.pos === 'PRON' && SUBJECT_PRONOUNS.has(w.lower))
        return { range: [j, j + 1], pronoun: true };
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
  /** The noun phrase before the sentence's first verb. */
  const firstSubject = (): Subject => {
    for (let k = 1; k < n; k++) {
      const w = words[k] as Word;
      if (w.pos === 'VERB' || w.pos === 'AUX') {
        const np = nounPhraseEndingAt(view, skipVerbGroupLeft(view, k - 1, 0), 0);
        return np ? { range: np, pronoun: false } : null;
      }
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
    else if (words[groups[i]?.start ?? -1]?.lower === 'to') {
      // "… were converging for a rally to protest": an infinitive of purpose takes the subject
      // of the clause before it.
      for (let p = i - 1; p >= 0 && !result; p--) result = subjectOf(p);
      result ??= firstSubject();
    } else result = leftSubject(i);
    subjects.set(i, result);
    return result;
  };

  // ── actors ────────────────────────────────────────────────────────────────────────────────
  const resolved = new Map<number, EventActor | null>();
  const reporterOf = (i: number): number | null => {
    let g = governor.get(i);
    let cur = i;
    while (g !== undefined) {
      if (
        found[g]?.predicate.role === PredicateRole.Report ||
        (found[g]?.predicate.role === PredicateRole.Do && links.get(g)?.kind === 'clause')
      )
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
  const countryActorIn = (
    a: number,
    b: number,
    skip?: readonly [number, number],
  ): EventActor | null => {
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
          !between.some(
            (w) => (w.pos === 'VERB' && !w.lower.endsWith('ed')) || (w.lower === 'with' && false),
          );
      }
      if (!joins) break;
      last = m;
    }
    // Extend to the head of the phrase: "Niger's ambassador", "Palestinian detainees".
    const np = nounPhraseFrom(view, last.end, b);
    const end =
      np && (words[last.end]?.lower === "'s" || np.range[0] === last.end) ? np.range[1] : last.end;
    const actor = finder.actorOf(view, first.start, Math.max(end, last.end));
    return actor;
  };
  /** The object of a predicate as an actor when it names no country: "the UN", "rebels". */
  const objectActorIn = (a: number, b: number): EventActor | null => {
    for (let k = a; k < b; k++) {
      const np = nounPhraseFrom(view, k, b);
      if (!np) continue;
      const actor = finder.actorOf(view, np.range[0], np.range[1]);
      if (actor.sectors.length > 0 || actor.countries.length > 0) return actor;
      k = np.range[1] - 1;
    }
    return null;
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
  const topicById = (id: string | null): Topic | null =>
    id ? (lexicon.topics.get(id) ?? null) : null;
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
      let hit = lexicon.topicWords.matchAt((m) => (m < b ? view.forms(m) : null), k)[0];
      if (hit && !(words[k]?.joined && words[k]?.pos === 'VERB')) {
        // In a compound the head names the topic: "oil sanctions" are sanctions.
        for (let next = k + hit.length; next < b && isNounWord(words[next]);) {
          const later = lexicon.topicWords.matchAt((m) => (m < b ? view.forms(m) : null), next)[0];
          if (!later) break;
          hit = later;
          next += later.length;
        }
        const topic = topicById(hit.value);
        if (!topic) continue;
        return halted ? topicById(topic.halt) : topic;
      }
      if (halts) {
        const p = lexicon.predicates.matchAt((m) => (m < b ? view.forms(m) : null), k)[0];
        if (
          p?.value.role === PredicateRole.Halt &&
          isNounWord(words[k]) &&
          ['of', 'to', 'on', 'in'].includes(words[k + p.length]?.lower ?? '')
        )
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
  const ownTopic = (
    f: Found,
    window: readonly [number, number],
  ): { topic: Topic | null; reverse: boolean; required: boolean } => {
    const p = f.predicate;
    for (const rule of p.objects) {
      const [a, b] =
        rule.scope === ObjectScope.Head
          ? headOf(window[0], window[1])
          : rule.scope === ObjectScope.Clause
            ? [0, n]
            : window;
      if (anyIn(rule.words, a, b))
        return { topic: topicById(rule.topic), reverse: rule.reverse, required: true };
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
    if (p.requires && !anyIn(p.requires, window[0], window[1]))
      return { topic: null, reverse: false, required: false };
    if (p.role === PredicateRole.Act && !p.topic)
      return { topic: null, reverse: false, required: false };
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
      if (role === PredicateRole.Report || (role === PredicateRole.Do && link.kind === 'clause'))
        break;
      if (role === PredicateRole.Act && link.kind === 'clause') break;
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
    return (
      link?.kind === 'purpose' ||
      role === PredicateRole.Report ||
      (role === PredicateRole.Do && link?.kind === 'clause')
    );
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
    while (j < n && (words[j]?.pos === 'ADV' || isTimeWord(words[j]) || words[j]?.lower === 'on'))
      j++;
    const atEnd = j >= n || (isPunctWord(words[j]) && words[j]?.lower !== '(');
    const before = groups[found.indexOf(f)]?.start ?? f.k;
    const np = nounPhraseEndingAt(view, before - 1, 0);
    return atEnd && np !== null && words[np[0] - 1]?.lower === ',';
  };

  /**
   * Whether a chain's head sits in a subordinate clause, is the purpose of another act ("sent
   * personnel to investigate"), a gerund after a preposition ("accused X of supplying arms"), or
   * an infinitive that nothing governs ("a call for forces to be deployed").
   */
  const subordinateHead = (head: number): boolean => {
    const f = found[head] as Found;
    if (clauses.subordinate(f.k)) return true;
    const g = governor.get(head);
    if (g !== undefined && links.get(g)?.kind === 'purpose') return true;
    const start = groups[head]?.start ?? f.k;
    const before = words[start - 1];
    // "Washington's decision to sell arms": a noun that governs an act, itself governed by nothing.
    if (g === undefined && f.predicate.noun && isNounWord(words[f.k]) && !isVerbLike(words[f.k]))
      return true;
    if (
      g === undefined &&
      before &&
      (before.pos === 'ADP' || before.pos === 'SCONJ') &&
      before.lower !== 'that'
    )
      return true;
    if (g === undefined && words[start]?.lower === 'to' && words[start]?.pos === 'PART')
      return true;
    // "a resolution condemning the crackdown", "protesters … demanding jobs": a participle after a noun.
    if (g === undefined && start === f.k && isNounWord(before) && words[f.k]?.lower.endsWith('ing'))
      return true;
    // "crimes committed by Croat forces", "property seized by the army": a reduced relative.
    const next = words[f.k + f.length];
    if (
      g === undefined &&
      start === f.k &&
      isNounWord(before) &&
      /(?:ed|en)$/.test(words[f.k]?.lower ?? '') &&
      (next === undefined || next.lower === 'by' || next.pos === 'ADP' || isPunctWord(next)) &&
      // Only after the sentence's own verb: "The president resigned as …" is a main clause.
      words.slice(0, f.k - 1).some((w) => w.pos === 'VERB' || w.pos === 'AUX')
    )
      return true;
    return false;
  };

  const hasCountry = (a: EventActor | null): boolean => a !== null && a.countries.length > 0;
  /** Where a closing report clause begins ("…, a Croatian official said."), or the sentence end. */
  const reportStart = (): number => {
    for (let k = n - 1; k > 0; k--) {
      const f = found[startsAt.get(k) ?? -1];
      if (f?.predicate.role === PredicateRole.Report) {
        for (let c = k - 1; c >= 0 && k - c < 12; c--) if (words[c]?.lower === ',') return c;
        return n;
      }
    }
    return n;
  };
  /** The countries the sentence names anywhere outside its closing report clause. */
  const sentenceCountries = (() => {
    let cached: string[] | null = null;
    return (): string[] => {
      cached ??= [...new Set(finder.mentionsIn(view, 0, reportStart()).map((m) => m.country))];
      return cached;
    };
  })();
  /**
   * Fills in countries the actors' own words do not give, marking them inferred: a source with
   * no country, in a sentence that names one country only, belongs to it (unless that is the
   * target's and the source is an official, where the act need not be a domestic one); the target of a domestic kind of act (a
   * protest, a crackdown, a concession) with no country of its own is the source's country.
   */
  const inferCountries = (
    type: PloverType,
    source: EventActor | null,
    target: EventActor | null,
  ): { source: EventActor | null; target: EventActor | null } => {
    const domestic = DOMESTIC_TYPES.has(type);
    let s = source;
    let t = target;
    const international = (a: EventActor | null) =>
      a?.sectors.some((x) => x === 'IGO' || x === 'NGO') ?? false;
    const only = sentenceCountries();
    if (!hasCountry(s) && !international(s) && only.length === 1) {
      const country = only[0] as string;
      const nonState = s?.sectors.some((x) => NON_STATE_SECTORS.has(x)) ?? false;
      if (domestic || nonState || !(t?.countries.includes(country) ?? false))
        s = {
          ...(s ?? { text: '', span: view.span(0, 0), sectors: [] }),
          countries: [country],
          inferred: true,
        };
    }
    if (domestic && !hasCountry(t) && hasCountry(s) && !international(t))
      t = {
        ...(t ?? { text: '', span: view.span(0, 0), sectors: [] }),
        countries: s?.countries ?? [],
        inferred: true,
      };
    return { source: s, target: t };
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
    let threatener: number | null = null;
    let demandee: readonly [number, number] | null = null;
    for (const [pos, i] of chain.entries()) {
      const f = found[i] as Found;
      const g = groups[i] as VerbGroup;
      const last = pos === chain.length - 1;
      if (g.negated) pendingNeg = !pendingNeg;
      if (f.predicate.negates && !last) pendingNeg = !pendingNeg;
      if (g.modal === 'intend') {
        // "will not" is decided with the act, below; a modal on its own says intent.
        if (pendingNeg && !last) {
          mode = mode === Mode.Demanded ? Mode.Demanded : Mode.Rejected;
          pendingNeg = false;
        } else if (mode === Mode.Asserted) mode = Mode.Intended;
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
          // "warned that police will …": the threat is the warner's.
          if (links.get(i)?.kind === 'clause') threatener ??= i;
          break;
        case PredicateRole.Demand:
          explicit ??= 'demand';
          if (pendingNeg) mode = Mode.Dropped;
          else {
            mode = Mode.Demanded;
            // "called on Washington to pressure Israel to halt …": the first demand is the event.
            if (demander === null) {
              demander = i;
              demandee = links.get(i)?.subject ?? null;
            }
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
        if (
          g.modal === 'intend' ||
          g.modal === 'possible' ||
          mode === Mode.Intended ||
          mode === Mode.Possible ||
          mode === Mode.Threatened
        )
          mode = Mode.Rejected;
        else if (mode !== Mode.Demanded) mode = Mode.Dropped;
        pendingNeg = false;
      }
    }
    if (mode === Mode.Dropped) return null;

    // The topic: what the innermost predicate names, or what its object names.
    const innerLink = links.get(inner);
    const window = (() => {
      const [a, b] = windowOf(fi, mode !== Mode.Demanded && mode !== Mode.Rejected);
      return innerLink && innerLink.to < 0 && innerLink.subject
        ? ([innerLink.subject[0], Math.max(b, clauses.clauseEnd(innerLink.subject[1]))] as const)
        : ([a, b] as const);
    })();
    let topic: Topic | null = null;
    let reverse = false;
    const role = fi.predicate.role;
    // A passive's object is its subject: "the ambassador was expelled".
    const passiveSubject = groups[inner]?.passive ? subjectOf(inner)?.range : undefined;
    const objectWindow: readonly [number, number] = passiveSubject
      ? [passiveSubject[0], window[1]]
      : window;
    if (role === PredicateRole.Act && reportLike(fi) && fi.predicate.asReport) {
      topic = topicById(fi.predicate.asReport);
    } else if (role === PredicateRole.Act) {
      const own = ownTopic(fi, objectWindow);
      if (!own.required && chain.length === 1) return null;
      topic = own.required ? own.topic : topicIn(window[0], window[1], false);
      reverse = own.reverse;
    } else {
      const own =
        fi.predicate.objects.length > 0 || fi.predicate.requires ? ownTopic(fi, window) : null;
      if (own && !own.required) return null;
      topic =
        own?.topic ??
        topicIn(
          window[0],
          window[1],
          role === PredicateRole.Do ||
            role === PredicateRole.Carry ||
            role === PredicateRole.Report,
        );
      reverse = own?.reverse ?? false;
      if (!topic && fi.predicate.topic) topic = topicById(fi.predicate.topic);
      if (role === PredicateRole.Report && !topic) return null;
    }
    if (topic && halts % 2 === 1) topic = topicById(topic.halt);

    // "warned that it would take steps": a warning of the warner's own act is a threat.
    const warnsOwnAct =
      threatener !== null &&
      ((): boolean => {
        const subject = links.get(threatener)?.subject;
        return (
          subject !== null &&
          subject !== undefined &&
          isPronounRange(subject) &&
          ['it', 'we', 'they'].includes(words[subject[0]]?.lower ?? '')
        );
      })();
    /** Whether what a warning says names something hostile ("would be met with a devastating response"). */
    const hostileWarning = (): boolean => {
      if (threatener === null) return false;
      const [a] = windowOf(found[threatener] as Found, false);
      for (let k = a; k < n; k++) {
        const hit = lexicon.topicWords.matchAt(view.forms, k)[0];
        if (hit && hostile(topicById(hit.value))) return true;
      }
      return false;
    };
    // The code under the modality.
    let code: string | null = null;
    const hostile = (t: Topic | null) =>
      t !== null && ((t.intent ?? '').startsWith('13') || /^(1[3-9]|20)/.test(t.act ?? ''));
    switch (mode) {
      case Mode.Asserted:
        code = topic ? (attempt ? (topic.attempt ?? topic.act) : topic.act) : null;
        break;
      case Mode.Intended:
      case Mode.Possible:
        code = topic ? (topic.intent ?? topic.act) : explicit === 'intend' ? '030' : null;
        break;
      case Mode.Threatened:
        code = topic?.intent?.startsWith('13')
          ? topic.intent
          : explicit === 'warn'
            ? hostile(topic) || warnsOwnAct || hostileWarning()
              ? '130'
              : null
            : '130';
        break;
      case Mode.Demanded:
        code = topic?.demand ?? '100';
        break;
      case Mode.Rejected:
        code = topic?.reject ?? (explicit === 'refuse' && !topic ? '120' : null);
        break;
      case Mode.Prepared:
        code =
          topic && hostile(topic) && /^(1[89]|20)/.test(topic.act ?? '')
            ? '150'
            : topic
              ? (topic.intent ?? topic.act)
              : null;
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
    const plover = (mode === Mode.Asserted && topic?.type) || ploverTypeOfCameo(code);
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
      source = actorOfSubject(threatener ?? inner);
      target = countryActorIn(window[0], window[1]) ?? objectActorIn(window[0], window[1]);
    }
    if (!hasCountry(target) && threatener !== null) {
      const addressee = addressees.get(threatener);
      if (addressee) target = finder.actorOf(view, addressee[0], addressee[1]);
    }
    if (!hasCountry(target)) {
      // "sent personnel to Bosnia to investigate": the place the purpose's act went to.
      const g = governor.get(head);
      if (g !== undefined && links.get(g)?.kind === 'purpose') {
        const [a, b] = windowOf(found[g] as Found);
        target = countryActorIn(a, b) ?? target;
      }
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
    if (plover === 'PROTEST' && !hasCountry(target)) {
      // What a protest is against: the country its purpose names, else the protesters' own.
      target =
        countryActorIn(
          fi.k + fi.length,
          clauses.clauseEnd(fi.k + fi.length) < n ? reportStart() : n,
        ) ?? target;
    }
    ({ source, target } = inferCountries(plover, source, target));
    let first = Math.min(found[head]?.k ?? fi.k, groups[head]?.start ?? fi.k);
    while (first < (found[head]?.k ?? fi.k) && words[first]?.pos === 'ADV') first++;
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
      mutual: mode === Mode.Asserted && (topic?.mutual ?? false),
      span,
      trigger: view.slice(fi.k, fi.k + fi.length),
      clause: fi.nominal
        ? EventClause.Nominal
        : subordinateHead(head)
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
    const subject = firstSubject();
    const source =
      agent ??
      (before && before.countries.length > 0
        ? before
        : subject
          ? finder.actorOf(view, subject.range[0], subject.range[1])
          : null);
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
    if (f.predicate.role === PredicateRole.Report) return;
    if (f.predicate.role === PredicateRole.Do && links.get(i)?.kind === 'clause') return;
    const event = codeChain(chainFrom(i));
    if (!event) return;
    if (purposeOfAct(i)) return;
    if (f.predicate.complement && !links.has(i)) return;
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
  return selectEvents(
    codeSentenceView(view, createActorFinder(directory, lexicon), lexicon, context),
  );
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
  return selectEvents(
    codeSentenceView(view, createActorFinder(directory, lexicon), lexicon, context),
  );
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
