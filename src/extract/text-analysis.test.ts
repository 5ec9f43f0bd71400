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

  it('joins a sentence split after a title before its name, also after a hyphen', () => {
    expect(
      sentences('She faced then-Sen. Ray Holt in the primary. He won. Gov. Lee came later.'),
    ).toEqual(['She faced then-Sen. Ray Holt in the primary.', 'He won.', 'Gov. Lee came later.']);
  });

  it('keeps a cry inside a quotation in its sentence', () => {
    expect(
      sentences('They chanted “Nadia! Nadia!,” and she waved. “Go! Go!” they shouted.'),
    ).toEqual(['They chanted “Nadia! Nadia!,” and she waved.', '“Go! Go!” they shouted.']);
    // A quotation of its own after the cry is another sentence.
    expect(sentences('“Stop!” “Wait,” he said.')).toEqual(['“Stop!”', '“Wait,” he said.']);
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

  it('does not break inside a quotation still open, nor in a text wrapped at a fixed width', () => {
    // A quotation open at the line's end goes on unless the next line reopens it.
    expect(
      paragraphs(
        'The envoy was blunt. "We will not give up.\nThere is too much at stake," he said.',
      ),
    ).toHaveLength(1);
    const wrapped =
      'The envoy spoke to reporters for an hour on\nMonday and said the talks were over. He\nleft for the airport soon after, aides said, and\nthe delegation followed him on Tuesday.';
    expect(paragraphs(wrapped)).toHaveLength(1);
  });

  it('reads long runs of blank space (a quadratic match took 20 s here, past the test timeout)', () => {
    const text = `${' '.repeat(200_000)}x\n${'\t'.repeat(100_000)}\ny.`;
    expect(paragraphs(text)).toEqual(['x', 'y.']);
  });
});
