import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ActorSector } from '../../core/cameo/actor-sector.js';
import { PLOVER_TYPES } from '../../core/cameo/plover-type.js';
import { EVENT_ORIGINS } from '../../core/event.js';
import type { IsoDate } from '../../core/partial-date.js';
import type { Telltale } from '../../app/telltale.js';
import { errorBody, isoDateParam, pageQuery } from '../schemas.js';

const eventActorBody = z
  .object({
    name: z.string().nullable().describe('the name as the data gives it'),
    country: z.string().nullable().describe('ISO 3166 alpha-3'),
    sector: z.enum(Object.values(ActorSector)).nullable(),
    actorId: z.string().nullable().describe('the registry actor, for events coded from statements'),
  })
  .meta({ id: 'EventActor' });

export const eventBody = z
  .object({
    id: z.string(),
    origin: z.enum(EVENT_ORIGINS),
    externalId: z
      .string()
      .nullable()
      .describe("the dataset's own id: GDELT's GLOBALEVENTID, ICEWS's Event ID"),
    date: z.string().describe('ISO date'),
    ploverType: z
      .enum(PLOVER_TYPES)
      .nullable()
      .describe('null for acts PLOVER drops (CAMEO 01 and 02: public statements, appeals)'),
    cameoCode: z.string().nullable(),
    sourceActor: eventActorBody.nullable().describe('who acted'),
    targetActor: eventActorBody.nullable().describe('who was acted on'),
    quadClass: z
      .number()
      .int()
      .nullable()
      .describe(
        '1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict',
      ),
    goldstein: z.number().nullable().describe('−10 … +10; ICEWS calls it intensity'),
    statementId: z.string().nullable(),
    sourceId: z.string().nullable(),
    url: z.string().nullable().describe('the article the dataset coded it from'),
    coder: z.string().describe('who coded it, with version: gdelt@2.0, icews, …'),
  })
  .meta({ id: 'Event' });

/** Events: listed with filters. Import and export are the CLI's (`telltale import`, `telltale export`). */
export const eventRoutes =
  (telltale: Telltale): FastifyPluginAsyncZod =>
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions.
  async (app) => {
    app.get(
      '/events',
      {
        schema: {
          summary: 'Events, newest first, filtered by PLOVER type, country and date range',
          tags: ['events'],
          querystring: z.object({
            type: z.enum(PLOVER_TYPES).optional().describe('PLOVER type'),
            country: z
              .string()
              .regex(/^[A-Z]{3}$/, 'expected an ISO 3166 alpha-3 code such as IRN')
              .optional()
              .describe('ISO alpha-3 country of either actor'),
            from: isoDateParam.optional().describe('on or after'),
            to: isoDateParam.optional().describe('on or before (a month or year takes all of it)'),
            ...pageQuery,
          }),
          response: { 200: z.object({ events: z.array(eventBody) }), 400: errorBody },
        },
      },
      async (req) => {
        const q = req.query;
        return {
          events: await telltale.events.list({
            type: q.type,
            country: q.country,
            from: q.from as IsoDate | undefined,
            to: q.to as IsoDate | undefined,
            limit: q.limit,
            offset: q.offset,
          }),
        };
      },
    );
  };
