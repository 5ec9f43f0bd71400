import { beforeAll, describe, expect, it } from 'vitest';
import { loadEventLexicon } from '../../app/extraction/event-lexicon-files.js';
import { directoryFromGazetteer } from '../../app/registry/registry-directory.js';
import type { ActorDirectory } from '../../core/actor-registry/actor-directory.js';
import { analyseText } from '../text-analysis.js';
import { codeEvents, codeSentence, ploverParties, type CodedEvent } from './event-coder.js';
import type { EventLexicon } from './event-lexicon.js';

// The coder with the lexicon and gazetteer Telltale ships. Sentences are written for these tests.
let lexicon: EventLexicon;
let directory: ActorDirectory;
beforeAll(async () => {
  lexicon = await loadEventLexicon();
  directory = await directoryFromGazetteer();
});

const code = (text: string): CodedEvent[] => codeSentence(text, directory, lexicon);

/** Type, CAMEO code and the countries PLOVER codes, for compact expectations. */
const brief = (text: string) =>
  code(text).map((e) => ({ type: e.type, cameo: e.cameo, ...ploverParties(e) }));

describe('codeSentence: negation', () => {
  it('does not code a negated act as that act', () => {
    expect(code('Iran did not threaten Israel.')).toEqual([]);
    expect(code('Israel has not attacked Lebanon.')).toEqual([]);
    expect(code('Pakistan never expelled the Indian diplomats.')).toEqual([]);
  });

  it('codes a refused cooperative act as a rejection', () => {
    const [event] = code('Iran will not negotiate with the United States.');
    expect(event).toMatchObject({
      type: 'REJECT',
      cameo: '125',
      negated: true,
      modality: 'intended',
    });
    expect(event?.source?.countries).toEqual(['IRN']);
    expect(event?.target?.countries).toEqual(['USA']);
    expect(brief('Iran refused to negotiate with Washington.')).toEqual([
      { type: 'REJECT', cameo: '125', source: ['IRN'], target: ['USA'] },
    ]);
    expect(brief('The Kremlin rejected the proposal for talks.')).toMatchObject([
      { type: 'REJECT', cameo: '125', source: ['RUS'] },
    ]);
  });

  it('reads "will no longer tolerate" as a threat', () => {
    expect(
      brief("Cairo's security chief has warned that police will no longer tolerate rallies."),
    ).toEqual([{ type: 'THREATEN', cameo: '137', source: ['EGY'], target: [] }]);
  });
});

describe('codeSentence: modality and intent', () => {
  it('codes an intended attack as a threat of force', () => {
    const [event] = code('Washington wants to attack Tehran.');
    expect(event).toMatchObject({
      type: 'THREATEN',
      cameo: '138',
      modality: 'intended',
      negated: false,
    });
    expect(ploverParties(event as CodedEvent)).toEqual({ source: ['USA'], target: ['IRN'] });
  });

  it('codes a possible or promised cooperative act as an agreement', () => {
    expect(code('Iran may negotiate with the United States.')).toMatchObject([
      { type: 'AGREE', cameo: '036', modality: 'possible' },
    ]);
    expect(brief('Japan will extend a $500 million loan to the Philippines.')).toEqual([
      { type: 'AGREE', cameo: '0331', source: ['JPN'], target: ['PHL'] },
    ]);
    expect(brief('Ethiopia agreed to a ceasefire with Eritrea.')).toMatchObject([
      { type: 'AGREE', cameo: '0356', source: ['ETH'] },
    ]);
  });

  it('codes a planned sanction as a threat of it', () => {
    expect(brief('Russia plans to impose sanctions on Georgia.')).toEqual([
      { type: 'THREATEN', cameo: '1312', source: ['RUS'], target: ['GEO'] },
    ]);
    expect(brief('Iran threatened to cut off gas supplies to Armenia.')).toEqual([
      { type: 'THREATEN', cameo: '131', source: ['IRN'], target: ['ARM'] },
    ]);
  });

  it('codes a demand on another as a request by the one who demands', () => {
    const [event] = code('Turkey demanded that Syria release the detained journalists.');
    expect(event).toMatchObject({ type: 'REQUEST', cameo: '1053', modality: 'demanded' });
    expect(ploverParties(event as CodedEvent)).toEqual({ source: ['TUR'], target: ['SYR'] });
    // "must" in reported speech is the reporter's demand.
    expect(brief('Egypt said Israel must withdraw its troops from Gaza.')).toEqual([
      { type: 'REQUEST', cameo: '1056', source: ['EGY'], target: ['ISR'] },
    ]);
    expect(brief('China urged Japan to stop its military buildup.')).toMatchObject([
      { type: 'REQUEST', source: ['CHN'], target: ['JPN'] },
    ]);
  });

  it('does not code what a report verb says as an act of the reporter', () => {
    expect(brief('Officials said on Tuesday that Chad had closed its border with Sudan.')).toEqual([
      { type: 'COERCE', cameo: '191', source: ['TCD'], target: ['SDN'] },
    ]);
  });
});

describe('codeSentence: passive voice', () => {
  it('takes the agent of a passive as the source and its subject as the target', () => {
    const [event] = code('Two Pakistani soldiers were killed by Indian troops.');
    expect(event).toMatchObject({ type: 'ASSAULT' });
    expect(event?.source).toMatchObject({
      text: 'Indian troops',
      countries: ['IND'],
      sectors: ['MIL'],
    });
    expect(event?.target).toMatchObject({ countries: ['PAK'], sectors: ['MIL'] });
  });

  it('reads the object words of a passive in its subject', () => {
    expect(brief("Venezuela's ambassador was expelled by Colombia.")).toEqual([
      { type: 'SANCTION', cameo: '161', source: ['COL'], target: ['VEN'] },
    ]);
  });
});

describe('codeSentence: compound actors', () => {
  it('keeps every country of a coordinated subject', () => {
    expect(brief('France and Germany condemned the Russian invasion of Ukraine.')).toEqual([
      { type: 'ACCUSE', cameo: '111', source: ['FRA', 'DEU'], target: ['RUS'] },
    ]);
    expect(brief('Kenya, Uganda and Tanzania agreed to cooperate on trade.')).toMatchObject([
      { type: 'AGREE', source: ['KEN', 'UGA', 'TZA'] },
    ]);
  });

  it('makes all parties of a mutual act its sources, as PLOVER does', () => {
    const [event] = code('Egyptian and Israeli officials held talks in Cairo.');
    expect(event).toMatchObject({ type: 'CONSULT', cameo: '046', mutual: true });
    expect(ploverParties(event as CodedEvent).source).toEqual(['EGY', 'ISR']);
  });
});

describe('codeSentence: actors named by capitals, seats, institutions and demonyms', () => {
  it('finds the country of a capital or seat of power', () => {
    expect(brief('Tehran accused Washington of sabotage.')).toEqual([
      { type: 'ACCUSE', cameo: '1125', source: ['IRN'], target: ['USA'] },
    ]);
    expect(brief('The Pentagon deployed additional troops to Poland.')).toEqual([
      { type: 'MOBILIZE', cameo: '154', source: ['USA'], target: ['POL'] },
    ]);
  });

  it('finds the country and sector of an institution in the registry', () => {
    const [event] = code('The IRGC threatened to strike American bases.');
    expect(event).toMatchObject({ type: 'THREATEN', cameo: '138' });
    expect(event?.source).toMatchObject({ countries: ['IRN'], sectors: ['MIL'] });
    expect(event?.target?.countries).toEqual(['USA']);
  });

  it('finds the country of a demonym and the sector of its noun', () => {
    const [event] = code('Romanian officials praised the Moldovan government.');
    expect(event).toMatchObject({ type: 'SUPPORT', cameo: '051' });
    expect(event?.source).toMatchObject({
      text: 'Romanian officials',
      countries: ['ROU'],
      sectors: ['GOV'],
    });
    expect(event?.target).toMatchObject({ countries: ['MDA'], sectors: ['GOV'] });
  });

  it('infers the country of an actor the sentence places in its only country, and says so', () => {
    const [event] = code('Gunmen opened fire on a bus carrying pilgrims in Pakistan.');
    expect(event).toMatchObject({ type: 'ASSAULT', cameo: '193' });
    expect(event?.source).toMatchObject({
      text: 'Gunmen',
      countries: ['PAK'],
      sectors: ['REB'],
      inferred: true,
    });
  });
});

describe('codeSentence: clauses', () => {
  it('reports the main act, not the background of a subordinate clause', () => {
    expect(
      brief(
        'The president resigned as the opposition threatened to storm his residence in Tbilisi.',
      ),
    ).toMatchObject([{ type: 'RETREAT', cameo: '0831', source: ['GEO'] }]);
  });

  it('does not code the purpose of an act as an act of its own', () => {
    expect(brief("Nigeria summoned Niger's ambassador to complain about the raids.")).toEqual([
      { type: 'ACCUSE', cameo: '114', source: ['NGA'], target: ['NER'] },
    ]);
  });

  it('codes a noun that names an act when no verb does', () => {
    expect(code('Humanitarian access to the region improved in September.')).toMatchObject([
      { type: 'RETREAT', cameo: '0863', clause: 'nominal' },
    ]);
  });

  it('returns nothing for a sentence that reports no act', () => {
    expect(code('The weather in Geneva was mild on Tuesday.')).toEqual([]);
    expect(code('')).toEqual([]);
  });
});

describe('codeEvents', () => {
  it('codes one sentence of an analysed document, with spans into the whole text', () => {
    const text = 'Talks resumed in Oman. Iran then threatened to close the Strait of Hormuz.';
    const analysed = analyseText(text);
    const [event] = codeEvents(analysed, 1, directory, lexicon);
    expect(event).toMatchObject({ type: 'THREATEN', trigger: 'close' });
    expect(text.slice(event?.span.start, event?.span.end)).toBe('threatened to close');
    expect(event?.source?.countries).toEqual(['IRN']);
  });
});
