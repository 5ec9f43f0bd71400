import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  candidateView,
  commitmentView,
  credibilityReportView,
} from '../../app/commitments/commitment-views.js';
import type { Telltale } from '../../app/telltale.js';
import { errorBody, isoDateParam } from '../schemas.js';

const tags = ['commitments'];

const KINDS = ['threat', 'red_line', 'ultimatum', 'promise'] as const;
const SHOWN_STATUSES = [
  'pending',
  'carried_out',
  'not_carried_out',
  'withdrawn',
  'expired',
] as const;
const RECORDED_STATUSES = ['pending', 'carried_out', 'not_carried_out', 'withdrawn'] as const;

const evidenceBody = z.object({
  kind: z.enum(['statement', 'event', 'source']),
  id: z.string().min(1),
});

const commitmentBody = z
  .object({
    id: z.string(),
    actor: z.string(),
    actorId: z.string(),
    to: z.string().nullable(),
    toId: z.string().nullable().describe('the registry actor, when the addressee is one'),
    kind: z.enum(KINDS),
    text: z.string(),
    condition: z.string().nullable(),
    deadline: z.string().nullable(),
    madeOn: z.string().nullable(),
    statementId: z.string().nullable(),
    status: z
      .enum(SHOWN_STATUSES)
      .describe(
        'as of `asOf`: the status recorded, or expired for a pending one past its deadline',
      ),
    recordedStatus: z.enum(RECORDED_STATUSES),
    overdue: z.boolean(),
    daysOverdue: z.number().int().nullable(),
    asOf: z.string(),
    precedents: z.array(z.string()).describe('earlier commitments it cites'),
    history: z
      .array(
        z.object({
          status: z.enum(RECORDED_STATUSES),
          on: z.string().describe('when it happened, as the evidence dates it'),
          evidence: evidenceBody.nullable(),
          note: z.string().nullable(),
          analyst: z.string().nullable(),
          at: z.string().describe('when it was recorded'),
        }),
      )
      .describe('every status change with its evidence, oldest first'),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Commitment' });

const candidateBody = z
  .object({
    statementId: z.string(),
    sourceId: z.string(),
    speaker: z.string().nullable(),
    speakerId: z.string().nullable(),
    saidOn: z.string().nullable(),
    content: z.string(),
    kind: z.enum(KINDS),
    condition: z.string().nullable(),
    deadline: z.string().nullable().describe('the guessed date, when it could be told'),
    deadlineText: z.string().nullable(),
    cues: z
      .array(z.object({ cue: z.string(), text: z.string(), start: z.number(), end: z.number() }))
      .describe('why: the words found, with offsets into the content'),
  })
  .meta({ id: 'CommitmentCandidate' });

const credibilityBody = z
  .object({
    kind: z.enum(KINDS).nullable().describe('null for all kinds together'),
    carriedOut: z.number().int(),
    notCarriedOut: z.number().int(),
    resolved: z.number().int(),
    withdrawn: z.number().int(),
    pending: z.number().int(),
    expired: z.number().int(),
    posterior: z
      .object({
        distribution: z.literal('beta'),
        alpha: z.number(),
        beta: z.number(),
        mean: z.number(),
        interval: z.object({ level: z.number(), low: z.number(), high: z.number() }),
      })
      .describe('Beta(1 + carried out, 1 + not carried out), from a uniform prior'),
    summary: z.string(),
    commitments: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(KINDS),
        text: z.string(),
        madeOn: z.string().nullable(),
        deadline: z.string().nullable(),
        status: z.enum(SHOWN_STATUSES),
        resolvedOn: z.string().nullable(),
        counted: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'Credibility' });

const credibilityReportBody = z
  .object({
    actor: z.string(),
    actorId: z.string(),
    asOf: z.string(),
    overall: credibilityBody,
    byKind: z.array(credibilityBody),
  })
  .meta({ id: 'CredibilityReport' });

const newCommitmentBody = z
  .object({
    actor: z.string().min(1).describe('who made it: a name, alias or id'),
    to: z.string().nullable().optional().describe('to whom: an actor, or any name'),
    kind: z.enum(KINDS),
    text: z.string().min(1),
    condition: z.string().nullable().optional(),
    deadline: isoDateParam.nullable().optional(),
    madeOn: isoDateParam.nullable().optional().describe('the statement’s date by default'),
    statementId: z.string().nullable().optional().describe('the statement that made it'),
    precedents: z.array(z.string()).optional().describe('earlier commitments it cites, by id'),
    analyst: z.string().nullable().optional(),
  })
  .meta({ id: 'NewCommitment' });

const editCommitmentBody = z
  .object({
    to: z.string().nullable().optional(),
    kind: z.enum(KINDS).optional(),
    text: z.string().min(1).optional(),
    condition: z.string().nullable().optional(),
    deadline: isoDateParam.nullable().optional(),
    madeOn: isoDateParam.nullable().optional(),
    precedents: z.array(z.string()).optional().describe('replaces the precedents'),
  })
  .meta({ id: 'CommitmentEdit' });

const resolveBody = z
  .object({
    status: z.enum(RECORDED_STATUSES).describe('pending reopens a resolved commitment'),
    evidence: evidenceBody,
    on: isoDateParam.describe('when it happened, as the evidence dates it'),
    note: z.string().nullable().optional(),
    analyst: z.string().nullable().optional(),
  })
  .meta({ id: 'CommitmentResolution' });

const acceptBody = z
  .object({
    kind: z.enum(KINDS).optional(),
    to: z.string().nullable().optional(),
    text: z.string().min(1).optional(),
    condition: z.string().nullable().optional(),
    deadline: isoDateParam.nullable().optional(),
    precedents: z.array(z.string()).optional(),
    analyst: z.string().nullable().optional(),
  })
  .meta({ id: 'CommitmentAccept' });

const idParams = z.object({ id: z.string() });

/** The commitments ledger and credibility. Each route parses, calls, presents. */
export const commitmentRoutes =
  (telltale: Telltale): FastifyPluginAsyncZod =>
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions.
  async (app) => {
    app.get(
      '/commitments',
      {
        schema: {
          summary: 'Commitments, the most recently made first',
          tags,
          querystring: z.object({
            actor: z.string().optional().describe('only those this actor made'),
            status: z.enum(SHOWN_STATUSES).optional().describe('as shown today'),
            kind: z.enum(KINDS).optional(),
          }),
          response: { 200: z.object({ commitments: z.array(commitmentBody) }), 404: errorBody },
        },
      },
      async (req) => ({
        commitments: (await telltale.commitments.list(req.query)).map(commitmentView),
      }),
    );

    app.post(
      '/commitments',
      {
        schema: {
          summary: 'Enter a commitment',
          tags,
          body: newCommitmentBody,
          response: { 201: commitmentBody, 400: errorBody, 404: errorBody },
        },
      },
      async (req, reply) =>
        reply.status(201).send(commitmentView(await telltale.commitments.add(req.body))),
    );

    app.get(
      '/commitments/candidates',
      {
        schema: {
          summary: 'Statements that read like commitments and are not in the ledger yet',
          tags,
          querystring: z.object({
            speaker: z.string().optional(),
            limit: z.coerce.number().int().min(1).max(10_000).optional(),
          }),
          response: { 200: z.object({ candidates: z.array(candidateBody) }), 404: errorBody },
        },
      },
      async (req) => ({
        candidates: (await telltale.commitments.candidates(req.query)).map(candidateView),
      }),
    );

    app.post(
      '/commitments/candidates/:statementId/accept',
      {
        schema: {
          summary: 'Enter a candidate as a commitment, with the detector’s guesses unless given',
          tags,
          params: z.object({ statementId: z.string() }),
          body: acceptBody,
          response: { 201: commitmentBody, 400: errorBody, 404: errorBody },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(
            commitmentView(await telltale.commitments.accept(req.params.statementId, req.body)),
          ),
    );

    app.get(
      '/commitments/:id',
      {
        schema: {
          summary: 'A commitment with its history and evidence',
          tags,
          params: idParams,
          response: { 200: commitmentBody, 404: errorBody },
        },
      },
      async (req) => commitmentView(await telltale.commitments.get(req.params.id)),
    );

    app.patch(
      '/commitments/:id',
      {
        schema: {
          summary: 'Change a commitment’s fields (null clears one)',
          tags,
          params: idParams,
          body: editCommitmentBody,
          response: { 200: commitmentBody, 400: errorBody, 404: errorBody },
        },
      },
      async (req) => commitmentView(await telltale.commitments.edit(req.params.id, req.body)),
    );

    app.post(
      '/commitments/:id/resolve',
      {
        schema: {
          summary: 'Record what became of a commitment, with the evidence and its date',
          tags,
          params: idParams,
          body: resolveBody,
          response: { 200: commitmentBody, 400: errorBody, 404: errorBody, 409: errorBody },
        },
      },
      async (req) => commitmentView(await telltale.commitments.resolve(req.params.id, req.body)),
    );

    app.get(
      '/actors/:actor/credibility',
      {
        schema: {
          summary:
            'How far an actor’s commitments were carried out: a Beta posterior, overall and by kind, with the list behind it',
          tags,
          params: z.object({ actor: z.string().describe('a name, alias or id') }),
          querystring: z.object({ kind: z.enum(KINDS).optional() }),
          response: {
            200: credibilityReportBody,
            404: errorBody,
          },
        },
      },
      async (req) =>
        credibilityReportView(
          await telltale.commitments.credibility(req.params.actor, req.query.kind ?? null),
        ),
    );
  };
