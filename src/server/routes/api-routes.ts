import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SourceId } from '../../core/ids.js';
import type { IsoDate } from '../../core/partial-date.js';
import type { Telltale } from '../../app/telltale.js';
import { statementView } from '../../app/views/statement-view.js';
import {
  actorBody,
  errorBody,
  healthBody,
  isoDateParam,
  pageQuery,
  sourceBody,
  sourceSummaryBody,
  statementBody,
  statementReviewBody,
} from '../schemas.js';

/** The JSON API. Each route parses, calls one Telltale operation, and presents its result. */
export const apiRoutes =
  (telltale: Telltale): FastifyPluginAsyncZod =>
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions.
  async (app) => {
    app.get(
      '/health',
      {
        schema: {
          summary: 'Is the server up, and what does the database hold',
          tags: ['meta'],
          response: { 200: healthBody },
        },
      },
      () => telltale.health(),
    );

    app.get(
      '/sources',
      {
        schema: {
          summary: 'Sources, newest first',
          tags: ['sources'],
          querystring: z.object({
            q: z.string().optional().describe('full-text query over title and text'),
            ...pageQuery,
          }),
          response: { 200: z.object({ sources: z.array(sourceSummaryBody) }) },
        },
      },
      async (req) => ({
        sources: await telltale.listSources({
          query: req.query.q,
          limit: req.query.limit,
          offset: req.query.offset,
        }),
      }),
    );

    app.get(
      '/sources/:id',
      {
        schema: {
          summary: 'One source with its text and statements',
          tags: ['sources'],
          params: z.object({ id: z.string() }),
          response: { 200: sourceBody, 404: errorBody },
        },
      },
      async (req) => {
        const source = await telltale.getSource(req.params.id);
        return { ...source, statements: source.statements.map(statementView) };
      },
    );

    app.get(
      '/statements',
      {
        schema: {
          summary: 'Statements, filtered by speaker, source, date range and full-text query',
          tags: ['statements'],
          querystring: z.object({
            speaker: z.string().optional().describe('canonical name, alias or surname'),
            source: z.string().optional().describe('source id'),
            from: isoDateParam.optional().describe('said on or after'),
            to: isoDateParam.optional().describe('said on or before'),
            q: z.string().optional().describe('full-text query over the content'),
            ...pageQuery,
          }),
          response: { 200: z.object({ statements: z.array(statementBody) }), 400: errorBody },
        },
      },
      async (req) => {
        const q = req.query;
        const statements = await telltale.listStatements({
          speaker: q.speaker,
          sourceId: q.source as SourceId | undefined,
          from: q.from as IsoDate | undefined,
          to: q.to as IsoDate | undefined,
          query: q.q,
          limit: q.limit,
          offset: q.offset,
        });
        return { statements: statements.map(statementView) };
      },
    );

    app.get(
      '/statements/:id',
      {
        schema: {
          summary: 'One statement, as reviewed',
          tags: ['statements'],
          params: z.object({ id: z.string() }),
          response: { 200: statementBody, 404: errorBody },
        },
      },
      async (req) => statementView(await telltale.getStatement(req.params.id)),
    );

    app.post(
      '/statements/:id/reviews',
      {
        schema: {
          summary:
            'Confirm or correct a statement (kept apart from the extractor’s output, audited)',
          tags: ['statements'],
          params: z.object({ id: z.string() }),
          body: statementReviewBody,
          response: { 200: statementBody, 400: errorBody, 404: errorBody },
        },
      },
      async (req) => {
        const { analyst, ...review } = req.body;
        return statementView(await telltale.reviewStatement(req.params.id, review, analyst));
      },
    );

    app.get(
      '/actors',
      {
        schema: {
          summary: 'Actors with aliases and statement counts',
          tags: ['actors'],
          response: { 200: z.object({ actors: z.array(actorBody) }) },
        },
      },
      async () => ({
        actors: (await telltale.listActors()).map((a) => ({ ...a, aliases: [...a.aliases] })),
      }),
    );
  };
