import { describe, expect, it } from 'vitest';
import { analyseText } from '../text-analysis.js';
import { afterHyphen, createTokenContext, hasWords, inCompound, words } from './token-context.js';

/** The count as it was first written: the words of each span's slice. */
const sliced = (text: string, spans: ReadonlyArray<{ start: number; end: number }>): number =>
  spans.reduce((n, s) => n + (text.slice(s.start, s.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);

describe('words', () => {
  it('counts runs of letters and digits in spans, a run cut by an edge once', () => {
    const text = 'He said: “We will talk, in 2026, not before.”';
    expect(words(text, [{ start: 10, end: 44 }])).toBe(7);
    // "alk" of "talk"; "He", and "e will" of "We will".
    expect(words(text, [{ start: 19, end: 22 }])).toBe(1);
    expect(
      words(text, [
        { start: 0, end: 2 },
        { start: 11, end: 18 },
      ]),
    ).toBe(3);
    expect(words(text, [{ start: 5, end: 5 }])).toBe(0);
  });

  it('counts as the slices of its spans do, at every pair of edges', () => {
    const text = 'Mr. Ōe’s “𝐀𝐁 talks” — 12 3a, b-c… é 𝒳y!\n\nNext';
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        const spans = [{ start, end }];
        expect(words(text, spans), `${start}–${end}`).toBe(sliced(text, spans));
      }
    }
  });
});

describe('hasWords', () => {
  it('tells whether spans hold at least so many words', () => {
    const text = 'one two three four';
    const all = [{ start: 0, end: text.length }];
    expect(hasWords(text, all, 4)).toBe(true);
    expect(hasWords(text, all, 5)).toBe(false);
    expect(
      hasWords(
        text,
        [
          { start: 0, end: 3 },
          { start: 8, end: 13 },
        ],
        2,
      ),
    ).toBe(true);
    expect(hasWords(text, [{ start: 0, end: 3 }], 2)).toBe(false);
    expect(hasWords(text, [], 0)).toBe(true);
  });
});

describe('hyphenated words', () => {
  it('tells the parts of a compound from words beside a dash', () => {
    const ctx = createTokenContext(
      analyseText('A follow-up call came - late - from value-added.'),
      [],
    );
    const at = (w: string): number => ctx.tokens.findIndex((t) => t.value === w);
    expect(inCompound(ctx, at('follow'))).toBe(true);
    expect(inCompound(ctx, at('up'))).toBe(true);
    expect(afterHyphen(ctx, at('up'))).toBe(true);
    expect(afterHyphen(ctx, at('follow'))).toBe(false);
    expect(inCompound(ctx, at('came'))).toBe(false);
    expect(inCompound(ctx, at('late'))).toBe(false);
    expect(afterHyphen(ctx, at('added'))).toBe(true);
  });
});
