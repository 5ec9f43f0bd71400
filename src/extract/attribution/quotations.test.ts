import { describe, expect, it } from 'vitest';
import { paragraphSpans } from '../text-analysis.js';
import { findQuotations } from './quotations.js';

const quotes = (text: string): string[][] =>
  findQuotations(text, paragraphSpans(text)).map((q) =>
    q.inner.map((s) => text.slice(s.start, s.end)),
  );

describe('findQuotations', () => {
  it('finds curly, straight, guillemet and single quotes', () => {
    expect(
      quotes(
        'He said “no talks”. She said "maybe later". Le ministre: «jamais ici». ‘Not now,’ they said.',
      ),
    ).toEqual([['no talks'], ['maybe later'], ['jamais ici'], ['Not now,']]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(quotes("Iran’s leader didn't say the leaders’ meeting was off.")).toEqual([]);
    expect(quotes("The minister called it 'a trap with a road painted on it' and left.")).toEqual([
      ['a trap with a road painted on it'],
    ]);
  });

  it('joins a quote that runs over paragraphs by the newspaper convention', () => {
    const text =
      '“We will not be rushed. We have waited long enough.\n\n“And we will wait longer,” he said.\n\nAfter that, silence.';
    expect(quotes(text)).toEqual([
      ['We will not be rushed. We have waited long enough.', 'And we will wait longer,'],
    ]);
  });

  it('leaves an unclosed quote open to the end of its paragraph when nothing continues it', () => {
    expect(quotes('“Unfinished words here\n\nNext paragraph.')).toEqual([
      ['Unfinished words here'],
    ]);
  });

  it('keeps single quotes inside a double quote part of the outer quote', () => {
    expect(quotes('“He told me ‘never’ twice,” she said.')).toEqual([
      ['He told me ‘never’ twice,'],
    ]);
  });
});
