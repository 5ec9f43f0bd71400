import { useEffect, useEffectEvent, useState } from 'react';
import { ApiError, isApiError } from './client.js';

/** Where a call to the API stands. While loading, `previous` keeps the last answer on screen. */
export type Remote<T> =
  | { readonly status: 'loading'; readonly previous: T | undefined }
  | { readonly status: 'failed'; readonly error: ApiError }
  | { readonly status: 'loaded'; readonly data: T };

type Settled<T> = Exclude<Remote<T>, { status: 'loading' }>;

const asApiError = (error: unknown): ApiError =>
  isApiError(error)
    ? error
    : new ApiError('CLIENT', error instanceof Error ? error.message : String(error), 0);

/**
 * Calls `load` whenever `key` changes (the key names the request, e.g. its query string),
 * cancelling the call it replaces so a slow old answer never overwrites a newer one.
 */
export const useRemote = <T>(key: string, load: (signal: AbortSignal) => Promise<T>): Remote<T> => {
  const [settled, setSettled] = useState<{ key: string; result: Settled<T> } | null>(null);
  const run = useEffectEvent(load);

  useEffect(() => {
    const controller = new AbortController();
    run(controller.signal).then(
      (data) => setSettled({ key, result: { status: 'loaded', data } }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setSettled({ key, result: { status: 'failed', error: asApiError(error) } });
      },
    );
    return () => controller.abort();
  }, [key]);

  if (settled?.key === key) return settled.result;
  return {
    status: 'loading',
    previous: settled?.result.status === 'loaded' ? settled.result.data : undefined,
  };
};
