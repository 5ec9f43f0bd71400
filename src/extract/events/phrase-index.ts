/**
 * Phrases of words matched against tokens by any of their forms (lemma, lower case, singular).
 * A phrase is written as words separated by spaces or hyphens ("cease-fire" and "cease fire" are
 * the same phrase); a word ending in `*` matches any form that begins with it ("peacekeep*").
 */
export interface PhraseIndex<T> {
  /**
   * The phrases that begin at word `k`, longest first. `forms(k)` gives the forms of the k-th
   * word, or null past the end.
   */
  matchAt(forms: (k: number) => readonly string[] | null, k: number): Array<PhraseMatch<T>>;
  readonly size: number;
}

export interface PhraseMatch<T> {
  readonly value: T;
  /** How many words the phrase covers. */
  readonly length: number;
}

/**
 * A phrase as the words it is matched by.
 * @example compilePhrase('Cease-fire  agreement') // ['cease', 'fire', 'agreement']
 */
export const compilePhrase = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[\s\-–]+/)
    .filter((w) => w.length > 0);

/** A word of a phrase: a form to meet exactly, or (`stem*`) the start of one. */
interface PhraseWord {
  readonly text: string;
  readonly prefix: boolean;
}

const phraseWord = (pattern: string): PhraseWord =>
  pattern.endsWith('*')
    ? { text: pattern.slice(0, -1), prefix: true }
    : { text: pattern, prefix: false };

const wordMatches = (word: PhraseWord, forms: readonly string[]): boolean => {
  if (!word.prefix) return forms.includes(word.text);
  for (const f of forms) if (f.startsWith(word.text)) return true;
  return false;
};

interface Entry<T> {
  readonly words: readonly PhraseWord[];
  readonly value: T;
  /** Its place among the phrases the index was given. */
  readonly order: number;
}

const byOrder = <T>(a: Entry<T>, b: Entry<T>): number => a.order - b.order;

/** Whether the words from word `k` on match an entry's phrase. */
const matchesFrom = <T>(
  entry: Entry<T>,
  forms: (k: number) => readonly string[] | null,
  k: number,
): boolean => {
  for (let n = 0; n < entry.words.length; n++) {
    const f = forms(k + n);
    if (f === null || !wordMatches(entry.words[n] as PhraseWord, f)) return false;
  }
  return true;
};

/**
 * An index of phrases, each with a value.
 * @example createPhraseIndex([['open fire', 'fire']]).matchAt((k) => [['open'], ['fire']][k] ?? null, 0) // [{ value: 'fire', length: 2 }]
 */
export const createPhraseIndex = <T>(phrases: Iterable<readonly [string, T]>): PhraseIndex<T> => {
  const byFirst = new Map<string, Array<Entry<T>>>();
  // Phrases whose first word is a prefix ("peacekeep*"), by the prefix's first letter: a word
  // is tried against those its forms could begin with only, not against every one.
  const wildByLetter = new Map<string, Array<Entry<T>>>();
  const add = (index: Map<string, Array<Entry<T>>>, key: string, entry: Entry<T>): void => {
    const list = index.get(key);
    if (list) list.push(entry);
    else index.set(key, [entry]);
  };
  let size = 0;
  for (const [text, value] of phrases) {
    const words = compilePhrase(text).map(phraseWord);
    const first = words[0];
    if (first === undefined) continue;
    const entry = { words, value, order: size++ };
    if (first.prefix) add(wildByLetter, first.text.charAt(0), entry);
    else add(byFirst, first.text, entry);
  }
  /** The prefix phrases a word with these forms may begin, in the order they were given. */
  const wildFor = (here: readonly string[]): ReadonlyArray<Entry<T>> => {
    // Most indexes have no prefix phrases: nothing to look for.
    if (wildByLetter.size === 0) return [];
    const lists: Array<ReadonlyArray<Entry<T>>> = [];
    const anyWord = wildByLetter.get('');
    if (anyWord) lists.push(anyWord);
    for (let i = 0; i < here.length; i++) {
      const letter = (here[i] as string).charAt(0);
      if (here.findIndex((f) => f.charAt(0) === letter) !== i) continue;
      const list = wildByLetter.get(letter);
      if (list) lists.push(list);
    }
    return lists.length <= 1 ? (lists[0] ?? []) : lists.flat().sort(byOrder);
  };
  /**
   * The entries a word with these forms may begin, in the order they are tried: prefix phrases
   * first, then those under each distinct form. Kept by forms array, since a sentence view shares
   * one array among every occurrence of a word: most words are looked up many times.
   */
  const candidates = new WeakMap<readonly string[], ReadonlyArray<Entry<T>>>();
  const candidatesFor = (here: readonly string[]): ReadonlyArray<Entry<T>> => {
    const kept = candidates.get(here);
    if (kept !== undefined) return kept;
    const entries = [...wildFor(here)];
    // An entry sits under one first word only, so distinct forms never offer it twice.
    for (let i = 0; i < here.length; i++) {
      const list = here.indexOf(here[i] as string) === i ? byFirst.get(here[i] as string) : null;
      if (list) entries.push(...list);
    }
    candidates.set(here, entries);
    return entries;
  };
  return {
    size,
    matchAt(forms, k) {
      const here = forms(k);
      if (here === null) return [];
      const found: Array<PhraseMatch<T>> = [];
      for (const e of candidatesFor(here))
        if (matchesFrom(e, forms, k)) found.push({ value: e.value, length: e.words.length });
      // Most words begin one phrase or none: nothing to order.
      return found.length > 1 ? found.sort((a, b) => b.length - a.length) : found;
    },
  };
};
