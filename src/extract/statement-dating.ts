import { DateMethod, precisionOf, type IsoDate } from '../core/partial-date.js';
import type { Span } from '../core/span.js';
import type { SaidOn } from '../core/statement.js';
import type { Attribution } from './attribution/attribution-finder.js';
import { TimexType, type TimeExpression } from './time/time-expression.js';

const inside = (offset: number, spans: readonly Span[]): boolean =>
  spans.some((s) => s.start <= offset && offset < s.end);
const containing = (spans: readonly Span[], offset: number): Span | undefined =>
  spans.find((s) => s.start <= offset && offset < s.end);

/**
 * When each attribution was said:
 * 1. a date in the cue's sentence outside what anyone said and who said it ("Khamenei said on
 *    Friday that…"), the nearest to the cue — explicit, or resolved against the publication date
 *    or the narrative;
 * 2. else the last day the narrative established earlier in the same paragraph ("On January 17 he
 *    spoke to commanders. He said…");
 * 3. else the publication date (method `publication_default`), or null when that is unknown.
 * A date after publication cannot be when something already reported was said, and is skipped.
 */
export const dateAttributions = (
  attributions: readonly Attribution[],
  timexes: readonly TimeExpression[],
  context: {
    readonly sentences: readonly Span[];
    readonly paragraphs: readonly Span[];
    readonly publishedOn: IsoDate | null;
  },
): Array<SaidOn | null> => {
  // A date inside what anyone is reported to have said ("said Iran had tasted it in 2015") is
  // part of the claim, not when a statement was made.
  const said = attributions.flatMap((a) => a.content);
  const dated = timexes.filter(
    (t) =>
      (t.type === TimexType.Date || t.type === TimexType.Time) &&
      t.date !== null &&
      (context.publishedOn === null || t.date <= context.publishedOn) &&
      !inside(t.start, said),
  );
  return attributions.map((a) => {
    const anchor = a.cue?.start ?? a.source?.start ?? a.content[0]?.start ?? 0;
    const sentence = containing(context.sentences, anchor);
    if (sentence) {
      const candidates = dated.filter(
        (t) =>
          t.start >= sentence.start &&
          t.end <= sentence.end &&
          !inside(t.start, a.content) &&
          !inside(t.start, a.source ? [a.source] : []),
      );
      candidates.sort((x, y) => Math.abs(x.start - anchor) - Math.abs(y.start - anchor));
      const best = candidates[0];
      if (best?.date)
        return {
          date: best.date,
          precision: precisionOf(best.date),
          method: best.method ?? DateMethod.Explicit,
        };
    }
    const paragraph = containing(context.paragraphs, anchor);
    if (paragraph && sentence) {
      const earlier = dated.filter(
        (t) =>
          t.start >= paragraph.start &&
          t.end <= sentence.start &&
          t.date !== null &&
          t.date.length === 10,
      );
      const last = earlier.at(-1);
      if (last?.date)
        return {
          date: last.date,
          precision: precisionOf(last.date),
          method: DateMethod.RelativeToNarrative,
        };
    }
    return context.publishedOn
      ? {
          date: context.publishedOn,
          precision: precisionOf(context.publishedOn),
          method: DateMethod.PublicationDefault,
        }
      : null;
  });
};
