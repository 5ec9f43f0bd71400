import { describe, expect, it } from 'vitest';
import { scoreAttributions } from '../../core/evaluation/attribution-score.js';
import { evaluateAttributions, type GoldAttributionRecord } from './attribution-evaluation.js';

const text =
  'Iran’s foreign minister Abbas Araghchi spoke in Muscat on Tuesday. “We are ready for indirect talks,” he said. The agency warned that inspectors had lost access.';
const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

const gold: GoldAttributionRecord[] = [
  {
    id: 'doc-1',
    published: '2026-03-05',
    text,
    attributions: [
      {
        source: [span('he')],
        speaker: 'Abbas Araghchi',
        content: [span('We are ready for indirect talks,')],
        direct: true,
        said_on: '2026-03-03',
      },
      {
        source: [span('The agency')],
        speaker: null,
        content: [span('that inspectors had lost access')],
        direct: false,
        said_on: null,
      },
      {
        source: [],
        speaker: null,
        content: [span('spoke in Muscat')],
        direct: false,
        said_on: null,
      },
    ],
  },
];

describe('evaluateAttributions', () => {
  it('scores the pipeline, and its predictions file re-scores to the same figures', () => {
    const { scores, predictions } = evaluateAttributions(gold);
    expect(scores).toMatchObject({
      gold: 3,
      matched_05: 2,
      speaker_judged: 2,
      speaker_correct: 2,
      date_judged: 1,
      date_correct: 1,
    });
    // Re-score from the predictions file alone, as an outsider would.
    const lines = predictions.map(
      (p) => JSON.parse(JSON.stringify(p)) as (typeof predictions)[number],
    );
    const rescored = scoreAttributions(
      gold.map((g, i) => ({
        text: g.text,
        gold: g.attributions.map((a) => ({
          source: a.source,
          speaker: a.speaker ?? null,
          content: a.content,
          saidOn: a.said_on ?? null,
        })),
        predicted: (lines[i]?.attributions ?? []).map((p) => ({
          source: p.source,
          speaker: p.speaker,
          speakerAliases: p.speaker_aliases,
          content: p.content,
          saidOn: p.said_on,
        })),
      })),
    );
    expect(rescored).toEqual(scores);
    expect(lines[0]).toMatchObject({ id: 'doc-1' });
    expect(Object.keys(lines[0]?.attributions[0] ?? {}).sort()).toEqual([
      'content',
      'cue',
      'direct',
      'said_on',
      'source',
      'speaker',
      'speaker_aliases',
    ]);
  });
});
