import type { PloverType } from '../../core/cameo/plover-type.js';
import type { SourceId, StatementId } from '../../core/ids.js';
import type { Span } from '../../core/span.js';
import type { Stance } from '../../core/stance.js';
import type { TopicId } from '../../core/topic.js';
import { createSentenceBounds } from './sentence-bounds.js';
import { STANCE_RULES_METHOD, type StanceInput, type StanceScore } from './stance-scorer.js';
import { matchTopic, type CompiledTopic } from './topic-matcher.js';
import { wordTokens, type TextSegment, type WordToken } from './word-tokens.js';

/** A statement as linking reads it: where its words are, and what is known of its speaker. */
export interface LinkableStatement {
  readonly id: StatementId;
  readonly sourceId: SourceId;
  readonly contentSpans: readonly Span[];
  readonly cueSpans: readonly Span[];
  readonly sourceSpans: readonly Span[];
  /** The speaker's country, ISO 3166 alpha-3, when known. */
  readonly speakerCountry: string | null;
  /** The PLOVER event type coded for the statement, when the event coder ran. */
  readonly eventType?: PloverType | null;
  /** Topics an analyst linked the statement to: scored whatever its words. */
  readonly linkedByAnalyst?: readonly TopicId[];
}

/** What linking needs from outside the document. */
export interface LinkingTools {
  /** The country a name, adjective, capital or seat of power stands for (the actor registry's). */
  readonly countryOf: (text: string) => string | null;
  readonly scoreStance: (input: StanceInput) => StanceScore;
}

/** How many words a country name may have ("the United States of America"). */
const COUNTRY_NAME_WORDS = 5;
/** How far before the cue its auxiliaries and negation may stand ("did not rule out"). */
const CUE_LEAD_CHARS = 40;
/** A topic named only around the statement, not in its words, is a weaker link. */
const SENTENCE_ONLY_FACTOR = 0.8;

const countriesNamed = (tokens: readonly WordToken[], countryOf: LinkingTools['countryOf']) => {
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    // Names of countries, their capitals and seats of power are written with a capital.
    if (!/^\p{Lu}/u.test((tokens[i] as WordToken).surface)) continue;
    let phrase = '';
    for (let n = 0; n < COUNTRY_NAME_WORDS && i + n < tokens.length; n++) {
      const token = tokens[i + n] as WordToken;
      phrase = n === 0 ? token.surface : `${phrase} ${token.surface}`;
      const code = countryOf(phrase);
      if (code) found.add(code);
    }
  }
  return found;
};

/**
 * The words the stance is read from: the content, and the cue with what stands between the
 * speaker and it ("Araghchi did not rule out"), when that is short and holds no content.
 */
const stanceSegments = (text: string, s: LinkableStatement): TextSegment[] => {
  const segments: TextSegment[] = s.contentSpans.map((c) => ({
    text: text.slice(c.start, c.end),
    start: c.start,
  }));
  const cue = s.cueSpans[0];
  if (cue) {
    const before = s.sourceSpans.filter((sp) => sp.end <= cue.start).map((sp) => sp.end);
    let start = before.length > 0 ? Math.max(...before) : cue.start;
    const lead = text.slice(start, cue.start);
    if (
      cue.start - start > CUE_LEAD_CHARS ||
      /[.!?;\n]/.test(lead) ||
      s.contentSpans.some((c) => c.start < cue.start && c.end > start)
    )
      start = cue.start;
    if (!s.contentSpans.some((c) => c.start < cue.end && cue.start < c.end))
      segments.push({ text: text.slice(start, cue.end), start });
  }
  return segments.sort((a, b) => a.start - b.start);
};

/**
 * Links the statements of one document to the topics they speak to, with a stance on each.
 * A statement speaks to a topic when one of its terms or patterns occurs in its content or its
 * sentence and, for a topic about countries, each of them is the speaker's or is named in the
 * document, and one at least is the speaker's or is named in the statement's paragraph (a quote
 * often names neither side: the article's lead did); or when an analyst linked it. Pure.
 * @example linkStatements(source.text, statements, [compileTopic(topic)], tools).map((s) => s.value) // [-2]
 */
export const linkStatements = (
  text: string,
  statements: readonly LinkableStatement[],
  topics: readonly CompiledTopic[],
  tools: LinkingTools,
): Stance[] => {
  if (topics.length === 0) return [];
  const bounds = createSentenceBounds(text);
  let documentCountries: Set<string> | null = null;
  const paragraphCountries = new Map<number, Set<string>>();
  const stances: Stance[] = [];
  for (const statement of statements) {
    const spans = [...statement.contentSpans, ...statement.cueSpans, ...statement.sourceSpans];
    if (statement.contentSpans.length === 0) continue;
    const sentence = bounds.sentenceAround(spans);
    const sentenceText = text.slice(sentence.start, sentence.end);
    const context = {
      text: sentenceText,
      start: sentence.start,
      tokens: wordTokens([{ text: sentenceText, start: sentence.start }]),
      content: statement.contentSpans,
    };
    let near: Set<string> | null = null;
    let score: StanceScore | null = null;
    for (const compiled of topics) {
      const { topic } = compiled;
      const byAnalyst = statement.linkedByAnalyst?.includes(topic.id) ?? false;
      const matches = matchTopic(compiled, context);
      if (matches.length === 0 && !byAnalyst) continue;
      if (topic.countries.length > 0 && !byAnalyst) {
        if (near === null) {
          const paragraph = bounds.paragraphAround(spans);
          let named = paragraphCountries.get(paragraph.start);
          if (!named) {
            named = countriesNamed(
              wordTokens([
                { text: text.slice(paragraph.start, paragraph.end), start: paragraph.start },
              ]),
              tools.countryOf,
            );
            paragraphCountries.set(paragraph.start, named);
          }
          near = new Set(named);
          if (statement.speakerCountry) near.add(statement.speakerCountry);
        }
        documentCountries ??= countriesNamed(wordTokens([{ text, start: 0 }]), tools.countryOf);
        const [local, named] = [near, documentCountries];
        if (!topic.countries.some((c) => local.has(c))) continue;
        if (!topic.countries.every((c) => local.has(c) || named.has(c))) continue;
      }
      score ??= tools.scoreStance({
        segments: stanceSegments(text, statement),
        eventType: statement.eventType ?? null,
      });
      const inContent = matches.some((m) => m.inContent);
      stances.push({
        statementId: statement.id,
        sourceId: statement.sourceId,
        topicId: topic.id,
        value: score.value,
        confidence:
          inContent || byAnalyst
            ? score.confidence
            : Math.round(score.confidence * SENTENCE_ONLY_FACTOR * 100) / 100,
        flags: score.flags,
        eventType: score.eventType,
        method: STANCE_RULES_METHOD,
        matches,
        cues: score.cues,
      });
    }
  }
  return stances;
};
