import type { Span } from '../core/span.js';

/** A quotation in the text: the span inside its marks, and the marks' own offsets. */
export interface Quotation {
  readonly open: number;
  readonly close: number;
  /** The quoted words, without the marks. */
  readonly inner: Span;
}

const PAIRS: Readonly<Record<string, string>> = { '“': '”', '«': '»', '„': '“' };
const STRAIGHT = '"';

/**
 * Finds double quotations (curly, straight, guillemets) within each paragraph. A mark that is
 * never closed in its paragraph is left alone: a later step may join it to the next paragraph.
 * @example findQuotations('He said “no”.')[0].inner // { start: 9, end: 11 }
 */
export const findQuotations = (text: string, paragraphs: readonly Span[]): Quotation[] => {
  const found: Quotation[] = [];
  for (const p of paragraphs) {
    let i = p.start;
    while (i < p.end) {
      const ch = text[i] ?? '';
      const closer = ch === STRAIGHT ? STRAIGHT : PAIRS[ch];
      if (closer === undefined) {
        i++;
        continue;
      }
      const close = text.indexOf(closer, i + 1);
      if (close < 0 || close >= p.end) {
        i++;
        continue;
      }
      found.push({ open: i, close, inner: { start: i + 1, end: close } });
      i = close + 1;
    }
  }
  return found;
};
