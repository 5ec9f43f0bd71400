import { describe, expect, it } from 'vitest';
import { topicFrom } from '../../src/core/topic.js';
import { createSentenceBounds } from '../../src/extract/stance/sentence-bounds.js';
import { compileTopic, matchTopic } from '../../src/extract/stance/topic-matcher.js';
import { wordTokens } from '../../src/extract/stance/word-tokens.js';

const topic = (terms: string[], patterns: string[] = []) =>
  compileTopic(topicFrom({ id: 't', label: 'T', terms, patterns }, '2026-01-01T00:00:00.000Z'));

/** Matches in a one-sentence text whose content is the span between the brackets. */
const match = (terms: string[], marked: string, patterns: string[] = []) => {
  const text = marked.replace(/[[\]]/g, '');
  const start = marked.indexOf('[');
  const content = start >= 0 ? [{ start, end: marked.indexOf(']') - 1 }] : [];
  return matchTopic(topic(terms, patterns), {
    text,
    start: 0,
    tokens: wordTokens([{ text, start: 0 }]),
    content,
  }).map((m) => `${text.slice(m.start, m.end)}${m.inContent ? '' : '*'}`);
};

describe('topic terms', () => {
  it('match whatever their inflection and case', () => {
    expect(
      match(['negotiation'], 'NEGOTIATIONS stalled; negotiating is hard; he negotiated.'),
    ).toEqual(['NEGOTIATIONS*', 'negotiating*', 'negotiated*']);
    expect(match(['talks'], 'He talked of talking, not of the talk.')).toEqual([
      'talked*',
      'talking*',
      'talk*',
    ]);
    expect(match(['sanction'], 'The sanctions bite.')).toEqual(['sanctions*']);
  });

  it('match phrases word by word, each inflected', () => {
    expect(match(['nuclear talk'], 'The nuclear talks resumed; nuclear power did not.')).toEqual([
      'nuclear talks*',
    ]);
  });

  it('match a prefix with *, and capitals only in capitals', () => {
    expect(match(['enrich*'], 'Enrichment and enriched uranium, but not rich.')).toEqual([
      'Enrichment*',
      'enriched*',
    ]);
    expect(match(['US'], 'The US envoy told us the U.S. would wait.')).toEqual(['US*', 'U.S.*']);
  });

  it('match patterns ignoring case', () => {
    expect(match([], 'Direct TALKS and indirect talks.', ['(in)?direct talks'])).toEqual([
      'Direct TALKS*',
      'indirect talks*',
    ]);
  });

  it('say whether a match is inside the statement’s content or only in its sentence', () => {
    expect(match(['talks'], 'On talks, he said [there would be no talks].')).toEqual([
      'talks*',
      'talks',
    ]);
  });
});

describe('topics as an analyst defines them', () => {
  it('are trimmed and checked', () => {
    const t = topicFrom(
      {
        id: 'iran-us-negotiation',
        label: ' Iran–US negotiations ',
        terms: ['talks', ' Talks ', 'negotiation'],
        countries: ['irn', 'usa'],
      },
      '2026-01-01T00:00:00.000Z',
    );
    expect(t).toMatchObject({
      label: 'Iran–US negotiations',
      terms: ['talks', 'negotiation'],
      countries: ['IRN', 'USA'],
      description: null,
    });
    const bad = (input: Partial<Parameters<typeof topicFrom>[0]>) => () =>
      topicFrom({ id: 'x', label: 'X', terms: ['a'], ...input }, '2026-01-01T00:00:00.000Z');
    expect(bad({ id: 'Iran US' })).toThrow(/lower-case letters/);
    expect(bad({ terms: [] })).toThrow(/at least one term/);
    expect(bad({ patterns: ['(unclosed'] })).toThrow(/not a valid regular expression/);
    expect(bad({ countries: ['IR'] })).toThrow(/ISO 3166/);
    expect(bad({ countries: ['IRN', 'USA', 'ISR'] })).toThrow(/one or two countries/);
  });
});

describe('sentence bounds', () => {
  it('find the sentence around a span, past abbreviations and closing quotes', () => {
    const text =
      'Officials met. “We are ready,” the U.S. envoy said on Monday. Mr. Grossi agreed.\n\nNext paragraph.';
    const bounds = createSentenceBounds(text);
    const at = (word: string) => {
      const start = text.indexOf(word);
      return { start, end: start + word.length };
    };
    const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);
    expect(slice(bounds.sentenceAround([at('ready')]))).toBe(
      '“We are ready,” the U.S. envoy said on Monday.',
    );
    expect(slice(bounds.sentenceAround([at('Grossi')]))).toBe('Mr. Grossi agreed.');
    expect(slice(bounds.paragraphAround([at('ready')]))).toBe(
      'Officials met. “We are ready,” the U.S. envoy said on Monday. Mr. Grossi agreed.',
    );
  });
});
