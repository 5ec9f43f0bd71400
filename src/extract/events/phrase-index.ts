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

const wordMatches = (pattern: string, forms: readonly string[]): boolean => {
  if (pattern.endsWith('*')) {
    const stem = pattern.slice(0, -1);
    return forms.some((f) => f.startsWith(stem));
  }
  return forms.includes(pattern);
};

interface Entry<T> {
  readonly words: readonly string[];
  readonly value: T;
}

/**
 * An index of phrases, each with a value.
 * @example createPhraseIndex([['open fire', 'fire']]).matchAt((k) => [['open'], ['fire']][k] ?? null, 0) // [{ value: 'fire', length: 2 }]
 */
export const createPhraseIndex = <T>(phrases: Iterable<readonly [string, T]>): PhraseIndex<T> => {
  const byFirst = new Map<string, Array<Entry<T>>>();
  const wild: Array<Entry<T>> = [];
  let size = 0;
  for (const [text, value] of phrases) {
    const words = compilePhrase(text);
    const first = words[0];
    if (first === undefined) continue;
    size++;
    const entry = { words, value };
    if (first.endsWith('*')) wild.push(entry);
    else {
      const list = byFirst.get(first);
      if (list) list.push(entry);
      else byFirst.set(first, [entry]);
    }
  }
  return {
    size,
    matchAt(forms, k) {
      const here = forms(k);
      if (here === null) return [];
      const candidates = new Set<Entry<T>>(wild);
      for (const f of here) for (const e of byFirst.get(f) ?? []) candidates.add(e);
      const found: Array<PhraseMatch<T>> = [];
      for (const e of candidates) {
        let ok = true;
        for (let n = 0; n < e.words.length && ok; n++) {
          const f = forms(k + n);
          ok = f !== null && wordMatches(e.words[n] as string, f);
        }
        if (ok) found.push({ value: e.value, length: e.words.length });
      }
      return found.sort((a, b) => b.length - a.length);
    },
  };
};
