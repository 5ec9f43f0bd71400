import { describe, expect, it } from 'vitest';
import { leanAt } from './tense-cues.js';

const leanOf = (sentence: string, word: string): string => {
  const at = sentence.indexOf(word);
  return leanAt(sentence, at, at + word.length);
};

describe('leanAt', () => {
  it.each([
    ['He will speak on Friday.', 'Friday', 'future'],
    ['He spoke on Friday.', 'Friday', 'past'],
    ['The dividend will be paid Dec. 14.', 'Dec. 14', 'future'],
    ['Bids are due by March 8.', 'March 8', 'future'],
    ['The talks are set to resume Monday.', 'Monday', 'future'],
    ['They could arrive as soon as Tuesday.', 'Tuesday', 'future'],
    ['The United States and Canada met Thursday.', 'Thursday', 'past'],
    ['On Friday, the group met in Paris.', 'Friday', 'past'],
    ['The meeting on Friday.', 'Friday', 'nearest'],
    ['The index rose 2% to 452.76 on Friday.', 'Friday', 'past'],
    ['The company expects to release results in November.', 'November', 'future'],
    ['Most members had filed their reports by Wednesday.', 'Wednesday', 'past'],
    ['The offer had been scheduled to expire Friday.', 'Friday', 'past'],
    ['The split would be paid on a still undisclosed date in January.', 'January', 'future'],
    ["Rebels would challenge Wednesday's verdict.", 'Wednesday', 'past'],
    ['Fares have risen since March.', 'March', 'past'],
  ])('%s', (sentence, word, lean) => {
    expect(leanOf(sentence, word)).toBe(lean);
  });
});
