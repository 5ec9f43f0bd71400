import { describe, expect, it } from 'vitest';
import { normaliseQuoteMarks, spanInOriginal } from './quote-marks.js';

describe('normaliseQuoteMarks', () => {
  it('makes doubled apostrophes and backquotes plain double quotes, keeping every offset', () => {
    const text = "''No deal,'' he said. ``Not yet.'' It's the ministers' call.";
    const plain = normaliseQuoteMarks(text);
    expect(plain).toBe('" No deal,"  he said. " Not yet."  It\'s the ministers\' call.');
    expect(plain).toHaveLength(text.length);
  });

  it('reads three apostrophes as a single quotation mark closing or opening with a double one', () => {
    const closing = normaliseQuoteMarks("''I would call it 'old-school,''' said Ms. Reyes.");
    expect(closing).toBe('" I would call it \'old-school,\'"  said Ms. Reyes.');
    const opening = normaliseQuoteMarks("He wrote, '''Old-school' is the word.''");
    expect(opening).toBe('He wrote,  "\'Old-school\' is the word." ');
  });

  it('closes a double quotation after a single one and a space', () => {
    const text = "''We shun the word 'austerity,' '' the mayor said.";
    expect(normaliseQuoteMarks(text)).toBe('" We shun the word \'austerity,\' "  the mayor said.');
  });

  it('leaves a text without such marks as it is', () => {
    const text = 'He said “no” and left.';
    expect(normaliseQuoteMarks(text)).toBe(text);
  });
});

describe('spanInOriginal', () => {
  it('takes a span ending on a doubled apostrophe past both', () => {
    const text = "The levy ''is the wrong tool,'' said Mr. Hale.";
    const closing = text.indexOf("''", 12);
    expect(spanInOriginal(text, { start: 0, end: closing + 1 })).toEqual({
      start: 0,
      end: closing + 2,
    });
    expect(spanInOriginal(text, { start: 0, end: 8 })).toEqual({ start: 0, end: 8 });
  });
});
