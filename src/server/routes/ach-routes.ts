import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Telltale } from '../../app/telltale.js';
import { errorBody, idParams, list } from '../schemas.js';
import {
  comparisonBody,
  evidenceBody,
  historyQuery,
  hypothesisBody,
  newEvidenceBody,
  newHypothesisBody,
  probabilitiesInputBody,
  probabilityBody,
  ratingBody,
  ratingEventBody,
  scoresBody,
  setBody,
  setFileBody,
  setImportBody,
  setSummaryBody,
} from './ach-schemas.js';

const tags = ['ach'];

/** The ACH API under /api/ach: hypothesis sets, ratings and their history, scores. */
export const achRoutes =
  (telltale: Telltale): FastifyPluginAsyncZod =>
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions.
  async (app) => {
    // A PARC ACH file is sent as it is, gzip bytes.
    app.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer' },
      (_req, body, done) => done(null, body),
    );

    app.get(
      '/sets',
      {
        schema: {
          summary: 'Hypothesis sets, newest first',
          tags,
          response: { 200: z.object({ sets: list(setSummaryBody) }) },
        },
      },
      async () => ({ sets: await telltale.ach.list() }),
    );

    app.post(
      '/sets',
      {
        schema: {
          summary: 'Create a hypothesis set from the JSON format (docs/ach-format.md)',
          tags,
          body: setImportBody,
          response: { 201: setBody, 400: errorBody },
        },
      },
      async (req, reply) => reply.status(201).send(await telltale.ach.importJson(req.body)),
    );

    app.post(
      '/sets/achz',
      {
        schema: {
          summary: 'Import a PARC ACH .achz file (send its bytes as application/octet-stream)',
          tags,
          response: { 201: setBody, 400: errorBody },
        },
      },
      async (req, reply) => {
        const bytes = Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : new Uint8Array();
        return reply.status(201).send(await telltale.ach.importFile('upload.achz', bytes));
      },
    );

    app.get(
      '/sets/:id',
      {
        schema: {
          summary: 'One hypothesis set with its current ratings and probabilities',
          tags,
          params: idParams,
          response: { 200: setBody, 404: errorBody },
        },
      },
      (req) => telltale.ach.get(req.params.id),
    );

    app.get(
      '/sets/:id/export',
      {
        schema: {
          summary: 'A hypothesis set in the JSON format of docs/ach-format.md',
          tags,
          params: idParams,
          response: { 200: setFileBody, 404: errorBody },
        },
      },
      (req) => telltale.ach.exportSet(req.params.id),
    );

    app.get(
      '/sets/:id/scores',
      {
        schema: {
          summary: 'Scores, ranking, diagnosticity, disagreement, sensitivity and probabilities',
          tags,
          params: idParams,
          response: { 200: scoresBody, 404: errorBody },
        },
      },
      (req) => telltale.ach.score(req.params.id),
    );

    app.post(
      '/sets/:id/hypotheses',
      {
        schema: {
          summary: 'Add a hypothesis',
          tags,
          params: idParams,
          body: newHypothesisBody,
          response: { 201: hypothesisBody, 400: errorBody, 404: errorBody },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await telltale.ach.addHypothesis(req.params.id, req.body)),
    );

    app.post(
      '/sets/:id/evidence',
      {
        schema: {
          summary: 'Add an item of evidence',
          tags,
          params: idParams,
          body: newEvidenceBody,
          response: { 201: evidenceBody, 400: errorBody, 404: errorBody },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await telltale.ach.addEvidence(req.params.id, req.body)),
    );

    app.post(
      '/sets/:id/ratings',
      {
        schema: {
          summary: "Set one analyst's rating of one cell (the change is kept in the history)",
          tags,
          params: idParams,
          body: ratingBody,
          response: { 201: ratingEventBody, 400: errorBody, 404: errorBody },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await telltale.ach.rate(req.params.id, req.body)),
    );

    app.get(
      '/sets/:id/ratings/history',
      {
        schema: {
          summary: 'Every rating change, oldest first, optionally of one analyst or cell',
          tags,
          params: idParams,
          querystring: historyQuery,
          response: { 200: z.object({ events: list(ratingEventBody) }), 404: errorBody },
        },
      },
      async (req) => ({ events: await telltale.ach.history(req.params.id, req.query) }),
    );

    app.put(
      '/sets/:id/probabilities',
      {
        schema: {
          summary: "Set one analyst's probabilities (normalised per analyst when scored)",
          tags,
          params: idParams,
          body: probabilitiesInputBody,
          response: {
            200: z.object({ probabilities: list(probabilityBody) }),
            400: errorBody,
            404: errorBody,
          },
        },
      },
      async (req) => ({
        probabilities: await telltale.ach.setProbabilities(req.params.id, req.body),
      }),
    );

    app.get(
      '/sets/:id/analysts/:analyst/comparison',
      {
        schema: {
          summary: "One analyst's ratings against the mean of the other analysts', cell by cell",
          tags,
          params: z.object({ id: z.string(), analyst: z.string() }),
          response: { 200: comparisonBody, 404: errorBody },
        },
      },
      async (req) => ({
        analyst: req.params.analyst,
        cells: await telltale.ach.compare(req.params.id, req.params.analyst),
      }),
    );
  };
