import type { Span } from '../../core/span.js';

/**
 * A quotation: the words inside its marks (one span per paragraph it runs over) and the offsets
 * of the marks' outer edges.
 */
export interface Quotation {
  /** Offset of the opening mark. */
  readonly start: number;
  /** Offset just past the closing mark, or the end of the last paragraph when it is never closed. */
  readonly end: number;
  /** The quoted words, without the marks; several when the quote runs over paragraphs. */
  readonly inner: readonly Span[];
}

const DOUBLE_CLOSE: Readonly<Record<string, string>> = { '“': '”', '«': '»', '„': '“', '"': '"' };
const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /[\s([{—–-]/u.test(c);

/** Closing marks that may end a double quotation: copy-edited text often mixes “…" and "…”. */
const DOUBLE_FAMILY = new Set(['”', '"', '“']);

/**
 * The first mark in [from, end) that closes a quotation opened with a mark whose partner is
 * `closer`: that partner, or (for double quotes) any double mark that stands against the word
 * before it rather than opening a new quotation. -1 when there is none.
 */
const closingMark = (text: string, from: number, end: number, closer: string): number => {
  for (let i = from; i < end; i++) {
    const c = text[i] ?? '';
    if (c === closer && (closer !== '"' || !opensDouble(text, i, from))) return i;
    if (DOUBLE_FAMILY.has(closer) && (c === '"' || c === '”') && !opensDouble(text, i, from))
      return i;
    // An opening mark typed where a closing one belongs: "“It's unusual,“ said Noble".
    if (closer === '”' && c === '“' && !isSpace(text[i - 1]) && !isLetter(text[i + 1])) return i;
  }
  return -1;
};

/** Whether a double mark at `i` rather opens a quotation: white space before it, a word after. */
const opensDouble = (text: string, i: number, from: number): boolean =>
  i > from && /\s/.test(text[i - 1] ?? '') && isLetter(text[i + 1]);

/** Whether a single mark at `i` opens a quotation (not an apostrophe). */
const opensSingle = (text: string, i: number): boolean => {
  const c = text[i];
  if (c !== '‘' && c !== "'") return false;
  return isSpace(text[i - 1]) && isLetter(text[i + 1]);
};

/** Whether a single mark at `i` closes a quotation (not an apostrophe inside a word). */
const closesSingle = (text: string, i: number): boolean => {
  const c = text[i];
  if (c !== '’' && c !== "'") return false;
  return !isLetter(text[i + 1]) && !isSpace(text[i - 1]);
};

/**
 * Finds quotations within paragraphs: curly and straight double quotes, guillemets, and single
 * quotes (curly or straight) told apart from apostrophes. A paragraph that opens a quotation and
 * never closes it continues into the next paragraph when that one opens with a quotation mark too
 * (the newspaper convention for quotes running over paragraphs).
 * @example findQuotations('He said “no more talks” today.', [{ start: 0, end: 30 }])[0].inner // [{ start: 9, end: 22 }]
 */
export const findQuotations = (text: string, paragraphs: readonly Span[]): Quotation[] =>
  scanQuotations(text, paragraphs).map((q) => ({
    ...q,
    inner: q.inner.map((s) => trimmed(text, s)),
  }));

/** A span without the white space at its edges. */
const trimmed = (text: string, span: Span): Span => {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
};

/**
 * Whether a character code may open a quotation: a double mark or guillemet of DOUBLE_CLOSE, or
 * a single mark (`opensSingle`). Nothing else starts anything in the scan.
 */
const mayOpen = (code: number): boolean =>
  code === 0x22 || // "
  code === 0x27 || // '
  code === 0x201c || // “
  code === 0x201e || // „
  code === 0xab || // «
  code === 0x2018; // ‘

/** The first offset in [from, end) whose character may open a quotation, or `end`. */
const nextOpening = (text: string, from: number, end: number): number => {
  let i = from;
  while (i < end && !mayOpen(text.charCodeAt(i))) i++;
  return i;
};

const scanQuotations = (text: string, paragraphs: readonly Span[]): Quotation[] => {
  const found: Quotation[] = [];
  let carried: { start: number; inner: Span[] } | null = null;
  for (const p of paragraphs) {
    let i = p.start;
    if (carried) {
      const c = text[p.start] ?? '';
      if (DOUBLE_CLOSE[c] !== undefined) i = p.start + 1;
      else {
        found.push({
          start: carried.start,
          end: carried.inner.at(-1)?.end ?? carried.start,
          inner: carried.inner,
        });
        carried = null;
      }
    }
    while (i < p.end) {
      // A continued quotation is read from just after its opening mark, whatever stands there;
      // elsewhere the characters between marks are passed over in one tight loop.
      if (carried === null || i !== p.start + 1) {
        i = nextOpening(text, i, p.end);
        if (i >= p.end) break;
      }
      const c = text[i] ?? '';
      const opensContinued: boolean = carried !== null && i === p.start + 1;
      const closer: string | undefined = opensContinued
        ? (DOUBLE_CLOSE[text[p.start] ?? ''] ?? '”')
        : DOUBLE_CLOSE[c];
      if (closer !== undefined) {
        const from: number = opensContinued ? i : i + 1;
        const close = closingMark(text, from, p.end, closer);
        const previous: Span[] = opensContinued && carried ? carried.inner : [];
        const start: number = opensContinued && carried ? carried.start : i;
        if (close >= 0 && close < p.end) {
          found.push({ start, end: close + 1, inner: [...previous, { start: from, end: close }] });
          carried = null;
          i = close + 1;
          continue;
        }
        // Never closed in this paragraph: it may run on into the next one.
        carried = { start, inner: [...previous, { start: from, end: p.end }] };
        break;
      }
      if (opensSingle(text, i)) {
        let j = i + 1;
        while (j < p.end && !closesSingle(text, j)) j++;
        if (j < p.end) {
          found.push({ start: i, end: j + 1, inner: [{ start: i + 1, end: j }] });
          i = j + 1;
          continue;
        }
      }
      i++;
    }
  }
  if (carried)
    found.push({
      start: carried.start,
      end: carried.inner.at(-1)?.end ?? carried.start,
      inner: carried.inner,
    });
  return found;
};
