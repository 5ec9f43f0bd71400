import {
  ratingValues,
  type AnalystId,
  type Evidence,
  type EvidenceId,
  type Hypothesis,
  type HypothesisId,
  type ProbabilityJudgement,
  type RatingValue,
} from '../../core/ach/hypothesis-set.js';
import { invalidInput } from '../../core/errors.js';
import { schemaError } from '../schema-issues.js';
import { hypothesisSetFileSchema } from './hypothesis-set-file.js';

/** One analyst's rating of one cell, as the analyst gives it. */
export interface RatingInput {
  readonly analyst: string;
  readonly evidence: string;
  readonly hypothesis: string;
  readonly value: string;
  readonly note?: string | undefined;
}

/** A new hypothesis; its id is the next free `H<n>` unless given. */
export interface HypothesisInput {
  readonly id?: string | undefined;
  readonly text: string;
}

/** A new item of evidence, in the fields of the file format; its id is the next free `E<n>` unless given. */
export type EvidenceInput = Record<string, unknown> & { readonly text: string };

/** One analyst's probabilities, one per hypothesis they judge. */
export interface ProbabilitiesInput {
  readonly analyst: string;
  readonly probabilities: ReadonlyArray<{ readonly hypothesis: string; readonly p: number }>;
}

/** The next id of the form `<prefix><n>` after every such id in use: H1, H2 → H3. */
export const nextFreeId = (prefix: string, used: readonly string[]): string => {
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  const highest = used.reduce((max, id) => Math.max(max, Number(pattern.exec(id)?.[1] ?? 0)), 0);
  let n = highest + 1;
  while (used.includes(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
};

const analystOf = (analyst: string): AnalystId => {
  const name = analyst.trim();
  if (!name) throw invalidInput('analyst: give the name of the analyst');
  return name as AnalystId;
};

type SetShape = {
  readonly hypotheses: readonly Hypothesis[];
  readonly evidence: readonly Evidence[];
};

const knownHypothesis = (set: SetShape, id: string, field: string): HypothesisId => {
  const found = set.hypotheses.find((h) => h.id === id.trim());
  if (!found) throw invalidInput(`${field}: unknown hypothesis "${id}"`);
  return found.id;
};

/** A rating checked against the set: known evidence and hypothesis, a value on the scale. */
export const ratingFrom = (set: SetShape, input: RatingInput) => {
  const evidence = set.evidence.find((e) => e.id === input.evidence.trim());
  if (!evidence) throw invalidInput(`evidence: unknown evidence "${input.evidence}"`);
  const value = input.value.trim().toUpperCase() as RatingValue;
  if (!ratingValues.includes(value)) {
    throw invalidInput(`value: "${input.value}" is not one of ${ratingValues.join(', ')}`);
  }
  const note = input.note?.trim();
  return {
    analyst: analystOf(input.analyst),
    evidence: evidence.id,
    hypothesis: knownHypothesis(set, input.hypothesis, 'hypothesis'),
    value,
    ...(note ? { note } : {}),
  };
};

/** A hypothesis with its id, checked not to clash with the set's. */
export const hypothesisFrom = (set: SetShape, input: HypothesisInput): Hypothesis => {
  const text = input.text.trim();
  if (!text) throw invalidInput('text: a hypothesis needs its text');
  const used = set.hypotheses.map((h) => h.id as string);
  const id = input.id?.trim() || nextFreeId('H', used);
  if (used.includes(id)) throw invalidInput(`id: the set already has a hypothesis "${id}"`);
  return { id: id as HypothesisId, text };
};

const evidenceSchema = hypothesisSetFileSchema.shape.evidence.element;

/** An item of evidence with its id, read as the file format reads it (defaults included). */
export const evidenceFrom = (set: SetShape, input: EvidenceInput): Evidence => {
  const used = set.evidence.map((e) => e.id as string);
  const given = typeof input['id'] === 'string' ? input['id'].trim() : '';
  const parsed = evidenceSchema.safeParse({ ...input, id: given || nextFreeId('E', used) });
  if (!parsed.success) throw schemaError('evidence', parsed.error);
  const { id, ...rest } = parsed.data;
  if (!rest.text.trim()) throw invalidInput('Invalid evidence: text: the evidence needs its text');
  if (used.includes(id)) throw invalidInput(`Invalid evidence: id: the set already has "${id}"`);
  return { id: id as EvidenceId, ...rest };
};

/** One analyst's probabilities checked against the set: known hypotheses, each in [0, 1], once. */
export const probabilitiesFrom = (
  set: SetShape,
  input: ProbabilitiesInput,
): ProbabilityJudgement[] => {
  const analyst = analystOf(input.analyst);
  const seen = new Set<string>();
  return input.probabilities.map(({ hypothesis, p }, i) => {
    const id = knownHypothesis(set, hypothesis, `probabilities[${i}].hypothesis`);
    if (seen.has(id)) throw invalidInput(`probabilities[${i}]: hypothesis "${id}" given twice`);
    seen.add(id);
    if (!(p >= 0 && p <= 1)) {
      throw invalidInput(`probabilities[${i}].p: ${p} is not a probability in [0, 1]`);
    }
    return { analyst, hypothesis: id, p };
  });
};
