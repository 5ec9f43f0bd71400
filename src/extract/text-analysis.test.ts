import { describe, expect, it } from 'vitest';
import { analyseText } from './text-analysis.js';

const sentences = (text: string): string[] =>
  analyseText(text).sentences.map((s) => text.slice(s.start, s.end));

describe('analyseText sentences', () => {
  it('splits ordinary sentences and keeps offsets into the text', () => {
    expect(sentences('He said no. She agreed.')).toEqual(['He said no.', 'She agreed.']);
  });

  it('joins a sentence split after an abbreviation in parentheses', () => {
    expect(sentences('Sen. Ada Ortiz (D-Vt.) on Friday criticized the bill. It failed.')).toEqual([
      'Sen. Ada Ortiz (D-Vt.) on Friday criticized the bill.',
      'It failed.',
    ]);
  });

  it('joins initials split between their letters', () => {
    expect(
      sentences('Rep. Jo Park (D-N.Y.) said the bill was dead. Sen. Al Roy, R-N.C., agreed.'),
    ).toEqual(['Rep. Jo Park (D-N.Y.) said the bill was dead.', 'Sen. Al Roy, R-N.C., agreed.']);
  });

  it('joins a quotation and the tag after it', () => {
    expect(sentences('“Never!” the crowd cried out. Then it rained.')).toEqual([
      '“Never!” the crowd cried out.',
      'Then it rained.',
    ]);
  });
});
