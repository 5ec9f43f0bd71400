import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ingestInputsFrom } from '../../src/app/ingest/ingest-input.js';
import { resolveLlmConfig, type LlmConfig } from '../../src/app/llm/llm-config.js';
import { openTelltale, type Telltale } from '../../src/app/telltale.js';
import { fixedDeps, sqliteTestDatabase } from '../support/databases.js';

const TOPIC = 'iran-us-negotiation';

interface Seen {
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly contentType: string | undefined;
  readonly body: {
    model: string;
    temperature: number;
    response_format: { type: string };
    messages: Array<{ role: string; content: string }>;
  };
}

/** A stand-in for an OpenAI-compatible server; `reply` decides each answer. */
let reply: (res: ServerResponse) => void = (res) => res.end();
let seen: Seen[] = [];
let server: Server;
let baseUrl = '';

const completion = (content: string) => (res: ServerResponse) => {
  res.setHeader('content-type', 'application/json');
  res.end(
    JSON.stringify({
      id: 'x',
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content } }],
    }),
  );
};

const handle = (req: IncomingMessage, res: ServerResponse): void => {
  let text = '';
  req.on('data', (chunk: Buffer) => (text += chunk.toString()));
  req.on('end', () => {
    seen.push({
      method: req.method,
      url: req.url,
      contentType: req.headers['content-type'],
      body: JSON.parse(text) as Seen['body'],
    });
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.statusCode = 404;
      res.end();
      return;
    }
    reply(res);
  });
};

describe('stance refinement by a model behind an OpenAI-compatible endpoint', () => {
  const engine = sqliteTestDatabase();
  let telltale: Telltale;
  const llm = (timeoutMs = 2000): LlmConfig => ({
    url: `${baseUrl}/v1`,
    model: 'test-model',
    timeoutMs,
    apiKey: null,
  });
  const stances = async () => (await telltale.topics.get(TOPIC)).stances.map((s) => s.stance);

  beforeAll(async () => {
    server = createServer(handle);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    telltale = await openTelltale(await engine.create(), fixedDeps());
    await telltale.ingest(ingestInputsFrom(['test/topics/fixtures']));
    await telltale.topics.add({
      id: TOPIC,
      label: 'Iran–US negotiations',
      terms: ['negotiation', 'talks', 'contacts', 'meeting'],
      countries: ['IRN', 'USA'],
    });
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await telltale?.close();
    await engine.dropAll();
  });
  beforeEach(() => {
    seen = [];
  });

  it('asks for JSON only and replaces the rules’ stance with the model’s, dated', async () => {
    const rules = await stances();
    reply = completion('```json\n{"stance": 2, "confidence": 0.8, "event_type": "consult"}\n```');
    const summary = await telltale.topics.link({ llm: llm() });
    expect(summary).toMatchObject({
      stances: 4,
      refined: 4,
      method: 'rules@1',
      refinedBy: 'llm:test-model@2026-11-21',
      warnings: [],
    });

    expect(seen).toHaveLength(4);
    const [first] = seen;
    expect(first).toMatchObject({
      method: 'POST',
      url: '/v1/chat/completions',
      contentType: 'application/json',
      body: { model: 'test-model', temperature: 0, response_format: { type: 'json_object' } },
    });
    const [system, user] = first?.body.messages ?? [];
    expect(system?.role).toBe('system');
    expect(system?.content).toMatch(/one JSON object and nothing else/);
    expect(system?.content).toMatch(/"stance": <integer from -2 to 2>/);
    expect(user?.role).toBe('user');
    const asked = seen.map((r) => JSON.parse(r.body.messages[1]?.content ?? '{}') as unknown);
    expect(asked).toContainEqual({
      topic: { id: TOPIC, label: 'Iran–US negotiations', description: null },
      speaker: 'Ali Khamenei',
      said_on: '2026-03-02',
      statement: 'Talking to Washington is neither wise, nor intelligent, nor honorable,',
      sentence:
        '“Talking to Washington is neither wise, nor intelligent, nor honorable,” Khamenei said in an address to students in Tehran.',
    });

    const refined = await stances();
    expect(refined.map((s) => [s.value, s.confidence, s.eventType, s.method])).toEqual(
      refined.map(() => [2, 0.8, 'CONSULT', 'llm:test-model@2026-11-21']),
    );
    // The wording's flags stay the rules'.
    expect(refined.map((s) => s.flags)).toEqual(rules.map((s) => s.flags));
  });

  it.each([
    [
      'an HTTP error',
      (res: ServerResponse) => ((res.statusCode = 500), res.end('boom')),
      /answered HTTP 500/,
    ],
    [
      'a reply that is not JSON',
      (res: ServerResponse) => res.end('<html>oops</html>'),
      /the reply is not JSON/,
    ],
    ['an answer that is not JSON', completion('I think it is -2.'), /did not answer in JSON/],
    [
      'an answer out of range',
      completion('{"stance": 5, "confidence": 0.8, "event_type": null}'),
      /not as asked \(stance: .*2/,
    ],
    [
      'an unknown event type',
      completion('{"stance": 1, "confidence": 0.8, "event_type": "NEGOTIATE"}'),
      /"NEGOTIATE" is not a PLOVER event type/,
    ],
  ])('keeps the rules’ stance on %s, and says why', async (_what, broken, why) => {
    await telltale.topics.link();
    const rules = await stances();
    reply = broken;
    const summary = await telltale.topics.link({ llm: llm() });
    expect(summary.refined).toBe(0);
    expect(summary.warnings[0]).toMatch(why);
    expect(summary.warnings[0]).toMatch(/kept rules@1$/);
    // Three failures in a row, and the model is left alone.
    expect(seen).toHaveLength(3);
    expect(summary.warnings.at(-1)).toMatch(/failed 3 times in a row/);
    expect(await stances()).toEqual(rules);
  });

  it('keeps the rules’ stance when the model does not answer in time', async () => {
    await telltale.topics.link();
    const rules = await stances();
    reply = () => undefined; // never answers
    const summary = await telltale.topics.link({ llm: llm(150) });
    expect(summary.warnings[0]).toMatch(/no reply from .* within 0\.15 s/);
    expect(await stances()).toEqual(rules);
  });

  it('keeps the rules’ stance when nothing listens', async () => {
    const summary = await telltale.topics.link({
      llm: { ...llm(), url: 'http://127.0.0.1:9/v1' },
    });
    expect(summary.warnings[0]).toMatch(
      /cannot reach http:\/\/127\.0\.0\.1:9\/v1\/chat\/completions/,
    );
    expect((await stances()).every((s) => s.method === 'rules@1')).toBe(true);
  });
});

describe('the model’s configuration', () => {
  it('takes flags over the environment, and neither means no model', () => {
    const env = { TELLTALE_LLM_URL: 'http://env:8080/v1/', TELLTALE_LLM_MODEL: 'env-model' };
    expect(resolveLlmConfig({ env })).toMatchObject({
      url: 'http://env:8080/v1',
      model: 'env-model',
      apiKey: null,
    });
    expect(resolveLlmConfig({ url: 'http://flag:1/v1', model: 'flag-model', env })).toMatchObject({
      url: 'http://flag:1/v1',
      model: 'flag-model',
    });
    expect(resolveLlmConfig({ env: {} })).toBeNull();
    expect(resolveLlmConfig({ env: { ...env, TELLTALE_LLM_API_KEY: 'k' } })?.apiKey).toBe('k');
  });

  it('refuses half a configuration or a URL that is not http(s)', () => {
    expect(() => resolveLlmConfig({ url: 'http://x/v1', env: {} })).toThrow(/no model/);
    expect(() => resolveLlmConfig({ model: 'm', env: {} })).toThrow(/no endpoint/);
    expect(() => resolveLlmConfig({ url: 'ftp://x', model: 'm', env: {} })).toThrow(/http\(s\)/);
    expect(() => resolveLlmConfig({ url: 'not a url', model: 'm', env: {} })).toThrow(/http\(s\)/);
  });
});
