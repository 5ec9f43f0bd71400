import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../partial-date.js';
import { detectCommitment } from './commitment-detector.js';

const on = '2026-01-07' as IsoDate;
const detect = (text: string, saidOn: IsoDate | null = on) => detectCommitment(text, saidOn);

describe('the commitment detector', () => {
  it('if … we will …: a threat, with its condition', () => {
    const found = detect(
      'If they are not at the table by then, we will hit them, and it will make last summer look like a warm-up.',
    );
    expect(found).toMatchObject({
      kind: 'threat',
      condition: 'they are not at the table by then',
      deadline: null,
    });
    expect(found?.cues.map((c) => c.cue)).toEqual(['conditional']);
  });

  it('a threat with a deadline is an ultimatum, with the deadline guessed', () => {
    const found = detect('Iran has 60 days. If they do not come back, we will strike.');
    expect(found?.kind).toBe('ultimatum');
    expect(found?.deadline).toMatchObject({ text: 'has 60 days', date: '2026-03-08' });
    expect(detect('Iran has 60 days to come back and make a real deal.')?.kind).toBe('ultimatum');
  });

  it('red lines and ultimatums say so', () => {
    expect(detect('Enrichment above 60 percent is a red line for us.')?.kind).toBe('red_line');
    expect(detect('This is our ultimatum: they must leave or face the consequences.')?.kind).toBe(
      'ultimatum',
    );
    expect(detect('The deadline is March 8, and they must comply.')).toMatchObject({
      kind: 'ultimatum',
      deadline: { date: '2026-03-08' },
    });
  });

  it('the consequence first: "will … if …", in reported speech "would … if …"', () => {
    expect(detect('Iran “will defend itself with everything it has” if attacked')).toMatchObject({
      kind: 'threat',
      condition: 'attacked',
    });
    expect(
      detect('that Iran would only consider a return to talks if Washington withdrew the threat'),
    ).toMatchObject({ kind: 'promise', condition: 'Washington withdrew the threat' });
    expect(
      detect('We came as friends, and we will continue only if the other side stops threatening.'),
    ).toMatchObject({ kind: 'promise', condition: 'the other side stops threatening' });
  });

  it('"will be met with": a threat, conditioned on its subject', () => {
    expect(
      detect('Any aggression against our soil will be met with a crushing response.'),
    ).toMatchObject({
      kind: 'threat',
      condition: 'Any aggression against our soil',
    });
  });

  it('we will strike / respond / retaliate / impose: a threat', () => {
    const found = detect('We will respond decisively to any attack.');
    expect(found?.kind).toBe('threat');
    expect(found?.cues[0]).toMatchObject({ cue: 'we_will_act', text: 'We will respond', start: 0 });
    expect(detect('I will impose the toughest sanctions ever.')?.kind).toBe('threat');
  });

  it('if … we will lift / return: a promise; negated, a threat', () => {
    expect(detect('If they sign, we will lift the sanctions.')).toMatchObject({
      kind: 'promise',
      condition: 'they sign',
    });
    expect(detect('Unless sanctions are lifted, we will not return to the table.')).toMatchObject({
      kind: 'threat',
      condition: 'unless sanctions are lifted',
    });
  });

  it('talk about a deadline or an ultimatum is no commitment', () => {
    expect(detect('We reject this ultimatum.')).toBeNull();
    expect(detect('The 60-day deadline expired on Sunday without strikes.')).toBeNull();
    expect(detect('Nothing had changed about his March 8 deadline.')).toBeNull();
  });

  it('a bare period needs a demand; plain talk is no commitment', () => {
    expect(detect('They must leave within 30 days.')?.kind).toBe('ultimatum');
    expect(detect('The talks lasted within two days of the summit.')).toBeNull();
    expect(detect('Negotiation with America is not a road. It is a trap.')).toBeNull();
    expect(detect('The door to an agreement remains wide open.')).toBeNull();
  });

  it('cue offsets point into the text', () => {
    const text = 'As we said, crossing it is a red line.';
    const found = detect(text);
    const cue = found?.cues[0];
    expect(cue && text.slice(cue.start, cue.end)).toBe('red line');
  });
});
