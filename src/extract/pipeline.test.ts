import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../core/partial-date.js';
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

describe('the first-cut extraction pipeline', () => {
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
        saidOn: '2026-02-08',
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
