import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Telltale } from '../../app/telltale.js';
import { stanceView, topicStanceView, topicView } from '../../app/topics/topic-views.js';
import { errorBody } from '../schemas.js';

const span = { start: z.number().int(), end: z.number().int() };

const topicBody = z
  .object({
    id: z.string(),
    label: z.string(),
    description: z.string().nullable(),
    terms: z.array(z.string()),
    patterns: z.array(z.string()).describe('regular expressions, matched ignoring case'),
    countries: z
      .array(z.string())
      .describe('the one or two countries it concerns (ISO 3166 alpha-3)'),
    createdAt: z.string(),
    statementCount: z
      .number()
      .int()
      .describe('statements the rules (or a model) linked to it, before analysts’ reviews'),
  })
  .meta({ id: 'Topic' });

const stanceFields = {
  topicId: z.string(),
  stance: z
    .number()
    .int()
    .min(-2)
    .max(2)
    .nullable()
    .describe(
      '−2 firm refusal or hostility … +2 firm openness or support; null when an analyst linked the topic without rating it',
    ),
  confidence: z.number(),
  hedged: z.boolean(),
  conditional: z.boolean(),
  negated: z.boolean(),
  eventType: z.string().nullable().describe('PLOVER event type, when one was coded'),
  method: z.string().describe('rules@1, llm:model@date or analyst:id'),
  matches: z
    .array(z.object({ term: z.string(), ...span, inContent: z.boolean() }))
    .describe('where the topic’s terms matched (UTF-16 offsets into the source text)'),
  cues: z
    .array(z.object({ kind: z.string(), text: z.string(), ...span, weight: z.number() }))
    .describe('the words that moved the stance'),
};

const stanceBody = z.object(stanceFields).meta({ id: 'Stance' });

const topicStanceBody = z
  .object({
    ...stanceFields,
    statementId: z.string(),
    sourceId: z.string(),
    speaker: z.string().nullable(),
    saidOn: z.string().nullable(),
    content: z.string(),
    verdict: z.string().nullable(),
  })
  .meta({ id: 'TopicStance' });

const linkSummaryBody = z
  .object({
    topics: z.number().int(),
    sources: z.number().int(),
    statements: z.number().int(),
    stances: z.number().int(),
    refined: z.number().int(),
    method: z.string(),
    refinedBy: z.string().nullable(),
    warnings: z.array(z.string()),
  })
  .meta({ id: 'LinkSummary' });

const newTopicBody = z
  .object({
    id: z.string().describe('lower-case letters, digits and hyphens, e.g. iran-us-negotiation'),
    label: z.string().min(1),
    description: z.string().nullable().optional(),
    terms: z
      .array(z.string())
      .default([])
      .describe(
        'words or phrases, matched whatever their case and inflection; `word*` for any ending',
      ),
    patterns: z
      .array(z.string())
      .default([])
      .describe('regular expressions, matched ignoring case'),
    countries: z.array(z.string()).default([]).describe('one or two ISO 3166 alpha-3 codes'),
  })
  .meta({ id: 'NewTopic' });

/** Topics and stances. Each route parses, calls one Telltale operation, and presents its result. */
export const topicRoutes =
  (telltale: Telltale): FastifyPluginAsyncZod =>
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions.
  async (app) => {
    app.get(
      '/topics',
      {
        schema: {
          summary: 'Topics analysts follow',
          tags: ['topics'],
          response: { 200: z.object({ topics: z.array(topicBody) }) },
        },
      },
      async () => ({
        topics: (await telltale.topics.list()).map((t) => topicView(t, t.statementCount)),
      }),
    );

    app.post(
      '/topics',
      {
        schema: {
          summary: 'Define a topic; stored statements are linked to it',
          tags: ['topics'],
          body: newTopicBody,
          response: {
            201: z.object({ topic: topicBody, linking: linkSummaryBody }),
            400: errorBody,
            409: errorBody,
          },
        },
      },
      async (req, reply) => {
        const { topic, linking } = await telltale.topics.add(req.body);
        return reply.status(201).send({
          topic: topicView(topic, topic.statementCount),
          linking: { ...linking, warnings: [...linking.warnings] },
        });
      },
    );

    app.get(
      '/topics/:id',
      {
        schema: {
          summary: 'A topic with its statements’ stances, as reviewed, oldest first',
          tags: ['topics'],
          params: z.object({ id: z.string() }),
          response: {
            200: z.object({ topic: topicBody, stances: z.array(topicStanceBody) }),
            404: errorBody,
          },
        },
      },
      async (req) => {
        const { topic, stances } = await telltale.topics.get(req.params.id);
        return {
          topic: topicView(topic, topic.statementCount),
          stances: stances.map((s) => topicStanceView(s.stance, s.statement)),
        };
      },
    );

    app.get(
      '/statements/:id/stances',
      {
        schema: {
          summary: 'A statement’s stances on the topics it speaks to, as reviewed',
          tags: ['statements', 'topics'],
          params: z.object({ id: z.string() }),
          response: { 200: z.object({ stances: z.array(stanceBody) }), 404: errorBody },
        },
      },
      async (req) => ({
        stances: (await telltale.topics.stancesOf(req.params.id)).map(stanceView),
      }),
    );
  };
