import { z } from 'zod';
import { isoDateFrom } from '../../core/partial-date.js';
import type { Span } from '../../core/span.js';
import {
  scoreAttributions,
  type AttributionScores,
  type ScoredAttribution,
} from '../../core/evaluation/attribution-score.js';
import { extract, type ExtractionOptions } from '../../extract/pipeline.js';

const spanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

export const goldAttributionRecord = z.object({
  id: z.string(),
  published: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  text: z.string(),
  attributions: z.array(
    z.object({
      source: z.array(spanSchema).default([]),
      speaker: z.string().nullable().optional(),
      cue: z.array(spanSchema).nullable().optional(),
      content: z.array(spanSchema).min(1),
      direct: z.boolean().nullable().optional(),
      said_on: z.string().nullable().optional(),
    }),
  ),
});
export type GoldAttributionRecord = z.infer<typeof goldAttributionRecord>;

/** One predicted attribution in the gold's own format (FORMAT.md, Predictions). */
export interface PredictedAttribution {
  readonly source: Span[];
  readonly speaker: string | null;
  readonly speaker_aliases: string[];
  readonly cue: Span[];
  readonly content: Span[];
  readonly direct: boolean;
  readonly said_on: string | null;
}

export interface AttributionPrediction {
  readonly id: string;
  readonly attributions: PredictedAttribution[];
}

const plain = (spans: readonly Span[]): Span[] => spans.map(({ start, end }) => ({ start, end }));

/**
 * Runs the extraction pipeline on each gold record, as `ingest` does, and scores the result.
 */
export const evaluateAttributions = (
  records: readonly GoldAttributionRecord[],
  options: ExtractionOptions = {},
): { scores: AttributionScores; predictions: AttributionPrediction[] } => {
  const predictions: AttributionPrediction[] = [];
  const documents = records.map((record) => {
    const publishedOn = record.published ? isoDateFrom(record.published.slice(0, 10)) : null;
    const extraction = extract({ text: record.text, publishedOn }, options);
    const predicted: PredictedAttribution[] = extraction.statements.map((s) => ({
      source: plain(s.source),
      speaker: s.speakerName,
      speaker_aliases: [...s.speakerAliases],
      cue: plain(s.cue),
      content: plain(s.content),
      direct: s.direct,
      said_on: s.saidOn?.date ?? null,
    }));
    predictions.push({ id: record.id, attributions: predicted });
    return {
      text: record.text,
      gold: record.attributions.map((a): ScoredAttribution => ({
        source: a.source,
        speaker: a.speaker ?? null,
        content: a.content,
        saidOn: a.said_on ?? null,
      })),
      predicted: predicted.map((p): ScoredAttribution => ({
        source: p.source,
        speaker: p.speaker,
        speakerAliases: p.speaker_aliases,
        content: p.content,
        saidOn: p.said_on,
      })),
    };
  });
  return { scores: scoreAttributions(documents), predictions };
};
