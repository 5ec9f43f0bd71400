import type { Span } from '../core/span.js';

/**
 * Typewriter quotation marks made of two characters — the doubled apostrophe of the New York
 * Times (''…'') and TeX-style backquotes (``…'') — rewritten as a plain double quote followed by
 * a space. The text keeps its length, so every offset into the result is an offset into the
 * original; the tokenizer and the quotation finder then see ordinary marks.
 * Three apostrophes are a single quotation mark inside a double one, closing or opening with it.
 * @example normaliseQuoteMarks("''No,'' he said.") // '" No,"  he said.'
 */
export const normaliseQuoteMarks = (text: string): string =>
  text.includes("''") || text.includes('``')
    ? text.replace(/'''|''|``/g, (mark, at: number) => {
        // A closing inner quote and a space before it ("the term 'Manhattan poor,' ''") count
        // as the words it closes.
        const before = /' $/.test(text.slice(at - 2, at)) ? text[at - 3] : text[at - 1];
        const after = text[at + mark.length];
        if (!touchesWords(before, after)) return mark;
        if (mark.length === 2) return '" ';
        // A quotation inside a quotation closing or opening with it: ''…'old-school,''' / '''Hey…
        return after !== undefined && /[\p{L}\p{N}$]/u.test(after) ? ' "\'' : '\'" ';
      })
    : text;

/** Whether a two-character mark sits against a word: opening one before it, closing one after. */
const touchesWords = (before: string | undefined, after: string | undefined): boolean =>
  (after !== undefined && /[\p{L}\p{N}$]/u.test(after)) ||
  (before !== undefined && /[\p{L}\p{N}.,;:?!]/u.test(before));

/**
 * A span into the normalised text (`normaliseQuoteMarks`), taken back to the original: one that
 * ends on the plain mark standing for "''" ends after both apostrophes ("tool,''", not "tool,'").
 */
export const spanInOriginal = (original: string, span: Span): Span =>
  original[span.end - 1] === "'" && original[span.end] === "'"
    ? { start: span.start, end: span.end + 1 }
    : span;
