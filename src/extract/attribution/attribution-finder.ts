import type { Span } from '../../core/span.js';
import { spanInOriginal } from '../quote-marks.js';
import type { AnalysedText } from '../text-analysis.js';
import type { Attribution } from './attribution.js';
import {
  clauseEnd,
  contentStart,
  cueWithin,
  followsComma,
  hasVerb,
  holdsTime,
  newClauseAt,
  onlyTrailing,
  quotationAfterTrailing,
  quotationEndingBefore,
  quotationStartingAfter,
  SUBORDINATORS,
  titleInTag,
} from './content-bounds.js';
import {
  CONTINUING_PARTICIPLES,
  DESCRIBING_PARTICIPLES,
  EVIDENCE_VERBS,
  INVERTING_CUES,
  TAGGING_VERBS,
  SOURCE_DOCUMENTS,
  TIME_WORDS,
} from './cue-lexicon.js';
import { clauseVerbGroup, cuesIn, possessorBefore, verbGroupEnd, type Cue } from './cues.js';
import {
  clauseBeforeColon,
  documentLead,
  documentTail,
  labelledQuotes,
  questionsPut,
  quotationsTagged,
  signedQuotes,
  speakerLabels,
} from './layout-attributions.js';
import { findQuotations, type Quotation } from './quotations.js';
import { raisedImpressions } from './raised-impressions.js';
import {
  nounPhraseLeft,
  objectBefore,
  raisingVerbBefore,
  subjectLeft,
  subjectRight,
  type TokenRange,
} from './subject-finder.js';
import {
  createTokenContext,
  firstComma,
  hasWords,
  inCompound,
  isCapitalised,
  isFiniteVerb,
  isPunct,
  isQuoteMark,
  MIN_CONTENT_WORDS,
  MIN_QUOTE_WORDS,
  POSSESSIVES,
  quotationHoldsClause,
  tokenSpan,
  type TokenContext,
} from './token-context.js';

export type { Attribution } from './attribution.js';

/** Relative pronouns that may stand for a speaker or open a clause on a noun. */
const RELATIVE_PRONOUNS = /^(?:who|which|that)$/i;

/** Words that open a relative or complement clause, whose verb is that clause's own. */
const CLAUSE_PRONOUNS = /^(?:that|who|which|whom|whose|what)$/i;

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
    const cueStarts = new Set(
      cues.filter((c) => !c.entry?.weak && !c.entry?.quoteOnly).map((c) => c.range[0]),
    );
    found.push(
      ...questionsPut(ctx, a, b, cueStarts),
      ...documentLead(ctx, a, b, cueStarts),
      ...raisedImpressions(ctx, a, b, cueStarts),
      ...documentTail(ctx, a, b, cueStarts),
      ...labelledQuotes(ctx, a, b, cueStarts, analysed.paragraphs[0]),
      ...clauseBeforeColon(ctx, a, b, cueStarts, analysed.paragraphs[0]),
      ...quotationsTagged(ctx, a, b),
    );
    // The subject of the last finite cue, for participles and verb phrases that share it.
    let lastSource: TokenRange | null = null;
    for (const cue of cues) {
      const [c0, c1] = cue.range;
      const setting: CueSetting = { a, b, cueStarts, lastSource };
      const at: AtCue | null = cue.sourceAfter
        ? accordingTo(ctx, cue, setting)
        : cue.nominal
          ? atNounCue(ctx, cue, setting)
          : atVerbCue(ctx, cue, setting);
      if (!at) continue;
      if (!cue.sourceAfter && !cue.nominal && !at.participle) lastSource = at.source;
      const { content, direct, adjacent, source } = at;
      if (content.length === 0) continue;
      // A quote right beside its cue may be short ("he yelled “You lie!”"); elsewhere a quote of a
      // word or two is more often a scare-quoted term than something said. So may a name
      // ("endorsed Cruz").
      const short = direct ? adjacent : onlyName(ctx, content);
      const least = short ? 1 : direct ? MIN_QUOTE_WORDS : MIN_CONTENT_WORDS;
      if (!hasWords(text, content, least) && !answer(text, content)) continue;
      found.push({
        content: withoutDateline(text, content),
        source: source && tokenSpan(tokens, source[0], source[1]),
        cue: tokenSpan(tokens, c0, c1),
        direct,
      });
    }
  });

  found.push(...speakerLabels(ctx, analysed.paragraphs), ...signedQuotes(ctx));
  return withContinuations(
    ctx,
    withoutNested(ctx.text, endBeforeLinkedReports(ctx, dedupe(found))),
  ).map((f) => inOriginal(analysed.original, f));
};

/** An attribution's spans given back against the original text ("tool,''", not "tool,'"). */
const inOriginal = (original: string, f: Attribution): Attribution => ({
  ...f,
  content: f.content.map((s) => spanInOriginal(original, s)),
  source: f.source && spanInOriginal(original, f.source),
});

/**
 * Attributions whose cue stands inside what another attribution says are left out: in "Khamenei
 * said the Americans want war", that the Americans want war is Khamenei's claim, not a statement
 * of theirs. (PolNeAR annotates no such nesting either.)
 */
const withoutNested = (text: string, found: Attribution[]): Attribution[] => {
  const inside = (g: Attribution, span: Span): boolean =>
    g.content.some((s) => s.start <= span.start && span.end <= s.end);
  const overlap = (f: Attribution, g: Attribution): boolean =>
    f.content.some((x) => g.content.some((y) => x.start < y.end && y.start < x.end));
  // A relative clause ("Republicans who praised his candidacy warned …") holds no claim of the
  // main clause, however far its words seem to run.
  const relative = (g: Attribution): boolean =>
    g.source !== null && RELATIVE_PRONOUNS.test(text.slice(g.source.start, g.source.end));
  // The speaker too must stand inside, or what is said overlap: in "says he’s expecting two to
  // drop out", the participle's words are part of what was said.
  const holds = (g: Attribution, f: Attribution): boolean =>
    g !== f &&
    f.cue !== null &&
    inside(g, f.cue) &&
    (!f.source || inside(g, f.source) || (overlap(f, g) && !relative(g)));
  const size = (f: Attribution): number => f.content.reduce((n, s) => n + s.end - s.start, 0);
  // Two that hold each other ("… as many expected, according to an email", where "expected"
  // seems to say "according to an email"): the one that says more stands.
  return found.filter(
    (f) => !found.some((g) => holds(g, f) && !(holds(f, g) && size(f) > size(g))),
  );
};

/** Words that join a clause of its own to one before it: "…, but her allies fear that …". */
const CLAUSE_LINKS = /^(?:and|but|yet|while|whereas|though|although)$/i;

/**
 * Reported words run on into a clause of its own, joined by a conjunction, whose speaker reports
 * something else: "None showed him favouring donors, but her allies fear that …", "…, even as
 * White House officials railed against …". The first report ends before the conjunction, so the
 * second is not taken for part of it (and dropped as nested).
 */
const endBeforeLinkedReports = (ctx: TokenContext, found: Attribution[]): Attribution[] =>
  found.map((g) => {
    // (The last span of what was said: "Diplomats … were reported | to be carrying messages,
    // though none would confirm it".)
    const span = g.content.at(-1);
    if (g.direct || !span) return g;
    let cut: number | null = null;
    for (const f of found) {
      if (f === g || !f.cue || !f.source || f.source.start >= f.cue.start) continue;
      if (f.source.start <= span.start || f.cue.end > span.end) continue;
      const s = ctx.firstTokenFrom(f.source.start);
      // (A relative pronoun for a speaker is a clause on a noun of what was said.)
      if (RELATIVE_PRONOUNS.test(ctx.lower(s))) continue;
      let k = s - 1;
      if (
        !CLAUSE_LINKS.test(ctx.lower(k)) &&
        !(ctx.lower(k) === 'as' && ctx.lower(k - 1) === 'even')
      )
        continue;
      if (ctx.lower(k - 1) === 'even') k--;
      while (isPunct(ctx.tokens[k - 1]) && !isQuoteMark(ctx.tokens[k - 1])) k--;
      const from = ctx.firstTokenFrom(span.start);
      if (k - from < 3 || !hasVerb(ctx, from, k)) continue;
      cut = Math.min(cut ?? Infinity, ctx.tokens[k - 1]?.end ?? span.end);
    }
    return cut === null
      ? g
      : { ...g, content: [...g.content.slice(0, -1), { start: span.start, end: cut }] };
  });

/** What one cue gives: its content (empty when none was found) and its source. */
interface AtCue {
  readonly source: TokenRange | null;
  readonly content: Span[];
  readonly direct: boolean;
  /** A quote right beside its cue, which may be short. */
  readonly adjacent?: boolean;
  /** The cue is a participle or a verb phrase sharing a subject named before. */
  readonly participle?: boolean;
}

/** Where a cue stands: its sentence [a, b), the cues in it, and the last finite cue's subject. */
interface CueSetting {
  readonly a: number;
  readonly b: number;
  readonly cueStarts: ReadonlySet<number>;
  readonly lastSource: TokenRange | null;
}

/**
 * A verb cue's speaker and content: a quote beside it (direct), both sides of a cue set off by
 * commas, the clause before it ("…, the minister said") or the clause after it. Null when the
 * verb has no speaker, or is a cue only for a quotation and has none.
 */
const atVerbCue = (ctx: TokenContext, cue: Cue, setting: CueSetting): AtCue | null => {
  const { a, b, cueStarts, lastSource } = setting;
  const { tokens } = ctx;
  const [c0, c1] = cue.range;
  let content: Span[] = [];
  let direct = false;
  let adjacent = false;
  let source: TokenRange | null;
  const gerund = ctx.lower(c0).endsWith('ing');
  if (gerund && gerundSubject(ctx, a, b, c0)) return null;
  // A second verb phrase of a subject named before: "brought it up and later said …".
  const coordinated = /^(?:and|but)$/.test(ctx.lower(beforeVerbGroup(ctx, c0, a)));
  const participle: boolean =
    (gerund && (c0 === a || followsComma(ctx, c0) || ADVERBIAL_GERUND.test(ctx.lower(c0 - 1)))) ||
    (lastSource !== null && coordinated);
  // Only verbs of saying take a speaker after them; "calls the plan “reckless”" names its object.
  const predicative = cue.entry?.predicative === true && c1 - c0 === 1;
  const inverts = INVERTING_CUES.has(tokens[c0]?.lemma ?? '') && !predicative;
  // "…, forcing her to fend off both, said Brad Bannon, a pollster.": a name closing the
  // sentence after the cue is its speaker, whatever the words before the comma look like.
  const closingName =
    inverts && !participle && !coordinated ? speakerClosing(ctx, cue, a, b) : null;
  source =
    closingName ??
    (participle
      ? (lastSource ?? mainSubject(ctx, a, b, c0))
      : coordinated
        ? (subjectLeft(ctx, c0, a) ??
          subjectOfVerbBefore(ctx, beforeVerbGroup(ctx, c0, a), a) ??
          mainSubject(ctx, a, b, c0))
        : subjectLeft(ctx, c0, a));
  // "Clinton spent the run-up to the caucuses portraying him as …": the noun phrase before a
  // participle is the object of a verb or a preposition, the clause's subject says it.
  if (gerund && source && objectBefore(ctx, source[0]))
    source = lastSource ?? mainSubject(ctx, a, b, c0) ?? source;
  let inverted = closingName !== null;
  /** "…, says she warned about surprises": a pronoun and verb after the cue open its content. */
  let clauseAfter = false;
  if (!source && !participle && inverts && (c0 === a || isPunct(tokens[c0 - 1]))) {
    source = subjectRight(ctx, c1, b);
    // "…, said he isn't fit": a noun phrase with a verb after it is the content's subject; "…,
    // writes a weekly column and …": an object in a list of verb phrases.
    // ("…, said the base chief known as Bob": a participle and its phrase modify the noun.)
    const modifier = source && modifyingParticiple(ctx, source[1]) ? source[1] : null;
    const object = modifier !== null ? subjectRight(ctx, modifier + 2, b) : null;
    if (source && object) source = [source[0], object[1]];
    else if (source && /^(?:AUX|VERB|CCONJ)$/.test(tokens[source[1]]?.pos ?? '')) {
      clauseAfter = tokens[source[0]]?.pos === 'PRON';
      source = null;
    }
    inverted = source !== null;
  }
  // "Selzer is happy to be Iowa's standard, says she warned about surprises": the verb shares the
  // subject of the clause before.
  if (!source && clauseAfter && tokens[c0 - 1]?.value === ',')
    source = lastSource ?? mainSubject(ctx, a, b, c0);
  // A verb in a list of the last speaker's verbs: "Kelly speculated about A, referred to B".
  if (!source && !participle && lastSource && tokens[beforeVerbGroup(ctx, c0, a)]?.value === ',')
    source = lastSource;
  // A participle whose subject is out of reach still says something: "…, saying: “…”".
  if (!source && !participle) return null;
  const after = inverted && source ? source[1] : c1;
  // After a cue that names who heard it, past the hearer: "…, he told The Washington Post, …".
  const heard = cue.entry?.object === true ? hearerEnd(ctx, after, b) : after;
  // A participle's subject stands elsewhere ("…,” he said, adding that …"): what it says
  // follows it, so the words before it are looked at from the participle itself.
  const sourceStart = inverted || participle || !source ? c0 : source[0];
  // "…the race “is a dead heat,” as Cruz said on a radio show, only magnifies …": an aside on the
  // quotation before it, which is what was said (not the rest of the sentence) — when nothing but
  // where or when follows the cue ("…,” as Smith noted that costs had doubled" says more).
  if (
    !inverted &&
    !participle &&
    ctx.lower(sourceStart - 1) === 'as' &&
    sourceStart - 1 > a &&
    followsComma(ctx, sourceStart - 1)
  ) {
    const comma = firstComma(ctx, c1, b);
    const quote = quotationEndingBefore(ctx, sourceStart - 1);
    if (quote && !hasVerbOrQuote(ctx, c1, comma))
      return { source, content: [...quote.inner], direct: true };
  }
  // "Reporter Jomana Karadsheh says:", "He told his audience, to rowdy applause:" closing its
  // paragraph: the quotation opening the next.
  const colonEnds =
    tokens[b - 1]?.value === ':' &&
    !tokens.slice(after, b - 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || isQuoteMark(t));
  const following =
    quotationStartingAfter(ctx, after, b) ??
    (colonEnds ? quotationStartingAfter(ctx, nextWordAt(ctx, b), b + 3) : undefined);
  // Only an adjunct follows the cue ("…, Susan said as she turned around"): what was said
  // stands before it, or in a quotation nearby.
  const adjunctAfter =
    ['ADP', 'SCONJ'].includes(tokens[heard]?.pos ?? '') &&
    ctx.lower(heard) !== 'that' &&
    contentStart(ctx, heard, b, false) === heard;
  // …and when it is a phrase with no verb of its own ("said in a follow-up interview"), nothing
  // after the cue is content at all.
  const phraseOnly =
    tokens[after]?.pos === 'ADP' &&
    adjunctAfter &&
    !tokens
      .slice(after, b)
      .some(
        (t, i) =>
          ((t.pos === 'VERB' || t.pos === 'AUX') && !inCompound(ctx, after + i)) || isQuoteMark(t),
      );
  const trailing =
    phraseOnly ||
    // "…, Fiorina said, adding that …": a participle of the speaker's follows.
    (tokens[after]?.value === ',' && CONTINUING_PARTICIPLES.has(ctx.lower(after + 1))) ||
    onlyTrailing(ctx, after, b) ||
    // "…, Smith told POLITICO earlier this week.": only the hearer and a time.
    (heard > after && onlyTrailing(ctx, heard, b)) ||
    // "…,'' said Mr. Burman (a view echoed by everyone I asked).": an aside of the writer's.
    (inverted && tokens[after]?.value === '(') ||
    // "…,” said a former official who oversaw the inquiry.": a relative clause on the speaker.
    // "…,” said Black, who has known him for years." — also after a comma.
    (inverted &&
      /^(?:who|whose)$/i.test(
        tokens[tokens[after]?.value === ',' ? after + 1 : after]?.value ?? '',
      )) ||
    // "…, said Marla Kilfoyle, director of the group." — an appositive after an inverted speaker.
    (inverted &&
      tokens[after]?.value === ',' &&
      (['DET', 'ADJ', 'NOUN', 'PROPN'].includes(tokens[after + 1]?.pos ?? '') ||
        // "…, said Susan Crawford, then his literary agent."
        /^(?:then|now|formerly|later|once)$/i.test(tokens[after + 1]?.value ?? '')));
  // "“…are missing.” Trump said.": a sentence of only its speaker and a verb of saying after a
  // quote that closed on a full stop tags that quote (not "“…” Others disagreed.").
  const tagOnly =
    trailing &&
    TAGGING_VERBS.has(tokens[c0]?.lemma ?? '') &&
    tokens.slice(a, sourceStart).every((t) => isPunct(t) || isQuoteMark(t));
  let quoted =
    quotationEndingBefore(ctx, sourceStart, tagOnly) ??
    quotationEndingBefore(ctx, nominalRunStart(ctx, sourceStart, a));
  // 'He said of it, “I don't like it,” adding that …': a quotation an earlier cue of the sentence
  // introduced is that cue's, not the participle's.
  if (participle && quoted && cueWithin(cueStarts, a, ctx.firstTokenFrom(quoted.start)))
    quoted = undefined;
  // Nothing said after the cue, and the sentence opened on a quote its speaker follows with
  // asides of their own: '“…,” Harry Bond, 30, of Raleigh, who was polled, said in an interview'.
  const opening =
    !quoted && trailing && !inverted ? openingQuote(ctx, a, sourceStart, cueStarts) : undefined;
  if (opening) {
    quoted = opening;
    source = subjectRight(ctx, ctx.firstTokenFrom(opening.end), sourceStart) ?? source;
  }
  // A quotation that closes a clause begun before it ("The deal is “dead,” he said") is
  // only part of what was said; before a cue with content of its own it is no content at
  // all ('To a question on the "privatization of jobs," Sanders said contractors cost more').
  const ledIn = quoted !== undefined && continuesWords(ctx, a, quoted.start);
  const before = ledIn ? undefined : quoted;
  // 'In this election, “…,” she said': a phrase or clause opening the sentence before the quote
  // is part of what was said.
  const fronted =
    before !== undefined ? frontedPhraseBefore(ctx, a, before.start, cueStarts) : null;
  let aside: Span[] | null = null;
  // (Not a title in a verbless phrase of where it was said: "Wednesday on Fox’s “Hannity,”
  // Gingrich said if …" says what follows the cue; "The firm is in “deep trouble,” he said" is
  // a clause.)
  const placeTitle =
    quoted !== undefined &&
    titleInTag(ctx, quoted) &&
    !hasVerb(ctx, a, ctx.firstTokenFrom(quoted.start));
  if (quoted && ledIn && !placeTitle && (trailing || adjunctAfter)) {
    const span = tokenSpan(tokens, a, ctx.firstTokenFrom(quoted.end));
    if (span) content = [span];
  } else if (before) {
    // "“…,” he said." — or a quote split by its cue: "“…,” he said, “…”", also past an aside
    // on the speaker: "“…,” said Edward Leamer, an economist at UCLA, “…”".
    // (Also past the person told: '“…,” she told reporters, “…”'.)
    // (Or past a participle of the speaker's: '“…,” Tester said, referring to the excuse, “…”'.)
    const speakerAside =
      inverted || (tokens[after + 1]?.pos === 'VERB' && /ing$/i.test(ctx.lower(after + 1)));
    const resumed =
      following ??
      (heard > after ? quotationStartingAfter(ctx, heard, b) : undefined) ??
      (speakerAside ? quotationAfterAside(ctx, after, b, cueStarts) : undefined) ??
      // ('“…,” he said, but “…”', running to the sentence's end: not '…, but “the crowd” was
      // silent'.)
      quotationAfterLink(ctx, heard, b);
    // (With the phrase, the quotation keeps its marks: one span of mixed words.)
    const opened = fronted && tokenSpan(tokens, a, ctx.firstTokenFrom(before.end));
    content = [...(opened ? [opened] : before.inner), ...(resumed?.inner ?? [])];
    direct = !opened;
    adjacent = true;
  } else if (
    !participle &&
    (aside = parentheticalContent(ctx, a, b, sourceStart, heard, cueStarts, inverted))
  ) {
    content = aside;
  } else if (following && !wordsAfterQuote(ctx, following, b)) {
    // ("which he called “a disgrace”": the relative pronoun and the quotation together.)
    const relative = predicative ? relativeBefore(ctx, source, inverted, after, true) : [];
    content = [...relative, ...following.inner];
    direct = relative.length === 0;
    adjacent = true;
  } else if (cue.entry?.quoteOnly) {
    return null;
  } else if (
    trailing &&
    tokens[sourceStart - 1]?.value === ',' &&
    sourceStart - 1 > a &&
    // "…, said Lee, who has argued before the court for years.": a relative clause says
    // nothing of what stands before the noun it hangs on.
    !/^(?:who|which)$/i.test(ctx.lower(sourceStart))
  ) {
    // "The deal is dead, the minister said." — a clause, not a bare name before an appositive
    // whose comma is missing ("Sam Lau, the party's spokesman said in a statement").
    const from = afterEarlierReport(ctx, a, sourceStart - 1, cueStarts);
    const span = tokenSpan(tokens, from, sourceStart - 1);
    if (span && hasVerbOrQuote(ctx, from, sourceStart - 1)) content = [span];
  } else if (!phraseOnly) {
    // "calls this a false narrative that …": object and predicate are what was said.
    const from = predicative
      ? after
      : contentStart(ctx, after, b, cue.entry?.object === true, cue.entry?.addressee === true);
    let end = clauseEnd(ctx, from, b, cueStarts);
    // "A super PAC supporting Rubio's campaign, Conservative Solutions PAC, led the way": a
    // participle on its subject reports no further than the sentence's own verb (what it says
    // is an object, not a clause: "With most voters saying they want change, …").
    if (
      gerund &&
      !participle &&
      source?.[1] === c0 &&
      !hasVerb(ctx, a, source[0]) &&
      !newClauseAt(ctx, from, b)
    )
      end = Math.min(end, verbOfSentence(ctx, from, end));
    // (Not the person told or asked, nor what a poll shows: "shows Rubio in third at 11 percent".)
    if (
      !predicative &&
      !cue.entry?.object &&
      !cue.entry?.addressee &&
      !EVIDENCE_VERBS.has(tokens[c0]?.lemma ?? '')
    )
      end = Math.min(end, nameObjectEnd(ctx, from, end));
    const relative = relativeBefore(ctx, source, inverted, from, predicative);
    // "Mr. Lee, who endorsed Clinton on Thursday, is making his pitch", "the bill, which critics
    // called reckless, passed": what a relative clause says ends with it, at its closing comma.
    if (
      (source && /^(?:who|which)$/i.test(ctx.lower(source[0])) && source[1] - source[0] === 1) ||
      relative.length > 0
    )
      end = Math.min(end, firstComma(ctx, from, end, isFiniteVerb));
    // "Voters who say the economy matters most were evenly divided": a relative clause on the
    // sentence's subject ends before the verb of the sentence.
    if (source && /^(?:who|that)$/i.test(ctx.lower(source[0])) && !hasVerb(ctx, a, source[0]))
      end = Math.min(end, mainVerbAfter(ctx, from, end, cueStarts));
    // "While only 7 percent said they are undecided, 27 percent named a candidate": a cue in a
    // clause that opens the sentence on a subordinator reports no further than that clause, which
    // ends at a comma before a clause of its own (not before a relative one on what was said).
    if (SUBORDINATORS.test(ctx.lower(a)) && firstComma(ctx, a, from) === from)
      end = firstComma(
        ctx,
        from,
        end,
        (t, k) => !/^(?:which|who)$/i.test(t?.value ?? '') && newClauseAt(ctx, k, b),
      );
    const span = tokenSpan(tokens, from, end);
    // (The phrase may follow the cue itself, or the person told: "told reporters in Tehran, “…”".)
    const quote = span
      ? (ctx.quotationAt(span.start) ??
        quotationAfterTrailing(ctx, after, end) ??
        (heard > after ? quotationAfterTrailing(ctx, heard, end) : undefined))
      : undefined;
    // The content is exactly one quotation ("told reporters in Muscat: “…”"), perhaps after a
    // phrase of time, place or manner ("said on Twitter on Monday, “…”"): a direct quote.
    // ("which he called “a disgrace”": the relative pronoun and the quotation together.)
    if (quote && span && quote.start >= span.start && quote.end >= span.end - 1) {
      const named = predicative ? relative : [];
      content = [...named, ...quote.inner];
      direct = named.length === 0;
    } else if (span) content = [...relative, ...throughQuotation(ctx, span)];
  }
  return { source, content, direct, adjacent, participle };
};

/**
 * A noun of saying or thinking before its "that" clause, which is what is said: its possessor
 * says it ("Trump's claim that …"), else the subject of the verb it is the object of ("he made
 * the suggestion that …"); with neither, no one is named ("concerns that the plan …").
 */
const atNounCue = (ctx: TokenContext, cue: Cue, setting: CueSetting): AtCue | null => {
  const { a, b, cueStarts } = setting;
  const [c0, c1] = cue.range;
  const possessor = possessorBefore(ctx, c0);
  const before = ctx.tokens[possessor ?? c0 - 1];
  let source: TokenRange | null = null;
  if (possessor !== null && before && POSSESSIVES.test(before.value))
    source = [possessor, possessor + 1];
  else if (possessor !== null) {
    const owner = nounPhraseLeft(ctx, possessor - 1, a);
    source = owner && [owner[0], possessor];
  }
  // A verb the tagger took for a noun, after its subject: "Some Republicans doubt that …" (not a
  // noun before it in a compound: "health concerns that …").
  else if (
    before &&
    (before.pos === 'PROPN' ||
      (before.pos === 'PRON' && !POSSESSIVES.test(before.value)) ||
      (before.pos === 'NOUN' && /[^s]s$/i.test(before.value)))
  )
    source = subjectLeft(ctx, c0, a);
  else source = subjectOfGoverningVerb(ctx, c0, a);
  let end = clauseEnd(ctx, c1, b, cueStarts);
  // "The mayor's claim that the vote was rigged is false": what was claimed ends before the verb
  // of the clause the noun is the subject of.
  const group = clauseVerbGroup(ctx, c1 + 1);
  if (group && isFiniteVerb(ctx.tokens[group.end])) end = Math.min(end, group.end);
  // "His attacks on billionaires have resonated": the object of the preposition ends before
  // the verb of the clause the noun is the subject of, or at a comma — not at an infinitive
  // ("attacks on her fitness to serve") or inside a relative clause ("on banks that failed").
  // So does what was promised: "Her promise to lift the sanctions won the vote".
  if (ctx.lower(c1) !== 'that') end = Math.min(end, objectEnd(ctx, c1, end));
  const span = tokenSpan(ctx.tokens, c1, end);
  return span ? { source, content: throughQuotation(ctx, span), direct: false } : null;
};

/**
 * The first finite verb of words [from, end) that have none of their own, or the comma before it
 * that closes an appositive on the subject ("…'s campaign, Conservative Solutions PAC, led");
 * `end` when a relative or subordinate clause opens first, whose verb that would be.
 */
const verbOfSentence = (ctx: TokenContext, from: number, end: number): number => {
  let comma: number | null = null;
  for (let k = from; k < end; k++) {
    const t = ctx.tokens[k];
    if (!t || ctx.quotationAt(t.start)) continue;
    if (t.pos === 'SCONJ' || CLAUSE_PRONOUNS.test(t.value)) return end;
    // (A comma before "and" or "or" is a list's: "supporting Rubio, Cruz and Kasich led".)
    if (t.value === ',') comma ??= k;
    if (t.pos === 'CCONJ') comma = null;
    // (Not an infinitive, nor a headline's capitalised word: "Ads Demanding Candidates To Act".)
    if (isFiniteVerb(t) && ctx.lower(k - 1) !== 'to' && !isCapitalised(t)) return comma ?? k;
  }
  return end;
};

/** Whether the spans are one name: "Cruz", "Mr. Trump". */
const onlyName = (ctx: TokenContext, spans: readonly Span[]): boolean => {
  if (spans.length !== 1) return false;
  const [span] = spans as [Span];
  let k = ctx.firstTokenFrom(span.start);
  if (ctx.tokens[k]?.pos === 'DET') k++;
  const first = k;
  while ((ctx.tokens[k]?.end ?? Infinity) <= span.end && ctx.tokens[k]?.pos === 'PROPN') k++;
  return k > first && (ctx.tokens[k]?.start ?? Infinity) >= span.end;
};

/**
 * Where an object that is a name ends, at or before `end`: before a phrase of time or place that
 * says when or where, not what ("endorsed Cruz last week", "endorsed Mr. Trump at a news
 * conference"). A name takes no phrase of its own but "of" ("Ted Cruz of Texas").
 */
const nameObjectEnd = (ctx: TokenContext, from: number, end: number): number => {
  let k = from;
  while (k < end && /^(?:DET|ADJ)$/.test(ctx.tokens[k]?.pos ?? '')) k++;
  const head = k;
  while (k < end && ctx.tokens[k]?.pos === 'PROPN' && !TIME_WORDS.has(ctx.lower(k))) k++;
  if (k === head || k >= end || ctx.quotationAt(ctx.tokens[k]?.start ?? 0)) return end;
  // (Not the subject of a clause: "said Trump in 2016 was a different candidate"; a verb past a
  // comma, a conjunction or a relative pronoun is another clause's.)
  for (let j = k; j < end; j++) {
    const t = ctx.tokens[j];
    if (!t || isPunct(t) || /^(?:CCONJ|SCONJ)$/.test(t.pos) || RELATIVE_PRONOUNS.test(t.value))
      break;
    if (isFiniteVerb(t) && !ctx.quotationAt(t.start)) return end;
  }
  const next = ctx.tokens[k];
  const time =
    TIME_WORDS.has(ctx.lower(k)) ||
    (k + 1 < end &&
      /^(?:last|this|next|on|in|earlier|later)$/i.test(next?.value ?? '') &&
      TIME_WORDS.has(ctx.lower(k + 1)));
  // (Not "saw Cruz as a uniter", "shows Sanders with 47 percent": the rest of what is said.)
  // (A capitalised one is a headline's: "Promises Action On Immigration".)
  const adjunct = /^(?:at|during|in|after|before|following|since|outside|inside)$/.test(
    next?.value ?? '',
  );
  // "described the DLC during an interview as …": what it was called comes after the phrase; a
  // quotation after it is what was said ("said on Twitter on Monday, “…”").
  for (let j = k + 1; j < end; j++)
    if (ctx.lower(j) === 'as' || isQuoteMark(ctx.tokens[j])) return end;
  return time || adjunct ? k : end;
};

/** Where the object of a noun cue's preposition ends, at or before `end`. */
const objectEnd = (ctx: TokenContext, from: number, end: number): number => {
  let infinitive = false;
  for (let k = from; k < end; k++) {
    const t = ctx.tokens[k];
    if (!t || ctx.quotationAt(t.start)) continue;
    if (RELATIVE_PRONOUNS.test(t.value)) return end;
    // A comma ends it, unless a list goes on: "his attacks on immigrants, Muslims and women".
    if (t.value === ',' && !listGoesOn(ctx, k + 1, end)) return k;
    const previous = ctx.lower(k - 1);
    if (previous === 'to') infinitive = true;
    // (A capitalised "verb" is a name the tagger misread: "a former Miss Universe"; a verb after
    // "and" in an infinitive is a second one: "to repeal and replace".)
    if (
      isFiniteVerb(t) &&
      !isCapitalised(t) &&
      previous !== 'to' &&
      !(infinitive && /^(?:and|or)$/.test(previous))
    )
      return k;
  }
  return end;
};

/** Whether the words from `k` are more items of a list, up to its "and" or "or": "Muslims and women". */
const listGoesOn = (ctx: TokenContext, k: number, end: number): boolean => {
  for (let j = k; j < Math.min(end, k + 5); j++) {
    const t = ctx.tokens[j];
    if (!t) return false;
    if (j > k && /^(?:and|or)$/i.test(t.value)) return true;
    if (!/^(?:NOUN|PROPN|ADJ|DET)$/.test(t.pos)) return false;
  }
  return false;
};

/**
 * The subject of the verb whose object a noun of saying is, which holds what it says: "he made
 * the suggestion that …", "Christie bristled at the suggestion that …" (the one who bristles
 * is the one it was made of, as the annotation has it), "activists who raised concerns that …".
 */
const subjectOfGoverningVerb = (ctx: TokenContext, c0: number, a: number): TokenRange | null => {
  let k = c0 - 1;
  while (k > a && /^(?:DET|ADJ|ADV)$/.test(ctx.tokens[k]?.pos ?? '')) k--;
  if (ctx.tokens[k]?.pos === 'ADP' && ctx.tokens[k - 1]?.pos === 'VERB') k--;
  return ctx.tokens[k]?.pos === 'VERB' && k > a ? subjectLeft(ctx, k, a) : null;
};

/**
 * Where the words a trailing cue reports begin, in tokens [a, end) before it: after a report of
 * someone else's that opens the sentence and ends at ", but" or ", and" — "Other candidates
 * said they back vouchers, but they would not push for them in Washington, they said." — else `a`.
 */
const afterEarlierReport = (
  ctx: TokenContext,
  a: number,
  end: number,
  cueStarts: ReadonlySet<number>,
): number => {
  for (let j = a + 1; j < end; j++) {
    if (!cueStarts.has(j)) continue;
    const close = clauseEnd(ctx, j + 1, end, cueStarts);
    const next = ctx.lower(close + 1);
    if (ctx.tokens[close]?.value === ',' && (next === 'but' || next === 'and'))
      return hasVerb(ctx, close + 2, end) ? close + 2 : a;
    return a;
  }
  return a;
};

/**
 * "According to X, content." or "Content, according to X." The source runs to the comma when
 * the cue leads its sentence ("According to early results of the poll conducted by Edison, …").
 */
const accordingTo = (
  ctx: TokenContext,
  cue: Cue,
  setting: CueSetting,
): { source: TokenRange; content: Span[]; direct: boolean } | null => {
  const { a, b, cueStarts } = setting;
  const [c0, c1] = cue.range;
  const { tokens } = ctx;
  const source = subjectRight(ctx, c1, b, { object: true });
  // The clause the cue stands in opens after any colon: "It hasn't gone unnoticed: according to …".
  let clause = c0;
  while (clause > a && !/^[:;]$/.test(tokens[clause - 1]?.value ?? '')) clause--;
  const leads = tokens
    .slice(clause, c0)
    .every((t) => isPunct(t) || t.pos === 'CCONJ' || t.pos === 'ADV' || /^however$/i.test(t.value));
  // Leading its sentence, the cue names its source up to the comma, whatever the noun phrase
  // finder makes of it ("According to the recently court-released playbook, …").
  if (!source && !(leads && /^(?:DET|PROPN|NOUN|ADJ|NUM|PRON|ADV)$/.test(tokens[c1]?.pos ?? '')))
    return null;
  if (leads) {
    const named = source?.[1] ?? c1 + 1;
    let comma = named;
    while (comma < Math.min(b, named + 20) && tokens[comma]?.value !== ',') comma++;
    if (tokens[comma]?.value !== ',') return null;
    // Past an appositive of the source: "According to Jo Park, the campaign's director, …".
    const rest = clauseAfterAside(ctx, comma, b, cueStarts);
    const span = rest ?? tokenSpan(tokens, comma + 1, clauseEnd(ctx, comma + 1, b, cueStarts));
    return span
      ? { source: [c1, comma], content: throughQuotation(ctx, span), direct: false }
      : null;
  }
  if (!source) return null;
  const quote = quotationEndingBefore(ctx, c0);
  if (quote) return { source, content: [...quote.inner], direct: true };
  let end = c0;
  while (end > a && isPunct(tokens[end - 1]) && !isQuoteMark(tokens[end - 1])) end--;
  const span = tokenSpan(tokens, a, end);
  if (!span) return null;
  // A fronted phrase with no verb ("Over the long term, according to X, the deficit …") has the
  // rest of its clause after the aside.
  const fronted =
    tokens[c0 - 1]?.value === ',' &&
    !tokens.slice(a, c0).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const rest = fronted ? clauseAfterAside(ctx, source[1], b, cueStarts) : null;
  // "While most were marked confidential, according to an official, two were upgraded": after a
  // subordinate clause, what the source says is the main clause.
  if (
    !fronted &&
    tokens[c0 - 1]?.value === ',' &&
    SUBORDINATORS.test(ctx.lower(a)) &&
    // (The clause ends at the cue's comma: not "When the polls closed, turnout was high,
    // according to officials, …".)
    firstComma(ctx, a, c0) === c0 - 1
  ) {
    const main = clauseAfterAside(ctx, source[1], b, cueStarts);
    if (main) return { source, content: [main], direct: false };
  }
  return { source, content: rest ? [span, rest] : [span], direct: false };
};

/**
 * The rest of a clause that an aside interrupts ("At the heart of it, according to X, an envoy,
 * was a decision…"): after the comma that closes the aside (passing an appositive), the words to
 * the clause's end, when they have a verb of their own. Null for an appositive or a new clause.
 */
const clauseAfterAside = (
  ctx: TokenContext,
  from: number,
  b: number,
  cueStarts: ReadonlySet<number>,
): Span | null => {
  const { tokens } = ctx;
  if (tokens[from]?.value !== ',') return null;
  // Verbs inside quotations count here too: "…, an envoy, called it “dead”" has a clause.
  const anyVerb = (x: number, y: number): boolean =>
    tokens.slice(x, y).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  let k = from + 1;
  // An appositive of the source: ", another former envoy,".
  let next = k;
  while (next < Math.min(b, k + 10) && tokens[next]?.value !== ',') next++;
  // A phrase of its own (", in a 12-person primary, the governor leads") is the start of what
  // was said, not an appositive: the clause is still looked for after it.
  let clause = k;
  if (tokens[next]?.value === ',' && !anyVerb(k, next)) {
    clause = next + 1;
    // ("…, of the state party," and "…, from Ohio," are on the source.)
    const phrase =
      /^(?:ADP|SCONJ)$/.test(tokens[k]?.pos ?? '') && !/^(?:of|from|with)$/i.test(ctx.lower(k));
    if (!phrase) k = clause;
  }
  const end = clauseEnd(ctx, clause, b, cueStarts);
  if (/^(?:who|which|whose|but|and|while|where)$/i.test(tokens[k]?.value ?? '')) return null;
  return end > clause && anyVerb(clause, end) ? tokenSpan(tokens, k, end) : null;
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
  inverted: boolean,
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
  const clauseBefore = hasVerb(ctx, a, sourceStart - 1);
  if (clauseBefore && isQuoteMark(next)) return null;
  // An appositive or a participle after the cue comments on what was said, it is not part of it.
  // (Not a clause of its own: "…, Mr. Obama said, a majority of Americans have come to …"; but
  // "…, he said, a policy that could …" and "a position he has held" are appositives.)
  const clauseAfter =
    /^an?$/i.test(next?.value ?? '') &&
    !inverted &&
    newClauseAt(ctx, k + 1, b, 7) &&
    !clauseInsideNounPhrase(ctx, k + 1, b);
  if (
    (/^(?:a|an|who|which)$/i.test(next?.value ?? '') && !clauseAfter) ||
    /ing$/i.test(next?.value ?? '')
  )
    return [before];
  const end = clauseEnd(ctx, k + 1, b, cueStarts);
  // "…, said Geert Wilders, founder of the party (which …).": words with no verb of their own
  // before any relative clause are an appositive on the speaker.
  const relative = tokens
    .slice(k + 1, end)
    .findIndex((t) => /^(?:who|whose|which)$/i.test(t.value));
  // After "Devine said," no appositive on the speaker can follow: verbless words go on with what
  // was said ("The argument would be aided, Devine said, by the primary calendar"), unless they
  // only say when or where it was said.
  if (
    !hasVerbOrQuote(ctx, k + 1, relative < 0 ? end : k + 1 + relative) &&
    (inverted || whenOrWhereSaid(ctx, k + 1, end))
  )
    return [before];
  const rest = tokenSpan(tokens, k + 1, end);
  return rest ? [before, ...throughQuotation(ctx, rest)] : [before];
};

/** Words that open a clause of its own after a gerund: a subject pronoun or a complementiser. */
const CLAUSE_OPENERS = /^(?:he|she|they|we|i|you|it|that|whether|if|how|what|why)$/i;

/**
 * Whether the gerund at `c0`, opening its sentence [a, b), heads the sentence's subject:
 * "Ignoring the progress also carries risks", "Criticizing the plan would hurt him" — an object
 * and then the sentence's verb, with no clause of its own inside ("Saying he would not run, …")
 * and no main clause after a comma ("Saying the plan would fail, Smith left").
 */
const gerundSubject = (ctx: TokenContext, a: number, b: number, c0: number): boolean => {
  const { tokens } = ctx;
  for (let k = a; k < c0; k++) if (!/^(?:CCONJ|ADV)$/.test(tokens[k]?.pos ?? '')) return false;
  let verb = c0 + 1;
  for (; verb < b && !isFiniteVerb(tokens[verb]); verb++) {
    const t = tokens[verb];
    if (!t || t.value === ',' || isQuoteMark(t) || CLAUSE_OPENERS.test(t.value)) return false;
  }
  if (verb >= b || verb === c0 + 1) return false;
  for (let k = verb + 1; k < b; k++)
    if (tokens[k]?.value === ',' && newClauseAt(ctx, k + 1, b)) return false;
  return true;
};

/**
 * Whether a clause opens inside the noun phrase at `k`, before the phrase's verb: a relative
 * clause ("a policy that could …", "a position he has held") or a clause on a noun ("a sign the
 * party is divided") — an appositive, not a clause of its own.
 */
const clauseInsideNounPhrase = (ctx: TokenContext, k: number, b: number): boolean => {
  for (let j = k + 1; j < Math.min(b, k + 7) && !isFiniteVerb(ctx.tokens[j]); j++) {
    const t = ctx.tokens[j];
    if (RELATIVE_PRONOUNS.test(t?.value ?? '')) return true;
    if (t?.pos === 'PRON' && !POSSESSIVES.test(t.value)) return true;
    if (t?.pos === 'DET' && ctx.tokens[j - 1]?.pos === 'NOUN') return true;
  }
  return false;
};

/**
 * Whether words [from, end) say when, where or in what it was said ("on Friday", "in an
 * interview", "to reporters in Tehran") rather than go on with what was said.
 */
const whenOrWhereSaid = (ctx: TokenContext, from: number, end: number): boolean =>
  holdsTime(ctx, from, end) ||
  // "in an interview", "on Twitter", "during a speech" (not "by a new study of …").
  (/^(?:in|on|during|at|via)$/.test(ctx.lower(from)) &&
    ctx.tokens.slice(from, end).some((t) => SOURCE_DOCUMENTS.has(t.lemma))) ||
  (ctx.lower(from) === 'to' && end - from <= 4);

/**
 * The quotation that opens sentence [a, …) and closes on a comma before token `sourceStart`,
 * with no other cue or quotation between it and the speaker.
 */
const openingQuote = (
  ctx: TokenContext,
  a: number,
  sourceStart: number,
  cueStarts: ReadonlySet<number>,
): Quotation | undefined => {
  const { tokens, text } = ctx;
  const first = tokens[a];
  const q = first && isQuoteMark(first) ? ctx.quotationAt(first.start) : undefined;
  const speaker = tokens[sourceStart];
  if (!q || q.start !== first?.start || !speaker || q.end > speaker.start) return undefined;
  const last = q.inner.at(-1);
  if (!last || (text[last.end - 1] !== ',' && text[q.end] !== ',')) return undefined;
  for (let k = ctx.firstTokenFrom(q.end); k < sourceStart; k++)
    if (cueStarts.has(k) || isQuoteMark(tokens[k])) return undefined;
  return q;
};

/**
 * The speaker named after a verb of saying (one that inverts) that follows a comma and ends its
 * sentence, alone or with an appositive: "…, said Brad Bannon." or "…, said Brad Bannon, a
 * Democratic pollster."
 */
const speakerClosing = (ctx: TokenContext, cue: Cue, a: number, b: number): TokenRange | null => {
  const { tokens } = ctx;
  const [c0, c1] = cue.range;
  if (c0 - 1 <= a || tokens[c0 - 1]?.value !== ',' || c1 - c0 !== 1) return null;
  // Not after a quote ("“…,” Ann Lee, an aide, told CBS News."), nor with a hearer after the cue.
  if (quotationEndingBefore(ctx, c0) || cue.entry?.object === true) return null;
  const name = subjectRight(ctx, c1, b);
  if (!name || tokens[name[0]]?.pos !== 'PROPN' || TIME_WORDS.has(ctx.lower(name[0]))) return null;
  const next = tokens[name[1]];
  const ends = name[1] === b - 1 && /^[.!?]$/.test(next?.value ?? '');
  const appositive = next?.value === ',' && !hasVerbOrQuote(ctx, name[1] + 1, b);
  return ends || appositive ? name : null;
};

/** The end of a short noun phrase naming who heard it ("told the New Yorker"), or `from`. */
const hearerEnd = (ctx: TokenContext, from: number, b: number): number => {
  let k = from;
  while (
    k < Math.min(b, from + 5) &&
    /^(?:DET|PROPN|NOUN|PRON|ADJ)$/.test(ctx.tokens[k]?.pos ?? '')
  )
    k++;
  return k > from && ctx.tokens[k - 1]?.pos !== 'DET' ? k : from;
};

/** Whether tokens [from, to) hold a verb or a quotation: a clause said, not a bare name. */
const hasVerbOrQuote = (ctx: TokenContext, from: number, to: number): boolean =>
  ctx.tokens.slice(from, to).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || isQuoteMark(t));

/**
 * The relative pronoun just before a speaker, which stands for part of what was said: "a fine,
 * which he said was no sentence" → "which" and "was no sentence"; "what he calls corruption".
 * "that" only where it must be a pronoun: before a verb right after the cue ("the faith that
 * Carson says led him"), or before a verb of naming (`naming`: "a country that Romney called
 * “our foe”"); elsewhere it is more often the conjunction of an outer cue.
 * `from` is where the words said after the cue begin.
 */
const relativeBefore = (
  ctx: TokenContext,
  source: TokenRange | null,
  inverted: boolean,
  from: number,
  naming: boolean,
): Span[] => {
  // Not before a bare phrase of time: "what he would say Thursday".
  if (!source || inverted || TIME_WORDS.has(ctx.lower(from))) return [];
  const k = source[0] - 1;
  const t = ctx.tokens[k];
  // "that" stands for the subject of what was said when a verb follows the cue directly: "a
  // rally that Clinton hopes can block him", "the faith that Carson says led him to Christ".
  // "which" after a preposition is no part of what was said: "tweets in which he called her …"
  // (but "what" is: "checked out what he called her tape").
  if (ctx.tokens[k - 1]?.pos === 'ADP' && /^(?:which|whom)$/i.test(t?.value ?? '')) return [];
  const relative =
    /^(?:which|what|whatever|who|whom)$/i.test(t?.value ?? '') ||
    (/^that$/i.test(t?.value ?? '') &&
      // …or is what a verb of naming names: "a country that Romney called “our No. 1 foe”".
      (naming || /^(?:AUX|VERB)$/.test(ctx.tokens[from]?.pos ?? '')));
  return t && relative ? [{ start: t.start, end: t.end }] : [];
};

/**
 * Words that make an adverbial of a gerund, whose subject is the clause's: "landed in hot water by
 * saying that…", "after warning that…" (not "criticised him for saying", where it is the object).
 */
const ADVERBIAL_GERUND = /^(?:by|after|before|while|without|when|upon)$/;

/**
 * The subject of the verb just before a conjunction at `k`: "Ms. Sherry smiled and said" →
 * "Ms. Sherry". Null when no verb stands right before it or it has no subject of its own.
 */
const subjectOfVerbBefore = (ctx: TokenContext, k: number, a: number): TokenRange | null => {
  const verb = ctx.tokens[k - 1];
  return verb?.pos === 'VERB' && k - 1 > a ? subjectLeft(ctx, k - 1, a) : null;
};

/**
 * In the words [from, end) of a relative clause on a sentence's subject, where the sentence's own
 * verb group starts: a second finite verb that follows the clause's verb with no conjunction,
 * comma, relative or subordinator between, and not right after a verb ("the plan he proposed is"
 * has a subject of its own before "is"), nor after a cue, which opens a clause of its own ("who say
 * they believe the party is …"). `end` when there is none.
 */
const mainVerbAfter = (
  ctx: TokenContext,
  from: number,
  end: number,
  cueStarts: ReadonlySet<number>,
): number => {
  let verb = false;
  for (let k = from; k < end; k++) {
    const t = ctx.tokens[k];
    if (!t || ctx.quotationAt(t.start)) continue;
    if (isPunct(t) || /^(?:CCONJ|SCONJ)$/.test(t.pos) || CLAUSE_PRONOUNS.test(t.value)) {
      verb = false;
      continue;
    }
    if (!isFiniteVerb(t)) continue;
    const previous = ctx.tokens[k - 1];
    if (
      verb &&
      previous &&
      !/^(?:VERB|AUX|ADV|PART)$/.test(previous.pos) &&
      previous.pos !== 'PRON'
    )
      return k;
    // (A verb group is one verb: "would not have said".)
    const group = Math.min(end, verbGroupEnd(ctx, k));
    verb = !cueWithin(cueStarts, k, group);
    k = group - 1;
  }
  return end;
};

/** The token before the verb group of the cue at `k`: past adverbs and auxiliaries ("and later said"). */
const beforeVerbGroup = (ctx: TokenContext, k: number, a: number): number => {
  let j = k - 1;
  while (j > a) {
    // "but went on to say": past the verb the infinitive hangs on.
    const raising = ctx.lower(j) === 'to' ? raisingVerbBefore(ctx, j) : null;
    if (raising !== null) j = raising - 1;
    else if (/^(?:ADV|AUX|PART)$/.test(ctx.tokens[j]?.pos ?? '')) j--;
    else break;
  }
  return j;
};

/**
 * Reported words that end inside a quotation run on to the quotation's end, over the sentence
 * ends inside it: 'called him “a smart guy. I’d like to think he understands it.”'.
 */
const throughQuotation = (ctx: TokenContext, span: Span): Span[] => {
  const quote = ctx.quotationAt(span.end - 1);
  if (!quote || quote.start < span.start) return [span];
  // The quote's paragraphs from the one the words end in: each stays a span of its own.
  const at = quote.inner.findIndex((p) => p.start < span.end && span.end <= p.end);
  const [current, ...rest] = quote.inner.slice(Math.max(at, 0));
  if (at < 0 || !current) return [span];
  return [{ start: span.start, end: current.end }, ...rest];
};

/** The first token from `k` that is not white space (a paragraph break is a token of its own). */
const nextWordAt = (ctx: TokenContext, k: number): number => {
  let j = k;
  while (/^\s+$/.test(ctx.tokens[j]?.value ?? '')) j++;
  return j;
};

/** Whether the content is a one-word answer: "said no", "said yes". */
const answer = (text: string, content: readonly Span[]): boolean =>
  content.length === 1 && /^(?:yes|no)\.?$/i.test(text.slice(content[0]?.start, content[0]?.end));

/**
 * The quotation that resumes a split quote after an aside on its speaker, opening after a comma:
 * "“…,” said Lee, an economist who studies wages, “…”". None when another cue or quote stands
 * between: the words then belong to someone else.
 */
const quotationAfterAside = (
  ctx: TokenContext,
  from: number,
  limit: number,
  cueStarts: ReadonlySet<number>,
): Quotation | undefined => {
  if (ctx.tokens[from]?.value !== ',') return undefined;
  for (let k = from + 1; k < limit; k++) {
    const t = ctx.tokens[k];
    if (!t || cueStarts.has(k)) return undefined;
    if (!isQuoteMark(t)) continue;
    const q = ctx.quotationAt(t.start);
    return q && q.start === t.start && ctx.tokens[k - 1]?.value === ',' ? q : undefined;
  }
  return undefined;
};

/**
 * The phrase or clause that opens sentence [a, …) on a preposition or subordinator and ends on a
 * comma right before the quotation opening at `offset`: 'In this election, “…,” she said', 'If
 * the bill passes, “…”' — not one that only says when ('On Monday, “…”'). Null when there is none.
 */
const frontedPhraseBefore = (
  ctx: TokenContext,
  a: number,
  offset: number,
  cueStarts: ReadonlySet<number>,
): Span | null => {
  const k = ctx.firstTokenFrom(offset);
  const fronted =
    k > a + 2 &&
    ctx.tokens[k - 1]?.value === ',' &&
    /^(?:ADP|SCONJ)$/.test(ctx.tokens[a]?.pos ?? '') &&
    !holdsTime(ctx, a + 1, k - 1) &&
    !cueWithin(cueStarts, a, k);
  return fronted ? tokenSpan(ctx.tokens, a, k - 1) : null;
};

/**
 * Whether the sentence goes on past the quotation `q` that follows a cue with a preposition or
 * subordinator, and the quotation is a clause that does not itself close on a comma, "?" or "!":
 * in 'says “the game has gone soft” because “…”' or '“the wind is at our backs” despite his loss'
 * the words after it are part of what was said. A quoted phrase ('chanted “Lock her up!” as …',
 * 'called it “self-deportation,” which …') stays the whole of it. (PolNeAR takes in a phrase of
 * time or place after the quotation too: 'said “We will win” at the rally'.)
 */
const wordsAfterQuote = (ctx: TokenContext, q: Quotation, b: number): boolean => {
  const k = ctx.firstTokenFrom(q.end);
  const t = ctx.tokens[k];
  const last = q.inner.at(-1);
  if (!t || k >= b || isPunct(t) || !last) return false;
  if (/[,;?!]$/.test(ctx.text.slice(last.start, last.end))) return false;
  // Only words that go on with it ('because …', 'despite …', 'at the rally'), not a clause of
  // its own ('“the deal is dead” but Jones said …', '… and the crowd cheered').
  if (!/^(?:ADP|SCONJ)$/.test(t.pos) || /^(?:and|but|or)$/i.test(t.value)) return false;
  return quotationHoldsClause(ctx, q);
};

/**
 * The quotation that resumes a split quote after ", but" or ", and" at `k`, when it runs to the
 * end of sentence [… , b): '“…,” he said, but “when it comes to energy, …”'.
 */
const quotationAfterLink = (ctx: TokenContext, k: number, b: number): Quotation | undefined => {
  if (ctx.tokens[k]?.value !== ',' || !/^(?:but|and)$/.test(ctx.lower(k + 1))) return undefined;
  const q = quotationStartingAfter(ctx, k + 2, b);
  if (!q) return undefined;
  for (let j = ctx.firstTokenFrom(q.end); j < b; j++) if (!isPunct(ctx.tokens[j])) return undefined;
  return q;
};

/** Whether the quotation opening at an offset continues words of its own sentence: "is “dead,”". */
const continuesWords = (ctx: TokenContext, a: number, offset: number): boolean => {
  const k = ctx.firstTokenFrom(offset);
  return k > a && /[\p{L}\p{N}]/u.test(ctx.tokens[k - 1]?.value ?? '');
};

/** Leftwards from token `k` over capitalised words and nouns (a name the tagger split oddly). */
const nominalRunStart = (ctx: TokenContext, k: number, a: number): number => {
  let j = k;
  const inName = (i: number): boolean =>
    /^(?:PROPN|NOUN|ADJ|VERB|DET|NUM)$/.test(ctx.tokens[i]?.pos ?? '') ||
    // A name the tagger took for an auxiliary: "columnist Ai Jun".
    isCapitalised(ctx.tokens[i]) ||
    // Names with links and figures: "Fight for $15 organizing director Kendall Fells".
    /^(?:of|for|&|\$)$/i.test(ctx.tokens[i]?.value ?? '') ||
    // A hyphen inside a compound: "Texas-based".
    (ctx.tokens[i]?.value === '-' && ctx.tokens[i]?.start === ctx.tokens[i - 1]?.end);
  while (j - 1 >= a && inName(j - 1) && !isQuoteMark(ctx.tokens[j - 1])) j--;
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
  // A participle opening the sentence opens a clause of its own, up to a comma before the cue:
  // "Asked on Monday, Mrs. Clinton shook her head and said …" (not "Leading Democrats met …").
  const opener = ctx.tokens[a];
  const openingClause =
    opener?.pos === 'VERB' &&
    /(?:ed|ing)$/i.test(opener.value) &&
    !/^(?:NOUN|PROPN)$/.test(ctx.tokens[a + 1]?.pos ?? '') &&
    ctx.tokens.slice(a, participle).some((t) => t.value === ',');
  if (participle === a || openingClause) {
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

const endsOnQuotation = (ctx: TokenContext, f: Attribution): boolean => {
  const end = f.content.at(-1)?.end ?? 0;
  return ctx.quotationAt(end - 1)?.end === end;
};

/**
 * Drops an attribution whose content repeats an earlier one's (two cues for one quote), or whose
 * cue an earlier one already read ("asked whether …" as a question put and as a verb of saying).
 */
const dedupe = (found: Attribution[]): Attribution[] => {
  const seen = new Set<string>();
  const cues = new Set<number>();
  return found.filter((f) => {
    const key = f.content.map((s) => `${s.start}-${s.end}`).join(',');
    if (seen.has(key) || (f.cue && cues.has(f.cue.start))) return false;
    seen.add(key);
    if (f.cue) cues.add(f.cue.start);
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
    if (covered(q) || !hasWords(ctx.text, q.inner, MIN_QUOTE_WORDS)) continue;
    // The quotation must open its sentence, and be all of it unless it ends one itself (the
    // splitter misses a sentence end inside closing marks: "“…not terrorists.” Mr. Zahed said").
    const sentence = ctx.sentences.find((s) => s.start <= q.start && q.start < s.end);
    if (!sentence) continue;
    // A connective may lead it in: "Instead, “he just acts like a defeated man.”"
    const leadIn = ctx.text.slice(sentence.start, q.start);
    const connective = LEAD_IN.test(leadIn);
    if (/[\p{L}\p{N}]/u.test(leadIn) && !connective) continue;
    const endsSentence = /[.?!]\s*$/.test(ctx.text.slice(q.start, q.inner.at(-1)?.end ?? q.end));
    const after = ctx.text.slice(Math.min(q.end, sentence.end), sentence.end);
    if (!endsSentence && /[\p{L}\p{N}]/u.test(after)) continue;
    // The last direct quote before it, or reported words that end on a quotation ("Yet he is a
    // “change agent,” Cole said."), passing over a participle's paraphrase ("…,” she said,
    // adding that … “…”").
    const previous = [...result]
      .reverse()
      .find(
        (f) => (f.content.at(-1)?.end ?? 0) <= q.start && (f.direct || endsOnQuotation(ctx, f)),
      );
    if (!previous) continue;
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
          hasWords(ctx.text, other.inner, MIN_QUOTE_WORDS) &&
          !titleInTag(ctx, other),
      )
    )
      continue;
    previous.content.push(
      ...(connective
        ? [{ start: sentence.start, end: sentence.start + leadIn.trimEnd().length }]
        : []),
      ...q.inner,
    );
  }
  return result;
};

/** Whether token `k` is a participle with its preposition after a noun: "known as", "based in". */
const modifyingParticiple = (ctx: TokenContext, k: number): boolean =>
  DESCRIBING_PARTICIPLES.has(ctx.lower(k)) && ctx.tokens[k + 1]?.pos === 'ADP';

// A wire story's dateline: "WASHINGTON (AP) — ", "NAIROBI, Kenya (Reuters) - ".
const DATELINE =
  /^[A-Z][A-Z .'-]*(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)?\s*\((?:AP|Reuters|AFP|UPI|Xinhua|Bloomberg)\)\s*[—–_-]+\s*/;

/** The content without a dateline it opens on: what was said starts after it. */
const withoutDateline = (text: string, content: Span[]): Span[] => {
  const [first, ...rest] = content;
  const dateline = first && DATELINE.exec(text.slice(first.start, first.end));
  if (!first || !dateline || dateline[0].length >= first.end - first.start) return content;
  return [{ start: first.start + dateline[0].length, end: first.end }, ...rest];
};

/** A connective that may lead in a quotation continuing the last one: "Instead, “…”", "But “…”". */
const LEAD_IN = /^\s*(?:but|and|instead|still|then|later|yet|also|so|now|again|however),?\s*$/i;
