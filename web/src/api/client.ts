/**
 * The UI's only way to the data: typed calls to Telltale's JSON API (src/server/schemas.ts holds
 * the shapes these types mirror). Every failure becomes an ApiError carrying the API's message.
 */

export type SourceId = string & { readonly __brand: 'SourceId' };
export type StatementId = string & { readonly __brand: 'StatementId' };
export type ActorId = string & { readonly __brand: 'ActorId' };
/** YYYY, YYYY-MM or YYYY-MM-DD, as the API sends and accepts dates. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

/** Offsets in UTF-16 code units into a source's text, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Statement {
  readonly id: StatementId;
  readonly sourceId: SourceId;
  /** Canonical name of the speaker, or null when unnamed or unresolved. */
  readonly speaker: string | null;
  readonly speakerId: ActorId | null;
  /** The words that name the speaker in the text. */
  readonly speakerMention: string | null;
  readonly cue: string | null;
  readonly content: string;
  readonly direct: boolean;
  readonly saidOn: IsoDate | null;
  readonly saidOnPrecision: string | null;
  readonly saidOnMethod: string | null;
  readonly spans: readonly Span[];
  readonly sourceSpans: readonly Span[];
  readonly cueSpans: readonly Span[];
  readonly extractor: string;
  /** PLOVER type of the act the statement performs or reports, or null. */
  readonly eventType?: string | null;
}

interface SourceFields {
  readonly id: SourceId;
  readonly contentHash: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
  readonly url: string | null;
  readonly publishedOn: IsoDate | null;
  readonly language: string;
  readonly format: string;
  readonly origin: string;
  readonly ingestedAt: string;
}

export interface SourceSummary extends SourceFields {
  readonly statementCount: number;
}

export interface Source extends SourceFields {
  readonly text: string;
  readonly statements: readonly Statement[];
}

export interface Actor {
  readonly id: ActorId;
  readonly canonicalName: string;
  readonly kind: string;
  readonly country: string | null;
  readonly aliases: readonly string[];
  readonly statementCount: number;
}

export interface Health {
  readonly status: 'ok';
  readonly engine: string;
  readonly sources: number;
  readonly statements: number;
}

export interface Page {
  readonly limit?: number;
  readonly offset?: number;
}

export interface SourceQuery extends Page {
  /** Full-text query over title and text. */
  readonly q?: string;
}

export interface StatementFilter extends Page {
  /** Canonical name, alias or surname. */
  readonly speaker?: string;
  readonly source?: SourceId;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  /** Full-text query over the content. */
  readonly q?: string;
}

/** A failed call, with the message to show the user. `status` is 0 when the server was not reached. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;

type Params = Readonly<Record<string, string | number | undefined>>;

const queryString = (params: Params): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};

const isErrorBody = (body: unknown): body is { error: { code: string; message: string } } => {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = body.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof error.message === 'string'
  );
};

/** Calls the API and returns its JSON, or throws an ApiError carrying the API's message. */
const requestJson = async <T>(url: string, init: RequestInit): Promise<T> => {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError(
      'NETWORK',
      'Could not reach the Telltale server. Is `telltale serve` running?',
      0,
    );
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    if (isErrorBody(body)) throw new ApiError(body.error.code, body.error.message, response.status);
    throw new ApiError(
      'HTTP',
      `The server answered ${response.status} ${response.statusText}.`,
      response.status,
    );
  }
  if (body === null)
    throw new ApiError(
      'BAD_RESPONSE',
      'The server sent a response that is not JSON.',
      response.status,
    );
  // The server validates its responses against the schemas these types mirror.
  return body as T;
};

/** GET /api{path}?{params}. */
export const getJson = <T>(path: string, params: Params, signal?: AbortSignal): Promise<T> =>
  requestJson(`/api${path}${queryString(params)}`, {
    headers: { accept: 'application/json' },
    signal,
  });

/** POST or PUT a JSON body (or raw bytes) to /api{path}. */
export const sendJson = <T>(
  method: 'POST' | 'PUT',
  path: string,
  body: unknown,
  signal?: AbortSignal,
): Promise<T> =>
  requestJson(`/api${path}`, {
    method,
    headers: {
      accept: 'application/json',
      'content-type': body instanceof Blob ? 'application/octet-stream' : 'application/json',
    },
    body: body instanceof Blob ? body : JSON.stringify(body),
    signal,
  });

export const getHealth = (signal?: AbortSignal): Promise<Health> => getJson('/health', {}, signal);

export const listSources = async (
  query: SourceQuery = {},
  signal?: AbortSignal,
): Promise<SourceSummary[]> =>
  (await getJson<{ sources: SourceSummary[] }>('/sources', { ...query }, signal)).sources;

export const getSource = (id: SourceId, signal?: AbortSignal): Promise<Source> =>
  getJson(`/sources/${encodeURIComponent(id)}`, {}, signal);

export const listStatements = async (
  filter: StatementFilter = {},
  signal?: AbortSignal,
): Promise<Statement[]> =>
  (await getJson<{ statements: Statement[] }>('/statements', { ...filter }, signal)).statements;

export const listActors = async (signal?: AbortSignal): Promise<Actor[]> =>
  (await getJson<{ actors: Actor[] }>('/actors', {}, signal)).actors;
