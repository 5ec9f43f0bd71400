import { z } from 'zod';

/** The HTTP API's shapes: validated on the way in, documented in the OpenAPI document. */
const span = z.object({ start: z.number().int(), end: z.number().int() });

/** A list as the app returns it (readonly). */
export const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

/** The `:id` in a route's path. */
export const idParams = z.object({ id: z.string() });

export const isoDateParam = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
};

export const errorBody = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .meta({ id: 'Error' });

export const statementBody = z
  .object({
    id: z.string(),
    sourceId: z.string(),
    speaker: z
      .string()
      .nullable()
      .describe('canonical name of the speaker, or null when unnamed or unresolved'),
    speakerId: z.string().nullable(),
    speakerMention: z.string().nullable().describe('the words that name the speaker in the text'),
    cue: z.string().nullable(),
    content: z.string(),
    direct: z.boolean(),
    saidOn: z.string().nullable().describe('ISO date at its precision'),
    saidOnPrecision: z.string().nullable(),
    saidOnMethod: z.string().nullable(),
    spans: z.array(span).describe('content offsets (UTF-16) into the source text'),
    sourceSpans: z.array(span),
    cueSpans: z.array(span),
    extractor: z.string(),
    eventType: z
      .string()
      .nullable()
      .describe('PLOVER type of the act the statement performs or reports'),
    verdict: z.string().nullable().describe("an analyst's verdict: confirmed, rejected, or null"),
    reviews: z
      .array(
        z.object({
          field: z.string(),
          oldValue: z.string().nullable(),
          newValue: z.string().nullable(),
          analyst: z.string(),
          at: z.string(),
        }),
      )
      .describe('the reviews behind the values shown, oldest first (the audit log)'),
  })
  .meta({ id: 'Statement' });

export const statementReviewBody = z
  .object({
    analyst: z.string().min(1).describe('who reviews'),
    speaker: z.string().nullable().optional().describe('the speaker’s name, or null for unnamed'),
    saidOn: isoDateParam.nullable().optional(),
    direct: z.boolean().optional(),
    verdict: z.enum(['confirmed', 'rejected']).optional(),
    eventType: z
      .string()
      .nullable()
      .optional()
      .describe('PLOVER type of the act, or null for none'),
    stances: z
      .record(z.string(), z.number().int().min(-2).max(2))
      .optional()
      .describe('the stance on each topic, by topic id: −2 … +2 (the topic is linked too)'),
    topics: z
      .record(z.string(), z.boolean())
      .optional()
      .describe('topics to link (true) or unlink (false), by topic id'),
  })
  .meta({ id: 'StatementReview' });

const sourceFields = {
  id: z.string(),
  contentHash: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  url: z.string().nullable(),
  publishedOn: z.string().nullable(),
  language: z.string(),
  format: z.string(),
  origin: z.string(),
  ingestedAt: z.string(),
};

export const sourceSummaryBody = z
  .object({ ...sourceFields, statementCount: z.number().int() })
  .meta({ id: 'SourceSummary' });
export const sourceBody = z
  .object({ ...sourceFields, text: z.string(), statements: z.array(statementBody) })
  .meta({ id: 'Source' });

export const actorBody = z
  .object({
    id: z.string(),
    canonicalName: z.string(),
    kind: z.string(),
    country: z.string().nullable(),
    aliases: z.array(z.string()),
    statementCount: z.number().int(),
  })
  .meta({ id: 'Actor' });

export const healthBody = z.object({
  status: z.literal('ok'),
  engine: z.string(),
  sources: z.number().int(),
  statements: z.number().int(),
});
