import { beforeAll, describe, expect, it } from 'vitest';
import { PloverType } from '../../src/core/cameo/plover-type.js';
import { loadStanceLexicon, parseStanceLexicon } from '../../src/app/topics/stance-lexicon-file.js';
import type { StanceLexicon } from '../../src/extract/stance/stance-lexicon.js';
import {
  createStanceScorer,
  type StanceInput,
  type StanceScore,
} from '../../src/extract/stance/stance-scorer.js';

let scoreStance: (input: StanceInput) => StanceScore;
let lexicon: StanceLexicon;

beforeAll(async () => {
  lexicon = await loadStanceLexicon();
  scoreStance = createStanceScorer(lexicon);
});

const score = (text: string, eventType: PloverType | null = null) =>
  scoreStance({ segments: [{ text, start: 0 }], eventType });

const kinds = (s: StanceScore) => s.cues.map((c) => `${c.kind}:${c.text}`);

describe('the stance scorer, construction by construction', () => {
  it('reads negated approval as firm refusal: "neither wise, nor intelligent, nor honorable"', () => {
    const s = score('Talking to Washington is neither wise, nor intelligent, nor honorable.');
    expect(s.value).toBe(-2);
    expect(s.flags).toEqual({ hedged: false, conditional: false, negated: true });
    expect(kinds(s)).toEqual([
      'negator:neither',
      'openness:wise',
      'negator:nor',
      'openness:intelligent',
      'negator:nor',
      'openness:honorable',
    ]);
    expect(s.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('reads a categorical "no negotiation" as firm refusal', () => {
    expect(score('There will be no negotiation with them, in any form.').value).toBe(-2);
    expect(score("We won't negotiate with people who threaten us.").value).toBe(-2);
    expect(score('The envoy rejected the proposal outright.').value).toBe(-2);
  });

  it('reads hedged openness as +1, flagged hedged: "they may still engage in a transaction"', () => {
    const s = score('They may still engage in a transaction with us.');
    expect(s.value).toBe(1);
    expect(s.flags).toEqual({ hedged: true, conditional: false, negated: false });
    // A hedge costs confidence.
    expect(s.confidence).toBeLessThan(score('They will engage with us.').confidence);
  });

  it('reads "only when …" as a conditional refusal: negative and flagged conditional', () => {
    const alone = score('Only when we have achieved our aims.');
    expect(alone.value).toBe(-1);
    expect(alone.flags.conditional).toBe(true);
    const offer = score('We will return to the table only when the sanctions are gone.');
    expect(offer.value).toBeLessThan(0);
    expect(offer.flags).toMatchObject({ conditional: true });
    // "only … if" with words between.
    expect(score('Iran would only consider a return to talks if the threats stopped.').value).toBe(
      -1,
    );
    expect(score('There will be no talks unless the strikes stop.')).toMatchObject({
      value: -1,
      flags: { conditional: true, negated: true },
    });
  });

  it('reads a negated refusal as openness: "will not refuse"', () => {
    const s = score('We will not refuse a meeting with their envoy.');
    expect(s.value).toBe(1);
    expect(s.flags).toEqual({ hedged: false, conditional: false, negated: true });
  });

  it('reads "not ruling out" as hedged, negated openness', () => {
    const s = score('The minister said he was not ruling out indirect contacts.');
    expect(s.value).toBe(1);
    expect(s.flags).toEqual({ hedged: true, conditional: false, negated: true });
  });

  it('keeps an open condition positive but flags it and lowers it', () => {
    const s = score('If they lift the sanctions, we are willing to talk.');
    expect(s.value).toBe(1);
    expect(s.flags.conditional).toBe(true);
    expect(score('Even if they shout, we are willing to talk.').flags.conditional).toBe(false);
    // What the condition asks is not the speaker's stance.
    expect(score('We are willing to talk if they stop their threats.').value).toBe(1);
  });

  it('does not take "could not" or the month of May for hedges', () => {
    expect(score('The United States could not be trusted.').flags.hedged).toBe(false);
    expect(score('The envoys met in May and agreed on a second round.').flags.hedged).toBe(false);
    expect(score('The envoys may meet again.').flags.hedged).toBe(true);
  });

  it('gives a neutral mention of talks a stance of 0 with low confidence', () => {
    const s = score('The talks were held in a guesthouse outside the capital.');
    expect(s.value).toBe(0);
    expect(s.cues).toEqual([]);
    expect(s.confidence).toBeLessThanOrEqual(0.3);
  });

  it('takes an event type as one more cue when the event coder gives one', () => {
    expect(score('He spoke about the proposal on Tuesday.', PloverType.Reject)).toMatchObject({
      value: -2,
      eventType: 'REJECT',
    });
    const agreeing = score('He rejected the proposal.', PloverType.Reject);
    const disagreeing = score('He rejected the proposal.', PloverType.Agree);
    expect(agreeing.confidence).toBeGreaterThan(disagreeing.confidence);
    expect(score('He spoke about the proposal.').eventType).toBeNull();
  });

  it('gives cue offsets into the source, across segments', () => {
    const source = 'Araghchi did not rule out talks. “We may consider it,” he said.';
    const cue = { text: source.slice(8, 25), start: 8 };
    const content = { text: source.slice(34, 52), start: 34 };
    const s = scoreStance({ segments: [cue, content] });
    for (const c of s.cues) expect(source.slice(c.start, c.end)).toBe(c.text);
    expect(kinds(s)).toEqual([
      'negator:not',
      'hedge:not rule out',
      'refusal:rule out',
      'hedge:may',
      'openness:consider',
    ]);
    expect(s).toMatchObject({ value: 1, flags: { hedged: true, negated: true } });
  });
});

describe('the stance lexicon file', () => {
  it('is read and checked', () => {
    expect(lexicon.version).toBeGreaterThan(0);
    expect(lexicon.refusal.every((c) => c.weight <= 0)).toBe(true);
    expect(lexicon.openness.every((c) => c.weight >= 0)).toBe(true);
    expect(Object.keys(lexicon.eventTypes)).toContain('REJECT');
  });

  it('says what is wrong in a bad file', () => {
    expect(() => parseStanceLexicon('version: [', 'bad.yaml')).toThrow(/not valid YAML/);
    expect(() =>
      parseStanceLexicon(
        [
          'version: 1',
          'factors: { negation: -0.5, hedge: 0.6, conditional: 0.7 }',
          'refusal: [{ cue: reject, weight: 2 }]',
          'openness: []',
          'negators: [not]',
          'hedges: [may]',
          'conditionals: { restrictive: [unless], open: [if] }',
          'intensifiers: []',
          'event_types: { MAYBE: 1 }',
        ].join('\n'),
        'bad.yaml',
      ),
    ).toThrow(
      /refusal\.0\.weight: a refusal cue weighs 0 or less.*event_types: event types must be PLOVER/,
    );
  });
});
