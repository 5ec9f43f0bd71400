/**
 * Typewriter quotation marks made of two characters — the doubled apostrophe of the New York
 * Times (''…'') and TeX-style backquotes (``…'') — rewritten as a plain double quote followed by
 * a space. The text keeps its length, so every offset into the result is an offset into the
 * original; the tokenizer and the quotation finder then see ordinary marks.
 * @example normaliseQuoteMarks("''No,'' he said.") // '" No,"  he said.'
 */
export const normaliseQuoteMarks = (text: string): string =>
  text.includes("''") || text.includes('``')
    ? text.replace(/''|``/g, (mark, at: number) =>
        touchesWords(text[at - 1], text[at + 2]) ? '" ' : mark,
      )
    : text;

/** Whether a two-character mark sits against a word: opening one before it, closing one after. */
const touchesWords = (before: string | undefined, after: string | undefined): boolean =>
  (after !== undefined && /[\p{L}\p{N}$]/u.test(after)) ||
  (before !== undefined && /[\p{L}\p{N}.,;:?!]/u.test(before));
