/** The sixteen PLOVER event types scored by FORMAT.md section 3. */
export const SCORED_EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

/** An event as FORMAT.md section 3 writes it, gold or predicted. */
export interface ScoredEvent {
  readonly type: string;
  readonly cameo: string | null;
  /** ISO 3166 alpha-3 codes of the source actors' countries. */
  readonly source: readonly string[];
  readonly target: readonly string[];
}

/** One gold sentence and what was predicted for it. */
export interface EventSentence {
  readonly gold: readonly ScoredEvent[];
  readonly predicted: readonly ScoredEvent[];
}

export interface EventScores {
  readonly type_accuracy: number;
  readonly macro_f1: number;
  readonly source_accuracy: number;
  readonly target_accuracy: number;
  readonly sentences: number;
  /** Sentences whose gold has at least one event: the base of type accuracy. */
  readonly sentences_with_events: number;
  /** Of those, sentences whose predicted types include every gold type: the base of source and target accuracy. */
  readonly type_correct: number;
  readonly source_correct: number;
  readonly target_correct: number;
  readonly gold_events: number;
  readonly predicted_events: number;
  /** Types in the macro average: those that the gold or the predictions have. */
  readonly macro_types: number;
  /** Per-type F1, `f1_AGREE` … `f1_ASSAULT`; a type neither in the gold nor predicted is left out. */
  readonly [perType: `f1_${string}`]: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (tp: number, fp: number, fn: number): number => {
  const p = ratio(tp, tp + fp);
  const r = ratio(tp, tp + fn);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

const codesOf = (events: readonly ScoredEvent[], side: 'source' | 'target'): Set<string> =>
  new Set(events.flatMap((e) => e[side]));

const includesAll = (have: ReadonlySet<string>, want: ReadonlySet<string>): boolean =>
  [...want].every((x) => have.has(x));

/**
 * FORMAT.md section 3's scores over sentences:
 * - type accuracy: of the sentences whose gold has an event, those whose predicted types include
 *   every gold type;
 * - macro-F1: the mean over the PLOVER types of each type's F1, counted per sentence (a type
 *   predicted for a sentence whose gold lacks it is a false positive, a gold type not predicted a
 *   false negative); a type that neither the gold nor the predictions have is left out of the mean;
 * - source and target accuracy: of the sentences whose type is correct, those whose predicted
 *   codes include the gold's — the codes of the predicted events of the gold's types, against the
 *   codes of the gold events.
 * @example scoreEvents([{ gold: [{ type: 'ACCUSE', cameo: null, source: ['IRN'], target: [] }], predicted: [{ type: 'ACCUSE', cameo: '112', source: ['IRN'], target: ['USA'] }] }]).source_accuracy // 1
 */
export const scoreEvents = (sentences: readonly EventSentence[]): EventScores => {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (type: string) => {
    let c = counts.get(type);
    if (!c) {
      c = { tp: 0, fp: 0, fn: 0 };
      counts.set(type, c);
    }
    return c;
  };
  let withEvents = 0;
  let typeCorrect = 0;
  let sourceCorrect = 0;
  let targetCorrect = 0;
  let goldEvents = 0;
  let predictedEvents = 0;
  for (const s of sentences) {
    goldEvents += s.gold.length;
    predictedEvents += s.predicted.length;
    const goldTypes = new Set(s.gold.map((e) => e.type));
    const predictedTypes = new Set(s.predicted.map((e) => e.type));
    for (const t of goldTypes) {
      if (predictedTypes.has(t)) count(t).tp++;
      else count(t).fn++;
    }
    for (const t of predictedTypes) if (!goldTypes.has(t)) count(t).fp++;
    if (goldTypes.size === 0) continue;
    withEvents++;
    if (!includesAll(predictedTypes, goldTypes)) continue;
    typeCorrect++;
    const matching = s.predicted.filter((e) => goldTypes.has(e.type));
    if (includesAll(codesOf(matching, 'source'), codesOf(s.gold, 'source'))) sourceCorrect++;
    if (includesAll(codesOf(matching, 'target'), codesOf(s.gold, 'target'))) targetCorrect++;
  }
  const perType: Record<`f1_${string}`, number> = {};
  let sum = 0;
  let scored = 0;
  // Only the sixteen types count; a type outside them can only be wrong, and is a miss of the gold's.
  for (const type of SCORED_EVENT_TYPES) {
    const c = counts.get(type);
    if (!c || c.tp + c.fp + c.fn === 0) continue;
    const value = f1(c.tp, c.fp, c.fn);
    perType[`f1_${type}`] = value;
    sum += value;
    scored++;
  }
  return {
    type_accuracy: ratio(typeCorrect, withEvents),
    macro_f1: ratio(sum, scored),
    source_accuracy: ratio(sourceCorrect, typeCorrect),
    target_accuracy: ratio(targetCorrect, typeCorrect),
    sentences: sentences.length,
    sentences_with_events: withEvents,
    type_correct: typeCorrect,
    source_correct: sourceCorrect,
    target_correct: targetCorrect,
    gold_events: goldEvents,
    predicted_events: predictedEvents,
    macro_types: scored,
    ...perType,
  };
};
