import { invalidInput } from '../../core/errors.js';
import { SourceFormat } from '../../core/source.js';
import { formatBytes, IngestLimits } from './limits.js';

/** The part of `fetch` the fetcher uses; injected so that tests can use a local server. */
export type FetchLike = (
  url: string,
  init: { redirect: 'manual'; signal: AbortSignal; headers: Record<string, string> },
) => Promise<Response>;

export interface FetchedDocument {
  readonly bytes: Uint8Array;
  /** The format the content type names, or null to sniff it. */
  readonly format: SourceFormat | null;
}

const formatOfContentType = (contentType: string | null): SourceFormat | null => {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return SourceFormat.Html;
  if (type === 'application/json') return SourceFormat.Json;
  if (type === 'text/markdown') return SourceFormat.Markdown;
  if (type === 'text/plain') return SourceFormat.Text;
  return null;
};

/**
 * Fetches a document over HTTP(S) with a time limit, a size limit (checked while reading, not
 * only from Content-Length) and a redirect limit. Every failure says which of these it hit.
 */
export const fetchDocument = async (
  url: string,
  fetchImpl: FetchLike,
): Promise<FetchedDocument> => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), IngestLimits.urlTimeoutMs);
  try {
    let current = url;
    for (let redirects = 0; ; redirects++) {
      let response: Response;
      try {
        response = await fetchImpl(current, {
          redirect: 'manual',
          signal: controller.signal,
          headers: {
            accept: 'text/html, text/plain, text/markdown, application/json;q=0.9, */*;q=0.5',
          },
        });
      } catch (e) {
        if (controller.signal.aborted) {
          throw invalidInput(
            `did not answer within ${IngestLimits.urlTimeoutMs / 1000} s; try again later or save the page and ingest the file`,
          );
        }
        const cause = (e as { cause?: { code?: string; message?: string } }).cause;
        throw invalidInput(
          `could not be reached (${cause?.code ?? cause?.message ?? (e as Error).message}); check the address and your network`,
        );
      }
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        await response.body?.cancel();
        if (redirects >= IngestLimits.maxRedirects) {
          throw invalidInput(
            `redirected more than ${IngestLimits.maxRedirects} times; give the final address instead`,
          );
        }
        current = new URL(response.headers.get('location') ?? '', current).toString();
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw invalidInput(
          `answered HTTP ${response.status} ${response.statusText}; check the address`,
        );
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (declared > IngestLimits.maxDocumentBytes) {
        await response.body?.cancel();
        throw invalidInput(
          `is ${formatBytes(declared)}, more than the ${formatBytes(IngestLimits.maxDocumentBytes)} a single document may be`,
        );
      }
      const bytes = await readLimited(response);
      return { bytes, format: formatOfContentType(response.headers.get('content-type')) };
    }
  } finally {
    clearTimeout(timer);
  }
};

const readLimited = async (response: Response): Promise<Uint8Array> => {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return new Uint8Array();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > IngestLimits.maxDocumentBytes) {
      throw invalidInput(
        `is more than the ${formatBytes(IngestLimits.maxDocumentBytes)} a single document may be`,
      );
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
};
