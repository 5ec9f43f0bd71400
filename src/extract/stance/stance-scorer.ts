import type { PloverType } from '../../core/cameo/plover-type.js';
import type { StanceCue, StanceFlags, StanceValue } from '../../core/stance.js';
import {
  compilePhrase,
  findPhrases,
  indexPhrases,
  withoutOverlaps,
  type Phrase,
  type PhraseIndex,
  type PhraseMatch,
} from './phrase.js';
import type { StanceLexicon } from './stance-lexicon.js';
import { wordTokens, type TextSegment, type WordToken } from './word-tokens.js';

/** The stance rules' name and version, recorded on every stance they give. */
export const STANCE_RULES_METHOD = 'rules@1';

/** What the scorer reads: the statement's words (its cue's clause and its content), and an event type if one was coded. */
export interface StanceInput {
  readonly segments: readonly TextSegment[];
  readonly eventType?: PloverType | null;
}

export interface StanceScore {
  readonly value: StanceValue;
  /** 0…1: how much the wording supports the value. */
  readonly confidence: number;
  readonly flags: StanceFlags;
  /** The words that moved the score, in text order, with offsets into the source. */
  readonly cues: readonly StanceCue[];
  readonly eventType: PloverType | null;
}

/** How many words may stand between a negation and the cue it turns. */
const NEGATION_WINDOW = 3;
/** How far an intensifier reaches, either side. */
const INTENSIFIER_WINDOW = 3;

type CuePhrase = Phrase & {
  readonly kind: 'refusal' | 'openness';
  readonly weight: number;
  readonly negated: number;
};
type ConditionalPhrase = Phrase & { readonly kind: 'restrictive' | 'open' | 'concessive' };
type IntensifierPhrase = Phrase & { readonly factor: number };

interface CompiledLexicon {
  readonly lexicon: StanceLexicon;
  readonly cues: PhraseIndex<CuePhrase>;
  readonly negators: PhraseIndex<Phrase>;
  readonly hedges: PhraseIndex<Phrase>;
  readonly conditionals: PhraseIndex<ConditionalPhrase>;
  readonly intensifiers: PhraseIndex<IntensifierPhrase>;
}

const compile = (lexicon: StanceLexicon): CompiledLexicon => {
  const cue =
    (kind: CuePhrase['kind']) =>
    (entry: StanceLexicon['refusal'][number]): CuePhrase => ({
      ...compilePhrase(entry.cue),
      kind,
      weight: entry.weight,
      negated: entry.negated ?? entry.weight * lexicon.factors.negation,
    });
  const conditional =
    (kind: ConditionalPhrase['kind']) =>
    (text: string): ConditionalPhrase => ({ ...compilePhrase(text), kind });
  return {
    lexicon,
    cues: indexPhrases([
      ...lexicon.refusal.map(cue('refusal')),
      ...lexicon.openness.map(cue('openness')),
    ]),
    negators: indexPhrases(lexicon.negators.map(compilePhrase)),
    hedges: indexPhrases(lexicon.hedges.map(compilePhrase)),
    conditionals: indexPhrases([
      ...lexicon.conditionals.restrictive.map(conditional('restrictive')),
      ...lexicon.conditionals.open.map(conditional('open')),
      ...lexicon.conditionals.concessive.map(conditional('concessive')),
    ]),
    intensifiers: indexPhrases(
      lexicon.intensifiers.map((e) => ({ ...compilePhrase(e.cue), factor: e.factor })),
    ),
  };
};

const sign = (n: number): -1 | 0 | 1 => (n > 0 ? 1 : n < 0 ? -1 : 0);

/** A score as a stance: under 0.5 in size is 0, under 2 is ±1, else ±2. */
const stanceOf = (raw: number): StanceValue => {
  const size = Math.abs(raw);
  return (sign(raw) * (size < 0.5 ? 0 : size < 2 ? 1 : 2)) as StanceValue;
};

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * "could not" says what cannot be, not what might be; "May" inside a sentence is the month.
 * Both look like hedges and are not.
 */
const isHedge = (tokens: readonly WordToken[], m: PhraseMatch): boolean => {
  const token = tokens[m.first] as WordToken;
  const next = tokens[m.last + 1];
  if (m.first === m.last && token.norm === 'could' && next?.norm === 'not') return false;
  const previous = tokens[m.first - 1];
  if (token.surface === 'May' && previous?.sentence === token.sentence) return false;
  return true;
};

const score = (input: StanceInput, c: CompiledLexicon): StanceScore => {
  const { lexicon } = c;
  const tokens = wordTokens(input.segments);
  const textOf = (m: PhraseMatch): { start: number; end: number; text: string } => {
    const start = (tokens[m.first] as WordToken).start;
    const end = (tokens[m.last] as WordToken).end;
    const segment = input.segments.find((s) => s.start <= start && end <= s.start + s.text.length);
    const text = segment
      ? segment.text.slice(start - segment.start, end - segment.start)
      : tokens
          .slice(m.first, m.last + 1)
          .map((t) => t.surface)
          .join(' ');
    return { start, end, text };
  };

  const cues = withoutOverlaps(findPhrases(tokens, c.cues));
  // A negation written into a cue ("no intention", "not afraid") is part of its meaning.
  const inCue = new Set<number>();
  for (const m of cues) {
    for (let i = m.first; i <= m.last; i++) if (!m.gapTokens.includes(i)) inCue.add(i);
  }
  const negators = withoutOverlaps(findPhrases(tokens, c.negators)).filter(
    (m) => !inCue.has(m.first),
  );
  const hedges = findPhrases(tokens, c.hedges).filter((m) => isHedge(tokens, m));
  const conditionals = withoutOverlaps(findPhrases(tokens, c.conditionals));
  const intensifiers = findPhrases(tokens, c.intensifiers);

  // Each negation turns the first cue after it, close by and in the same clause; one inside a
  // cue's gap ("the door is not slammed") turns that cue.
  const negated = new Set<PhraseMatch<CuePhrase>>();
  const usedNegators: PhraseMatch[] = [];
  for (const n of negators) {
    const clause = (tokens[n.last] as WordToken).clause;
    const target =
      cues.find((m) => m.first <= n.first && n.last <= m.last && m.gapTokens.includes(n.first)) ??
      cues.find(
        (m) =>
          m.first > n.last &&
          m.first - n.last <= NEGATION_WINDOW &&
          (tokens[m.first] as WordToken).clause === clause,
      );
    if (target) {
      negated.add(target);
      usedNegators.push(n);
    }
  }

  // What a condition asks ("unless the strikes stop") is not the speaker's stance: the words
  // after a conditional, to the end of its clause, are left out of the score.
  const inCondition = new Set<number>();
  for (const m of conditionals) {
    if (m.phrase.kind === 'concessive') continue;
    const clause = (tokens[m.last] as WordToken).clause;
    for (let i = m.last + 1; i < tokens.length && tokens[i]?.clause === clause; i++)
      inCondition.add(i);
  }

  const evidence: StanceCue[] = [];
  const sentenceSums = new Map<number, number>();
  const weights: number[] = [];
  const usedIntensifiers = new Set<PhraseMatch<IntensifierPhrase>>();
  for (const m of cues) {
    if (inCondition.has(m.first)) continue;
    const sentence = (tokens[m.first] as WordToken).sentence;
    let weight = negated.has(m) ? m.phrase.negated : m.phrase.weight;
    let factor = 1;
    for (const i of intensifiers) {
      const near =
        (i.last < m.first && m.first - i.last <= INTENSIFIER_WINDOW) ||
        (i.first > m.last && i.first - m.last <= INTENSIFIER_WINDOW);
      if (
        near &&
        (tokens[i.first] as WordToken).sentence === sentence &&
        i.phrase.factor > factor
      ) {
        factor = i.phrase.factor;
        usedIntensifiers.add(i);
      }
    }
    weight *= factor;
    weights.push(weight);
    sentenceSums.set(sentence, (sentenceSums.get(sentence) ?? 0) + weight);
    // Words that weigh nothing unless negated ("talks") are not evidence of a stance.
    if (weight !== 0) evidence.push({ kind: m.phrase.kind, weight: round2(weight), ...textOf(m) });
  }

  const sentencesOf = (ms: readonly PhraseMatch[]): Set<number> =>
    new Set(ms.map((m) => (tokens[m.first] as WordToken).sentence));
  const hedged = sentencesOf(hedges);
  const restrictive = sentencesOf(conditionals.filter((m) => m.phrase.kind === 'restrictive'));
  const open = sentencesOf(conditionals.filter((m) => m.phrase.kind === 'open'));

  let raw = 0;
  for (const sentence of new Set([...sentenceSums.keys(), ...restrictive])) {
    let sum = sentenceSums.get(sentence) ?? 0;
    if (hedged.has(sentence)) sum *= lexicon.factors.hedge;
    // "Only when …", "unless …": whatever is offered is withheld until then.
    if (restrictive.has(sentence))
      sum = Math.min(sum < 0 ? sum * lexicon.factors.conditional : 0, -1);
    else if (open.has(sentence)) sum *= lexicon.factors.conditional;
    raw += sum;
  }
  const eventType = input.eventType ?? null;
  const eventWeight = eventType === null ? undefined : lexicon.eventTypes[eventType];
  if (eventWeight !== undefined) raw += eventWeight;

  const value = stanceOf(raw);
  const flags: StanceFlags = {
    hedged: hedges.length > 0,
    conditional: conditionals.some((m) => m.phrase.kind !== 'concessive'),
    negated: negated.size > 0,
  };

  const strong = weights.filter((w) => Math.abs(w) >= 0.5);
  const agreeing = strong.filter((w) => sign(w) === sign(raw)).length;
  const opposing = strong.filter((w) => sign(w) === -sign(raw)).length;
  let confidence: number;
  if (value === 0) confidence = strong.length === 0 ? 0.3 : 0.25;
  else {
    confidence = Math.min(0.9, 0.45 + 0.15 * agreeing);
    if (opposing > 0) confidence *= 0.7;
    if (flags.hedged) confidence *= 0.85;
    if (flags.conditional) confidence *= 0.85;
  }
  if (eventWeight !== undefined && value !== 0) {
    confidence =
      sign(eventWeight) === sign(value) ? Math.min(0.95, confidence + 0.1) : confidence * 0.8;
  }

  for (const m of hedges) evidence.push({ kind: 'hedge', weight: 0, ...textOf(m) });
  for (const m of conditionals) {
    if (m.phrase.kind !== 'concessive')
      evidence.push({ kind: 'conditional', weight: 0, ...textOf(m) });
  }
  for (const m of usedNegators) evidence.push({ kind: 'negator', weight: 0, ...textOf(m) });
  for (const m of usedIntensifiers) evidence.push({ kind: 'intensifier', weight: 0, ...textOf(m) });
  evidence.sort((a, b) => a.start - b.start || a.end - b.end);

  return { value, confidence: round2(confidence), flags, cues: evidence, eventType };
};

/**
 * A stance scorer over a lexicon (compiled once): reads a statement's wording, and an event
 * type when one is given, and places it from −2 (firm refusal or hostility) to +2 (firm openness
 * or support), with a confidence, the hedged / conditional / negated flags and the cues behind it.
 * Pure: the same words always give the same score.
 * @example
 * const scoreStance = createStanceScorer(lexicon);
 * scoreStance({ segments: [{ text: 'They may still engage in a transaction.', start: 0 }] }).value // 1
 */
export const createStanceScorer = (
  lexicon: StanceLexicon,
): ((input: StanceInput) => StanceScore) => {
  const compiled = compile(lexicon);
  return (input) => score(input, compiled);
};
