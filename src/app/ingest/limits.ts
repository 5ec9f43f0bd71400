/** Limits that keep one bad input from exhausting the machine. */
export const IngestLimits = {
  /** Largest single document (a file, a URL's body, one JSON Lines record). */
  maxDocumentBytes: 20 * 1024 * 1024,
  /** Largest JSON Lines file; it is streamed a line at a time. */
  maxJsonLinesBytes: 4 * 1024 * 1024 * 1024,
  urlTimeoutMs: 20_000,
  maxRedirects: 5,
} as const;

export const formatBytes = (n: number): string =>
  n >= 1024 * 1024
    ? `${(n / (1024 * 1024)).toFixed(1)} MB`
    : n >= 1024
      ? `${(n / 1024).toFixed(1)} KB`
      : `${n} bytes`;
