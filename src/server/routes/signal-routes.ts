import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { LineQuery } from '../../app/signals/signals-service.js';
import {
  ambiguityView,
  groupLineView,
  groupView,
  relationView,
  timelineView,
} from '../../app/signals/signal-views.js';
import type { Telltale } from '../../app/telltale.js';
import { errorBody, isoDateParam } from '../schemas.js';

const tags = ['signals'];

const deniableFields = {
  reason: z
    .enum(['differs', 'principal_silent'])
    .describe(
      'differs: 1 or more from the principal’s mean in the window, or the other side of zero; principal_silent: the principal said nothing on the topic in the window',
    ),
  principalMean: z.number().nullable(),
  difference: z.number().nullable(),
  principalStatementIds: z.array(z.string()),
  label: z.string(),
};

const pointBody = z
  .object({
    statementId: z.string(),
    saidOn: z.string().describe('ISO date at its precision'),
    stance: z.number().int().min(-2).max(2),
    confidence: z.number(),
    direct: z.boolean(),
    via: z.string().nullable().describe('the proxy’s name when the statement came through one'),
    speaker: z.string(),
    speakerId: z.string(),
    sourceId: z.string(),
    hedged: z.boolean(),
    conditional: z.boolean(),
    deniable: z.object(deniableFields).nullable(),
  })
  .meta({ id: 'LinePoint' });

const shiftBody = z
  .object({
    fromStatementId: z.string(),
    toStatementId: z.string(),
    fromStance: z.number().int(),
    toStance: z.number().int(),
    fromDate: z.string(),
    toDate: z.string(),
    kind: z.enum(['reversal', 'move']),
    days: z.number(),
    label: z.string().describe('"7 Feb 2026: −2, after 28 Jan: +1"'),
  })
  .meta({ id: 'Shift' });

const lineValueBody = z
  .object({ date: z.string(), value: z.number(), weight: z.number() })
  .meta({ id: 'LineValue' });

const ambiguityFields = {
  index: z.number().describe('½·min(1, σ/2) + ½·(share hedged or conditional), in [0, 1]'),
  from: z.string().nullable(),
  to: z.string().nullable(),
  spread: z.number().describe('σ, the population standard deviation of the stances'),
  hedgedOrConditionalShare: z.number(),
  meanStance: z.number().nullable(),
  statementCount: z.number().int(),
  drivers: z.array(
    z.object({
      statementId: z.string(),
      saidOn: z.string(),
      speaker: z.string(),
      via: z.string().nullable(),
      stance: z.number().int(),
      deviation: z.number(),
      hedged: z.boolean(),
      conditional: z.boolean(),
      contribution: z.number(),
    }),
  ),
};
const ambiguityBody = z.object(ambiguityFields).meta({ id: 'Ambiguity' });

const timelineBody = z
  .object({
    actor: z.string(),
    actorId: z.string(),
    topic: z.string(),
    topicLabel: z.string(),
    windowDays: z.number(),
    points: z.array(pointBody),
    shifts: z.array(shiftBody),
    ambiguity: z.number(),
    ambiguityDetail: ambiguityBody,
    deniableSignals: z.array(
      z.object({
        statementId: z.string(),
        saidOn: z.string(),
        via: z.string(),
        stance: z.number().int(),
        ...deniableFields,
      }),
    ),
    line: z.array(lineValueBody),
    undated: z.number().int(),
    unrated: z.number().int(),
  })
  .meta({ id: 'Timeline' });

const relationBody = z
  .object({
    id: z.string(),
    kind: z.literal('speaks_for'),
    proxy: z.string(),
    proxyId: z.string(),
    principal: z.string(),
    principalId: z.string(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'SpeaksFor' });

const groupBody = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    members: z.array(z.object({ id: z.string(), name: z.string() })),
    createdAt: z.string(),
  })
  .meta({ id: 'ActorGroup' });

const groupLineBody = z
  .object({
    group: z.string(),
    topic: z.string(),
    points: z.array(pointBody),
    members: z.array(
      z.object({
        actor: z.string(),
        actorId: z.string(),
        statements: z.number().int(),
        meanStance: z.number().nullable(),
      }),
    ),
    ambiguity: z.number(),
    ambiguityDetail: ambiguityBody,
    line: z.array(lineValueBody),
  })
  .meta({ id: 'GroupLine' });

const newRelationBody = z
  .object({
    proxy: z.string().min(1).describe('the deputy, spokesman or outlet: a name, alias or id'),
    principal: z.string().min(1),
    from: isoDateParam.nullable().optional().describe('open when absent'),
    to: isoDateParam.nullable().optional().describe('inclusive; open when absent'),
    note: z.string().nullable().optional(),
  })
  .meta({ id: 'NewSpeaksFor' });

const newGroupBody = z
  .object({
    name: z.string().min(1),
    actors: z.array(z.string()).describe('names, aliases or ids'),
    description: z.string().nullable().optional(),
  })
  .meta({ id: 'NewActorGroup' });

const lineQuery = z.object({
  topic: z.string().describe('the topic id'),
  window: z.coerce
    .number()
    .positive()
    .optional()
    .describe('the window of shifts, deniable signals and ambiguity, in days (default 30)'),
  halfLife: z.coerce
    .number()
    .positive()
    .optional()
    .describe('the half-life of the smoothed line, in days (default 14)'),
  from: isoDateParam.optional().describe('only what was said from this date'),
  to: isoDateParam.optional().describe('only what was said to this date, inclusive'),
});

const lineQueryOf = (q: z.infer<typeof lineQuery>): LineQuery => ({
  ...(q.window !== undefined ? { windowDays: q.window } : {}),
  ...(q.halfLife !== undefined ? { halfLifeDays: q.halfLife } : {}),
  ...(q.from !== undefined ? { from: q.from } : {}),
  ...(q.to !== undefined ? { to: q.to } : {}),
});

const actorParams = z.object({ actor: z.string().describe('a name, alias or id') });
const groupParams = z.object({ name: z.string().describe('the group’s name or id') });

/** Timelines, ambiguity, speaks-for relations and groups. Each route parses, calls, presents. */
export const signalRoutes =
  (telltale: Telltale): FastifyPluginAsyncZod =>
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions.
  async (app) => {
    app.get(
      '/actors/:actor/timeline',
      {
        schema: {
          summary:
            'An actor’s stance on a topic over time: its and its proxies’ statements, the smoothed line, shifts, ambiguity',
          tags,
          params: actorParams,
          querystring: lineQuery,
          response: { 200: timelineBody, 400: errorBody, 404: errorBody },
        },
      },
      async (req) =>
        timelineView(
          await telltale.signals.timeline(
            req.params.actor,
            req.query.topic,
            lineQueryOf(req.query),
          ),
        ),
    );

    app.get(
      '/actors/:actor/ambiguity',
      {
        schema: {
          summary:
            'How ambiguous an actor is on a topic: over from…to when both are given, else the window up to `to` or the last statement',
          tags,
          params: actorParams,
          querystring: lineQuery,
          response: {
            200: z.object({
              actor: z.string(),
              actorId: z.string(),
              topic: z.string(),
              ...ambiguityFields,
            }),
            400: errorBody,
            404: errorBody,
          },
        },
      },
      async (req) => {
        const a = await telltale.signals.ambiguity(
          req.params.actor,
          req.query.topic,
          lineQueryOf(req.query),
        );
        return { actor: a.actor.name, actorId: a.actor.id, topic: a.topic, ...ambiguityView(a) };
      },
    );

    app.get(
      '/relations',
      {
        schema: {
          summary: 'Who speaks for whom',
          tags,
          querystring: z.object({
            actor: z.string().optional().describe('only those this actor is in'),
          }),
          response: { 200: z.object({ relations: z.array(relationBody) }), 404: errorBody },
        },
      },
      async (req) => ({
        relations: (
          await telltale.signals.relations(req.query.actor ? { actor: req.query.actor } : {})
        ).map(relationView),
      }),
    );

    app.post(
      '/relations',
      {
        schema: {
          summary: 'Record that a proxy speaks for a principal, between dates',
          tags,
          body: newRelationBody,
          response: { 201: relationBody, 400: errorBody, 404: errorBody, 409: errorBody },
        },
      },
      async (req, reply) =>
        reply.status(201).send(relationView(await telltale.signals.addSpeaksFor(req.body))),
    );

    app.delete(
      '/relations/:id',
      {
        schema: {
          summary: 'Remove a relation',
          tags,
          params: z.object({ id: z.string() }),
          response: { 200: relationBody, 404: errorBody },
        },
      },
      async (req) => relationView(await telltale.signals.removeRelation(req.params.id)),
    );

    app.get(
      '/groups',
      {
        schema: {
          summary: 'Groups of actors',
          tags,
          response: { 200: z.object({ groups: z.array(groupBody) }) },
        },
      },
      async () => ({ groups: (await telltale.signals.groups()).map(groupView) }),
    );

    app.post(
      '/groups',
      {
        schema: {
          summary: 'Create a group with these actors, or add them to the group of that name',
          tags,
          body: newGroupBody,
          response: {
            200: z.object({ group: groupBody, created: z.boolean(), added: z.number().int() }),
            201: z.object({ group: groupBody, created: z.boolean(), added: z.number().int() }),
            400: errorBody,
            404: errorBody,
          },
        },
      },
      async (req, reply) => {
        const { group, created, added } = await telltale.signals.addGroup(req.body);
        return reply.status(created ? 201 : 200).send({ group: groupView(group), created, added });
      },
    );

    app.get(
      '/groups/:name',
      {
        schema: {
          summary: 'A group and its members',
          tags,
          params: groupParams,
          response: { 200: groupBody, 404: errorBody },
        },
      },
      async (req) => groupView(await telltale.signals.group(req.params.name)),
    );

    app.delete(
      '/groups/:name',
      {
        schema: {
          summary: 'Delete a group (its actors stay)',
          tags,
          params: groupParams,
          response: { 200: groupBody, 404: errorBody },
        },
      },
      async (req) => groupView(await telltale.signals.deleteGroup(req.params.name)),
    );

    app.delete(
      '/groups/:name/members/:actor',
      {
        schema: {
          summary: 'Take an actor out of a group',
          tags,
          params: z.object({ name: z.string(), actor: z.string() }),
          response: { 200: groupBody, 404: errorBody },
        },
      },
      async (req) =>
        groupView(await telltale.signals.removeFromGroup(req.params.name, [req.params.actor])),
    );

    app.get(
      '/groups/:name/line',
      {
        schema: {
          summary: 'A group’s line on a topic: its members’ statements merged',
          tags,
          params: groupParams,
          querystring: lineQuery,
          response: { 200: groupLineBody, 400: errorBody, 404: errorBody },
        },
      },
      async (req) =>
        groupLineView(
          await telltale.signals.groupLine(
            req.params.name,
            req.query.topic,
            lineQueryOf(req.query),
          ),
        ),
    );
  };
