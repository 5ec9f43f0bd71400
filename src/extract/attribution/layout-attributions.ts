/**
 * Attributions that hang on the layout of the text rather than on a cue verb: questions put by
 * someone unnamed, a sentence led by the document it reports, transcript labels, signed quotes.
 */
import type { Span } from '../../core/span.js';
import type { Attribution, SentenceRule } from './attribution.js';
import { clauseEnd, onlyTrailing, quotationStartingAfter } from './content-bounds.js';
import { CUE_VERBS, SOURCE_DOCUMENTS } from './cue-lexicon.js';
import { subjectRight, type TokenRange } from './subject-finder.js';
import { BE } from './cues.js';
import {
  DASHES,
  firstComma,
  isFiniteVerb,
  isPunct,
  isQuoteMark,
  MIN_CONTENT_WORDS,
  MIN_QUOTE_WORDS,
  tokenSpan,
  words,
  type TokenContext,
} from './token-context.js';

/** What may follow "asked" when it introduces the question itself. */
const QUESTION_OPENERS = new Set([
  'about',
  'whether',
  'if',
  'what',
  'who',
  'whom',
  'why',
  'how',
  'when',
  'which',
  'where',
]);

/**
 * Questions put to someone: "Asked whether he would run, …", "She was asked about the deal.",
 * "He was asked by host John Dickerson whether …". The question is what was said; its source is
 * who asked, named after "by", else empty.
 */
export const questionsPut: SentenceRule = (ctx, a, b, cueStarts) => {
  const found: Attribution[] = [];
  for (let i = a; i < b; i++) {
    if (ctx.lower(i) !== 'asked' || ctx.quotationAt(ctx.tokens[i]?.start ?? 0)) continue;
    const passive = i === a || BE.has(ctx.lower(i - 1)) || /^(?:when|if|,)$/.test(ctx.lower(i - 1));
    if (!passive) continue;
    // "asked by host John Dickerson whether …": the one who asked is named after "by".
    let k = i + 1;
    let asker: TokenRange | null = null;
    if (ctx.lower(k) === 'by') {
      asker = subjectRight(ctx, k + 1, b);
      if (!asker) continue;
      k = asker[1];
    }
    if (ctx.lower(k) === ',' && isQuoteMark(ctx.tokens[k + 1])) k++;
    // Past where and when it was asked: "Asked at a briefing Monday in Washington about …",
    // "Asked specifically what …".
    k = pastAdverbials(ctx, k, b);
    const opener = ctx.lower(k);
    if (!(QUESTION_OPENERS.has(opener) || isQuoteMark(ctx.tokens[k]))) continue;
    const from = opener === 'about' ? k + 1 : k;
    const quote = quotationStartingAfter(ctx, k, b);
    // A question fronted before the main clause or set off by commas ("Asked whether …, she shook
    // her head") ends at the comma that closes it.
    const fronted = i === a || /^(?:when|,)$/.test(ctx.lower(i - 1));
    const end = Math.min(
      clauseEnd(ctx, from, b, cueStarts),
      fronted ? firstComma(ctx, from, b) : b,
    );
    const content = quote
      ? [...quote.inner]
      : [tokenSpan(ctx.tokens, from, end)].filter((x): x is Span => x !== null);
    if (words(ctx.text, content) < MIN_CONTENT_WORDS) continue;
    const cue = tokenSpan(ctx.tokens, i, opener === 'about' && k === i + 1 ? i + 2 : i + 1);
    const source = asker && tokenSpan(ctx.tokens, asker[0], asker[1]);
    found.push({ content, source, cue, direct: quote !== undefined });
  }
  return found;
};

/** How many words of time, place and manner may stand between "asked" and its question. */
const MAX_ADVERBIAL = 8;

/** The first question opener from `k` past a short phrase of time, place or manner, else `k`. */
const pastAdverbials = (ctx: TokenContext, k: number, b: number): number => {
  for (let j = k; j < Math.min(b, k + MAX_ADVERBIAL); j++) {
    if (QUESTION_OPENERS.has(ctx.lower(j))) return j;
    if (!/^(?:ADP|PROPN|NOUN|DET|ADV|NUM|ADJ)$/.test(ctx.tokens[j]?.pos ?? '')) return k;
  }
  return k;
};

/**
 * A sentence that opens by naming the poll, statement or interview it reports: "In a CNN poll
 * released Monday, Clinton led by 24 points." The document is the source, the rest the content.
 */
export const documentLead: SentenceRule = (ctx, a, b, cueStarts) => {
  if (ctx.lower(a) !== 'in') return [];
  let comma = a + 1;
  while (comma < b && comma - a < 14 && ctx.tokens[comma]?.value !== ',') comma++;
  if (ctx.tokens[comma]?.value !== ',') return [];
  const named = ctx.tokens.slice(a + 1, comma).some((t) => SOURCE_DOCUMENTS.has(t.lemma));
  const end = clauseEnd(ctx, comma + 1, b, cueStarts);
  // "In a statement, the ministry said …", "In a statement, Jo Park, a spokesman, said …": a cue
  // of the sentence has the attribution.
  for (let k = comma + 1; k < b; k++) if (cueStarts.has(k)) return [];
  const content = tokenSpan(ctx.tokens, comma + 1, end);
  if (!named || !content || words(ctx.text, [content]) < MIN_CONTENT_WORDS) return [];
  return [
    {
      content: [content],
      source: tokenSpan(ctx.tokens, a + 1, comma),
      cue: tokenSpan(ctx.tokens, a, a + 1),
      direct: false,
    },
  ];
};

/** Documents whose findings a sentence may report before naming them: "…, in the latest poll." */
const FINDINGS = new Set(['poll', 'survey']);

/**
 * A sentence that ends by naming the poll it reports: "Clinton led by four points in a Fox News
 * poll released Thursday." The poll is the source, the words before it the content.
 */
export const documentTail: SentenceRule = (ctx, a, b, cueStarts) => {
  let end = b;
  while (end > a && isPunct(ctx.tokens[end - 1])) end--;
  // The "in" that opens the last phrase of the sentence, a poll among its first words.
  for (let k = end - 2; k > a + 2 && end - k <= 14; k--) {
    if (ctx.lower(k) !== 'in') continue;
    // "in (the latest CNN/ORC) poll(s) (released Wednesday)": the poll heads a noun phrase
    // that runs to the sentence's end, with at most a participle phrase after it.
    let head = k + 1;
    while (head < end && /^(?:DET|ADJ|PROPN|NOUN|NUM)$/.test(ctx.tokens[head]?.pos ?? '')) {
      if (FINDINGS.has(ctx.tokens[head]?.lemma ?? '')) break;
      head++;
    }
    if (!FINDINGS.has(ctx.tokens[head]?.lemma ?? '')) return [];
    const tail = ctx.tokens.slice(head + 1, end);
    // "in the polls" is a standing, not a report: the poll must be one in particular.
    const particular = ctx.tokens
      .slice(k + 1, head)
      .some(
        (t) =>
          t.pos === 'PROPN' || t.pos === 'NUM' || /^(?:a|an|latest|new|recent)$/i.test(t.value),
      );
    if (!particular && tail.length === 0) return [];
    if (
      tail.length > 6 ||
      tail.some((t) => t.value === ',' || (t.pos === 'VERB' && !/ed$/.test(t.value)))
    )
      return [];
    const clause = ctx.tokens.slice(a, k);
    if (clause.some((_, i) => cueStarts.has(a + i))) return [];
    if (!clause.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return [];
    let last = k;
    while (last > a && isPunct(ctx.tokens[last - 1])) last--;
    const content = tokenSpan(ctx.tokens, a, last);
    if (!content || words(ctx.text, [content]) < MIN_CONTENT_WORDS) return [];
    return [
      {
        content: [content],
        source: tokenSpan(ctx.tokens, k + 1, end),
        cue: tokenSpan(ctx.tokens, k, k + 1),
        direct: false,
      },
    ];
  }
  return [];
};

/**
 * A sentence rule for the body of the text: `headline`, the first paragraph, is read by
 * speakerLabels alone.
 */
type BodyRule = (
  ctx: TokenContext,
  a: number,
  b: number,
  cueStarts: ReadonlySet<number>,
  headline: Span | undefined,
) => Attribution[];

/**
 * A name and a colon before a quotation, inside a paragraph: 'Clinton: "Our goal is to defeat
 * ISIS." Bush: "The mission is to destroy it."', 'Rep. Trey Gowdy (R-S.C.): "…"'.
 */
export const labelledQuotes: BodyRule = (ctx, a, b, cueStarts, headline) => {
  if (inHeadline(ctx, a, headline)) return [];
  const label = openingLabel(ctx, a, b) ?? nameBeforeColon(ctx, a, b, cueStarts);
  if (!label) return [];
  const [first, colon] = label;
  // "…,” by Times' Michael Paulson: “…”": a byline before an excerpt of the writer's article.
  if (bylineBefore(ctx, first)) return [];
  const quote = quotationStartingAfter(ctx, colon + 1, b);
  if (!quote || words(ctx.text, quote.inner) < MIN_CONTENT_WORDS) return [];
  const name = tokenSpan(ctx.tokens, first, colon + 1);
  return [
    {
      content: [...quote.inner],
      source: name && { start: name.start, end: ctx.text.lastIndexOf(':', name.end) },
      cue: tokenSpan(ctx.tokens, colon, colon + 1),
      direct: true,
    },
  ];
};

/** Whether "by" (or "by Times'") stands right before the name at token `first`: a byline. */
const bylineBefore = (ctx: TokenContext, first: number): boolean =>
  ctx.lower(first - 1) === 'by' ||
  (/^['’]s?$/.test(ctx.tokens[first - 1]?.value ?? '') && ctx.lower(first - 3) === 'by');

/** Whether the sentence at token `a` is in the headline, whose label speakerLabels reads. */
const inHeadline = (ctx: TokenContext, a: number, headline: Span | undefined): boolean =>
  headline !== undefined && (ctx.tokens[a]?.start ?? 0) < headline.end;

/** The tokenizer may join a closing parenthesis and the colon: "(R-Ohio):". */
const isColon = (ctx: TokenContext, k: number): boolean =>
  /^\)?:$/.test(ctx.tokens[k]?.value ?? '');

/** A name and a colon opening the sentence: [first token, colon]. */
const openingLabel = (ctx: TokenContext, a: number, b: number): TokenRange | null => {
  let k = a;
  let depth = 0;
  while (k < Math.min(b, a + 8) && !isColon(ctx, k)) {
    const t = ctx.tokens[k] as (typeof ctx.tokens)[number];
    if (t.value === '(') depth++;
    else if (t.value === ')') depth--;
    else if (depth === 0 && t.pos !== 'PROPN' && t.value !== '.') return null;
    k++;
  }
  if (ctx.tokens[k]?.value === '):') depth--;
  if (k === a || !isColon(ctx, k) || depth !== 0) return null;
  if (k - a === 1 && NOT_SPEAKERS.has(ctx.lower(a))) return null;
  return [a, k];
};

/**
 * A name closing a clause before a colon and a quotation, with no cue of its own: "The surge
 * doesn't surprise pollster Daron Shaw: “…”", "More from Jones: “…”".
 */
const nameBeforeColon = (
  ctx: TokenContext,
  a: number,
  b: number,
  cueStarts: ReadonlySet<number>,
): TokenRange | null => {
  for (let colon = a + 1; colon < b; colon++) {
    if (ctx.tokens[colon]?.value !== ':' || ctx.quotationAt(ctx.tokens[colon]?.start ?? 0))
      continue;
    for (let k = a; k < colon; k++) if (cueStarts.has(k)) return null;
    let first = colon;
    while (first > a && /^(?:PROPN)$/.test(ctx.tokens[first - 1]?.pos ?? '')) first--;
    if (first === colon || NOT_SPEAKERS.has(ctx.lower(first))) return null;
    return [first, colon];
  }
  return null;
};

/** Words that may follow a verb of saying before the sentence ends: "cried out", "shot back". */
const VERB_PARTICLES = new Set(['out', 'back', 'up', 'in', 'off', 'on']);

/**
 * A quotation followed by its speaker and any verb, which then needs no place in the cue
 * lexicon: "“Nooooo!” the crowd cried out, booing." / "“I am still here,” it read." / "“Go,”
 * barked Oliver." The quote must close on a comma, "!" or "?", as a quote does before its tag.
 */
export const quotationsTagged = (ctx: TokenContext, a: number, b: number): Attribution[] => {
  const from = ctx.tokens[a]?.start ?? 0;
  const to = ctx.tokens[b - 1]?.end ?? 0;
  const found: Attribution[] = [];
  for (const q of ctx.quotations) {
    if (q.end <= from || q.end >= to) continue;
    // A title in the middle of a clause is no quotation: 'Mr. Brolin gets "Hail, Caesar!," …'.
    const opening = ctx.firstTokenFrom(q.start);
    const before = ctx.tokens[opening - 1];
    const sameLine = before !== undefined && !ctx.text.slice(before.end, q.start).includes('\n');
    if (sameLine && /[\p{L}\p{N}]/u.test(before.value)) continue;
    const last = q.inner.at(-1);
    if (!last || !/[,!?]$/.test(ctx.text.slice(last.start, last.end).trimEnd())) continue;
    const tag = speakerTag(ctx, ctx.firstTokenFrom(q.end), b);
    if (!tag || words(ctx.text, q.inner) < MIN_CONTENT_WORDS) continue;
    // A quote split by its tag: "“Everything we said,” he exclaimed, “has overlapped.”"
    const rest = quotationStartingAfter(ctx, tag.end, b);
    found.push({
      content: rest ? [...q.inner, ...rest.inner] : [...q.inner],
      source: tokenSpan(ctx.tokens, tag.source[0], tag.source[1]),
      cue: tokenSpan(ctx.tokens, tag.verb, tag.verb + 1),
      direct: true,
    });
  }
  return found;
};

/**
 * The speaker and verb right after a quotation ("the crowd cried out", "barked Oliver"), with
 * nothing but a time or place phrase, an aside or a participle after them, and the token after
 * the tag. Verbs of the cue lexicon are left to the cue rules.
 */
const speakerTag = (
  ctx: TokenContext,
  k: number,
  b: number,
): { source: TokenRange; verb: number; end: number } | null => {
  const isVerb = (i: number): boolean => {
    const t = ctx.tokens[i];
    return t !== undefined && t.pos === 'VERB' && !/ing$/i.test(t.value) && !CUE_VERBS.has(t.lemma);
  };
  let source: TokenRange | null;
  let verb: number;
  if (isVerb(k)) {
    verb = k;
    source = subjectRight(ctx, k + 1, b);
    if (!source) return null;
    return endsTag(ctx, source[1], b) ? { source, verb, end: source[1] } : null;
  }
  source = subjectRight(ctx, k, b);
  if (!source) return null;
  verb = source[1];
  while (ctx.tokens[verb]?.pos === 'ADV') verb++;
  if (!isVerb(verb)) return null;
  let after = verb + 1;
  if (VERB_PARTICLES.has(ctx.lower(after))) after++;
  return endsTag(ctx, after, b) ? { source, verb, end: after } : null;
};

/** Whether the tag ends at token `k`: the sentence end, a comma, or a short time or place phrase. */
const endsTag = (ctx: TokenContext, k: number, b: number): boolean =>
  k >= b || ctx.tokens[k]?.value === ',' || onlyTrailing(ctx, k, b);

/**
 * Whether tokens [a, b) of a headline may name who speaks: capitalised words ("Lynch", "Ted Cruz",
 * "Wash Post Fact-Check"), which the tagger often misreads at a headline's start ("Lynch" as a
 * verb), with a possessive or a full stop among them; not a phrase opening on "The" ("The
 * Latest"), joined by a preposition or conjunction ("Big Win For Bernie", "Stealth Over Health"),
 * or holding a verb of saying ("Trump Says: …", which that verb's own rule reads).
 */
const headlineName = (ctx: TokenContext, a: number, b: number): boolean =>
  ctx.lower(a) !== 'the' &&
  ctx.tokens.slice(a, b).every(
    (t, i) =>
      (t.pos === 'PROPN' || /^\p{Lu}/u.test(t.value) || /^(?:\.|['’]s)$/.test(t.value)) &&
      !HEADLINE_LINKS.has(ctx.lower(a + i)) &&
      // "Trump Says: …" has its cue already (but "NY Post:" and "Report:" are names).
      !(t.pos === 'VERB' && CUE_VERBS.has(t.lemma)),
  );

/** Short words a headline capitalises that join phrases rather than name anyone. */
const HEADLINE_LINKS = new Set([
  'for',
  'over',
  'on',
  'in',
  'to',
  'at',
  'of',
  'with',
  'and',
  'or',
  'from',
  'about',
  'after',
  'vs',
]);

/** Labels that head a paragraph with a colon but name no speaker. */
const NOT_SPEAKERS = new Set([
  'note',
  'update',
  'updated',
  'editor',
  'correction',
  'source',
  'sources',
  'photo',
  'related',
  'read',
  'watch',
  'video',
  'breaking',
  'exclusive',
  'revealed',
  'look',
  'wow',
  'boom',
  'busted',
  'bombshell',
  'byline',
  'just',
  'live',
  'analysis',
  'opinion',
  'photos',
  'q',
  'a',
]);

/**
 * Transcript and headline labels: a paragraph that opens with a speaker's name and a colon
 * ("PENCE: Well, look…", a headline "Pence: Flowers Won’t Be at Debate"). In a transcript the
 * name is in capitals; the first paragraph (the headline) may name anyone. What follows is
 * what that speaker said, verbatim.
 */
export const speakerLabels = (ctx: TokenContext, paragraphs: readonly Span[]): Attribution[] => {
  const found: Attribution[] = [];
  let t = 0;
  paragraphs.forEach((p, index) => {
    while (t < ctx.tokens.length && (ctx.tokens[t]?.start ?? 0) < p.start) t++;
    let k = t;
    if (isQuoteMark(ctx.tokens[k])) k++;
    const first = k;
    while (k < first + 4 && ctx.tokens[k] && ctx.tokens[k]?.value !== ':') k++;
    const colon = ctx.tokens[k];
    if (colon?.value !== ':' || k === first || colon.end >= p.end) return;
    const label = ctx.tokens.slice(first, k);
    const capitals = label.every((x) => /^\p{Lu}[\p{Lu}.'’-]*$/u.test(x.value));
    if (!(capitals || (index === 0 && headlineName(ctx, first, k)))) return;
    if (NOT_SPEAKERS.has(ctx.lower(first))) return;
    const content = { start: ctx.tokens[k + 1]?.start ?? colon.end, end: p.end };
    if (words(ctx.text, [content]) < MIN_CONTENT_WORDS) return;
    // A headline asking a question of its label asks about it: "Ted Cruz: Conservative or not?"
    if (index === 0 && !capitals && /\?\W*$/.test(ctx.text.slice(content.start, content.end)))
      return;
    found.push({
      content: [content],
      source: tokenSpan(ctx.tokens, first, k),
      cue: { start: colon.start, end: colon.end },
      direct: true,
    });
  });
  return found;
};

/** Dashes that sign a quotation with its author's name; "--" more often opens a byline. */
const SIGNATURE_DASHES = new Set([...DASHES].filter((d) => d !== '--'));

/** A quotation signed with a dash and a name after it: "“We are tired.” ― Ana Ruiz". */
export const signedQuotes = (ctx: TokenContext): Attribution[] =>
  ctx.quotations.flatMap((q): Attribution[] => {
    let k = ctx.firstTokenFrom(q.end);
    if (!SIGNATURE_DASHES.has(ctx.tokens[k]?.value ?? '')) return [];
    if (/\n/.test(ctx.text.slice(q.end, ctx.tokens[k]?.start))) return [];
    const first = ++k;
    while (k < first + 5 && /^\p{Lu}/u.test(ctx.tokens[k]?.value ?? '')) k++;
    const next = ctx.tokens[k];
    // The name closes its line: a full stop, a line break, or the end of the text after it.
    const ends =
      !next ||
      /^(?:\.|\s*\n)/.test(next.value) ||
      /\n/.test(ctx.text.slice(ctx.tokens[k - 1]?.end, next.start));
    if (k === first || !ends || words(ctx.text, q.inner) < MIN_QUOTE_WORDS) return [];
    return [
      {
        content: [...q.inner],
        source: tokenSpan(ctx.tokens, first, k),
        cue: tokenSpan(ctx.tokens, first - 1, first),
        direct: true,
      },
    ];
  });

/** Pronouns that may speak before a colon: "She then addressed the supporters again: “…”". */
const SPEAKING_PRONOUNS = /^(?:he|she|they|i|we)$/i;

/**
 * A clause of a named speaker's doing that ends on a colon before a quotation, here or in the
 * next paragraph, with no cue of its own: "She then addressed the supporters again: “…”",
 * "President Clinton released the following statement:¶“…”". The subject is a name or a
 * personal pronoun, the cue the verb phrase up to the colon.
 */
export const clauseBeforeColon: BodyRule = (ctx, a, b, cueStarts, headline) => {
  if (inHeadline(ctx, a, headline)) return [];
  let colon = b - 1;
  while (colon > a && ctx.tokens[colon]?.value !== ':') colon--;
  const mark = ctx.tokens[colon];
  if (colon <= a || mark?.value !== ':' || ctx.quotationAt(mark.start)) return [];
  // The quotation may open the next paragraph, past the line breaks' own tokens.
  let next = colon + 1;
  while (ctx.tokens[next]?.pos === 'SPACE') next++;
  for (let k = a; k < colon; k++) if (cueStarts.has(k) || isQuoteMark(ctx.tokens[k])) return [];
  let verb = a;
  while (verb < colon && !isFiniteVerb(ctx.tokens[verb])) verb++;
  if (verb === a || verb >= colon) return [];
  const subject = ctx.tokens.slice(a, verb).filter((t) => t.pos !== 'ADV');
  const head = subject.at(-1);
  const named =
    head !== undefined &&
    // A name, perhaps after a title the tagger reads as a noun ("President Clinton").
    ((head.pos === 'PROPN' &&
      subject.every((t) => t.pos === 'PROPN' || t.value === '.' || /^\p{Lu}/u.test(t.value))) ||
      (subject.length === 1 && SPEAKING_PRONOUNS.test(head.value)));
  if (!named) return [];
  const quote = quotationStartingAfter(ctx, next, Math.min(ctx.tokens.length, next + 2));
  if (!quote || words(ctx.text, quote.inner) < MIN_QUOTE_WORDS) return [];
  return [
    {
      content: [...quote.inner],
      source: { start: subject[0]?.start ?? head.start, end: head.end },
      cue: tokenSpan(ctx.tokens, verb, colon + 1),
      direct: true,
    },
  ];
};
