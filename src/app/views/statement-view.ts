import type { ReviewedStatement } from '../../core/review.js';

/**
 * A statement as the CLI's `--json` and the HTTP API present it. `speaker` is the canonical name
 * or null; `saidOn` an ISO date at its precision or null; `spans` the content's offsets.
 */
export interface StatementView {
  readonly id: string;
  readonly sourceId: string;
  readonly speaker: string | null;
  readonly speakerId: string | null;
  readonly speakerMention: string | null;
  readonly cue: string | null;
  readonly content: string;
  readonly direct: boolean;
  readonly saidOn: string | null;
  readonly saidOnPrecision: string | null;
  readonly saidOnMethod: string | null;
  readonly spans: Array<{ start: number; end: number }>;
  readonly sourceSpans: Array<{ start: number; end: number }>;
  readonly cueSpans: Array<{ start: number; end: number }>;
  readonly extractor: string;
  /** The PLOVER type of the act the statement performs or reports, or null. */
  readonly eventType: string | null;
  /** An analyst's verdict: confirmed, rejected, or null when none was given. */
  readonly verdict: string | null;
  /** The reviews behind the values shown (the audit log of this statement). */
  readonly reviews: Array<{
    field: string;
    oldValue: string | null;
    newValue: string | null;
    analyst: string;
    at: string;
  }>;
}

export const statementView = (s: ReviewedStatement): StatementView => ({
  id: s.id,
  sourceId: s.sourceId,
  speaker: s.speaker?.name ?? null,
  speakerId: s.speaker?.actorId ?? null,
  speakerMention: s.speakerMention,
  cue: s.cue,
  content: s.content,
  direct: s.direct,
  saidOn: s.saidOn?.date ?? null,
  saidOnPrecision: s.saidOn?.precision ?? null,
  saidOnMethod: s.saidOn?.method ?? null,
  spans: s.contentSpans.map(({ start, end }) => ({ start, end })),
  sourceSpans: s.sourceSpans.map(({ start, end }) => ({ start, end })),
  cueSpans: s.cueSpans.map(({ start, end }) => ({ start, end })),
  extractor: s.extractor,
  eventType: s.eventType ?? null,
  verdict: s.verdict,
  reviews: s.reviews.map(({ field, oldValue, newValue, analyst, at }) => ({
    field,
    oldValue,
    newValue,
    analyst,
    at,
  })),
});
