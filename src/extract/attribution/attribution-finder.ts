import type { Span } from '../../core/span.js';
import type { AnalysedText } from '../text-analysis.js';
import { CONTINUING_PARTICIPLES, CUE_VERBS, SOURCE_DOCUMENTS, TIME_WORDS } from './cue-lexicon.js';
import { findQuotations, type Quotation } from './quotations.js';
import { subjectLeft, subjectRight, type TokenRange } from './subject-finder.js';
import {
  createTokenContext,
  isPunct,
  isQuoteMark,
  tokenSpan,
  type TokenContext,
} from './token-context.js';

/** An attribution found in the text, before its speaker and date are resolved. */
export interface Attribution {
  readonly content: readonly Span[];
  readonly source: Span | null;
  readonly cue: Span | null;
  readonly direct: boolean;
}

/** Fewest words for a quotation to be something said rather than a scare-quoted term. */
const MIN_QUOTE_WORDS = 3;
/** Fewest words of reported content. */
const MIN_CONTENT_WORDS = 2;
const CONTENT_SKIP = new Set([',', ':', '—', '–', '-']);

const words = (text: string, spans: readonly Span[]): number =>
  spans.reduce((n, s) => n + (text.slice(s.start, s.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);

interface Cue {
  /** Token range of the cue phrase. */
  readonly range: TokenRange;
  readonly sourceAfter: boolean;
}

/** Cue phrases of a sentence (verbs of the lexicon, "according to"), outside quotations. */
const cuesIn = (ctx: TokenContext, a: number, b: number): Cue[] => {
  const cues: Cue[] = [];
  for (let i = a; i < b; i++) {
    const t = ctx.tokens[i];
    if (!t || ctx.quotationAt(t.start)) continue;
    const w = t.value.toLowerCase();
    if (w === 'according' && ctx.lower(i + 1) === 'to') {
      cues.push({ range: [i, i + 2], sourceAfter: true });
      i++;
      continue;
    }
    const entry = CUE_VERBS.get(t.lemma);
    if (!entry || !actsAsCue(ctx, i, a)) continue;
    let end = i + 1;
    if (entry.particles?.includes(ctx.lower(end))) end++;
    else if (entry.particleRequired) continue;
    cues.push({ range: [i, end], sourceAfter: false });
  }
  return cues;
};

const BE = new Set([
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'being',
  'get',
  'got',
  'gets',
  "'s",
  '’s',
]);
const SUBJECT_PRONOUN = /^(he|she|they|it|we|i|you)$/i;
/** Verbs whose past participle before "of" describes someone ("people accused of fraud"). */
const PARTICIPLE_OF = new Set([
  'accuse',
  'charge',
  'suspect',
  'convict',
  'acquit',
  'clear',
  'inform',
  'remind',
  'warn',
]);

/**
 * Whether a token whose lemma is a cue verb is used as one here: a verb (or a verb the tagger
 * took for a noun, as in "the Post reports that"), not a passive ("was endorsed by") or a reduced
 * relative ("people accused of murder").
 */
const actsAsCue = (ctx: TokenContext, i: number, a: number): boolean => {
  const t = ctx.tokens[i];
  if (!t) return false;
  const next = ctx.lower(i + 1);
  if (t.pos === 'NOUN') {
    const prev = ctx.tokens[i - 1];
    const nominalBefore =
      prev !== undefined &&
      i > a &&
      (prev.pos === 'PROPN' || (prev.pos === 'PRON' && SUBJECT_PRONOUN.test(prev.value)));
    const after = ctx.tokens[i + 1];
    const clauseAfter =
      next === 'that' ||
      // "Viguerie notes, “…”" / "notes: “…”"
      ((next === ',' || next === ':') && isQuoteMark(ctx.tokens[i + 2])) ||
      (next === 'to' && ctx.tokens[i + 2]?.pos === 'VERB') ||
      SUBJECT_PRONOUN.test(next) ||
      // "the Daily News claims the NRA's refusal … is …": a clause with a verb of its own follows.
      ((after?.pos === 'DET' || after?.pos === 'PROPN') &&
        ctx.tokens.slice(i + 2, i + 14).some((x) => x.pos === 'AUX' || x.pos === 'VERB'));
    return nominalBefore && clauseAfter && /s$/.test(t.value);
  }
  if (t.pos !== 'VERB') return false;
  const w = t.value.toLowerCase();
  if (w.endsWith('ed') || w.endsWith('en') || w === 'told' || w === 'said' || w === 'thought') {
    if (next === 'by' || next === 'with' || (next === 'of' && PARTICIPLE_OF.has(t.lemma)))
      return false;
    let k = i - 1;
    while (k >= a && (ctx.tokens[k]?.pos === 'ADV' || ctx.lower(k) === 'not')) k--;
    if (BE.has(ctx.lower(k)) && next !== 'to' && next !== 'that') return false;
  }
  return true;
};

/** Whether the words after the cue, to the end of the sentence, are only a time or place phrase. */
const TRAILING_POS = new Set([
  'ADP',
  'DET',
  'NUM',
  'PROPN',
  'NOUN',
  'ADV',
  'ADJ',
  'PUNCT',
  'CCONJ',
]);
/** Words that open a time phrase after a cue ("said yesterday", "said last week"). */
const TIME_LEADS: ReadonlySet<string> = new Set([
  ...TIME_WORDS,
  'last',
  'this',
  'then',
  'afterwards',
]);
/**
 * Whether the words after a cue, to the end of the sentence, are only a time or place phrase
 * ("said on Friday in Tehran", "said yesterday") — not an object or a clause of their own.
 */
const onlyTrailing = (ctx: TokenContext, from: number, b: number): boolean => {
  let content = 0;
  let first: (typeof ctx.tokens)[number] | undefined;
  for (let k = from; k < b; k++) {
    const t = ctx.tokens[k] as (typeof ctx.tokens)[number];
    if (isQuoteMark(t) || t.value.toLowerCase() === 'that' || !TRAILING_POS.has(t.pos))
      return false;
    if (!isPunct(t)) {
      content++;
      first ??= t;
    }
  }
  if (
    first &&
    first.pos !== 'ADP' &&
    first.pos !== 'ADV' &&
    !TIME_LEADS.has(first.value.toLowerCase())
  )
    return false;
  return content <= 6;
};

/** The quotation that ends just before token `k` (allowing a comma and the closing mark between), unless it ended a sentence. */
const quotationEndingBefore = (ctx: TokenContext, k: number): Quotation | undefined => {
  let j = k - 1;
  while (j >= 0 && isPunct(ctx.tokens[j]) && !isQuoteMark(ctx.tokens[j])) j--;
  const t = ctx.tokens[j];
  if (!t || !isQuoteMark(t)) return undefined;
  const q = ctx.quotationAt(t.start);
  if (!q || q.end > t.end) return undefined;
  // A quote that closes on a full stop ended its sentence: "“…tired.” Her deputy said: …".
  const last = q.inner.at(-1);
  return last && ctx.text[last.end - 1] === '.' ? undefined : q;
};

/** The quotation that opens just after token `k` (allowing a colon or comma between). */
const quotationStartingAfter = (
  ctx: TokenContext,
  k: number,
  limit: number,
): Quotation | undefined => {
  let j = k;
  while (
    j < limit &&
    (CONTENT_SKIP.has(ctx.tokens[j]?.value ?? '') || ctx.tokens[j]?.pos === 'ADV')
  )
    j++;
  const t = ctx.tokens[j];
  if (!t || !isQuoteMark(t)) return undefined;
  const q = ctx.quotationAt(t.start);
  return q && q.start === t.start ? q : undefined;
};

/** Words that, after a comma, open a clause that is not part of what was said. */
const CLAUSE_BREAKS = new Set([
  'but',
  'though',
  'although',
  'whereas',
  'while',
  'who',
  'which',
  'where',
  'as',
]);

/** Words that, after a comma, open a comment on what was said rather than more of it. */
const COMMENT_OPENERS = new Set(['however', 'compared', 'something', 'though', 'meanwhile']);

/** Where reported content after a cue ends: the sentence end, or a following attribution's clause. */
const clauseEnd = (
  ctx: TokenContext,
  from: number,
  b: number,
  cueStarts: ReadonlySet<number>,
): number => {
  for (let k = from; k < b; k++) {
    const t = ctx.tokens[k];
    if (!t || ctx.quotationAt(t.start)) continue;
    if (t.value === ';' || (t.value === ':' && k > from + 2)) return k;
    // A second verb phrase of the same subject with its own cue: "promised X and said Y".
    if (t.value.toLowerCase() === 'and' && cueStarts.has(k + 1)) return k;
    // "…
    if (
      t.value.toLowerCase() === 'but' &&
      ['AUX', 'VERB', 'ADV', 'PART'].includes(ctx.tokens[k + 1]?.pos ?? '')
    )
      return k;
    if (t.value === ',' || t.value === '—') {
      const next = ctx.lower(k + 1);
      if (CLAUSE_BREAKS.has(next)) return k;
      if (next === 'and' && cueStarts.has(k + 2)) return k;
      if (CONTINUING_PARTICIPLES.has(next) || (next === 'according' && ctx.lower(k + 2) === 'to'))
        return k;
      // A comment on what was said rather than more of it: ", however …".
      if (COMMENT_OPENERS.has(next)) return k;
      // ", he said." / ", officials said on Monday." / ", 27 percent of them said …"
      for (let j = k + 1; j < Math.min(b, k + 10); j++) {
        if (cueStarts.has(j)) return k;
        if (ctx.tokens[j]?.pos === 'VERB' || ctx.tokens[j]?.pos === 'AUX' || isPunct(ctx.tokens[j]))
          break;
      }
      // A new clause with a subject of its own: ", it’s unlikely to…".
      const after = ctx.tokens[k + 1];
      if (
        after?.pos === 'PRON' &&
        /^(?:it|he|she|they|we|i|there)$/i.test(after.value) &&
        ['AUX', 'VERB'].includes(ctx.tokens[k + 2]?.pos ?? '')
      ) {
        return k;
      }
    }
  }
  let end = b;
  while (end > from && isPunct(ctx.tokens[end - 1]) && !isQuoteMark(ctx.tokens[end - 1])) end--;
  return end;
};

/** Start of reported content after the cue: past a person object ("told reporters") and adverbials. */
const contentStart = (
  ctx: TokenContext,
  cueEnd: number,
  b: number,
  takesObject: boolean,
): number => {
  let k = cueEnd;
  while (k < b && CONTENT_SKIP.has(ctx.tokens[k]?.value ?? '')) k++;
  const thatAt = (limit: number): number => {
    for (let j = k; j < Math.min(b, k + limit); j++) {
      const t = ctx.tokens[j];
      if (!t || t.pos === 'VERB' || isQuoteMark(t)) return -1;
      if (t.value.toLowerCase() === 'that' && j > k) return j;
      if (t.value === ':') return j + 1;
    }
    return -1;
  };
  const that = thatAt(takesObject ? 12 : 8);
  if (that >= 0) return that;
  if (takesObject) {
    // "told the forum he was…": skip the object up to the clause's subject.
    for (let j = k + 1; j < Math.min(b, k + 6); j++) {
      const t = ctx.tokens[j];
      if (t && t.pos === 'PRON' && /^(he|she|they|it|we|i|you)$/i.test(t.value)) return j;
      if (t && t.value.toLowerCase() === 'to' && ctx.tokens[j + 1]?.pos === 'VERB') return j;
    }
  }
  // Adverbial phrases right after the cue ("said on Friday that", "said in a statement").
  return k;
};

/**
 * The attribution step: for each cue phrase with a speaker, its content — an adjacent quotation
 * (direct), the clause that follows it, or the clause before it ("…, the minister said") — and
 * quotations that continue an earlier direct quote of the same speaker.
 */
export const findAttributions = (analysed: AnalysedText): Attribution[] => {
  const quotations = findQuotations(analysed.text, analysed.paragraphs);
  const ctx = createTokenContext(analysed, quotations);
  const { text, tokens } = ctx;
  const found: Attribution[] = [];

  ctx.sentenceTokens.forEach(([a, b]) => {
    const cues = cuesIn(ctx, a, b);
    const cueStarts = new Set(cues.map((c) => c.range[0]));
    found.push(...questionsPut(ctx, a, b, cueStarts), ...documentLead(ctx, a, b, cueStarts));
    let lastSource: TokenRange | null = null;
    for (const cue of cues) {
      const [c0, c1] = cue.range;
      const cueSpan = tokenSpan(tokens, c0, c1);
      let source: TokenRange | null = null;
      let content: Span[] = [];
      let direct = false;
      let adjacent = false;

      if (cue.sourceAfter) {
        source = subjectRight(ctx, c1, b);
        if (!source) continue;
        const afterSource = source[1];
        if (ctx.tokens[afterSource]?.value === ',' && (c0 === a || isPunct(tokens[c0 - 1]))) {
          // "According to X, content."
          const span = tokenSpan(
            tokens,
            afterSource + 1,
            clauseEnd(ctx, afterSource + 1, b, cueStarts),
          );
          if (span) content = [span];
        } else {
          // "Content, according to X."
          let end = c0;
          while (end > a && isPunct(tokens[end - 1]) && !isQuoteMark(tokens[end - 1])) end--;
          const q = quotationEndingBefore(ctx, c0);
          const span = q ? null : tokenSpan(tokens, a, end);
          if (q) {
            content = [...q.inner];
            direct = true;
          } else if (span) content = [span];
        }
      } else {
        const gerund = ctx.lower(c0).endsWith('ing');
        const participle: boolean =
          (gerund && (tokens[c0 - 1]?.value === ',' || c0 === a)) ||
          (lastSource !== null && (ctx.lower(c0 - 1) === 'and' || ctx.lower(c0 - 1) === 'but'));
        source = participle
          ? (lastSource ?? mainSubject(ctx, a, b, c0))
          : /^(?:and|but)$/.test(ctx.lower(c0 - 1))
            ? (subjectLeft(ctx, c0, a) ?? mainSubject(ctx, a, b, c0))
            : subjectLeft(ctx, c0, a);
        let inverted = false;
        if (!source && !participle && (c0 === a || isPunct(tokens[c0 - 1]))) {
          source = subjectRight(ctx, c1, b);
          inverted = source !== null;
        }
        if (!source) continue;
        const after = inverted && source ? source[1] : c1;
        const sourceStart = inverted ? c0 : source[0];
        const before =
          quotationEndingBefore(ctx, sourceStart) ??
          quotationEndingBefore(ctx, nominalRunStart(ctx, sourceStart, a));
        const following = quotationStartingAfter(ctx, after, b);
        // "…, said Marla Kilfoyle, director of the group." — an appositive after an inverted speaker.
        const trailing =
          onlyTrailing(ctx, after, b) ||
          (inverted &&
            tokens[after]?.value === ',' &&
            ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(tokens[after + 1]?.pos ?? ''));
        let aside: Span[] | null = null;
        if (before) {
          // "“…,” he said." — or a quote split by its cue: "“…,” he said, “…”"
          content = following ? [...before.inner, ...following.inner] : [...before.inner];
          direct = true;
          adjacent = true;
        } else if ((aside = parentheticalContent(ctx, a, b, sourceStart, after, cueStarts))) {
          content = aside;
        } else if (following) {
          content = [...following.inner];
          direct = true;
          adjacent = true;
        } else if (CUE_VERBS.get(tokens[c0]?.lemma ?? '')?.quoteOnly) {
          continue;
        } else if (trailing && tokens[sourceStart - 1]?.value === ',' && sourceStart - 1 > a) {
          // "The deal is dead, the minister said."
          const span = tokenSpan(tokens, a, sourceStart - 1);
          if (span) content = [span];
        } else {
          const from = contentStart(
            ctx,
            after,
            b,
            CUE_VERBS.get(tokens[c0]?.lemma ?? '')?.object === true,
          );
          const span = tokenSpan(tokens, from, clauseEnd(ctx, from, b, cueStarts));
          const quote = span ? ctx.quotationAt(span.start) : undefined;
          // The content is exactly one quotation ("told reporters in Muscat: “…”"): a direct quote.
          if (quote && span && quote.start === span.start && quote.end >= span.end - 1) {
            content = [...quote.inner];
            direct = true;
          } else if (span) content = [span];
        }
        if (!participle) lastSource = source;
      }
      if (content.length === 0) continue;
      // A quote right beside its cue may be short ("he yelled “You lie!”"); elsewhere a quote of a
      // word or two is more often a scare-quoted term than something said.
      if (words(text, content) < (direct ? (adjacent ? 1 : MIN_QUOTE_WORDS) : MIN_CONTENT_WORDS))
        continue;
      found.push({
        content,
        source: tokenSpan(tokens, source[0], source[1]),
        cue: cueSpan,
        direct,
      });
    }
  });

  found.push(...speakerLabels(ctx, analysed.paragraphs), ...signedQuotes(ctx));
  return withContinuations(ctx, dedupe(found));
};

/**
 * Content around a cue set off by commas inside its sentence: "The deal, he said, is dead", "In
 * the end, he said, the deal died" (both sides) or "The deal is dead, he said, a view…" (an
 * appositive after the cue: the words before alone). Null when the cue is not parenthetical, or
 * a quotation after it is what was said.
 */
const parentheticalContent = (
  ctx: TokenContext,
  a: number,
  b: number,
  sourceStart: number,
  after: number,
  cueStarts: ReadonlySet<number>,
): Span[] | null => {
  const { tokens } = ctx;
  if (tokens[sourceStart - 1]?.value !== ',' || sourceStart - 1 <= a) return null;
  // The cue, then at most a time or place phrase ("he said on Friday"), then a comma.
  let k = after;
  while (k < b && k - after < 7 && tokens[k]?.value !== ',') k++;
  if (tokens[k]?.value !== ',' || k + 1 >= b || (k > after && !onlyTrailing(ctx, after, k)))
    return null;
  const before = tokenSpan(tokens, a, sourceStart - 1);
  if (!before) return null;
  const next = tokens[k + 1];
  const hasVerb = tokens
    .slice(a, sourceStart - 1)
    .some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !ctx.quotationAt(t.start));
  if (hasVerb && isQuoteMark(next)) return null;
  // An appositive or a participle after the cue comments on what was said, it is not part of it.
  if (/^(?:a|an|who|which)$/i.test(next?.value ?? '') || /ing$/i.test(next?.value ?? ''))
    return [before];
  const rest = tokenSpan(tokens, k + 1, clauseEnd(ctx, k + 1, b, cueStarts));
  return rest ? [before, rest] : [before];
};

/** What may follow "asked" when it introduces the question itself. */
const QUESTION_OPENERS = new Set([
  'about',
  'whether',
  'if',
  'what',
  'who',
  'why',
  'how',
  'when',
  'which',
  'where',
]);

/**
 * Questions put to someone by a person the text leaves unnamed: "Asked whether he would run, …",
 * "She was asked about the deal." The question is what was said; its source stays empty.
 */
const questionsPut = (
  ctx: TokenContext,
  a: number,
  b: number,
  cueStarts: ReadonlySet<number>,
): Attribution[] => {
  const found: Attribution[] = [];
  for (let i = a; i < b; i++) {
    if (ctx.lower(i) !== 'asked' || ctx.quotationAt(ctx.tokens[i]?.start ?? 0)) continue;
    const opener = ctx.lower(i + 1);
    const passive = i === a || BE.has(ctx.lower(i - 1)) || /^(?:when|if|,)$/.test(ctx.lower(i - 1));
    if (!passive || !(QUESTION_OPENERS.has(opener) || isQuoteMark(ctx.tokens[i + 1]))) continue;
    const from = opener === 'about' ? i + 2 : i + 1;
    const quote = quotationStartingAfter(ctx, i + 1, b);
    const content = quote
      ? [...quote.inner]
      : [tokenSpan(ctx.tokens, from, clauseEnd(ctx, from, b, cueStarts))].filter(
          (x): x is Span => x !== null,
        );
    if (words(ctx.text, content) < MIN_CONTENT_WORDS) continue;
    const cue = tokenSpan(ctx.tokens, i, opener === 'about' ? i + 2 : i + 1);
    found.push({ content, source: null, cue, direct: quote !== undefined });
  }
  return found;
};

/**
 * A sentence that opens by naming the poll, statement or interview it reports: "In a CNN poll
 * released Monday, Clinton led by 24 points." The document is the source, the rest the content.
 */
const documentLead = (
  ctx: TokenContext,
  a: number,
  b: number,
  cueStarts: ReadonlySet<number>,
): Attribution[] => {
  if (ctx.lower(a) !== 'in') return [];
  let comma = a + 1;
  while (comma < b && comma - a < 14 && ctx.tokens[comma]?.value !== ',') comma++;
  if (ctx.tokens[comma]?.value !== ',') return [];
  const named = ctx.tokens.slice(a + 1, comma).some((t) => SOURCE_DOCUMENTS.has(t.lemma));
  const end = clauseEnd(ctx, comma + 1, b, cueStarts);
  // "In a statement, the ministry said …": the cue of the clause has the attribution.
  for (let k = comma + 1; k < end; k++) if (cueStarts.has(k)) return [];
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
  'q',
  'a',
]);

/**
 * Transcript and headline labels: a paragraph that opens with a speaker's name and a colon
 * ("PENCE: Well, look…", a headline "Pence: Flowers Won’t Be at Debate"). In a transcript the
 * name is in capitals; the first paragraph (the headline) may name anyone. What follows is
 * what that speaker said, verbatim.
 */
const speakerLabels = (ctx: TokenContext, paragraphs: readonly Span[]): Attribution[] => {
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
    const name = label.every((x) => x.pos === 'PROPN' || x.value === '.');
    if (!(capitals || (index === 0 && name))) return;
    if (label.length === 1 && NOT_SPEAKERS.has(ctx.lower(first))) return;
    const content = { start: ctx.tokens[k + 1]?.start ?? colon.end, end: p.end };
    if (words(ctx.text, [content]) < MIN_CONTENT_WORDS) return;
    found.push({
      content: [content],
      source: tokenSpan(ctx.tokens, first, k),
      cue: { start: colon.start, end: colon.end },
      direct: true,
    });
  });
  return found;
};

/** Dashes that sign a quotation with its author's name. */
const SIGNATURE_DASHES = new Set(['―', '—', '–']);

/** A quotation signed with a dash and a name after it: "“We are tired.” ― Ana Ruiz". */
const signedQuotes = (ctx: TokenContext): Attribution[] =>
  ctx.quotations.flatMap((q): Attribution[] => {
    let k = ctx.tokens.findIndex((t) => t.start >= q.end);
    if (k < 0 || !SIGNATURE_DASHES.has(ctx.tokens[k]?.value ?? '')) return [];
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

/** Leftwards from token `k` over capitalised words and nouns (a name the tagger split oddly). */
const nominalRunStart = (ctx: TokenContext, k: number, a: number): number => {
  let j = k;
  while (
    j - 1 >= a &&
    /^(?:PROPN|NOUN|ADJ|VERB|DET)$/.test(ctx.tokens[j - 1]?.pos ?? '') &&
    !isQuoteMark(ctx.tokens[j - 1])
  )
    j--;
  return j;
};

/**
 * The subject of a sentence's main clause, for a participle cue with no subject of its own
 * ("Speaking to reporters, Trump said…", "…, Trump said, adding that…"): the noun phrase or
 * pronoun before the first finite verb outside the participle's own phrase.
 */
const mainSubject = (
  ctx: TokenContext,
  a: number,
  b: number,
  participle: number,
): TokenRange | null => {
  let from = a;
  if (participle === a) {
    while (from < b && ctx.tokens[from]?.value !== ',') from++;
    from++;
  }
  for (let k = from; k < b; k++) {
    const t = ctx.tokens[k];
    if (!t || k === participle) continue;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !t.value.toLowerCase().endsWith('ing')) {
      return k > from ? subjectLeft(ctx, k, from) : null;
    }
  }
  return null;
};

/** Drops an attribution whose content repeats an earlier one's (two cues for one quote). */
const dedupe = (found: Attribution[]): Attribution[] => {
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = f.content.map((s) => `${s.start}-${s.end}`).join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * Quotations with no cue of their own that follow a direct quote in the same or the next paragraph
 * continue it ("…,” Khamenei said in 2018. “However, …”): their spans join that attribution.
 */
const withContinuations = (ctx: TokenContext, found: Attribution[]): Attribution[] => {
  const covered = (q: Quotation): boolean =>
    found.some(
      (f) =>
        f.content.some(
          (s) => s.start < (q.inner.at(-1)?.end ?? q.end) && (q.inner[0]?.start ?? q.start) < s.end,
        ) ||
        (f.source !== null && f.source.start >= q.start && f.source.end <= q.end),
    );
  const result = found.map((f) => ({ ...f, content: [...f.content] }));
  result.sort((x, y) => (x.content[0]?.start ?? 0) - (y.content[0]?.start ?? 0));
  for (const q of ctx.quotations) {
    if (covered(q) || words(ctx.text, q.inner) < MIN_QUOTE_WORDS) continue;
    // The quotation must open its sentence, and be all of it unless it ends one itself (the
    // splitter misses a sentence end inside closing marks: "“…not terrorists.” Mr. Zahed said").
    const sentence = ctx.sentences.find((s) => s.start <= q.start && q.start < s.end);
    if (!sentence) continue;
    if (/[\p{L}\p{N}]/u.test(ctx.text.slice(sentence.start, q.start))) continue;
    const endsSentence = /[.?!]\s*$/.test(ctx.text.slice(q.start, q.inner.at(-1)?.end ?? q.end));
    const after = ctx.text.slice(Math.min(q.end, sentence.end), sentence.end);
    if (!endsSentence && /[\p{L}\p{N}]/u.test(after)) continue;
    const previous = [...result].reverse().find((f) => (f.content.at(-1)?.end ?? 0) <= q.start);
    if (!previous || !previous.direct) continue;
    const gap = ctx.text.slice(previous.content.at(-1)?.end ?? 0, q.start);
    // Only the previous quote's tail attribution ("he said.") and at most one paragraph break between.
    if ((gap.match(/\n\n/g)?.length ?? 0) > 1 || gap.length > 200) continue;
    if (
      ctx.quotations.some(
        (other) =>
          other !== q &&
          other.start > (previous.content.at(-1)?.end ?? 0) &&
          other.start < q.start &&
          !covered(other) &&
          words(ctx.text, other.inner) >= MIN_QUOTE_WORDS,
      )
    )
      continue;
    previous.content.push(...q.inner);
  }
  return result;
};
