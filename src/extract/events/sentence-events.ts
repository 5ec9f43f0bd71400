import type { ActorDirectory } from '../../core/actor-registry/actor-directory.js';
import type { Span } from '../../core/span.js';
import type { AnalysedText } from '../text-analysis.js';
import { createActorFinder } from './actor-finder.js';
import { codeSentenceView, selectEvents, type CodedEvent } from './event-coder.js';
import { createSentenceView } from './sentence-view.js';
import type { EventLexicon } from './event-lexicon.js';

/** An act a sentence of the document reports, and the statement it belongs to, if any. */
export interface EventFinding {
  readonly event: CodedEvent;
  readonly sentence: Span;
  /** Index of the statement whose cue or content holds the act; null for a plain report. */
  readonly statement: number | null;
  /** The act is the statement's own cue ("rejected", "warned"), not an act inside what was said. */
  readonly byCue: boolean;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Codes every sentence of a document (PLOVER/CAMEO) and links each act to the statement whose cue
 * or content it lies in: "Khamenei rejected talks" is the act of the statement it reports; a
 * sentence with no statement ("Israeli jets struck…") is a reported action of its own.
 */
export const codeDocumentEvents = (
  analysed: AnalysedText,
  statements: ReadonlyArray<{ readonly content: readonly Span[]; readonly cue: Span | null }>,
  directory: ActorDirectory | null,
  lexicon: EventLexicon,
): EventFinding[] => {
  const found: EventFinding[] = [];
  let previousActor: CodedEvent['source'] = null;
  // One actor finder for the whole document: its look-ups are cached across sentences.
  const finder = createActorFinder(directory, lexicon);
  analysed.sentences.forEach((sentence, index) => {
    const range = analysed.sentenceTokens[index];
    if (!range) return;
    const view = createSentenceView(analysed.text, analysed.tokens, range[0], range[1]);
    for (const event of selectEvents(codeSentenceView(view, finder, lexicon, { previousActor }))) {
      const byCue = statements.findIndex((s) => s.cue !== null && overlaps(s.cue, event.span));
      const statement =
        byCue >= 0
          ? byCue
          : statements.findIndex((s) => s.content.some((c) => overlaps(c, event.span)));
      found.push({
        event,
        sentence,
        statement: statement >= 0 ? statement : null,
        byCue: byCue >= 0,
      });
      if (event.source) previousActor = event.source;
    }
  });
  return found;
};
