import type { Span } from '../../core/span.js';
import type { TokenContext } from './token-context.js';

/** An attribution found in the text, before its speaker and date are resolved. */
export interface Attribution {
  readonly content: readonly Span[];
  readonly source: Span | null;
  readonly cue: Span | null;
  readonly direct: boolean;
}

/**
 * A rule that reads the attributions of one sentence, tokens [a, b), knowing where the cue verbs
 * of that sentence start.
 */
export type SentenceRule = (
  ctx: TokenContext,
  a: number,
  b: number,
  cueStarts: ReadonlySet<number>,
) => Attribution[];
