import { z } from 'zod';
import { invalidInput, isTelltaleError } from '../../core/errors.js';
import {
  evidenceLinkKinds,
  levels,
  ratingValues,
  type AnalystId,
  type EvidenceId,
  type HypothesisId,
  type HypothesisSet,
} from '../../core/ach/hypothesis-set.js';
import { validateHypothesisSet } from '../../core/ach/hypothesis-set-validation.js';
import { parseJsonText, schemaError } from '../schema-issues.js';

const id = z.string().trim().min(1);
const level = z.enum(levels).default('Medium');

/** The JSON format of a hypothesis set (docs/ach-format.md). Unknown fields are ignored. */
export const hypothesisSetFileSchema = z.object({
  question: z.string(),
  hypotheses: z.array(z.object({ id, text: z.string() })),
  evidence: z.array(
    z.object({
      id,
      text: z.string(),
      credibility: level,
      relevance: level,
      date: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
      type: z.string().optional(),
      link: z.object({ kind: z.enum(evidenceLinkKinds), id }).optional(),
      notes: z.string().optional(),
      code: z.string().optional(),
      flagged: z.boolean().optional(),
    }),
  ),
  ratings: z
    .array(
      z.object({
        analyst: id,
        evidence: id,
        hypothesis: id,
        value: z.enum(ratingValues),
        note: z.string().optional(),
      }),
    )
    .default([]),
  probabilities: z
    .array(z.object({ analyst: id, hypothesis: id, p: z.number().min(0).max(1) }))
    .default([]),
});
export type HypothesisSetFile = z.input<typeof hypothesisSetFileSchema>;

const WHAT = 'hypothesis set file';

/**
 * A hypothesis set from the parsed JSON of a file, checked for shape and for consistency
 * (known ids, one rating per analyst and cell). Throws InvalidInput naming the bad field.
 */
export const hypothesisSetFromJson = (data: unknown): HypothesisSet => {
  const parsed = hypothesisSetFileSchema.safeParse(data);
  if (!parsed.success) throw schemaError(WHAT, parsed.error);
  const file = parsed.data;
  const set: HypothesisSet = {
    question: file.question,
    hypotheses: file.hypotheses.map((h) => ({ id: h.id as HypothesisId, text: h.text })),
    evidence: file.evidence.map(({ id: evidenceId, ...rest }) => ({
      id: evidenceId as EvidenceId,
      ...rest,
    })),
    ratings: file.ratings.map((r) => ({
      ...r,
      analyst: r.analyst as AnalystId,
      evidence: r.evidence as EvidenceId,
      hypothesis: r.hypothesis as HypothesisId,
    })),
    probabilities: file.probabilities.map((p) => ({
      ...p,
      analyst: p.analyst as AnalystId,
      hypothesis: p.hypothesis as HypothesisId,
    })),
  };
  try {
    return validateHypothesisSet(set);
  } catch (error) {
    if (!isTelltaleError(error)) throw error;
    throw invalidInput(`Invalid ${WHAT}: ${error.message}`, error);
  }
};

/**
 * A hypothesis set from the text of a JSON file.
 *
 * @example parseHypothesisSetFile(await readFile('set.json', 'utf8'))
 */
export const parseHypothesisSetFile = (text: string): HypothesisSet =>
  hypothesisSetFromJson(parseJsonText(WHAT, text));

/** The file form of a hypothesis set: every field written, optional ones only when present. */
export const hypothesisSetToJson = (set: HypothesisSet): HypothesisSetFile => ({
  question: set.question,
  hypotheses: set.hypotheses.map((h) => ({ id: h.id, text: h.text })),
  evidence: set.evidence.map((e) => ({ ...e })),
  ratings: set.ratings.map((r) => ({ ...r })),
  probabilities: set.probabilities.map((p) => ({ ...p })),
});

/** A hypothesis set as the text of a JSON file, indented, ending in a newline. */
export const serialiseHypothesisSet = (set: HypothesisSet): string =>
  `${JSON.stringify(hypothesisSetToJson(set), null, 2)}\n`;
