import type { Span, StatementId } from '../api/client.js';

/** What the reader needs of a statement to place it in the text. */
export interface PlacedStatement {
  readonly id: StatementId;
  /** The statement's content. */
  readonly spans: readonly Span[];
  /** The words naming its speaker. */
  readonly sourceSpans: readonly Span[];
}

/** A run of text covered by the same statements throughout. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Statements whose content covers this run, the widest span first (it wraps the others). */
  readonly content: readonly StatementId[];
  /** Statements whose speaker mention covers this run. */
  readonly mentions: readonly StatementId[];
}

interface Cover {
  readonly id: StatementId;
  readonly start: number;
  readonly end: number;
}

const clamp = (span: Span, length: number): Span | null => {
  const start = Math.max(0, Math.min(span.start, length));
  const end = Math.max(start, Math.min(span.end, length));
  return end > start ? { start, end } : null;
};

const coversOf = (
  statements: readonly PlacedStatement[],
  pick: (s: PlacedStatement) => readonly Span[],
  length: number,
): Cover[] =>
  statements.flatMap((s) =>
    pick(s).flatMap((span) => {
      const clamped = clamp(span, length);
      return clamped ? [{ id: s.id, ...clamped }] : [];
    }),
  );

const idsCovering = (covers: readonly Cover[], start: number, end: number): StatementId[] => {
  const covering = covers
    .filter((c) => c.start <= start && c.end >= end)
    .sort(
      (a, b) =>
        b.end - b.start - (a.end - a.start) ||
        a.start - b.start ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  // A statement with two spans over the same run still counts once.
  return [...new Set(covering.map((c) => c.id))];
};

/**
 * Cuts `text` at every span boundary, so overlapping and nested statements each get whole
 * segments to mark. Spans outside the text are clamped; empty ones are dropped. Segments cover
 * the whole text, in order.
 * @example segmentText('ab cd', [{ id: 's', spans: [{ start: 3, end: 5 }], sourceSpans: [] }])
 * // [{ start: 0, end: 3, text: 'ab ', content: [], mentions: [] },
 * //  { start: 3, end: 5, text: 'cd', content: ['s'], mentions: [] }]
 */
export const segmentText = (text: string, statements: readonly PlacedStatement[]): Segment[] => {
  const contentCovers = coversOf(statements, (s) => s.spans, text.length);
  const mentionCovers = coversOf(statements, (s) => s.sourceSpans, text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const c of [...contentCovers, ...mentionCovers]) {
    cuts.add(c.start);
    cuts.add(c.end);
  }
  const boundaries = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const start = boundaries[i] ?? 0;
    const end = boundaries[i + 1] ?? text.length;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      content: idsCovering(contentCovers, start, end),
      mentions: idsCovering(mentionCovers, start, end),
    });
  }
  return segments;
};

/** Where a statement first appears in the text, for ordering; statements with no span go last. */
export const firstOffset = (statement: PlacedStatement): number =>
  Math.min(Number.POSITIVE_INFINITY, ...statement.spans.map((s) => s.start));
