/**
 * Impressions and expectations that no one named holds: "The vote seemed to slip away", "The
 * bill is expected to pass", "The group is reportedly spending $1 million", "It appears that the
 * talks failed". What is held is the subject and the clause after the verb together; the source
 * stays empty.
 */
import type { Span } from '../../core/span.js';
import type { Token } from '../text-analysis.js';
import type { Attribution, SentenceRule } from './attribution.js';
import { clauseEnd, newClauseAt } from './content-bounds.js';
import { RAISING_VERBS } from './cue-lexicon.js';
import { BE } from './cues.js';
import { subjectLeft } from './subject-finder.js';
import { hasWords, MIN_CONTENT_WORDS, tokenSpan, type TokenContext } from './token-context.js';

/** Subjects that stand for the clause after the verb ("It seems that …"), not for a thing. */
const DUMMY_SUBJECTS = new Set(['it', 'this', 'there']);

/** Impressions and expectations in the sentence of tokens [a, b). */
export const raisedImpressions: SentenceRule = (ctx, a, b, cueStarts) => {
  const found: Attribution[] = [];
  for (let i = a; i < b; i++) {
    const t = ctx.tokens[i];
    if (!t) continue;
    const reportedly = t.value.length === 10 && t.value.toLowerCase() === 'reportedly';
    // Most words are neither: passed over before the look-up of the quotation around them.
    if ((!reportedly && !isRaisingVerb(t)) || ctx.quotationAt(t.start)) continue;
    const held = reportedly ? reported(ctx, i, a, b, cueStarts) : raised(ctx, i, a, b, cueStarts);
    if (held && hasWords(ctx.text, held.content, MIN_CONTENT_WORDS)) found.push(held);
  }
  return found;
};

/** Whether a token is a raising verb of the lexicon ("seemed", "expected"), as `raised` wants. */
const isRaisingVerb = (t: Token): boolean => t.pos === 'VERB' && RAISING_VERBS.has(t.lemma);

/** "X seemed to …", "X is expected to …", "It appears that …". */
const raised = (
  ctx: TokenContext,
  i: number,
  a: number,
  b: number,
  cueStarts: ReadonlySet<number>,
): Attribution | null => {
  const t = ctx.tokens[i];
  const verb = t && t.pos === 'VERB' ? RAISING_VERBS.get(t.lemma) : undefined;
  if (!verb) return null;
  let cueStart = i;
  if (verb.passive) {
    while (cueStart > a && ctx.tokens[cueStart - 1]?.pos === 'ADV') cueStart--;
    if (!BE.has(ctx.lower(cueStart - 1))) return null;
    cueStart--;
  }
  const subject = subjectLeft(ctx, cueStart, a);
  if (!subject) return null;
  const dummy = subject[1] - subject[0] === 1 && DUMMY_SUBJECTS.has(ctx.lower(subject[0]));
  // "It appears, though, that …": the clause may follow an aside.
  let from = i + 1;
  if (dummy && ctx.lower(from) === ',') {
    let close = from + 1;
    while (close < Math.min(b, from + 5) && ctx.lower(close) !== ',') close++;
    if (ctx.lower(close) === ',') from = close + 1;
  }
  // "seemed equally unperturbed", "seems not to have found": degree words and "not" are part
  // of what seemed.
  let head = from;
  while (
    head < Math.min(b, from + 3) &&
    (ctx.tokens[head]?.pos === 'ADV' || ctx.lower(head) === 'not')
  )
    head++;
  const opener = ctx.lower(head);
  const next = ctx.tokens[head + 1];
  const complement = ctx.tokens[head];
  if (opener === 'like' || (opener === 'as' && /^(?:if|though)$/i.test(next?.value ?? ''))) {
    // "It seemed like the committee had decided …", "as if he wanted …": the clause after it.
    from = head + (opener === 'like' ? 1 : 2);
  } else if (
    !verb.passive &&
    !dummy &&
    (complement?.pos === 'ADJ' ||
      // "seemed rattled by the attacks", "appeared poised to narrow", "seemed an insult away"
      (complement?.pos === 'VERB' && /(?:ed|en)$/i.test(complement.value)) ||
      complement?.pos === 'DET')
  ) {
    // "Voters seemed unperturbed": the subject and what it seemed.
  } else if (dummy && !verb.passive && newClauseAt(ctx, head, b, 8)) {
    // "It seems the party has too many superdelegates": the clause itself.
  } else if (!(opener === 'to' && next?.pos !== 'DET') && !(dummy && opener === 'that')) {
    return null;
  }
  const clause = tokenSpan(ctx.tokens, from, clauseEnd(ctx, from, b, cueStarts));
  const holder = dummy ? null : tokenSpan(ctx.tokens, subject[0], subject[1]);
  const content = [holder, clause].filter((s): s is Span => s !== null);
  return clause
    ? { content, source: null, cue: tokenSpan(ctx.tokens, cueStart, i + 1), direct: false }
    : null;
};

/** "The group is reportedly spending …": the subject with its auxiliary, and the rest of the clause. */
const reported = (
  ctx: TokenContext,
  i: number,
  a: number,
  b: number,
  cueStarts: ReadonlySet<number>,
): Attribution | null => {
  const next = ctx.tokens[i + 1];
  if (next?.pos !== 'VERB' && next?.pos !== 'AUX') return null;
  const subject = subjectLeft(ctx, i, a);
  if (!subject) return null;
  const before = tokenSpan(ctx.tokens, subject[0], i);
  const after = tokenSpan(ctx.tokens, i + 1, clauseEnd(ctx, i + 1, b, cueStarts));
  if (!before || !after) return null;
  return {
    content: [before, after],
    source: null,
    cue: tokenSpan(ctx.tokens, i, i + 1),
    direct: false,
  };
};
