import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreEvents } from '../../core/evaluation/event-score.js';
import type { EventLexicon } from '../../extract/events/event-lexicon.js';
import type { ActorDirectory } from '../../core/actor-registry/actor-directory.js';
import { loadEventLexicon } from '../extraction/event-lexicon-files.js';
import { directoryFromGazetteer } from '../registry/registry-directory.js';
import { evaluateGoldFile } from './evaluate.js';
import { evaluateEvents, goldEventRecord, type GoldEventRecord } from './event-evaluation.js';

// A small gold set written for this test, in FORMAT.md section 3's format.
const gold: GoldEventRecord[] = [
  {
    id: 'g-1',
    text: 'Iran threatened to attack Israel.',
    date: null,
    events: [{ type: 'THREATEN', cameo: '138', source: ['IRN'], target: ['ISR'] }],
  },
  {
    id: 'g-2',
    text: 'The Kremlin refused to meet Ukrainian negotiators.',
    date: null,
    events: [{ type: 'REJECT', cameo: '125', source: ['RUS'], target: ['UKR'] }],
  },
  {
    id: 'g-3',
    // Gold says the talks were held; the coder reads "did not" and codes nothing.
    text: 'Egypt did not negotiate with Israel.',
    date: null,
    events: [{ type: 'CONSULT', cameo: null, source: ['EGY', 'ISR'], target: [] }],
  },
  { id: 'g-4', text: 'The weather was mild in Oslo.', date: null, events: [] },
];

let lexicon: EventLexicon;
let directory: ActorDirectory;
beforeAll(async () => {
  lexicon = await loadEventLexicon();
  directory = await directoryFromGazetteer();
});

describe('goldEventRecord', () => {
  it('accepts a record with no events and a null CAMEO code, and rejects one without events', () => {
    expect(goldEventRecord.safeParse(gold[2]).success).toBe(true);
    expect(goldEventRecord.safeParse(gold[3]).success).toBe(true);
    expect(goldEventRecord.safeParse({ id: 'x', text: 'y' }).success).toBe(false);
  });
});

describe('evaluateEvents', () => {
  it('codes each sentence and scores it by FORMAT.md section 3', () => {
    const { scores, predictions } = evaluateEvents(gold, { directory, lexicon });
    expect(predictions).toEqual([
      { id: 'g-1', events: [{ type: 'THREATEN', cameo: '138', source: ['IRN'], target: ['ISR'] }] },
      { id: 'g-2', events: [{ type: 'REJECT', cameo: '125', source: ['RUS'], target: ['UKR'] }] },
      { id: 'g-3', events: [] },
      { id: 'g-4', events: [] },
    ]);
    // Types: g-1 and g-2 right, g-3 missed → 2/3. Sources and targets right in both → 1.
    // F1: THREATEN 1, REJECT 1, CONSULT 0 → 2/3.
    expect(scores).toMatchObject({
      type_accuracy: 2 / 3,
      source_accuracy: 1,
      target_accuracy: 1,
      macro_f1: 2 / 3,
      sentences: 4,
      type_correct: 2,
    });
  });

  it('writes predictions that re-score to the same figures', () => {
    const { scores, predictions } = evaluateEvents(gold, { directory, lexicon });
    const rescored = scoreEvents(
      gold.map((g, i) => ({
        gold: g.events.map((e) => ({ ...e, cameo: e.cameo ?? null })),
        predicted: predictions[i]?.events ?? [],
      })),
    );
    expect(rescored).toEqual(scores);
  });

  it('runs as `telltale eval events` does, from a gold file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'telltale-events-'));
    const path = join(dir, 'gold.jsonl');
    writeFileSync(path, gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
    const { scores, predictions } = await evaluateGoldFile('events', path);
    expect(scores['type_accuracy']).toBeCloseTo(2 / 3, 10);
    expect(predictions.map((p) => p.id)).toEqual(['g-1', 'g-2', 'g-3', 'g-4']);
  });
});

describe('the event coder on its own example sentences', () => {
  // Sentences written for Telltale in the style of wire reports, one per PLOVER type and
  // construction, each with the type, source and target a PLOVER coder would give. A regression
  // check: a change to the rules or the lexicon that breaks many of them shows here.
  const fixture = fileURLToPath(
    new URL('../../extract/events/fixtures/coder-sentences.jsonl', import.meta.url),
  );

  it('keeps its figures on them', () => {
    const records = readFileSync(fixture, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => goldEventRecord.parse(JSON.parse(line)));
    expect(records.length).toBeGreaterThan(200);
    const { scores } = evaluateEvents(records, { directory, lexicon });
    expect(scores.type_accuracy).toBeGreaterThanOrEqual(0.95);
    expect(scores.macro_f1).toBeGreaterThanOrEqual(0.95);
    expect(scores.source_accuracy).toBeGreaterThanOrEqual(0.95);
    expect(scores.target_accuracy).toBeGreaterThanOrEqual(0.8);
  });
});
