import { describe, expect, it } from 'vitest';
import type { Span, StatementId } from '../../web/src/api/client.js';
import { firstOffset, segmentText, type PlacedStatement } from '../../web/src/reader/segments.js';

/** How the reader cuts a source's text so that every statement's highlight stays whole. */

const placed = (id: string, spans: Span[], sourceSpans: Span[] = []): PlacedStatement => ({
  id: id as StatementId,
  spans,
  sourceSpans,
});

/** A compact picture of the segments: text, then the statements covering it. */
const picture = (text: string, statements: PlacedStatement[]) =>
  segmentText(text, statements).map((s) => [s.text, s.content.join('+'), s.mentions.join('+')]);

describe('segmentText', () => {
  it('covers the whole text, in order, when nothing is marked', () => {
    expect(picture('He said so.', [])).toEqual([['He said so.', '', '']]);
    expect(segmentText('', [])).toEqual([]);
  });

  it('marks content and speaker mentions apart', () => {
    const text = 'Trump said: deal or no deal.';
    expect(picture(text, [placed('a', [{ start: 12, end: 27 }], [{ start: 0, end: 5 }])])).toEqual([
      ['Trump', '', 'a'],
      [' said: ', '', ''],
      ['deal or no deal', 'a', ''],
      ['.', '', ''],
    ]);
  });

  it('nests a statement inside another, the wider one outermost', () => {
    const text = '0123456789';
    expect(
      picture(text, [
        placed('inner', [{ start: 3, end: 6 }]),
        placed('outer', [{ start: 1, end: 9 }]),
      ]),
    ).toEqual([
      ['0', '', ''],
      ['12', 'outer', ''],
      ['345', 'outer+inner', ''],
      ['678', 'outer', ''],
      ['9', '', ''],
    ]);
  });

  it('splits partly overlapping statements at every boundary', () => {
    const text = 'abcdefghij';
    expect(
      picture(text, [placed('a', [{ start: 0, end: 6 }]), placed('b', [{ start: 4, end: 10 }])]),
    ).toEqual([
      ['abcd', 'a', ''],
      ['ef', 'a+b', ''],
      ['ghij', 'b', ''],
    ]);
  });

  it('keeps a statement with several spans, and counts it once where its spans meet', () => {
    const text = 'one two three';
    const segments = segmentText(text, [
      placed('s', [
        { start: 0, end: 3 },
        { start: 8, end: 13 },
        { start: 2, end: 7 },
      ]),
    ]);
    expect(segments.map((s) => [s.text, s.content])).toEqual([
      ['on', ['s']],
      ['e', ['s']],
      [' two', ['s']],
      [' ', []],
      ['three', ['s']],
    ]);
  });

  it('clamps spans that run outside the text and drops empty ones', () => {
    expect(
      picture('short', [
        placed('x', [{ start: 3, end: 99 }]),
        placed('y', [{ start: 2, end: 2 }]),
        placed('z', [{ start: -4, end: 1 }]),
      ]),
    ).toEqual([
      ['s', 'z', ''],
      ['ho', '', ''],
      ['rt', 'x', ''],
    ]);
  });

  it('cuts by UTF-16 offsets, as the API counts them', () => {
    const text = '“🙂 fine” he said';
    const start = text.indexOf('🙂');
    const end = text.indexOf('”');
    expect(
      segmentText(text, [placed('e', [{ start, end }])]).find((s) => s.content.length > 0)?.text,
    ).toBe('🙂 fine');
  });

  it('orders statements by where they first appear, those without spans last', () => {
    expect(
      firstOffset(
        placed('a', [
          { start: 40, end: 50 },
          { start: 7, end: 9 },
        ]),
      ),
    ).toBe(7);
    expect(firstOffset(placed('b', []))).toBe(Number.POSITIVE_INFINITY);
  });
});
