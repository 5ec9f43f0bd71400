import { z } from 'zod';
import { evidenceLinkKinds, levels, ratingValues } from '../../core/ach/hypothesis-set.js';
import { hypothesisSetFileSchema } from '../../app/ach/hypothesis-set-file.js';
import { list } from '../schemas.js';

/** The ACH API's shapes: validated on the way in, documented in the OpenAPI document. */
const level = z.enum(levels);
const ratingValue = z.enum(ratingValues);

export const hypothesisBody = z
  .object({ id: z.string(), text: z.string() })
  .meta({ id: 'AchHypothesis' });

export const evidenceBody = z
  .object({
    id: z.string(),
    text: z.string(),
    credibility: level,
    relevance: level,
    date: z.string().optional().describe('ISO 8601 date or date-time'),
    type: z.string().optional().describe('statement, action, assumption, …'),
    link: z
      .object({ kind: z.enum(evidenceLinkKinds), id: z.string() })
      .optional()
      .describe('the statement, event or source this evidence is'),
    notes: z.string().optional(),
    code: z.string().optional(),
    flagged: z.boolean().optional(),
  })
  .meta({ id: 'AchEvidence' });

const ratingFields = {
  analyst: z.string(),
  evidence: z.string(),
  hypothesis: z.string(),
  value: ratingValue,
  note: z.string().optional(),
};

export const ratingBody = z.object(ratingFields).meta({ id: 'AchRating' });
export const ratingEventBody = z
  .object({ ...ratingFields, at: z.string().describe('when the rating was given') })
  .meta({ id: 'AchRatingEvent' });

export const probabilityBody = z
  .object({ analyst: z.string(), hypothesis: z.string(), p: z.number() })
  .meta({ id: 'AchProbability' });

export const setSummaryBody = z
  .object({
    id: z.string(),
    question: z.string(),
    createdAt: z.string(),
    hypotheses: z.number().int(),
    evidence: z.number().int(),
    analysts: z.number().int(),
    ratingEvents: z.number().int().describe('rating changes recorded, first ratings included'),
  })
  .meta({ id: 'HypothesisSetSummary' });

const setFields = {
  question: z.string(),
  hypotheses: list(hypothesisBody),
  evidence: list(evidenceBody),
  ratings: list(ratingBody).describe("each analyst's current rating of each cell"),
  probabilities: list(probabilityBody),
};

/** The JSON format of docs/ach-format.md, as exported. */
export const setFileBody = z.object(setFields).meta({ id: 'HypothesisSetExport' });

export const setBody = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    ...setFields,
    analysts: list(z.string()),
  })
  .meta({ id: 'HypothesisSet' });

/** What a new set is given as: the JSON format of docs/ach-format.md. */
export const setImportBody = hypothesisSetFileSchema.meta({ id: 'HypothesisSetFile' });

const rankedBody = z.object({
  id: z.string(),
  inconsistency: z.number(),
  weighted: z.number(),
  rank: z.number().int(),
});

export const scoresBody = z
  .object({
    hypotheses: list(rankedBody),
    evidence: list(z.object({ id: z.string(), diagnosticity: z.number() })),
    cells: list(
      z.object({
        evidence: z.string(),
        hypothesis: z.string(),
        disagreement: z.number(),
        level: z.enum(['consensus', 'mild', 'large', 'extreme']),
      }),
    ),
    probabilities: list(z.object({ hypothesis: z.string(), p: z.number() })),
    sensitivity: list(z.object({ evidence: z.string(), changesTop: z.boolean() })),
    rankingWithoutLowCredibility: list(rankedBody),
  })
  .meta({ id: 'HypothesisSetScores' });

export const newHypothesisBody = z.object({
  id: z.string().optional().describe('H<n> after the last when left out'),
  text: z.string().min(1),
});

export const newEvidenceBody = z
  .object({
    id: z.string().optional().describe('E<n> after the last when left out'),
    text: z.string().min(1),
  })
  .catchall(z.unknown())
  .describe('the fields of evidence[] in docs/ach-format.md');

export const historyQuery = z.object({
  analyst: z.string().optional(),
  evidence: z.string().optional(),
  hypothesis: z.string().optional(),
});

export const probabilitiesInputBody = z.object({
  analyst: z.string().min(1),
  probabilities: z.array(z.object({ hypothesis: z.string(), p: z.number().min(0).max(1) })),
});

export const comparisonBody = z
  .object({
    analyst: z.string(),
    cells: list(
      z.object({
        evidence: z.string(),
        hypothesis: z.string(),
        analystValue: z.number().describe('CC = 2 … II = −2'),
        groupMean: z.number().nullable().describe("the other analysts' mean; null if none"),
        difference: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'AnalystComparison' });
