import type { ActorId, ExtractionRunId, SourceId, StatementId } from './ids.js';
import type { DateMethod, DatePrecision, IsoDate } from './partial-date.js';
import type { Span } from './span.js';

/** When a statement was said, at the precision the text allows, and how that was found. */
export interface SaidOn {
  readonly date: IsoDate;
  readonly precision: DatePrecision;
  readonly method: DateMethod;
}

/** One attribution found in a Source: who said what, and when; always traceable to its spans. */
export interface Statement {
  readonly id: StatementId;
  readonly sourceId: SourceId;
  readonly runId: ExtractionRunId;
  /** The extractor and its version, e.g. `rules@1`. */
  readonly extractor: string;
  readonly speaker: { readonly actorId: ActorId; readonly name: string } | null;
  /** The words that name the speaker in the text ("he", "Iran's supreme leader"). */
  readonly speakerMention: string | null;
  readonly sourceSpans: readonly Span[];
  readonly cue: string | null;
  readonly cueSpans: readonly Span[];
  readonly content: string;
  readonly contentSpans: readonly Span[];
  readonly direct: boolean;
  readonly saidOn: SaidOn | null;
  /** The PLOVER type of the act it performs or reports, when one was coded. */
  readonly eventType?: string | null;
}

export interface StatementFilter {
  readonly speaker?: string;
  readonly sourceId?: SourceId;
  /** Inclusive bounds on `saidOn`, ISO dates. */
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  /** Full-text query (all words, stemmed) over the statement's content. */
  readonly query?: string;
  readonly limit?: number;
  readonly offset?: number;
}
