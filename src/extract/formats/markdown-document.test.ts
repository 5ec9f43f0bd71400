import { describe, expect, it } from 'vitest';
import { markdownDocument, markdownToText } from './markdown-document.js';

describe('markdownDocument', () => {
  it('reads YAML front matter and keeps the body as readable text', () => {
    const doc = markdownDocument(
      '---\ntitle: "Talks stall"\npublished: 2026-02-07\nurl: https://example.org/a\noutlet: Test Wire\nauthor: A. Writer\n---\n# Heading\n\nThe **minister** said [no](https://x.y).\n',
    );
    expect(doc).toEqual({
      format: 'markdown',
      text: 'Heading\n\nThe minister said no.',
      title: 'Talks stall',
      published: '2026-02-07',
      url: 'https://example.org/a',
      outlet: 'Test Wire',
      author: 'A. Writer',
      language: null,
    });
  });

  it('works without front matter', () => {
    expect(markdownDocument('Just text.')).toMatchObject({
      text: 'Just text.',
      title: null,
      published: null,
    });
  });

  it('names the problem when the front matter is broken', () => {
    expect(() => markdownDocument('---\ntitle: [unclosed\n---\nBody')).toThrow(
      /YAML front matter does not parse/,
    );
    expect(() => markdownDocument('---\n- a list\n---\nBody')).toThrow(/must be a mapping/);
  });

  it('strips emphasis and list marks but not apostrophes or underscores inside words', () => {
    expect(markdownToText("- *Iran's* view\n- snake_case_word stays")).toBe(
      "Iran's view\nsnake_case_word stays",
    );
  });
});
