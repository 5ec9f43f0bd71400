import { isTimeWord } from './actor-finder.js';
import { isNounWord, isPunctWord, type SentenceView, type Word } from './sentence-view.js';

/** Words that open a subordinate clause: what it says is background, not the sentence's act. */
const SUBORDINATORS = new Set([
  'after',
  'because',
  'since',
  'while',
  'when',
  'whereas',
  'although',
  'though',
  'if',
  'unless',
  'until',
  'before',
  'once',
  'where',
  'whose',
  'which',
  'who',
  'whom',
]);

/** Nouns whose "that" clause is what they ask or say, not a relative clause. */
const CLAUSE_NOUNS = new Set([
  'demand',
  'call',
  'appeal',
  'request',
  'insistence',
  'warning',
  'threat',
  'promise',
  'pledge',
  'assurance',
  'announcement',
  'statement',
  'declaration',
  'proposal',
]);

const BREAKS = new Set([';', ':', '(', ')', '—', '–', '―', '--', '[', ']', '{', '}']);

/** How each word of a sentence sits in its clauses. */
export interface ClauseStructure {
  /** Whether word k is inside a subordinate or relative clause. */
  subordinate(k: number): boolean;
  /** Whether word k opens a clause that begins with "unless" or "if" (a threat's condition). */
  conditionAt(k: number): boolean;
  /** The first word at or after `from` that ends the clause word `from` is in. */
  clauseEnd(from: number): number;
}

/** Whether word k is a subordinating "as" ("as the opposition threatened"), not "as part of". */
const isClausalAs = (view: SentenceView, k: number): boolean => {
  if (view.words[k]?.lower !== 'as') return false;
  const next = view.words[k + 1];
  if (
    !next ||
    ['well', 'part', 'a', 'an', 'such', 'saying', 'soon', 'much', 'many', 'long'].includes(
      next.lower,
    )
  )
    return false;
  if (!(
    next.pos === 'DET' ||
    next.pos === 'PROPN' ||
    next.pos === 'PRON' ||
    next.pos === 'NOUN' ||
    next.pos === 'ADJ'
  ))
    return false;
  for (let j = k + 1; j < Math.min(view.words.length, k + 8); j++) {
    const w = view.words[j] as Word;
    if (w.lower === ',' || BREAKS.has(w.lower)) return false;
    if (w.pos === 'VERB' || w.pos === 'AUX') return true;
  }
  return false;
};

/** Whether word k is a "that" opening a relative clause ("the plan that …"). */
const isRelativeThat = (view: SentenceView, k: number): boolean => {
  const w = view.words[k];
  if (w?.lower !== 'that') return false;
  let j = k - 1;
  // "its demand today that", "said on Tuesday that": skip time words back to what governs it.
  while (
    j >= 0 &&
    (isTimeWord(view.words[j]) ||
      ['again', 'also', 'on', 'last', 'this', 'early', 'late'].includes(view.words[j]?.lower ?? ''))
  )
    j--;
  // "an allegation by the Liberian Peace Council (LPC) that": look past a parenthesis.
  if (view.words[j]?.lower === ')') {
    while (j >= 0 && view.words[j]?.lower !== '(') j--;
    j--;
  }
  const before = view.words[j];
  return (
    isNounWord(before) &&
    !CLAUSE_NOUNS.has(before?.forms[1] ?? '') &&
    !before?.forms.some((f) => CLAUSE_NOUNS.has(f))
  );
};

const opensSubordinate = (view: SentenceView, k: number): boolean => {
  const w = view.words[k] as Word;
  if (SUBORDINATORS.has(w.lower)) {
    // "who" and "which" as question words after a verb are not clauses of their own; rare in news.
    return true;
  }
  if (
    w.lower === 'following' &&
    (view.words[k - 1]?.lower === ',' || w.pos === 'VERB' || w.pos === 'ADP')
  )
    return k > 0;
  if (isClausalAs(view, k)) return true;
  if (isRelativeThat(view, k)) return true;
  // "so that same-sex marriages are banned", "in order that"
  if (
    w.lower === 'that' &&
    (view.words[k - 1]?.lower === 'so' || view.words[k - 1]?.lower === 'order')
  )
    return true;
  // ", killing three" — a participle clause after a comma.
  if (w.pos === 'VERB' && w.lower.endsWith('ing') && view.words[k - 1]?.lower === ',') return true;
  return false;
};

/**
 * Reads the clause structure of a sentence from its words: subordinate and relative clauses
 * (from their opening word to the next comma or break), and where each clause ends.
 */
export const readClauses = (view: SentenceView): ClauseStructure => {
  const n = view.words.length;
  const level = new Array<boolean>(n).fill(false);
  const condition = new Array<boolean>(n).fill(false);
  for (let k = 0; k < n; k++) {
    if (!opensSubordinate(view, k)) continue;
    const isCondition = view.words[k]?.lower === 'unless' || view.words[k]?.lower === 'if';
    let j = k;
    while (j < n && view.words[j]?.lower !== ',' && !BREAKS.has(view.words[j]?.lower ?? '')) {
      level[j] = true;
      if (isCondition) condition[j] = true;
      j++;
    }
  }

  const clauseEnd = (from: number): number => {
    for (let k = from; k < n; k++) {
      const w = view.words[k] as Word;
      if (BREAKS.has(w.lower)) return k;
      if (w.lower === 'according' && view.words[k + 1]?.lower === 'to') return k;
      if (opensSubordinate(view, k) && w.lower !== 'that') return k;
      if (w.lower === ',') {
        // A list of names goes on after a comma: "to Iran, Libya, North Korea, and Cuba".
        const next = view.words[k + 1];
        const afterNext = view.words[k + 2];
        const continuesList =
          next !== undefined &&
          /^\p{Lu}/u.test(next.token.value) &&
          next.pos === 'PROPN' &&
          !(afterNext?.pos === 'VERB' || afterNext?.pos === 'AUX');
        const andList =
          (next?.lower === 'and' || next?.lower === 'or') &&
          afterNext !== undefined &&
          afterNext.pos === 'PROPN';
        if (!continuesList && !andList) return k;
      }
      if ((w.lower === 'and' || w.lower === 'but') && k > from) {
        for (let j = k + 1; j < Math.min(n, k + 4); j++) {
          const v = view.words[j] as Word;
          if (v.pos === 'AUX' || (v.pos === 'VERB' && !v.lower.endsWith('ed') && j === k + 1))
            return k;
          if (
            v.pos === 'VERB' &&
            (view.words[j - 1]?.pos === 'PRON' || view.words[j - 1]?.pos === 'ADV' || j === k + 1)
          )
            return k;
          if (isPunctWord(v)) break;
        }
      }
    }
    return n;
  };

  return {
    subordinate: (k) => level[k] ?? false,
    conditionAt: (k) => condition[k] ?? false,
    clauseEnd,
  };
};
