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

describe('analyseText paragraphs', () => {
  const paragraphs = (text: string): string[] =>
    analyseText(text).paragraphs.map((p) => text.slice(p.start, p.end));

  it('breaks at blank lines, also written with carriage returns', () => {
    expect(paragraphs('Headline.\n\nFirst line.\r\n\r\n \nSecond.')).toEqual([
      'Headline.',
      'First line.',
      'Second.',
    ]);
  });

  it('breaks at a single line break after a sentence or before a quotation, not mid-sentence', () => {
    const text =
      '“The talks are over,” the envoy said. “We are going home.\n“There is nothing left,” he said\nwith a shrug.\nThe talks had lasted a week';
    expect(paragraphs(text)).toEqual([
      '“The talks are over,” the envoy said. “We are going home.',
      '“There is nothing left,” he said\nwith a shrug.',
      'The talks had lasted a week',
    ]);
  });
});
