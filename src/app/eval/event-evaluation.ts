import { z } from 'zod';
import {
  scoreEvents,
  type EventScores,
  type ScoredEvent,
} from '../../core/evaluation/event-score.js';
import type { EventActorDirectory } from '../../extract/events/actor-finder.js';
import { codeSentence, ploverParties } from '../../extract/events/event-coder.js';
import type { EventLexicon } from '../../extract/events/event-lexicon.js';

const goldEvent = z.object({
  type: z.string(),
  cameo: z.string().nullable().optional(),
  source: z.array(z.string()).default([]),
  target: z.array(z.string()).default([]),
});

/** One gold record of FORMAT.md section 3 (events): one sentence and the events it reports. */
export const goldEventRecord = z.object({
  id: z.string(),
  text: z.string(),
  date: z.string().nullable().optional(),
  events: z.array(goldEvent),
});
export type GoldEventRecord = z.infer<typeof goldEventRecord>;

/** What the coder found in one gold record, in the gold's own format (FORMAT.md, Predictions). */
export interface EventPrediction {
  readonly id: string;
  readonly events: ScoredEvent[];
}

/** What event coding needs beyond the text: the registry for actors' countries, and the lexicon. */
export interface EventEvaluationOptions {
  readonly directory: EventActorDirectory | null;
  readonly lexicon: EventLexicon;
}

/**
 * Codes each gold sentence with the event coder and scores the events against the gold
 * (FORMAT.md section 3). Several events of one type in a sentence are written once each, as found.
 */
export const evaluateEvents = (
  records: readonly GoldEventRecord[],
  options: EventEvaluationOptions,
): { scores: EventScores; predictions: EventPrediction[] } => {
  const predictions = records.map((record): EventPrediction => {
    const coded = codeSentence(record.text, options.directory, options.lexicon);
    return {
      id: record.id,
      events: coded.map((event) => {
        const { source, target } = ploverParties(event);
        return { type: event.type, cameo: event.cameo, source: [...source], target: [...target] };
      }),
    };
  });
  const scores = scoreEvents(
    records.map((record, i) => ({
      gold: record.events.map((e) => ({
        type: e.type,
        cameo: e.cameo ?? null,
        source: e.source,
        target: e.target,
      })),
      predicted: predictions[i]?.events ?? [],
    })),
  );
  return { scores, predictions };
};
