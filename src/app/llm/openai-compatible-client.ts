import { z } from 'zod';
import { PLOVER_TYPES, ploverTypeFrom, type PloverType } from '../../core/cameo/plover-type.js';
import type { Clock } from '../../core/ids.js';
import { llmMethod, type StanceValue } from '../../core/stance.js';
import type { LlmConfig } from './llm-config.js';

/** What the model is shown: the topic, and the statement with its sentence and speaker. */
export interface StanceRefinementRequest {
  readonly topic: {
    readonly id: string;
    readonly label: string;
    readonly description: string | null;
  };
  readonly statement: string;
  readonly sentence: string;
  readonly speaker: string | null;
  readonly saidOn: string | null;
}

/** The model's reading of a statement. */
export interface StanceRefinement {
  readonly stance: StanceValue;
  readonly confidence: number;
  readonly eventType: PloverType | null;
}

export type RefinementOutcome =
  | { readonly ok: true; readonly refinement: StanceRefinement }
  | { readonly ok: false; readonly reason: string };

/** Refines the rules' stance by a model; never throws: a failure says why. */
export interface StanceRefiner {
  /** `llm:model@date`, recorded on each stance it gives. */
  readonly method: string;
  refine(request: StanceRefinementRequest): Promise<RefinementOutcome>;
}

const SYSTEM_PROMPT = `You read one statement by a political leader or official and judge its stance on a topic an analyst follows.
Answer with one JSON object and nothing else, in this form:
{"stance": <integer from -2 to 2>, "confidence": <number from 0 to 1>, "event_type": <one of ${PLOVER_TYPES.join(', ')}, or null>}
stance: -2 firm refusal or hostility; -1 leaning against, or a refusal on conditions; 0 neutral or unclear; 1 cautious or hedged openness; 2 firm openness or support.
confidence: how sure you are of the stance.
event_type: the PLOVER event type of what the speaker does in the statement, or null when none fits.`;

const replySchema = z.object({
  stance: z.number().int().min(-2).max(2),
  confidence: z.number().min(0).max(1),
  event_type: z
    .string()
    .nullable()
    .optional()
    .transform((value, ctx) => {
      if (value === null || value === undefined || value.trim() === '') return null;
      const type = ploverTypeFrom(value);
      if (type === null) {
        ctx.addIssue({ code: 'custom', message: `"${value}" is not a PLOVER event type` });
        return z.NEVER;
      }
      return type;
    }),
});

const completionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1),
});

/** The JSON object in a model's answer, fenced or bare. */
const jsonIn = (content: string): unknown => {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(content)?.[1];
  const text = (fenced ?? content).trim();
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  return JSON.parse(start >= 0 && end > start ? text.slice(start, end + 1) : text);
};

const issues = (error: z.ZodError): string =>
  error.issues.map((i) => `${i.path.join('.') || 'reply'}: ${i.message}`).join('; ');

/**
 * A stance refiner over an OpenAI-compatible chat-completions endpoint: POST
 * `{url}/chat/completions` with a JSON-only prompt, a time limit, and the reply checked before
 * use. Any failure (unreachable, HTTP error, time-out, a reply that is not the expected JSON)
 * comes back as a reason, never as an exception.
 * @example
 * const refiner = createOpenAiCompatibleRefiner({ url: 'http://127.0.0.1:8080/v1', model: 'qwen2.5', timeoutMs: 30000, apiKey: null }, clock);
 * const outcome = await refiner.refine(request); // { ok: true, refinement: { stance: -2, confidence: 0.9, eventType: 'REJECT' } }
 */
export const createOpenAiCompatibleRefiner = (config: LlmConfig, clock: Clock): StanceRefiner => {
  const endpoint = `${config.url}/chat/completions`;
  return {
    method: llmMethod(config.model, clock.now().toISOString().slice(0, 10)),
    async refine(request) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), config.timeoutMs);
      try {
        let response: Response;
        try {
          response = await fetch(endpoint, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              accept: 'application/json',
              ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
            },
            body: JSON.stringify({
              model: config.model,
              temperature: 0,
              response_format: { type: 'json_object' },
              messages: [
                { role: 'system', content: SYSTEM_PROMPT },
                {
                  role: 'user',
                  content: JSON.stringify({
                    topic: request.topic,
                    speaker: request.speaker,
                    said_on: request.saidOn,
                    statement: request.statement,
                    sentence: request.sentence,
                  }),
                },
              ],
            }),
            signal: controller.signal,
          });
        } catch (e) {
          return controller.signal.aborted
            ? { ok: false, reason: `no reply from ${endpoint} within ${config.timeoutMs / 1000} s` }
            : { ok: false, reason: `cannot reach ${endpoint}: ${(e as Error).message}` };
        }
        if (!response.ok) {
          await response.body?.cancel().catch(() => undefined);
          return { ok: false, reason: `${endpoint} answered HTTP ${response.status}` };
        }
        let body: unknown;
        try {
          body = await response.json();
        } catch {
          return controller.signal.aborted
            ? { ok: false, reason: `no reply from ${endpoint} within ${config.timeoutMs / 1000} s` }
            : { ok: false, reason: 'the reply is not JSON' };
        }
        const completion = completionSchema.safeParse(body);
        if (!completion.success)
          return {
            ok: false,
            reason: `the reply is not a chat completion (${issues(completion.error)})`,
          };
        const content = completion.data.choices[0]?.message.content ?? '';
        let answer: unknown;
        try {
          answer = jsonIn(content);
        } catch {
          return {
            ok: false,
            reason: `the model did not answer in JSON: "${content.slice(0, 80)}"`,
          };
        }
        const parsed = replySchema.safeParse(answer);
        if (!parsed.success)
          return {
            ok: false,
            reason: `the model's answer is not as asked (${issues(parsed.error)})`,
          };
        return {
          ok: true,
          refinement: {
            stance: parsed.data.stance as StanceValue,
            confidence: parsed.data.confidence,
            eventType: parsed.data.event_type,
          },
        };
      } finally {
        clearTimeout(timer);
      }
    },
  };
};
