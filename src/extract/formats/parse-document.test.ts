import { describe, expect, it } from 'vitest';
import { parseDocuments, sniffFormat } from './parse-document.js';

describe('parseDocuments', () => {
  it('reads a JSON object or an array of them', () => {
    expect(
      parseDocuments('json', '{"text": "One.", "title": "T", "published": "2026-01-02"}'),
    ).toEqual([
      {
        format: 'json',
        text: 'One.',
        title: 'T',
        published: '2026-01-02',
        url: null,
        outlet: null,
        author: null,
        language: null,
      },
    ]);
    expect(
      parseDocuments('json', '[{"text": "One."}, {"text": "Two."}]').map((d) => d.text),
    ).toEqual(['One.', 'Two.']);
  });

  it('names the bad item of an array', () => {
    expect(() => parseDocuments('json', '[{"text": "One."}, {"body": "Two."}]')).toThrow(
      /item 2 of the array/,
    );
  });

  it('normalises line ends and blank lines of plain text', () => {
    expect(parseDocuments('text', '\uFEFFa  \r\n\r\n\r\n\r\nb\n')[0]?.text).toBe('a\n\nb');
  });
});

describe('sniffFormat', () => {
  it.each([
    ['<!DOCTYPE html><html>', 'html'],
    ['  <p>para</p>', 'html'],
    ['{"text": "x"}', 'json'],
    ['---\ntitle: x\n---\nbody', 'markdown'],
    ['# Heading\nbody', 'markdown'],
    ['Plain words.', 'text'],
  ])('%j is %s', (text, format) => {
    expect(sniffFormat(text)).toBe(format);
  });
});
