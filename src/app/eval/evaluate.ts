import { evaluateAttributions, goldAttributionRecord } from './attribution-evaluation.js';
import { evaluateEvents, goldEventRecord } from './event-evaluation.js';
import { loadEventLexicon } from '../extraction/event-lexicon-files.js';
import { readGoldFile } from './gold-file.js';
import { directoryFromGazetteer } from '../registry/registry-directory.js';
import { evaluateTime, goldTimeRecord } from './time-evaluation.js';

export const EVAL_KINDS = ['attributions', 'time', 'events'] as const;
export type EvalKind = (typeof EVAL_KINDS)[number];

/** Scores the pipeline on a gold file of a kind; returns the figures and the predictions. */
export const evaluateGoldFile = async (
  kind: EvalKind,
  goldPath: string,
  options: { readonly gazetteerDir?: string } = {},
): Promise<{
  scores: Readonly<Record<string, number>>;
  predictions: ReadonlyArray<{ id: string }>;
}> => {
  switch (kind) {
    case 'attributions': {
      const records = await readGoldFile(goldPath, goldAttributionRecord);
      const { scores, predictions } = evaluateAttributions(records, {
        directory: await directoryFromGazetteer(options.gazetteerDir),
      });
      return { scores: { ...scores }, predictions };
    }
    case 'time': {
      const records = await readGoldFile(goldPath, goldTimeRecord);
      const { scores, predictions } = evaluateTime(records);
      return { scores: { ...scores }, predictions };
    }
    case 'events': {
      const records = await readGoldFile(goldPath, goldEventRecord);
      const { scores, predictions } = evaluateEvents(records, {
        directory: await directoryFromGazetteer(options.gazetteerDir),
        lexicon: await loadEventLexicon(),
      });
      return { scores: { ...scores }, predictions };
    }
  }
};
