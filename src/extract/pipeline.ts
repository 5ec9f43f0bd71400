import type { ActorDirectory } from '../core/actor-registry/actor-directory.js';
import type { IsoDate } from '../core/partial-date.js';
import type { Span } from '../core/span.js';
import type { SaidOn } from '../core/statement.js';
import { findAttributions } from './attribution/attribution-finder.js';
import { createSpeakerResolver } from './speaker-resolver.js';
import { dateAttributions } from './statement-dating.js';
import { analyseText } from './text-analysis.js';
import { findTimeExpressions } from './time/find-time-expressions.js';
import type { TimeExpression } from './time/time-expression.js';
import type { EventLexicon } from './events/event-lexicon.js';
import { codeDocumentEvents, type EventFinding } from './events/sentence-events.js';

/** The extractor's name and version, recorded on every row it produces. */
export const EXTRACTOR_VERSION = 'rules@8';

export interface ExtractionInput {
  readonly text: string;
  readonly publishedOn: IsoDate | null;
}

/** A statement as the extractor found it: spans into the text, a speaker name, a date. */
export interface StatementFinding {
  readonly content: readonly Span[];
  readonly source: readonly Span[];
  readonly cue: readonly Span[];
  readonly direct: boolean;
  readonly speakerMention: string | null;
  /** The speaker's canonical name (registry) or fullest name in the document; null when unnamed. */
  readonly speakerName: string | null;
  /** The registry's other names for the speaker. */
  readonly speakerAliases: readonly string[];
  readonly saidOn: SaidOn | null;
  /** The PLOVER type of the act the statement performs or reports, when the coder found one. */
  readonly eventType: string | null;
}

/** What the pipeline may be given beyond the document itself. */
export interface ExtractionOptions {
  /** The actor registry: aliases, and who held which role when. */
  readonly directory?: ActorDirectory | null;
  /** The event lexicon; without it no acts are coded. */
  readonly eventLexicon?: EventLexicon | null;
}

export interface Extraction {
  readonly extractor: string;
  readonly tokenCount: number;
  readonly statements: readonly StatementFinding[];
  /** Every time expression of the text, normalised (TimeML). */
  readonly timexes: readonly TimeExpression[];
  /** Every act the sentences report (PLOVER/CAMEO), linked to its statement where it has one. */
  readonly events: readonly EventFinding[];
}

/**
 * The extraction pipeline over one document: sentences and tokens → attributions → speakers →
 * dates → acts (PLOVER/CAMEO). Pure: the same input always gives the same findings.
 */
export const extract = (input: ExtractionInput, options: ExtractionOptions = {}): Extraction => {
  const analysed = analyseText(input.text);
  const resolveSpeaker = createSpeakerResolver(
    input.text,
    options.directory ?? null,
    analysed.sentences,
  );
  const attributions = findAttributions(analysed);
  const timexes = findTimeExpressions(input.text, input.publishedOn);
  const dates = dateAttributions(attributions, timexes, {
    ...analysed,
    publishedOn: input.publishedOn,
  });
  const statements = attributions.map((a, i): StatementFinding => {
    const saidOn = dates[i] ?? null;
    const speaker = resolveSpeaker(a.source, saidOn?.date ?? input.publishedOn);
    return {
      content: a.content,
      source: a.source ? [a.source] : [],
      cue: a.cue ? [a.cue] : [],
      direct: a.direct,
      speakerMention: speaker.mention,
      speakerName: speaker.name,
      speakerAliases: speaker.aliases,
      saidOn,
      eventType: null,
    };
  });
  const events = options.eventLexicon
    ? codeDocumentEvents(analysed, attributions, options.directory ?? null, options.eventLexicon)
    : [];
  const withEvents = statements.map((s, i) => {
    // The statement's own act ("rejected talks") before an act inside what was said.
    const act =
      events.find((e) => e.statement === i && e.byCue) ?? events.find((e) => e.statement === i);
    return act ? { ...s, eventType: act.event.type } : s;
  });
  return {
    extractor: EXTRACTOR_VERSION,
    tokenCount: analysed.tokens.length,
    statements: withEvents,
    timexes,
    events,
  };
};
