import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../core/partial-date.js';
import { createActorDirectory } from '../core/actor-registry/actor-directory.js';
import type { RegistryActor } from '../core/actor-registry/registry-actor.js';
import { extract } from './pipeline.js';

const run = (text: string, publishedOn = '2026-02-08') => {
  const result = extract({ text, publishedOn: publishedOn as IsoDate });
  return result.statements.map((s) => ({
    content: s.content.map((sp) => text.slice(sp.start, sp.end)).join(' | '),
    mention: s.speakerMention,
    speaker: s.speakerName,
    cue: s.cue.map((sp) => text.slice(sp.start, sp.end)).join(' '),
    direct: s.direct,
    saidOn: s.saidOn?.date ?? null,
  }));
};

describe('the extraction pipeline', () => {
  it('finds a quote with its cue and named speaker after it', () => {
    expect(
      run(
        '“Negotiating with America is neither wise nor honourable,” Ayatollah Ali Khamenei said on Friday.',
      ),
    ).toEqual([
      {
        content: 'Negotiating with America is neither wise nor honourable,',
        mention: 'Ayatollah Ali Khamenei',
        speaker: 'Ali Khamenei',
        cue: 'said',
        direct: true,
        saidOn: '2026-02-06',
      },
    ]);
  });

  it('finds a quote introduced by a colon, with straight quotes', () => {
    expect(
      run(
        'Foreign Minister Abbas Araghchi told reporters: "We are ready for indirect talks through Oman."',
      ),
    ).toMatchObject([
      {
        content: 'We are ready for indirect talks through Oman.',
        speaker: 'Abbas Araghchi',
        cue: 'told',
      },
    ]);
  });

  it('resolves a later surname to the full first mention', () => {
    const text =
      'President Donald Trump spoke in Florida.\n\n“They know the date, everybody knows the date,” Trump said.';
    expect(run(text)).toMatchObject([{ mention: 'Trump', speaker: 'Donald Trump' }]);
  });

  it('resolves "he" to the person a sentence before it opened on, after the last speaker', () => {
    const text =
      "Oman's foreign minister, Badr Albusaidi, confirmed the talks.\n\nForeign Minister Abbas Araghchi led the Iranian team.\n\nAraghchi was cautious when he spoke afterwards. He told reporters: “This was an exchange of views.”";
    expect(run(text).map((s) => s.speaker)).toEqual(['Badr Albusaidi', 'Abbas Araghchi']);
    // Not a name in the pronoun's own sentence, nor a possessive.
    expect(
      run('“We will not talk,” Ali Khamenei said. Trump, he added, cannot be trusted.').map(
        (s) => s.speaker,
      ),
    ).toEqual(['Ali Khamenei', 'Ali Khamenei']);
    expect(
      run(
        "Ali Khamenei said the talks were pointless. Iran's envoy Sara Amini was cautious. He said the talks could resume.",
      ).map((s) => s.speaker),
    ).toEqual(['Ali Khamenei', 'Ali Khamenei']);
  });

  it('leaves military ranks out of the name, however many stand in a row', () => {
    const text =
      'Brig. Gen. Reza Tavakoli said the crossing was closed.\n\nLt. Col. Sara Amini said it would reopen.';
    expect(run(text).map((s) => s.speaker)).toEqual(['Reza Tavakoli', 'Sara Amini']);
  });

  it('resolves a pronoun to the last speaker', () => {
    const text =
      '“We are not afraid of talks at all,” Khamenei said. Later in the speech “we will not be bullied by anyone,” he said.';
    expect(run(text).map((s) => s.speaker)).toEqual(['Khamenei', 'Khamenei']);
  });

  it('keeps an unnamed source unnamed', () => {
    expect(run('“The door is not closed yet,” a senior Iranian official said.')).toMatchObject([
      { mention: 'a senior Iranian official', speaker: null },
    ]);
  });

  it('does not date a statement by a date inside what another says in its sentence', () => {
    const text =
      'Khamenei described the offer as “a poisoned chalice” and said Iran had paid for trust in 2015.';
    expect(run(text, '2026-01-18').map((s) => [s.cue, s.saidOn])).toEqual([
      ['described', '2026-01-18'],
      ['said', '2026-01-18'],
    ]);
  });

  it('does not take a place before a plural source for the name of a later one', () => {
    const text =
      'The minister was taken to a clinic near Tahrir Square, sources said. The talks had stalled, the source added.';
    expect(run(text).map((s) => [s.mention, s.speaker])).toEqual([
      ['sources', null],
      ['the source', null],
    ]);
  });

  it('does not take a scare-quoted term for a statement', () => {
    expect(run('The “red line” was never enforced, and the matter ended there.')).toEqual([]);
  });

  it('leaves the date null when the publication date is unknown', () => {
    expect(
      extract({ text: '“Words are cheap, deeds are not,” Rubio said.', publishedOn: null })
        .statements[0]?.saidOn,
    ).toBeNull();
  });
});

const person = (
  canonicalName: string,
  country: string,
  aliases: string[],
  roles: RegistryActor['roles'],
): RegistryActor => ({
  canonicalName,
  kind: 'person',
  country,
  aliases,
  roles,
});
const directory = createActorDirectory(
  [
    person(
      'Ebrahim Raisi',
      'IRN',
      ['Raisi'],
      [
        {
          title: 'president',
          country: 'IRN',
          from: '2021-08-03' as IsoDate,
          to: '2024-05-19' as IsoDate,
        },
      ],
    ),
    person(
      'Masoud Pezeshkian',
      'IRN',
      ['Pezeshkian'],
      [{ title: 'president', country: 'IRN', from: '2024-07-28' as IsoDate, to: null }],
    ),
    person(
      'Ali Khamenei',
      'IRN',
      ['Khamenei', 'Ayatollah Khamenei'],
      [{ title: 'supreme leader', country: 'IRN', from: '1989-06-04' as IsoDate, to: null }],
    ),
  ],
  [{ code: 'IRN', names: ['Iran'], adjectives: ['Iranian'], capitals: ['Tehran'], seats: [] }],
);

const withRegistry = (text: string, publishedOn: string) =>
  extract({ text, publishedOn: publishedOn as IsoDate }, { directory }).statements.map((s) => ({
    speaker: s.speakerName,
    saidOn: s.saidOn?.date ?? null,
    method: s.saidOn?.method ?? null,
  }));

describe('speakers through the actor registry', () => {
  it('resolves a role through whoever held it on the day the statement was made', () => {
    const text = '“We will not give up enrichment,” Iran’s president said on Monday.';
    expect(withRegistry(text, '2025-03-05')[0]?.speaker).toBe('Masoud Pezeshkian');
    expect(withRegistry(text, '2023-05-10')[0]?.speaker).toBe('Ebrahim Raisi');
    // Published after the handover, said before it: the role is read at the statement's date.
    const old = 'In a speech on 2 May 2023, Iran’s president said that the sanctions had failed.';
    expect(withRegistry(old, '2025-03-05')).toEqual([
      { speaker: 'Ebrahim Raisi', saidOn: '2023-05-02', method: 'explicit' },
    ]);
  });

  it('takes a surname or a title alone to the registry’s canonical name', () => {
    expect(withRegistry('“The door is not closed,” Khamenei said.', '2026-01-10')[0]?.speaker).toBe(
      'Ali Khamenei',
    );
    expect(
      withRegistry('The supreme leader said that talks were pointless.', '2026-01-10')[0]?.speaker,
    ).toBe('Ali Khamenei');
  });

  it('resolves a pronoun two sentences after the name', () => {
    const text =
      'Foreign Minister Abbas Araghchi arrived in Muscat on Tuesday. The talks lasted four hours. “We are not in a hurry,” he said.';
    expect(withRegistry(text, '2026-03-30')[0]?.speaker).toBe('Abbas Araghchi');
  });

  it('dates "ten days earlier" from the date the narrative set, not from publication', () => {
    const text =
      'On 7 February 2026, Khamenei rejected any talks with Washington. Ten days earlier, he had said that Iran was open to indirect contacts.';
    expect(withRegistry(text, '2026-02-11')).toEqual([
      { speaker: 'Ali Khamenei', saidOn: '2026-02-07', method: 'explicit' },
      { speaker: 'Ali Khamenei', saidOn: '2026-01-28', method: 'relative_to_narrative' },
    ]);
  });
});
