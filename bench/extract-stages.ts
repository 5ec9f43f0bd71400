/**
 * Where extraction time goes: each step of the pipeline timed on its own over N synthetic ~900-word
 * articles (no database), then the whole `extract` for comparison. It measures the compiled code
 * in dist/ (`npm run bench:stages` builds it first). A first pass warms the code up; the second
 * is the one printed.
 *
 *   npm run bench:stages -- [N]        (default 300)
 */
import { performance } from 'node:perf_hooks';
import type { IsoDate } from '../src/core/partial-date.js';
import type * as LexiconFilesModule from '../src/app/extraction/event-lexicon-files.js';
import type * as AttributionModule from '../src/extract/attribution/attribution-finder.js';
import type * as SentenceEventsModule from '../src/extract/events/sentence-events.js';
import type * as PipelineModule from '../src/extract/pipeline.js';
import type * as SpeakerModule from '../src/extract/speaker-resolver.js';
import type * as DatingModule from '../src/extract/statement-dating.js';
import type * as TextAnalysisModule from '../src/extract/text-analysis.js';
import type * as TimeModule from '../src/extract/time/find-time-expressions.js';
import { syntheticArticle } from './synthetic-articles.js';

/** A module of the compiled code (`npm run build:server`), typed as its source. */
const compiled = async <T>(path: string): Promise<T> =>
  (await import(new URL(`../dist/${path}`, import.meta.url).href)) as T;
const { analyseText } = await compiled<typeof TextAnalysisModule>('extract/text-analysis.js');
const { findAttributions } = await compiled<typeof AttributionModule>(
  'extract/attribution/attribution-finder.js',
);
const { findTimeExpressions } = await compiled<typeof TimeModule>(
  'extract/time/find-time-expressions.js',
);
const { dateAttributions } = await compiled<typeof DatingModule>('extract/statement-dating.js');
const { createSpeakerResolver } = await compiled<typeof SpeakerModule>(
  'extract/speaker-resolver.js',
);
const { codeDocumentEvents } = await compiled<typeof SentenceEventsModule>(
  'extract/events/sentence-events.js',
);
const { loadEventLexicon } = await compiled<typeof LexiconFilesModule>(
  'app/extraction/event-lexicon-files.js',
);
const { extract } = await compiled<typeof PipelineModule>('extract/pipeline.js');

const n = Number(process.argv[2] ?? 300);
const published = '2024-05-01' as IsoDate;
const lexicon = await loadEventLexicon();
const texts = Array.from({ length: n }, (_, i) => syntheticArticle(i));

const totals = new Map<string, number>();
/** Runs `step`, adding the milliseconds it took to `name`'s total. */
const timed = <T>(name: string, step: () => T): T => {
  const t0 = performance.now();
  const result = step();
  totals.set(name, (totals.get(name) ?? 0) + performance.now() - t0);
  return result;
};

for (let pass = 0; pass < 2; pass++) {
  totals.clear();
  timed('whole extract', () => {
    for (const text of texts) extract({ text, publishedOn: published }, { eventLexicon: lexicon });
  });
  for (const text of texts) {
    const analysed = timed('tokens, tags, sentences (wink-nlp)', () => analyseText(text));
    const attributions = timed('attributions', () => findAttributions(analysed));
    const timexes = timed('time expressions', () => findTimeExpressions(text, published));
    timed('statement dates', () =>
      dateAttributions(attributions, timexes, { ...analysed, publishedOn: published }),
    );
    timed('speakers', () => {
      const resolve = createSpeakerResolver(text, null, analysed.sentences);
      for (const a of attributions) resolve(a.source, published);
    });
    timed('events (PLOVER)', () => codeDocumentEvents(analysed, attributions, null, lexicon));
  }
}

console.log(`Extraction steps, ms per article (${n} synthetic articles, after a warm-up pass)`);
for (const [name, ms] of totals) console.log(`  ${name.padEnd(36)} ${(ms / n).toFixed(2)}`);
