import type { Span } from '../../core/span.js';
import type { TopicMatch } from '../../core/stance.js';
import type { Topic } from '../../core/topic.js';
import {
  compilePhrase,
  findPhrases,
  indexPhrases,
  type Phrase,
  type PhraseIndex,
} from './phrase.js';
import type { WordToken } from './word-tokens.js';

/** A topic ready to match: its terms as phrases, its patterns as regular expressions. */
export interface CompiledTopic {
  readonly topic: Topic;
  readonly terms: PhraseIndex<Phrase>;
  readonly patterns: readonly { readonly source: string; readonly re: RegExp }[];
}

export const compileTopic = (topic: Topic): CompiledTopic => ({
  topic,
  terms: indexPhrases(topic.terms.map(compilePhrase)),
  patterns: topic.patterns.map((source) => ({ source, re: new RegExp(source, 'giu') })),
});

/** The words around a statement where a topic may be named: its sentence, with its content marked. */
export interface MatchContext {
  /** The sentence's text and where it starts in the source. */
  readonly text: string;
  readonly start: number;
  /** The sentence's words (see `wordTokens`). */
  readonly tokens: readonly WordToken[];
  /** The statement's content spans, in source offsets. */
  readonly content: readonly Span[];
}

const insideContent = (content: readonly Span[], start: number, end: number): boolean =>
  content.some((c) => c.start <= start && end <= c.end);

/**
 * Where a topic's terms and patterns occur in a statement's sentence, in source offsets, each
 * marked as inside the statement's content or not. Terms match whatever their case and
 * inflection; patterns ignore case.
 * @example matchTopic(compileTopic(topic), context).map((m) => m.term) // ['negotiation', 'talks']
 */
export const matchTopic = (compiled: CompiledTopic, context: MatchContext): TopicMatch[] => {
  const found: TopicMatch[] = [];
  for (const m of findPhrases(context.tokens, compiled.terms)) {
    const start = (context.tokens[m.first] as WordToken).start;
    const end = (context.tokens[m.last] as WordToken).end;
    found.push({
      term: m.phrase.text,
      start,
      end,
      inContent: insideContent(context.content, start, end),
    });
  }
  for (const { source, re } of compiled.patterns) {
    for (const m of context.text.matchAll(re)) {
      if (m[0].length === 0) continue;
      const start = context.start + m.index;
      const end = start + m[0].length;
      found.push({
        term: source,
        start,
        end,
        inContent: insideContent(context.content, start, end),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
};
