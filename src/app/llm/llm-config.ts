import { invalidInput } from '../../core/errors.js';

/** A language model behind an OpenAI-compatible endpoint (llama.cpp, Ollama, vLLM, OpenAI…). */
export interface LlmConfig {
  /** The API's base URL, before `/chat/completions`: e.g. `http://127.0.0.1:8080/v1`. */
  readonly url: string;
  readonly model: string;
  /** How long one reply may take. */
  readonly timeoutMs: number;
  /** Sent as a bearer token when set (TELLTALE_LLM_API_KEY); local servers need none. */
  readonly apiKey: string | null;
}

/** Local models can be slow on a long statement; past this the rules' reading is kept. */
export const DEFAULT_LLM_TIMEOUT_MS = 30_000;

/**
 * The model to refine stances with: `--llm-url` and `--llm-model` beat TELLTALE_LLM_URL and
 * TELLTALE_LLM_MODEL; null when neither names a URL (the rules alone then). A URL without a
 * model, or the reverse, is a usage error.
 * @example resolveLlmConfig({ env: { TELLTALE_LLM_URL: 'http://127.0.0.1:8080/v1', TELLTALE_LLM_MODEL: 'qwen2.5' } })?.model // 'qwen2.5'
 */
export const resolveLlmConfig = (opts: {
  readonly url?: string | undefined;
  readonly model?: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
}): LlmConfig | null => {
  const url = opts.url?.trim() || opts.env['TELLTALE_LLM_URL']?.trim() || '';
  const model = opts.model?.trim() || opts.env['TELLTALE_LLM_MODEL']?.trim() || '';
  if (!url && !model) return null;
  if (!url)
    throw invalidInput(
      'a model was named but no endpoint: give --llm-url (or TELLTALE_LLM_URL) too',
    );
  if (!model)
    throw invalidInput(
      'an endpoint was given but no model: give --llm-model (or TELLTALE_LLM_MODEL) too',
    );
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalidInput(
      `--llm-url must be an http(s) URL such as http://127.0.0.1:8080/v1 (got "${url}")`,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw invalidInput(`--llm-url must be an http(s) URL (got "${url}")`);
  return Object.freeze({
    url: url.replace(/\/+$/, ''),
    model,
    timeoutMs: DEFAULT_LLM_TIMEOUT_MS,
    apiKey: opts.env['TELLTALE_LLM_API_KEY']?.trim() || null,
  });
};
