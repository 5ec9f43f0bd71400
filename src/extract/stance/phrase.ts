import { wordTokens, type WordToken } from './word-tokens.js';

/** One position of a phrase: a word (by stem), a prefix (`negotiat*`), an abbreviation in capitals, or a gap (`...`). */
export type PhraseWord =
  | { readonly kind: 'stem'; readonly stem: string }
  | { readonly kind: 'prefix'; readonly prefix: string }
  | { readonly kind: 'capitals'; readonly letters: string }
  | { readonly kind: 'gap'; readonly max: number };

/** A word or phrase to find in text, whatever its case and inflection. */
export interface Phrase {
  /** As written in the lexicon or the topic. */
  readonly text: string;
  readonly words: readonly PhraseWord[];
}

/** Where a phrase matched: token indices, first and last inclusive, and the tokens a gap took. */
export interface PhraseMatch<P extends Phrase = Phrase> {
  readonly phrase: P;
  readonly first: number;
  readonly last: number;
  readonly gapTokens: readonly number[];
}

/** How many words `...` may stand for. */
const GAP_MAX = 3;

const isCapitals = (word: string): boolean => {
  const letters = word.replace(/\./g, '');
  return /^\p{Lu}{2,5}$/u.test(letters);
};

/**
 * Reads a phrase: words are matched by stem ("rule out" finds "ruled out", "ruling out"), a word
 * ending in `*` by prefix, a word of two to five capitals ("US") only as written, and `...`
 * stands for up to three words ("extend ... hand" finds "extends an honest hand"; `... ...` for
 * up to six).
 * @example compilePhrase('rule out').words // [{kind:'stem',stem:'rule'},{kind:'stem',stem:'out'}]
 */
export const compilePhrase = (text: string): Phrase => {
  const words: PhraseWord[] = [];
  for (const part of text.trim().split(/\s+/)) {
    if (part === '...' || part === '…') {
      const previous = words[words.length - 1];
      if (previous?.kind === 'gap')
        words[words.length - 1] = { kind: 'gap', max: previous.max + GAP_MAX };
      else if (previous) words.push({ kind: 'gap', max: GAP_MAX });
    } else if (part.endsWith('*') && part.length > 1) {
      words.push({ kind: 'prefix', prefix: part.slice(0, -1).toLowerCase().replace(/’/g, "'") });
    } else if (isCapitals(part)) {
      words.push({ kind: 'capitals', letters: part.replace(/\./g, '') });
    } else {
      for (const token of wordTokens([{ text: part, start: 0 }]))
        words.push({ kind: 'stem', stem: token.stem });
    }
  }
  while (words[words.length - 1]?.kind === 'gap') words.pop();
  return { text, words };
};

const wordMatches = (word: PhraseWord, token: WordToken): boolean => {
  switch (word.kind) {
    case 'stem':
      return token.stem === word.stem;
    case 'prefix':
      return token.norm.startsWith(word.prefix);
    case 'capitals':
      return token.surface.replace(/\./g, '') === word.letters;
    case 'gap':
      return true;
  }
};

/** The last token index of a match of `words` from token `at`, or -1; gaps are filled shortest first. */
const matchFrom = (
  tokens: readonly WordToken[],
  words: readonly PhraseWord[],
  w: number,
  at: number,
  sentence: number,
  gaps: number[],
): number => {
  if (w === words.length) return at - 1;
  const word = words[w] as PhraseWord;
  if (word.kind === 'gap') {
    for (let skip = 0; skip <= word.max; skip++) {
      const token = tokens[at + skip - 1];
      if (skip > 0 && (token === undefined || token.sentence !== sentence)) break;
      const filled = Array.from({ length: skip }, (_, i) => at + i);
      const end = matchFrom(tokens, words, w + 1, at + skip, sentence, filled);
      if (end >= 0) {
        gaps.push(...filled);
        return end;
      }
    }
    return -1;
  }
  const token = tokens[at];
  if (!token || token.sentence !== sentence || !wordMatches(word, token)) return -1;
  return matchFrom(tokens, words, w + 1, at + 1, sentence, gaps);
};

/** An index of phrases by their first word, so that matching costs little per token. */
export interface PhraseIndex<P extends Phrase = Phrase> {
  readonly byStem: ReadonlyMap<string, readonly P[]>;
  readonly other: readonly P[];
}

export const indexPhrases = <P extends Phrase>(phrases: readonly P[]): PhraseIndex<P> => {
  const byStem = new Map<string, P[]>();
  const other: P[] = [];
  for (const phrase of phrases) {
    const first = phrase.words[0];
    if (!first) continue;
    if (first.kind === 'stem') byStem.set(first.stem, [...(byStem.get(first.stem) ?? []), phrase]);
    else other.push(phrase);
  }
  return { byStem, other };
};

/**
 * Every match of the indexed phrases in the tokens, within one sentence each; at one start
 * token, the longest phrase only.
 */
export const findPhrases = <P extends Phrase>(
  tokens: readonly WordToken[],
  index: PhraseIndex<P>,
): PhraseMatch<P>[] => {
  const found: PhraseMatch<P>[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as WordToken;
    let best: PhraseMatch<P> | null = null;
    for (const phrase of [...(index.byStem.get(token.stem) ?? []), ...index.other]) {
      const gapTokens: number[] = [];
      const last = matchFrom(tokens, phrase.words, 0, at, token.sentence, gapTokens);
      if (last >= at && (best === null || last > best.last))
        best = { phrase, first: at, last, gapTokens };
    }
    if (best) found.push(best);
  }
  return found;
};

/** Keeps the longest of overlapping matches (the earlier one on a tie). */
export const withoutOverlaps = <P extends Phrase>(
  matches: readonly PhraseMatch<P>[],
): PhraseMatch<P>[] => {
  const byLength = [...matches].sort(
    (a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first,
  );
  const taken: PhraseMatch<P>[] = [];
  for (const m of byLength) {
    if (taken.every((t) => m.last < t.first || m.first > t.last)) taken.push(m);
  }
  return taken.sort((a, b) => a.first - b.first);
};
