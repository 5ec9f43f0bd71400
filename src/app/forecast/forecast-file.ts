import { z } from 'zod';
import {
  rationaleLinkKinds,
  type AnalystId,
  type Forecast,
  type ForecastQuestion,
  type IsoDateTime,
  type QuestionId,
  type QuestionWithForecasts,
  type Resolution,
} from '../../core/forecast/forecast-question.js';
import { parseJsonText, schemaError } from '../schema-issues.js';

/** How far a multiple-choice forecast's probabilities may sum from 1 (rounding in hand-made files). */
const SUM_TOLERANCE = 1e-6;

const id = z.string().trim().min(1);
const instant = z.iso.datetime({ offset: true });
const probability = z.number().min(0).max(1);

const questionBase = {
  id,
  title: z.string().default(''),
  resolutionCriteria: z.string().default(''),
  opens: instant,
  closes: instant,
  annulled: z.boolean().default(false),
  resolvedAt: instant.optional(),
};

const questionSchema = z.discriminatedUnion('type', [
  z.object({
    ...questionBase,
    type: z.literal('binary'),
    outcome: z.boolean().nullable().default(null),
  }),
  z.object({
    ...questionBase,
    type: z.literal('multiple_choice'),
    options: z.array(id).min(2),
    outcome: id.nullable().default(null),
  }),
]);

const forecastSchema = z.object({
  analyst: id,
  at: instant,
  p: probability.optional(),
  probabilities: z.record(z.string(), probability).optional(),
  rationale: z.string().optional(),
  links: z.array(z.object({ kind: z.enum(rationaleLinkKinds), id })).optional(),
});

type QuestionFile = z.output<typeof questionSchema>;
type ForecastFile = z.output<typeof forecastSchema>;

type Issue = readonly [path: PropertyKey[], message: string];

/** What a schema cannot say: the parts of a file that must agree with one another. */
const consistencyIssues = (question: QuestionFile, forecasts: readonly ForecastFile[]): Issue[] => {
  const issues: Issue[] = [];
  const add = (path: PropertyKey[], message: string): void => {
    issues.push([path, message]);
  };
  if (Date.parse(question.closes) < Date.parse(question.opens)) {
    add(['question', 'closes'], 'is before opens');
  }
  if (question.annulled && question.outcome !== null) {
    add(['question', 'outcome'], 'must be null when the question is annulled');
  }
  if (!question.annulled && question.outcome === null && question.resolvedAt !== undefined) {
    add(['question', 'resolvedAt'], 'given, but the question has no outcome');
  }
  if (question.type === 'binary') {
    forecasts.forEach((f, i) => {
      if (f.p === undefined) add(['forecasts', i, 'p'], 'is required for a binary question');
      if (f.probabilities !== undefined) {
        add(['forecasts', i, 'probabilities'], 'is for multiple-choice questions; use p');
      }
    });
    return issues;
  }
  const options = new Set(question.options);
  if (options.size !== question.options.length) add(['question', 'options'], 'has a duplicate');
  if (question.outcome !== null && !options.has(question.outcome)) {
    add(['question', 'outcome'], `"${question.outcome}" is not one of the options`);
  }
  forecasts.forEach((f, i) => {
    if (f.p !== undefined) add(['forecasts', i, 'p'], 'is for binary questions; use probabilities');
    if (f.probabilities === undefined) {
      add(['forecasts', i, 'probabilities'], 'is required for a multiple-choice question');
      return;
    }
    for (const option of Object.keys(f.probabilities)) {
      if (!options.has(option))
        add(['forecasts', i, 'probabilities', option], 'is not one of the options');
    }
    const sum = Object.values(f.probabilities).reduce((s, p) => s + p, 0);
    if (Math.abs(sum - 1) > SUM_TOLERANCE) {
      add(['forecasts', i, 'probabilities'], `sum to ${Number(sum.toFixed(6))}, not 1`);
    }
  });
  return issues;
};

/** The JSON format of a question with its forecasts (docs/forecast-format.md). Unknown fields are ignored. */
export const forecastFileSchema = z
  .object({ question: questionSchema, forecasts: z.array(forecastSchema).default([]) })
  .superRefine(({ question, forecasts }, ctx) => {
    for (const [path, message] of consistencyIssues(question, forecasts)) {
      ctx.addIssue({ code: 'custom', path, message });
    }
  });

const resolutionOf = <O>(
  annulled: boolean,
  outcome: O | null,
  resolvedAt: string | undefined,
): Resolution<O> => {
  const at = resolvedAt as IsoDateTime | undefined;
  if (annulled) {
    return at === undefined ? { status: 'annulled' } : { status: 'annulled', annulledAt: at };
  }
  if (outcome === null) return { status: 'unresolved' };
  return at === undefined
    ? { status: 'resolved', outcome }
    : { status: 'resolved', outcome, resolvedAt: at };
};

const toQuestion = (q: QuestionFile): ForecastQuestion => {
  const base = {
    id: q.id as QuestionId,
    title: q.title,
    resolutionCriteria: q.resolutionCriteria,
    opens: q.opens as IsoDateTime,
    closes: q.closes as IsoDateTime,
  };
  return q.type === 'binary'
    ? { ...base, type: 'binary', resolution: resolutionOf(q.annulled, q.outcome, q.resolvedAt) }
    : {
        ...base,
        type: 'multiple_choice',
        options: q.options,
        resolution: resolutionOf(q.annulled, q.outcome, q.resolvedAt),
      };
};

const toForecast = ({
  analyst,
  at,
  p,
  probabilities,
  rationale,
  links,
}: ForecastFile): Forecast => ({
  analyst: analyst as AnalystId,
  at: at as IsoDateTime,
  // The schema guarantees exactly one of p and probabilities, matching the question type.
  prediction: p ?? probabilities ?? 0,
  ...(rationale === undefined ? {} : { rationale }),
  ...(links === undefined ? {} : { links }),
});

const WHAT = 'forecast file';

/** A question with its forecasts from the parsed JSON of a file. Throws InvalidInput naming the bad field. */
export const forecastFileFromJson = (data: unknown): QuestionWithForecasts => {
  const parsed = forecastFileSchema.safeParse(data);
  if (!parsed.success) throw schemaError(WHAT, parsed.error);
  return {
    question: toQuestion(parsed.data.question),
    forecasts: parsed.data.forecasts.map(toForecast),
  };
};

/**
 * A question with its forecasts from the text of a JSON file.
 *
 * @example const { question, forecasts } = parseForecastFile(await readFile('q.json', 'utf8'));
 */
export const parseForecastFile = (text: string): QuestionWithForecasts =>
  forecastFileFromJson(parseJsonText(WHAT, text));
