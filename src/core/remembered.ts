/**
 * A pure look-up by text whose answers are kept, for work that the same words, names and
 * descriptions repeat in a document and across the documents of an ingest. Past `limit` answers
 * they are all forgotten at once, which bounds memory at no bookkeeping cost per look-up.
 * @example const stem = remembered(porterStem); stem('talks'); stem('talks') // computed once
 */
export const remembered = <T>(look: (text: string) => T, limit = 50_000): ((text: string) => T) => {
  const known = new Map<string, T>();
  return (text) => {
    // One look-up on a hit; `has` only to tell an answer of undefined from no answer.
    const kept = known.get(text);
    if (kept !== undefined || known.has(text)) return kept as T;
    const value = look(text);
    if (known.size >= limit) known.clear();
    known.set(text, value);
    return value;
  };
};
