import { CAMEO_CODES } from './cameo-codes.js';
import { isPloverType, type PloverType } from './event-type.js';
import { compilePhrase, createPhraseIndex, type PhraseIndex } from './phrase-index.js';

/**
 * What a predicate does to the act it names or governs:
 * - `act`: names an act itself ("attacked", "praised"), refined by the words of its object;
 * - `intend`: says the subject will do the act it governs ("agreed to", "plans to", "offered");
 * - `threaten`: threatens the act it governs, or threatens outright ("threatened to strike");
 * - `warn`: a threat only when what it governs is hostile ("warned that it would retaliate");
 * - `demand`: asks another to do the act ("urged Iran to", "demanded that", "called for");
 * - `refuse`: refuses the act ("refused to meet", "rejected the proposal for talks");
 * - `possible`: considers the act ("may", "considering");
 * - `carry`: passes the act through unchanged ("began", "continued", "tried to", "decided to");
 * - `attempt`: an attempt at the act ("attempted to assassinate");
 * - `prepare`: readies the act; a readied attack is a show of force ("prepared to shell");
 * - `halt`: stops, lifts or cuts the act or thing it governs ("lifted the curfew", "suspended talks");
 * - `do`: carries out the act its object names ("imposed a curfew", "launched an offensive");
 * - `report`: reports speech and is no act ("said", "announced"); what it reports is coded.
 */
export const PredicateRole = {
  Act: 'act',
  Intend: 'intend',
  Threaten: 'threaten',
  Warn: 'warn',
  Demand: 'demand',
  Refuse: 'refuse',
  Possible: 'possible',
  Carry: 'carry',
  Attempt: 'attempt',
  Prepare: 'prepare',
  Halt: 'halt',
  Do: 'do',
  Report: 'report',
} as const;
export type PredicateRole = (typeof PredicateRole)[keyof typeof PredicateRole];

export const PREDICATE_ROLES: readonly PredicateRole[] = Object.values(PredicateRole);

/** Where object words are looked for: the whole object, the head of its first noun phrase, or the whole clause. */
export const ObjectScope = { Object: 'object', Head: 'head', Clause: 'clause' } as const;
export type ObjectScope = (typeof ObjectScope)[keyof typeof ObjectScope];

/**
 * An act and its CAMEO codes under each modality: done (`act`), said to be intended (`intent`:
 * 03x for cooperation, 13x for hostility), demanded of another (`demand`, 10x), refused
 * (`reject`, 12x), attempted (`attempt`). `halt` names the topic that stopping the act is
 * ("lift" + curfew → easing a curfew). `type` is the PLOVER type of the act when PLOVER's
 * coders depart from the code's root; `mutual` acts (consulting, talks) make all their parties
 * sources, as PLOVER codes symmetric events; `purpose` acts (protests) take a last digit from
 * what they are for.
 */
export interface TopicSpec {
  readonly id: string;
  /** Words and phrases that name the topic in an object ("talks", "cease-fire", "peacekeep*"). */
  readonly words?: readonly string[];
  readonly act?: string | null;
  readonly intent?: string | null;
  readonly demand?: string | null;
  readonly reject?: string | null;
  readonly attempt?: string | null;
  readonly halt?: string | null;
  readonly type?: string | null;
  readonly mutual?: boolean;
  readonly purpose?: boolean;
}

/** Object words that choose a topic for a predicate: "expelled" + diplomats → break relations. */
export interface ObjectRuleSpec {
  readonly words: readonly string[];
  readonly topic: string;
  readonly scope?: ObjectScope;
  /** The act is the host's: the place after the verb is the source, the subject the target. */
  readonly reverse?: boolean;
}

/** A verb, adjective, noun or phrase that names or governs an act. */
export interface PredicateSpec {
  /** Lemmas, space-separated for a phrase: "attack", "call for", "be opposed to", "open fire". */
  readonly words: string;
  readonly role: PredicateRole;
  /** The act it names when no object rule applies (role `act`); omitted: no act without one. */
  readonly topic?: string | null;
  /** Topics its object may name, by their words; the first named wins ("gave … arms" → military aid). */
  readonly among?: readonly string[];
  readonly objects?: readonly ObjectRuleSpec[];
  /** It codes an act only when one of these words is in its object. */
  readonly requires?: readonly string[];
  /** Also a noun ("a demand that", "an appeal for"), not only a verb or adjective. */
  readonly noun?: boolean;
  /** Never passive, though written with "be" ("were engaged in"). */
  readonly active?: boolean;
  /** The topic when it reports what the subject said ("…, a rights group protested."). */
  readonly asReport?: string | null;
  /** Negates what it governs ("failed to"). */
  readonly negates?: boolean;
  /** Governs an act only through a verb ("wants to attack"); alone ("wanted for murder") it is none. */
  readonly complement?: boolean;
}

/** Words for what an act is for: a protest "to demand the resignation" gets last digit 1. */
export interface PurposeSpec {
  readonly digit: string;
  readonly words: readonly string[];
}

/** Words that tell an actor's sector: "troops" → MIL, "rebels" → REB. */
export interface SectorSpec {
  readonly code: string;
  readonly words: readonly string[];
}

/** The event lexicon as its data files give it, before it is compiled. */
export interface EventLexiconSpec {
  readonly topics: readonly TopicSpec[];
  readonly predicates: readonly PredicateSpec[];
  readonly purposes: readonly PurposeSpec[];
  readonly sectors: readonly SectorSpec[];
}

/** A topic with its codes checked. */
export interface Topic {
  readonly id: string;
  readonly act: string | null;
  readonly intent: string | null;
  readonly demand: string | null;
  readonly reject: string | null;
  readonly attempt: string | null;
  readonly halt: string | null;
  readonly type: PloverType | null;
  readonly mutual: boolean;
  readonly purpose: boolean;
}

export interface ObjectRule {
  readonly words: PhraseIndex<true>;
  readonly topic: string;
  readonly scope: ObjectScope;
  readonly reverse: boolean;
}

export interface Predicate {
  readonly words: readonly string[];
  readonly role: PredicateRole;
  readonly topic: string | null;
  readonly among: ReadonlySet<string> | null;
  readonly objects: readonly ObjectRule[];
  readonly requires: PhraseIndex<true> | null;
  readonly noun: boolean;
  readonly active: boolean;
  readonly asReport: string | null;
  readonly negates: boolean;
  readonly complement: boolean;
}

/** The compiled lexicon the coder reads: indexes over predicates, topic words, purposes and sectors. */
export interface EventLexicon {
  readonly topics: ReadonlyMap<string, Topic>;
  readonly predicates: PhraseIndex<Predicate>;
  readonly topicWords: PhraseIndex<string>;
  readonly purposes: PhraseIndex<string>;
  readonly sectors: PhraseIndex<string>;
  /** Verbs with a particle that may stand after the object: "forced the agency out". */
  readonly particleVerbs: ReadonlyArray<{
    readonly verb: string;
    readonly particle: string;
    readonly predicate: Predicate;
  }>;
  /** The verbs of `particleVerbs`: most words are none of them, and are passed over at once. */
  readonly particleVerbHeads: ReadonlySet<string>;
}

/** Particles a phrasal verb may leave after its object ("forced UNHCR out of the country"). */
export const PARTICLES: ReadonlySet<string> = new Set([
  'out',
  'off',
  'up',
  'down',
  'back',
  'away',
  'over',
]);

/** One mistake in a lexicon: where (`topics[3].intent`) and what. */
export interface LexiconIssue {
  readonly at: string;
  readonly message: string;
}

const CODE_FIELDS = ['act', 'intent', 'demand', 'reject', 'attempt'] as const;

/**
 * Checks a lexicon spec beyond its shape: CAMEO codes that exist, PLOVER types, topics that are
 * defined, phrases that are not empty. Returns every mistake found; none means it compiles.
 * @example checkEventLexicon({ topics: [{ id: 'x', act: '999' }], predicates: [], purposes: [], sectors: [] })
 * // [{ at: 'topics[0].act', message: 'unknown CAMEO code "999"' }]
 */
export const checkEventLexicon = (spec: EventLexiconSpec): LexiconIssue[] => {
  const issues: LexiconIssue[] = [];
  const ids = new Set<string>();
  spec.topics.forEach((topic, i) => {
    if (ids.has(topic.id))
      issues.push({ at: `topics[${i}].id`, message: `"${topic.id}" is defined twice` });
    ids.add(topic.id);
  });
  const checkTopic = (at: string, id: string | null | undefined) => {
    if (id != null && !ids.has(id)) issues.push({ at, message: `unknown topic "${id}"` });
  };
  spec.topics.forEach((topic, i) => {
    for (const field of CODE_FIELDS) {
      const code = topic[field];
      if (code != null && !Object.hasOwn(CAMEO_CODES, code))
        issues.push({ at: `topics[${i}].${field}`, message: `unknown CAMEO code "${code}"` });
    }
    if (topic.type != null && !isPloverType(topic.type))
      issues.push({ at: `topics[${i}].type`, message: `unknown PLOVER type "${topic.type}"` });
    checkTopic(`topics[${i}].halt`, topic.halt);
    (topic.words ?? []).forEach((w, k) => {
      if (compilePhrase(w).length === 0)
        issues.push({ at: `topics[${i}].words[${k}]`, message: 'empty phrase' });
    });
  });
  spec.predicates.forEach((p, i) => {
    if (compilePhrase(p.words).length === 0)
      issues.push({ at: `predicates[${i}].words`, message: 'empty phrase' });
    checkTopic(`predicates[${i}].topic`, p.topic);
    checkTopic(`predicates[${i}].asReport`, p.asReport);
    (p.among ?? []).forEach((t, k) => checkTopic(`predicates[${i}].among[${k}]`, t));
    (p.objects ?? []).forEach((o, k) =>
      checkTopic(`predicates[${i}].objects[${k}].topic`, o.topic),
    );
  });
  spec.purposes.forEach((p, i) => {
    if (!/^[1-9]$/.test(p.digit))
      issues.push({ at: `purposes[${i}].digit`, message: 'expected one digit, 1 to 9' });
  });
  return issues;
};

/**
 * Compiles a checked lexicon spec into the indexes the coder reads. Call `checkEventLexicon`
 * first: unknown references are dropped here, not reported.
 */
export const createEventLexicon = (spec: EventLexiconSpec): EventLexicon => {
  const topics = new Map<string, Topic>();
  for (const t of spec.topics) {
    topics.set(t.id, {
      id: t.id,
      act: t.act ?? null,
      intent: t.intent ?? null,
      demand: t.demand ?? null,
      reject: t.reject ?? null,
      attempt: t.attempt ?? null,
      halt: t.halt ?? null,
      type: t.type != null && isPloverType(t.type) ? t.type : null,
      mutual: t.mutual ?? false,
      purpose: t.purpose ?? false,
    });
  }
  const flag = (words: readonly string[]) =>
    createPhraseIndex(words.map((w) => [w, true as const] as const));
  const compiled: Array<readonly [string, Predicate]> = spec.predicates.map((p) => {
    const predicate: Predicate = {
      words: compilePhrase(p.words),
      role: p.role,
      topic: p.topic ?? null,
      among: p.among && p.among.length > 0 ? new Set(p.among) : null,
      objects: (p.objects ?? []).map((o) => ({
        words: flag(o.words),
        topic: o.topic,
        scope: o.scope ?? ObjectScope.Object,
        reverse: o.reverse ?? false,
      })),
      requires: p.requires && p.requires.length > 0 ? flag(p.requires) : null,
      noun: p.noun ?? false,
      active: p.active ?? false,
      asReport: p.asReport ?? null,
      negates: p.negates ?? false,
      complement: p.complement ?? false,
    };
    return [p.words, predicate] as const;
  });
  const particleVerbs = compiled.flatMap(([, p]) => {
    const [verb, particle] = p.words;
    return p.words.length === 2 && verb && particle && PARTICLES.has(particle)
      ? [{ verb, particle, predicate: p }]
      : [];
  });
  return {
    topics,
    predicates: createPhraseIndex(compiled),
    particleVerbs,
    particleVerbHeads: new Set(particleVerbs.map((pv) => pv.verb)),
    topicWords: createPhraseIndex(
      spec.topics.flatMap((t) => (t.words ?? []).map((w) => [w, t.id] as const)),
    ),
    purposes: createPhraseIndex(
      spec.purposes.flatMap((p) => p.words.map((w) => [w, p.digit] as const)),
    ),
    sectors: createPhraseIndex(
      spec.sectors.flatMap((s) => s.words.map((w) => [w, s.code] as const)),
    ),
  };
};
