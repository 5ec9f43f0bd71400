import type { Span } from '../../core/span.js';

/** An attribution found in the text, before its speaker and date are resolved. */
export interface Attribution {
  readonly content: readonly Span[];
  readonly source: Span | null;
  readonly cue: Span | null;
  readonly direct: boolean;
}
