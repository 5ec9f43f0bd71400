/** A half-open range of UTF-16 offsets into a source's text: `start` inclusive, `end` exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The text a span covers.
 * @example spanText('Iran said no', { start: 0, end: 4 }) // 'Iran'
 */
export const spanText = (text: string, span: Span): string => text.slice(span.start, span.end);

/** Whether two spans share at least one offset. */
export const spansOverlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
