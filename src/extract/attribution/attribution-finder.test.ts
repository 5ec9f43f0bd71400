import { describe, expect, it } from 'vitest';
import { analyseText } from '../text-analysis.js';
import { findAttributions } from './attribution-finder.js';

const found = (text: string) =>
  findAttributions(analyseText(text)).map((a) => ({
    content: a.content.map((s) => text.slice(s.start, s.end)),
    source: a.source ? text.slice(a.source.start, a.source.end) : null,
    cue: a.cue ? text.slice(a.cue.start, a.cue.end) : null,
    direct: a.direct,
  }));

describe('direct quotations', () => {
  it.each([
    [
      'curly double',
      '“We will not be rushed into anything,” Araghchi said.',
      'We will not be rushed into anything,',
    ],
    [
      'straight double',
      '"We will not be rushed into anything," Araghchi said.',
      'We will not be rushed into anything,',
    ],
    [
      'curly single',
      '‘We will not be rushed into anything,’ Araghchi said.',
      'We will not be rushed into anything,',
    ],
    [
      'straight single',
      "'We will not be rushed into anything,' Araghchi said.",
      'We will not be rushed into anything,',
    ],
    [
      'guillemets',
      '«We will not be rushed into anything,» Araghchi said.',
      'We will not be rushed into anything,',
    ],
    [
      'inverted cue',
      '“We will not be rushed into anything,” said Araghchi.',
      'We will not be rushed into anything,',
    ],
  ])('%s quotes', (_style, text, content) => {
    expect(found(text)).toEqual([
      { content: [content], source: 'Araghchi', cue: 'said', direct: true },
    ]);
  });

  it('a quote running over several sentences', () => {
    expect(
      found('“We waited. We listened. We are still waiting,” the minister said on Monday.'),
    ).toEqual([
      {
        content: ['We waited. We listened. We are still waiting,'],
        source: 'the minister',
        cue: 'said',
        direct: true,
      },
    ]);
  });

  it('a quote split by its cue, across two sentences', () => {
    const text =
      '“We can only enter talks when the terms are fair,” Khamenei said in 2018. “However, that day has not come.”';
    expect(found(text)).toEqual([
      {
        content: [
          'We can only enter talks when the terms are fair,',
          'However, that day has not come.',
        ],
        source: 'Khamenei',
        cue: 'said',
        direct: true,
      },
    ]);
  });

  it('a quote split by its cue inside one sentence', () => {
    expect(found('“The door is open,” he said, “but not for ever.”')).toMatchObject([
      { content: ['The door is open,', 'but not for ever.'], source: 'he', direct: true },
    ]);
  });

  it('what a sign or a banner reads', () => {
    expect(found('“No deal with Tehran,” the banner read.')).toMatchObject([
      { source: 'the banner', cue: 'read', content: ['No deal with Tehran,'], direct: true },
    ]);
    // Only a quotation: "read the report" says nothing.
    expect(found('The minister read the report on Monday.')).toEqual([]);
  });

  it('a speaker after other verbs of saying: “…,” offered one diplomat', () => {
    expect(found('“The window is closing,” offered one diplomat.')).toMatchObject([
      { source: 'one diplomat', cue: 'offered', content: ['The window is closing,'], direct: true },
    ]);
  });

  it('not a quotation that ended the sentence before, its full stop after the marks', () => {
    expect(
      found(
        'He would return if Washington withdrew what he called “the threat of bombing”. Araghchi added that any deal must respect the right to enrich.',
      ).find((f) => f.cue === 'added'),
    ).toMatchObject({
      source: 'Araghchi',
      content: ['that any deal must respect the right to enrich'],
      direct: false,
    });
  });

  it('a quote split by its cue and the person told', () => {
    expect(found('“The door is open,” she told reporters, “but not for ever.”')).toMatchObject([
      { content: ['The door is open,', 'but not for ever.'], source: 'she', direct: true },
    ]);
  });

  it('a quote the participle did not introduce is not its content', () => {
    expect(
      found('Mr. Lund said of the clash, “I don’t like it,” adding that “they have real anger.”'),
    ).toMatchObject([
      { cue: 'said', content: ['I don’t like it,'] },
      { cue: 'adding', content: ['that “they have real anger.”'] },
    ]);
  });

  it('a quote resumed after "and" must run to the end of the sentence', () => {
    expect(
      found('“The door is open,” she told reporters, and “it will stay open.”')[0]?.content,
    ).toEqual(['The door is open,', 'it will stay open.']);
    expect(found('“We will win,” Lund said, but “the crowd” was silent.')[0]?.content).toEqual([
      'We will win,',
    ]);
  });

  it('a quote split by its cue and a participle of the speaker’s, or "but"', () => {
    expect(
      found(
        '“Each time you say that,” Lund said, waving a sheet of paper, “you help our critics.”',
      ),
    ).toMatchObject([
      {
        content: ['Each time you say that,', 'you help our critics.'],
        source: 'Lund',
        direct: true,
      },
    ]);
    expect(
      found('“I like the envoy,” he said, but “on energy he has a record of his own.”'),
    ).toMatchObject([
      { content: ['I like the envoy,', 'on energy he has a record of his own.'], source: 'he' },
    ]);
  });

  it('an aside introduced by "as" reports the quotation before it', () => {
    expect(
      found(
        'The fact that the race “is a dead heat right now,” as Lund said on a radio show on Monday, only raises the stakes.',
      ),
    ).toMatchObject([{ content: ['is a dead heat right now,'], source: 'Lund', direct: true }]);
  });

  it('a quoted clause after the cue takes in the words after it', () => {
    expect(
      found('Lund says “the game has gone soft” because “the country has gone soft.”'),
    ).toMatchObject([
      {
        content: ['“the game has gone soft” because “the country has gone soft.”'],
        source: 'Lund',
        direct: false,
      },
    ]);
    // A quoted phrase, or a cry, is the whole of what was said.
    expect(found('The crowd chanted “Lock her up!” as the speaker left.')[0]?.content).toEqual([
      'Lock her up!',
    ]);
    expect(found('She said “a disgrace” because of the delays.')[0]?.content).toEqual([
      'a disgrace',
    ]);
    // A clause of its own after the quotation is not part of it.
    expect(
      found('Lund said “the deal is dead” but Park said it was alive.').map((a) => a.content),
    ).toEqual([['the deal is dead'], ['it was alive']]);
  });

  it('a gerund opening a phrase before the main clause is a cue of its subject', () => {
    expect(found('Saying the plan would fail, Lund left the meeting.')).toMatchObject([
      { source: 'Lund', cue: 'Saying', content: ['the plan would fail'] },
    ]);
  });

  it('an aside introduced by "as" with words said after its cue reports those', () => {
    expect(
      found('She called the plan “reckless,” as Lund noted that the costs had doubled.')[1],
    ).toMatchObject({ source: 'Lund', content: ['that the costs had doubled'] });
  });

  it('a phrase opening the sentence before the quote is part of what was said', () => {
    expect(
      found('With thousands of counting machines, “there is no single point of failure,” he said.'),
    ).toMatchObject([
      {
        content: ['With thousands of counting machines, “there is no single point of failure,”'],
        source: 'he',
      },
    ]);
    expect(found('If the bill passes, "it will fill a void," she said.')[0]?.content).toEqual([
      'If the bill passes, "it will fill a void,"',
    ]);
    // …also before a quote split by its cue; but not a phrase that only says when.
    expect(
      found('In this election, “we will win,” she said, “and we will win big.”')[0]?.content,
    ).toEqual(['In this election, “we will win,”', 'and we will win big.']);
    expect(found('On Monday, “we will win,” he said.')[0]).toMatchObject({
      content: ['we will win,'],
      direct: true,
    });
  });

  it('a cry inside a quotation does not end the sentence', () => {
    expect(
      found(
        'Walking in to chants of "Nadia! Nadia!," the senator said her campaign was "closing strong."',
      ),
    ).toMatchObject([
      { content: ['her campaign was "closing strong."'], source: 'the senator', cue: 'said' },
    ]);
  });

  it('a quote split by its cue and an aside on the speaker after it', () => {
    expect(
      found(
        '“Sanctions hurt,” said Leila Farahani, an economist who studies the oil trade, “but they have not changed policy.”',
      ),
    ).toMatchObject([
      {
        content: ['Sanctions hurt,', 'but they have not changed policy.'],
        source: 'Leila Farahani',
        direct: true,
      },
    ]);
    // Another speaker's quote after the aside is not joined.
    expect(
      found(
        '“Sanctions hurt,” said Leila Farahani, who cited a minister who said “nothing will change.”',
      )[0]?.content,
    ).toEqual(['Sanctions hurt,']);
  });

  it('a quote running over two paragraphs by the newspaper convention', () => {
    const text =
      'Pezeshkian spoke for an hour. He said: “We owe the people an economy that works. Sanctions have made that hard.\n\n“But hardship is not a reason to surrender,” he added.';
    const result = found(text);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ source: 'He', cue: 'said', direct: true });
    expect(result[0]?.content).toEqual([
      'We owe the people an economy that works. Sanctions have made that hard.',
      'But hardship is not a reason to surrender,',
    ]);
  });

  it('a quote introduced by a colon', () => {
    expect(found('Araghchi told reporters in Muscat: “We are ready for indirect talks.”')).toEqual([
      {
        content: ['We are ready for indirect talks.'],
        source: 'Araghchi',
        cue: 'told',
        direct: true,
      },
    ]);
  });

  it('a partial quote inside reported speech is reported, not direct', () => {
    expect(
      found('The leader said the offer was “a poisoned chalice” and would be refused.'),
    ).toMatchObject([
      {
        content: ['the offer was “a poisoned chalice” and would be refused'],
        source: 'The leader',
        direct: false,
      },
    ]);
  });
});

describe('reported speech', () => {
  it('"talk up"', () => {
    expect(found('Ms. Lee talked up her plan to expand rural broadband.')[0]).toMatchObject({
      source: 'Ms. Lee',
      cue: 'talked up',
      content: ['her plan to expand rural broadband'],
    });
  });

  it('"make" with a noun of saying', () => {
    expect(found('The envoy will make the case that the sanctions have failed.')[0]).toMatchObject({
      source: 'The envoy',
      cue: 'make the case',
      content: ['that the sanctions have failed'],
    });
    expect(found('Lee made no mention of the border dispute.')[0]?.cue).toBe('made no mention of');
    // "make" with any other noun is no cue.
    expect(found('The envoy will make the trip that the ministry planned.')).toEqual([]);
  });

  it.each([
    [
      'said that',
      'Rubio said that the deadline had not moved.',
      'Rubio',
      'said',
      'that the deadline had not moved',
    ],
    [
      'warned that',
      'The agency warned that inspectors had lost track of the material.',
      'The agency',
      'warned',
      'that inspectors had lost track of the material',
    ],
    [
      'warned X of',
      'Netanyahu warned Tehran of severe consequences.',
      'Netanyahu',
      'warned',
      'Tehran of severe consequences',
    ],
    [
      'told',
      'Trump told the crowd he would not wait for ever.',
      'Trump',
      'told',
      'he would not wait for ever',
    ],
    [
      'accused X of',
      'Araghchi accused Washington of bad faith in the talks.',
      'Araghchi',
      'accused',
      'Washington of bad faith in the talks',
    ],
    [
      'called for',
      'Khatami called for the execution of the detainees.',
      'Khatami',
      'called for',
      'the execution of the detainees',
    ],
    [
      'rejected',
      'The supreme leader rejected any negotiation with the United States.',
      'The supreme leader',
      'rejected',
      'any negotiation with the United States',
    ],
    [
      'signalled a willingness',
      'Pezeshkian signalled a willingness to resume indirect contacts.',
      'Pezeshkian',
      'signalled',
      'a willingness to resume indirect contacts',
    ],
    [
      'has confirmed that',
      'Oman has confirmed that the two delegations met in Muscat.',
      'Oman',
      'confirmed',
      'that the two delegations met in Muscat',
    ],
    [
      'posted on Truth Social',
      'Trump posted on Truth Social that the hangings had been cancelled.',
      'Trump',
      'posted',
      'that the hangings had been cancelled',
    ],
    [
      'in a statement',
      'In a statement, the foreign ministry said the report was politically motivated.',
      'the foreign ministry',
      'said',
      'the report was politically motivated',
    ],
    [
      'in a sermon',
      'In a sermon on Friday, Khatami said negotiation was a trap.',
      'Khatami',
      'said',
      'negotiation was a trap',
    ],
  ])('%s', (_name, text, source, cue, content) => {
    expect(found(text)).toContainEqual({ content: [content], source, cue, direct: false });
  });

  it('according to X, before and after the content', () => {
    expect(found('According to European diplomats, the talks will resume next month.')).toEqual([
      {
        content: ['the talks will resume next month'],
        source: 'European diplomats',
        cue: 'According to',
        direct: false,
      },
    ]);
    expect(found('The talks will resume next month, according to European diplomats.')).toEqual([
      {
        content: ['The talks will resume next month'],
        source: 'European diplomats',
        cue: 'according to',
        direct: false,
      },
    ]);
  });

  it('content before its cue', () => {
    expect(found('The deal is dead for now, a senior official said.')).toEqual([
      {
        content: ['The deal is dead for now'],
        source: 'a senior official',
        cue: 'said',
        direct: false,
      },
    ]);
  });

  it('a participle continues the speaker of its clause', () => {
    expect(
      found('Trump said Iran was running out of time, adding that the deadline was real.'),
    ).toEqual([
      { content: ['Iran was running out of time'], source: 'Trump', cue: 'said', direct: false },
      { content: ['that the deadline was real'], source: 'Trump', cue: 'adding', direct: false },
    ]);
  });
});

describe('quote styles of the wire and the papers', () => {
  it('reads doubled apostrophes as quotation marks, and a quote continued after its cue', () => {
    expect(
      found(
        "''Nobody in Tehran wants this war,'' said Ali Vaezi, a former minister. ''But nobody will run from it either.''",
      ),
    ).toEqual([
      {
        content: ['Nobody in Tehran wants this war,', 'But nobody will run from it either.'],
        source: 'Ali Vaezi',
        cue: 'said',
        direct: true,
      },
    ]);
  });

  it('takes an opening curly mark typed where the closing one belongs', () => {
    expect(found('“It is unusual,“ said Larry Noble, an attorney.')[0]).toMatchObject({
      content: ['It is unusual,'],
      source: 'Larry Noble',
      direct: true,
    });
  });

  it('pairs a curly opening mark with a straight closing one', () => {
    expect(found('“The talks are over for now," Araghchi said. "We will see in spring.”')).toEqual([
      {
        content: ['The talks are over for now,', 'We will see in spring.'],
        source: 'Araghchi',
        cue: 'said',
        direct: true,
      },
    ]);
  });

  it('joins a continuation led in by a connective', () => {
    expect(
      found(
        '“She should be a voice for the town,” Reyes said. Instead, “she just sits on her hands.”',
      ),
    ).toEqual([
      {
        content: ['She should be a voice for the town,', 'Instead,', 'she just sits on her hands.'],
        source: 'Reyes',
        cue: 'said',
        direct: true,
      },
    ]);
  });

  it('joins a continuation that ends its own sentence before the next speaker', () => {
    const text =
      '“We are not afraid,” the envoy said. “We are only tired.” Her deputy said: “The rest is up to Washington.”';
    expect(found(text).map((f) => f.content)).toEqual([
      ['We are not afraid,', 'We are only tired.'],
      ['The rest is up to Washington.'],
    ]);
  });
});

describe('a cue set off by commas', () => {
  it('takes both sides when the cue interrupts a clause', () => {
    expect(
      found('The new sanctions, the minister said, will hurt ordinary families most.'),
    ).toEqual([
      {
        content: ['The new sanctions', 'will hurt ordinary families most'],
        source: 'the minister',
        cue: 'said',
        direct: false,
      },
    ]);
  });

  it('takes words with no verb after the cue when the speaker stands before it', () => {
    expect(
      found('The talks would be helped, Araghchi said, by the calendar of the summit.')[0]?.content,
    ).toEqual(['The talks would be helped', 'by the calendar of the summit']);
    // Not where they say when or in what it was said, nor after an inverted speaker.
    expect(
      found('Tehran would keep enriching uranium, Araghchi said, in an interview on Friday.')[0]
        ?.content,
    ).toEqual(['Tehran would keep enriching uranium']);
    expect(
      found('Tehran would keep enriching uranium, said Ali Vaezi, spokesman for the government.')[0]
        ?.content,
    ).toEqual(['Tehran would keep enriching uranium']);
  });

  it('leaves out an appositive that follows the cue', () => {
    expect(
      found(
        'Tehran would keep enriching uranium, Araghchi said, a position he has held for years.',
      ),
    ).toEqual([
      {
        content: ['Tehran would keep enriching uranium'],
        source: 'Araghchi',
        cue: 'said',
        direct: false,
      },
    ]);
  });
});

describe('a speaker with asides of their own', () => {
  it('an age after the name, then an appositive', () => {
    expect(
      found('Maria Lopez, 42, a nurse from Ohio, said she would vote for him.')[0],
    ).toMatchObject({
      source: 'Maria Lopez, 42, a nurse from Ohio',
      content: ['she would vote for him'],
    });
  });

  it('an inverted speaker described by a participle and its phrase', () => {
    expect(
      found('“There never was an order to stand down,” said the base chief known as Bob.'),
    ).toMatchObject([
      {
        source: 'the base chief known as Bob',
        content: ['There never was an order to stand down,'],
        direct: true,
      },
    ]);
    expect(found('The plan is dead, said an official based in Geneva.')[0]).toMatchObject({
      source: 'an official based in Geneva',
      content: ['The plan is dead'],
    });
  });

  it('a past participle set off by commas', () => {
    expect(
      found('Mr. Lee, pressed about the deaths of journalists, said that the country grieved.')[0],
    ).toMatchObject({ content: ['that the country grieved'], cue: 'said' });
  });

  it('after a quote that opens the sentence, the cue followed only by a phrase', () => {
    expect(
      found(
        '“Both of them frighten me,” Ruth Dale, 44, of Durham, N.C., who took part in the survey, said in a follow-up call.',
      ),
    ).toEqual([
      { content: ['Both of them frighten me,'], source: 'Ruth Dale', cue: 'said', direct: true },
    ]);
  });

  it('a name closing the sentence after the cue, with an appositive', () => {
    expect(
      found(
        'A win there would keep him in the race, forcing her to fight on two fronts, said Ana Roth, a pollster in Sacramento.',
      ),
    ).toEqual([
      {
        content: ['A win there would keep him in the race, forcing her to fight on two fronts'],
        source: 'Ana Roth',
        cue: 'said',
        direct: false,
      },
    ]);
  });
});

describe('questions put by someone unnamed', () => {
  it('takes the question as content and leaves the source empty', () => {
    expect(found('Asked whether talks would resume, the minister said they might.')).toEqual([
      {
        content: ['whether talks would resume'],
        source: null,
        cue: 'Asked',
        direct: false,
      },
      { content: ['they might'], source: 'the minister', cue: 'said', direct: false },
    ]);
    expect(found('She was asked about the uranium stockpile.')[0]).toMatchObject({
      content: ['the uranium stockpile'],
      source: null,
      cue: 'asked about',
    });
  });
});

describe('a document that speaks for its authors', () => {
  it('"In a poll, …" makes the poll the source of the clause after it', () => {
    expect(found('In a Gallup poll released Monday, most voters backed the nuclear deal.')).toEqual(
      [
        {
          content: ['most voters backed the nuclear deal'],
          source: 'a Gallup poll released Monday',
          cue: 'In',
          direct: false,
        },
      ],
    );
  });

  it('leaves the clause to its own cue, and a place to nobody', () => {
    expect(found('In a statement, the ministry said the talks had failed.')).toEqual([
      {
        content: ['the talks had failed'],
        source: 'the ministry',
        cue: 'said',
        direct: false,
      },
    ]);
    expect(found('In Tehran, the mood was grim all week.')).toEqual([]);
  });
});

describe('speakers named by layout', () => {
  it('transcript labels in capitals and a headline that names its speaker', () => {
    const text =
      'Araghchi: No Talks Until the Strikes Stop.\n\nPartial transcript:\n\nHOST: Will you meet the envoy this week?\n\nARAGHCHI: Not while the bombs are falling on our cities.\n\nNote: the interview was shortened.';
    expect(found(text).map((f) => [f.source, f.cue, f.content])).toEqual([
      ['Araghchi', ':', ['No Talks Until the Strikes Stop.']],
      ['HOST', ':', ['Will you meet the envoy this week?']],
      ['ARAGHCHI', ':', ['Not while the bombs are falling on our cities.']],
    ]);
  });

  it('a headline label the tagger misreads, but not a kicker, a question or a joined phrase', () => {
    const withBody = (headline: string): string =>
      `${headline}\n\nTEHRAN (Reuters) - The minister spoke to reporters on Monday.`;
    // The tagger reads "Lynch" at a headline's start as a verb.
    expect(found(withBody('Lynch: No outside pressure on the inquiry.'))[0]).toEqual({
      content: ['No outside pressure on the inquiry.'],
      source: 'Lynch',
      cue: ':',
      direct: true,
    });
    expect(found(withBody('Judicial Watch: The Ministry Hid The Memo.'))[0]?.source).toBe(
      'Judicial Watch',
    );
    // A headline with its verb of saying is read by that verb alone.
    expect(found(withBody('Araghchi Says: No Talks Until the Strikes Stop.'))).toHaveLength(1);
    for (const headline of [
      'Live Updates: Envoy Lands In Muscat.',
      'Revealed: The Minister Has A Secret Plan.',
      'The Latest: Envoy lands in Muscat for talks.',
      'Big Win For Araghchi: Talks Resume In Oman.',
      'Ali Larijani: Pragmatist or another hardliner?',
    ])
      expect(found(withBody(headline))).toEqual([]);
  });

  it('a clause of a named speaker ending on a colon before a quotation, here or next paragraph', () => {
    const text =
      'Headline.\n\nPresident Rouhani released the following statement:\n\n“We offer our condolences to the families.”\n\nShe then addressed the crowd again: “Here is what I regret.”\n\nThe results were clear: “a landslide for the challenger.”';
    expect(found(text).map((f) => [f.source, f.cue, f.content])).toEqual([
      [
        'President Rouhani',
        'released the following statement:',
        ['We offer our condolences to the families.'],
      ],
      ['She', 'addressed the crowd again:', ['Here is what I regret.']],
    ]);
  });

  it("not a byline before an excerpt of the writer's article", () => {
    const digest = (line: string): string => `Arts digest.\n\n${line}`;
    expect(
      found(
        digest('ON STAGE—"A theatre closes," by Times\' Ana Ruiz: "The Lyric will close soon."'),
      ),
    ).toEqual([]);
    expect(found(digest('Ana Ruiz: "The Lyric will close after forty years."'))[0]?.source).toBe(
      'Ana Ruiz',
    );
  });

  it('a quotation signed with a dash and a name', () => {
    const text =
      '“The debate showed who he really is.” ― Ana Gómez\n“I just hope people go out and vote.” ― Jorge Silva.';
    expect(found(text).map((f) => [f.source, f.content, f.direct])).toEqual([
      ['Ana Gómez', ['The debate showed who he really is.'], true],
      ['Jorge Silva', ['I just hope people go out and vote.'], true],
    ]);
  });
});

describe('sources the tagger finds hard', () => {
  it('a participle after its noun and a verb-like modifier after "according to"', () => {
    expect(found('Those surveyed said the economy mattered most.')[0]?.source).toBe(
      'Those surveyed',
    );
    expect(
      found('Turnout among young voters fell by a third, according to exit polls.')[0],
    ).toEqual({
      content: ['Turnout among young voters fell by a third'],
      source: 'exit polls',
      cue: 'according to',
      direct: false,
    });
  });
});

describe('a part of a group as the speaker', () => {
  it('"most of them", "two of us", "none of whom"', () => {
    expect(
      found('And until the closure, most of them said they had liked the work.')[0],
    ).toMatchObject({ source: 'most of them', content: ['they had liked the work'] });
    expect(found('Two of us said the vote was rigged.')[0]?.source).toBe('Two of us');
    // An object pronoun alone is no subject, nor is a possessive after "of".
    expect(found('He gave them said instructions.')).toEqual([]);
    expect(found('One of his aides said the plan was dead.')[0]?.source).not.toBe('his');
  });
});

describe('a quotation after a phrase of time, place or manner', () => {
  it('is what was said, verbatim', () => {
    for (const text of [
      'The minister said in a statement on Monday, “We will not negotiate under threat.”',
      'The minister said on Twitter on Monday, in reference to the strikes, “We will not negotiate under threat.”',
      'The minister told reporters in Tehran, “We will not negotiate under threat.”',
    ])
      expect(found(text)[0]).toMatchObject({
        source: 'The minister',
        content: ['We will not negotiate under threat.'],
        direct: true,
      });
    // Not a quotation inside the clause that was said.
    expect(found('The minister said the talks, “as they stand,” are dead.')[0]).toMatchObject({
      content: ['the talks, “as they stand,” are dead'],
      direct: false,
    });
  });
});

describe('quotations inside reported speech', () => {
  it('a title in the phrase of where it was said is not what was said', () => {
    expect(
      found(
        'On Monday on PBS’s “NewsHour,” the envoy said if the talks fail the sanctions return.',
      )[0],
    ).toMatchObject({ source: 'the envoy', content: ['if the talks fail the sanctions return'] });
    // A clause ending on a short quotation after a preposition is still what was said.
    expect(found('The company is in “deep trouble,” the analyst said.')[0]?.content).toEqual([
      'The company is in “deep trouble,”',
    ]);
  });

  it('a participle after a quote and its cue says something of its own', () => {
    const text =
      '“We have come a long way,” she said, adding that the mayor would win the city by ten points. “We will work for every vote.”';
    expect(found(text)).toEqual([
      {
        content: ['We have come a long way,', 'We will work for every vote.'],
        source: 'she',
        cue: 'said',
        direct: true,
      },
      {
        content: ['that the mayor would win the city by ten points'],
        source: 'she',
        cue: 'adding',
        direct: false,
      },
    ]);
  });

  it('a quoted phrase closing on a comma ends the reported clause before a participle', () => {
    const [said, noting] = found(
      'The senator said the banking system was "rigged," noting that the fines were small.',
    );
    expect(said?.content).toEqual(['the banking system was "rigged,"']);
    expect(noting).toMatchObject({ source: 'The senator', content: ['that the fines were small'] });
  });

  it('a quotation that ends a clause begun before it is part of what was said', () => {
    expect(found('Yet the governor is also a “change agent,” Cole said.')[0]).toEqual({
      content: ['Yet the governor is also a “change agent,”'],
      source: 'Cole',
      cue: 'said',
      direct: false,
    });
  });

  it('a quoted phrase before a cue with content of its own is not what was said', () => {
    expect(
      found(
        'Asked about the "privatisation of public jobs," Sanders said private firms can cost more than federal workers.',
      ).map((a) => a.content),
    ).toContainEqual(['private firms can cost more than federal workers']);
  });

  it('reported words ending on a quotation continue into the next quote', () => {
    const text =
      'Yet the governor is also a “change agent,” Cole said. “That is what voters want.”';
    expect(found(text)[0]?.content).toEqual([
      'Yet the governor is also a “change agent,”',
      'That is what voters want.',
    ]);
  });
});

describe('sentence splits the tagger gets wrong', () => {
  it('a quote that closed on a full stop, tagged by a sentence of its own', () => {
    expect(found('“We will find the missing emails.” Trump said.')).toMatchObject([
      { content: ['We will find the missing emails.'], source: 'Trump', direct: true },
    ]);
    // Nor does a verb other than one of saying claim it.
    expect(found('“I am tired.” Others disagreed.')).toEqual([]);
    // A cue with words of its own after such a quote says those, not the quote.
    expect(found('“I am tired.” Her deputy said the talks were over.')).toMatchObject([
      { content: ['the talks were over'], source: 'Her deputy' },
    ]);
  });

  it('a state abbreviation in parentheses does not end the sentence', () => {
    const text =
      'Sen. Maria Lopez (D-Vt.) on Saturday criticized the accord, saying the deal goes “nowhere near far enough.”';
    expect(found(text).map((a) => [a.source, a.cue])).toEqual([
      ['Sen. Maria Lopez', 'criticized'],
      ['Sen. Maria Lopez', 'saying'],
    ]);
  });
});

describe('impressions and expectations no one named holds', () => {
  it.each([
    [
      'a passive expectation',
      'The bill is expected to pass on Friday.',
      'is expected',
      ['The bill', 'to pass on Friday'],
    ],
    [
      'a subject with a modifier and a plural possessive',
      "The rivals' truce between the two camps appears to be holding.",
      'appears',
      ["The rivals' truce between the two camps", 'to be holding'],
    ],
    [
      'an impression',
      'The candidate seemed to be losing ground.',
      'seemed',
      ['The candidate', 'to be losing ground'],
    ],
    [
      'an impression with an adjective',
      'His supporters seemed unperturbed by the verdict.',
      'seemed',
      ['His supporters', 'unperturbed by the verdict'],
    ],
    [
      'a degree word and a participle',
      'The mayor seemed visibly rattled by the audit.',
      'seemed',
      ['The mayor', 'visibly rattled by the audit'],
    ],
    [
      'a dummy subject and a clause with no "that"',
      'It seems the council will vote again in May.',
      'seems',
      ['the council will vote again in May'],
    ],
    [
      'a dummy subject and an aside',
      'It appears, though, that the talks failed.',
      'appears',
      ['that the talks failed'],
    ],
    [
      'a report of no one named',
      'The group is reportedly spending $1.5 million on ads.',
      'reportedly',
      ['The group is', 'spending $1.5 million on ads'],
    ],
  ])('%s', (_name, text, cue, content) => {
    expect(found(text)).toEqual([{ content, source: null, cue, direct: false }]);
  });
});

describe('according to', () => {
  it('leaves out a wire dateline the sentence opens on', () => {
    expect(
      found(
        'TEHRAN (Reuters) - The ministry has frozen the accounts of two banks, according to state media.',
      )[0]?.content,
    ).toEqual(['The ministry has frozen the accounts of two banks']);
  });

  it('a leading cue takes the whole source up to its comma', () => {
    expect(
      found(
        'According to early results of the exit poll conducted by Edison Research, the mayor led in both counties.',
      ),
    ).toEqual([
      {
        content: ['the mayor led in both counties'],
        source: 'early results of the exit poll conducted by Edison Research',
        cue: 'According to',
        direct: false,
      },
    ]);
  });

  it('a leading cue takes its source up to the comma whatever the words', () => {
    expect(
      found(
        'According to the recently court-released training manual, his sales staff were told to sell feelings.',
      )[0],
    ).toMatchObject({
      source: 'the recently court-released training manual',
      content: ['his sales staff were told to sell feelings'],
    });
    // A phrase of its own after the source's comma is part of what the source says.
    expect(
      found(
        'According to a new poll from the state university, in a crowded primary, the governor leads.',
      )[0]?.content,
    ).toEqual(['in a crowded primary, the governor leads']);
  });

  it('an appositive on the source after its comma is not what it says', () => {
    expect(
      found('According to Jo Park, of the state party, turnout was high.')[0]?.content,
    ).toEqual(['turnout was high']);
  });

  it('after a subordinate clause, the source says the main clause', () => {
    // (Not when a main clause stands before the cue.)
    expect(
      found(
        'When the polls closed, turnout was high, according to officials, with long lines in several cities.',
      )[0]?.content,
    ).toEqual(['When the polls closed, turnout was high']);
    expect(
      found(
        'While most of the files were marked confidential, according to a ministry official, two were classified secret.',
      )[0],
    ).toMatchObject({
      source: 'a ministry official',
      content: ['two were classified secret'],
    });
  });

  it('a gerund heading the source', () => {
    expect(found('According to recent polling, the senator still leads the field.')).toEqual([
      {
        content: ['the senator still leads the field'],
        source: 'recent polling',
        cue: 'According to',
        direct: false,
      },
    ]);
  });

  it('a cue inside the content, whose own content seems to be the source', () => {
    expect(
      found('The award will not be given out next week as many expected, according to a memo.'),
    ).toEqual([
      {
        content: ['The award will not be given out next week as many expected'],
        source: 'a memo',
        cue: 'according to',
        direct: false,
      },
    ]);
  });

  it('an appositive after the source is not what was said', () => {
    expect(
      found(
        'The network earned $1.6 billion last year, according to Brian Wieser, an analyst at Pivotal.',
      )[0]?.content,
    ).toEqual(['The network earned $1.6 billion last year']);
  });

  it('a fronted phrase has the rest of its clause after the aside', () => {
    expect(
      found(
        'Over the long term, according to the budget office, the deficit will rise with health costs.',
      )[0]?.content,
    ).toEqual(['Over the long term', 'the deficit will rise with health costs']);
  });
});

describe('a cue that closes the sentence', () => {
  it('after a phrase and a clause of time', () => {
    expect(
      found('The plan is dead, Rubio said Sunday in Virginia as the crowd roared.')[0],
    ).toMatchObject({ source: 'Rubio', content: ['The plan is dead'] });
    expect(
      found('The ad is false, the group said in a statement provided to reporters.')[0]?.content,
    ).toEqual(['The ad is false']);
  });

  it('after a time and a programme in quotation marks', () => {
    expect(
      found(
        'The former congressman backed the governor while he was in the race, he said Wednesday morning on MSNBC’s “Morning Joe.”',
      )[0]?.content,
    ).toEqual(['The former congressman backed the governor while he was in the race']);
  });

  it('reports only what follows an earlier report ending at ", but"', () => {
    expect(
      found(
        'Several mayors said they favour the new tax, but they would not campaign for it, because voters are wary, they said.',
      ).map((a) => [a.source, a.content]),
    ).toEqual([
      ['Several mayors', ['they favour the new tax']],
      ['they', ['they would not campaign for it, because voters are wary']],
    ]);
  });

  it('a parenthesis after the inverted speaker is the writer’s aside', () => {
    expect(
      found(
        "Using the levy ''is the wrong tool,'' said Mr. Hale (a view every economist I asked shared).",
      ).map((a) => [a.source, a.content]),
    ).toEqual([['Mr. Hale', ["Using the levy ''is the wrong tool,''"]]]);
  });

  it('a quoted clause before the cue is what was said, not an aside on a subject', () => {
    expect(
      found("However worthy the aim, using the levy ''is the wrong tool,'' said Mr. Hale.").map(
        (a) => [a.source, a.content],
      ),
    ).toEqual([['Mr. Hale', ["However worthy the aim, using the levy ''is the wrong tool,''"]]]);
    // A quoted phrase in an aside on the subject still is one.
    expect(found("Ms. Lund, citing ''the numbers,'' said the deal was sound.")[1]).toMatchObject({
      source: "Ms. Lund, citing ''the numbers,",
      content: ['the deal was sound'],
    });
  });

  it('a relative clause on the inverted speaker is not what was said', () => {
    expect(
      found(
        'The ruling "is a setback, but hardly the end of the case," said Lee, who has argued before the court for years.',
      ),
    ).toEqual([
      {
        content: ['The ruling "is a setback, but hardly the end of the case,"'],
        source: 'Lee',
        cue: 'said',
        direct: false,
      },
    ]);
  });
});

describe('a cue set off by commas', () => {
  it('a clause after the cue is what was said, an appositive is not', () => {
    expect(
      found(
        'In his years in office, the governor said, a majority of voters have come to trust the courts.',
      )[0]?.content,
    ).toEqual(['In his years in office', 'a majority of voters have come to trust the courts']);
    expect(
      found('The levy is fair, she said, a policy that could help renters.')[0]?.content,
    ).toEqual(['The levy is fair']);
    expect(found('The vote was close, she said, a sign the party is divided.')[0]?.content).toEqual(
      ['The vote was close'],
    );
    expect(
      found('In his years in office, he said, a majority of their voters came to trust him.')[0]
        ?.content,
    ).toEqual(['In his years in office', 'a majority of their voters came to trust him']);
  });
});

describe('asides between dashes', () => {
  it('a horizontal bar sets off an aside as a dash does', () => {
    expect(
      found(
        'Other Republicans, like Richard Armitage ― a former deputy secretary of state ― have also said they will vote for Clinton.',
      )[0],
    ).toMatchObject({ content: ['they will vote for Clinton'], cue: 'said' });
  });

  it('a hyphen between spaces sets off an aside on the speaker', () => {
    expect(
      found(
        'Some farmers - including a few on the board of the cooperative - warn that the drought will cut the harvest.',
      ),
    ).toEqual([
      {
        content: ['that the drought will cut the harvest'],
        source: 'Some farmers - including a few on the board of the cooperative',
        cue: 'warn',
        direct: false,
      },
    ]);
  });

  it('the speaker of a cue inside an aside between dashes stops at its opening dash', () => {
    expect(
      found('They offered $20 million, a figure - critics say - that is far too low.').find(
        (a) => a.cue === 'say',
      )?.source,
    ).toBe('critics');
  });

  it('a cue right after an aside between dashes is the verb of what was said', () => {
    expect(
      found('He said every candidate - including Cruz - favored the plan.')[0]?.content,
    ).toEqual(['every candidate - including Cruz - favored the plan']);
  });

  it('an aside between dashes inside what was said does not end it', () => {
    expect(
      found(
        'The mayor said the bridge would close for a month - longer than anyone had planned - and reopen in May.',
      )[0]?.content,
    ).toEqual([
      'the bridge would close for a month - longer than anyone had planned - and reopen in May',
    ]);
  });

  it('what was said ends at a dash the next cue follows', () => {
    expect(
      found(
        'The governor - who once said the plant was safe - told reporters on Friday that it would close.',
      ).map((a) => a.content),
    ).toEqual([['the plant was safe'], ['that it would close']]);
  });
});

describe('where reported content starts', () => {
  it('at the object when the "that" after it opens a clause on its noun', () => {
    // A relative clause on the subject of what was said.
    expect(
      found('The envoy said the movement that is sweeping the region frightens the old guard.')[0]
        ?.content,
    ).toEqual(['the movement that is sweeping the region frightens the old guard']);
    // The cue's own object, and a clause on its noun.
    expect(
      found('The minister cited the recent news that the refinery had been closed.')[0]?.content,
    ).toEqual(['the recent news that the refinery had been closed']);
    // A phrase of time, or the object of a preposition, is passed over.
    expect(found('The envoy said the next day that the talks were over.')[0]?.content).toEqual([
      'that the talks were over',
    ]);
    expect(
      found('The mayor admitted to the newspaper that he had met the envoy.')[0]?.content,
    ).toEqual(['that he had met the envoy']);
    expect(
      found('The envoy said on Friday that according to his notes, the talks were over.')[0]
        ?.content,
    ).toEqual(['that according to his notes, the talks were over']);
  });

  it('at "that" after a phrase of time, a person told or one addressed, or before an adjective', () => {
    const content = (text: string) => found(text)[0]?.content;
    expect(content('The envoy said on Monday that proposed cuts would hurt the poor.')).toEqual([
      'that proposed cuts would hurt the poor',
    ]);
    expect(content('The envoy said Thursday that was a mistake.')).toEqual(['that was a mistake']);
    expect(content('The envoy told reporters that was not true.')).toEqual(['that was not true']);
    expect(content('The envoy promised the voters that he would cut taxes.')).toEqual([
      'that he would cut taxes',
    ]);
  });
});

describe('where reported content ends', () => {
  it('before a second verb of a speaker named by a bare cue', () => {
    expect(
      found('Officials say the talks could resume soon and warn that a deal is far off.').map(
        (a) => a.content,
      ),
    ).toEqual([['the talks could resume soon'], ['that a deal is far off']]);
  });

  it('at a comma before another report whose speaker has a long title', () => {
    expect(
      found(
        'While discussing the new tariffs, Speaker of the House Rep. Jo Park of Ohio said the plan was sound.',
      ).map((a) => [a.cue, a.content]),
    ).toEqual([
      ['discussing', ['the new tariffs']],
      ['said', ['the plan was sound']],
    ]);
  });

  it('not before a bare verb that shares a modal inside what was said', () => {
    expect(
      found(
        'Lund says she would call the envoy and tell him “no more delays” and tells the crowd she won.',
      ).map((a) => a.content),
    ).toEqual([['she would call the envoy and tell him “no more delays”'], ['she won']]);
  });

  it('at a comma after "whatever" as an object', () => {
    expect(
      found('Lund said she would do whatever it takes, the campaign is not over.')[0]?.content,
    ).toEqual(['she would do whatever it takes']);
  });

  it('not at a comma closing a clause of concession', () => {
    expect(
      found(
        'An aide tells reporters that however the senator does in the primary, her showing will be enough.',
      )[0]?.content,
    ).toEqual(['that however the senator does in the primary, her showing will be enough']);
  });

  it('with the clause that opens the sentence on a subordinator', () => {
    expect(
      found('While only 7 percent said they were undecided, 27 percent named a candidate.')[0],
    ).toMatchObject({ source: '7 percent', content: ['they were undecided'] });
    // Not when what was said follows that clause: "As the agency reported, …".
    expect(
      found('As the agency reported, even if the talks fail, the deal will stand.')[0]?.content,
    ).toEqual(['even if the talks fail, the deal will stand']);
  });

  it("before a clause whose subject is a number, but not at a date's year", () => {
    expect(found("42% say they're liberal, 32% are moderate.")[0]?.content).toEqual([
      "they're liberal",
    ]);
    expect(
      found('The envoy said the bank was founded on May 4, 1998 and grew fast.')[0]?.content,
    ).toEqual(['the bank was founded on May 4, 1998 and grew fast']);
  });

  it('at the end of the subordinate clause, past a relative clause on what was said', () => {
    expect(
      found('While he said the talks, which began in May, are over, the envoy stayed.')[0]?.content,
    ).toEqual(['the talks, which began in May, are over']);
  });

  it('not at a contrast inside what was said, but before the speaker\'s own "but" phrase', () => {
    expect(found('The judge said the deal was improper but not illegal.')[0]?.content).toEqual([
      'the deal was improper but not illegal',
    ]);
    expect(found('The envoy praised the offer but will not sign it.')[0]?.content).toEqual([
      'the offer',
    ]);
    expect(found('The envoy praised the offer but not mention the sanctions.')[0]?.content).toEqual(
      ['the offer'],
    );
    // ", but not all …" opens a clause of its own.
    expect(
      found('The judge said the deal was improper, but not all lawyers agreed.')[0]?.content,
    ).toEqual(['the deal was improper,']);
  });

  it('not at a clause of reason, place or manner after a comma', () => {
    expect(
      found('He said the records would be released, as is the custom for candidates.')[0]?.content,
    ).toEqual(['the records would be released, as is the custom for candidates']);
    expect(
      found('She said turnout fell in the north, where the protests began.')[0]?.content,
    ).toEqual(['turnout fell in the north, where the protests began']);
    // A contrast with a subject of its own still ends it.
    expect(
      found('He said the north voted for him, while the south backed his rival.')[0]?.content,
    ).toEqual(['the north voted for him']);
  });

  it('not at a concession after a comma, nor at a verb that only tags quotations', () => {
    expect(
      found('He said the changes were an improvement, although the rules are still too narrow.')[0]
        ?.content,
    ).toEqual(['the changes were an improvement, although the rules are still too narrow']);
    expect(found('The envoy defended the process, though not the results.')[0]?.content).toEqual([
      'the process, though not the results',
    ]);
    expect(
      found('She said she hoped to get her account back and then would continue to post.')[0]
        ?.content,
    ).toEqual(['she hoped to get her account back and then would continue to post']);
  });

  it('before a clause of its own, joined by a conjunction, in which someone else reports', () => {
    const result = found(
      'The audit showed the ministry favouring its donors, but opposition leaders warned that more files will surface.',
    );
    expect(result).toMatchObject([
      { source: 'The audit', cue: 'showed', content: ['the ministry favouring its donors'] },
      { source: 'opposition leaders', cue: 'warned', content: ['that more files will surface'] },
    ]);
    expect(
      found(
        'The envoy accused Tehran of stalling the talks while the minister suggests the delay is technical.',
      ),
    ).toMatchObject([
      { source: 'The envoy', content: ['Tehran of stalling the talks'] },
      { source: 'the minister', content: ['the delay is technical'] },
    ]);
    // Also after an impression no one named holds, whose subject is a span of its own.
    expect(
      found(
        'Envoys were reported to be carrying messages, though none would confirm it on the record.',
      ),
    ).toMatchObject([
      { cue: 'were reported', content: ['Envoys', 'to be carrying messages'] },
      { source: 'none', cue: 'confirm', content: ['it on the record'] },
    ]);
    // A subordinate clause is still part of what was said, whatever its verb.
    expect(
      found(
        'The envoy said the talks will stall until the council can persuade Tehran to return.',
      )[0]?.content,
    ).toEqual(['the talks will stall until the council can persuade Tehran to return']);
  });

  it('with a name for an object, before a phrase of when or where', () => {
    expect(found('Christie endorsed Trump last week.')).toMatchObject([
      { source: 'Christie', cue: 'endorsed', content: ['Trump'] },
    ]);
    expect(
      found('Mr. Carson endorsed Mr. Trump at a news conference in Florida.')[0]?.content,
    ).toEqual(['Mr. Trump']);
    // A name's own phrase, what it was called, a topic, what a poll shows: all part of it.
    expect(found('The pastor endorsed Senator Ted Cruz of Texas.')[0]?.content).toEqual([
      'Senator Ted Cruz of Texas',
    ]);
    expect(
      found('Brown described the DLC during an interview as a relic of another time.')[0]?.content,
    ).toEqual(['the DLC during an interview as a relic of another time']);
    expect(found('Sanders criticized Clinton on two fronts.')[0]?.content).toEqual([
      'Clinton on two fronts',
    ]);
    expect(found('A new poll shows Rubio in third at 11 percent.')[0]?.content).toEqual([
      'Rubio in third at 11 percent',
    ]);
  });

  it('not with a name that is the subject of what was said', () => {
    expect(found('He said Trump in 2016 was a different candidate.')[0]?.content).toEqual([
      'Trump in 2016 was a different candidate',
    ]);
    expect(
      found('Officials believe Iran at this point is years away from a bomb.')[0]?.content,
    ).toEqual(['Iran at this point is years away from a bomb']);
  });

  it("with a relative clause on the sentence's subject, before the sentence's own verb", () => {
    expect(
      found('Voters who say the economy is their first concern were evenly divided.')[0],
    ).toMatchObject({ source: 'who', content: ['the economy is their first concern'] });
    expect(found('Donors who want to give more could give to the party.')[0]?.content).toEqual([
      'to give more',
    ]);
    // A clause another cue opens inside it is still what was said; so is one on an object.
    expect(
      found('Activists who say they believe the party is weak met on Monday.')[0]?.content,
    ).toEqual(['they believe the party is weak']);
    expect(
      found('Clinton won voters who said the economy was their top issue.')[0]?.content,
    ).toEqual(['the economy was their top issue']);
  });

  it('before another subject\'s report after "and"', () => {
    const result = found(
      'Many prominent Republicans said they will not attend the convention and others have said they are not interested in speaking.',
    );
    expect(result[0]).toMatchObject({
      source: 'Many prominent Republicans',
      content: ['they will not attend the convention'],
    });
    expect(result[1]).toMatchObject({ source: 'others', cue: 'said' });
    // Not inside a subject of two nouns, nor after a clause not yet complete.
    expect(found('Ms. Lee said she and her peers said little about it.')[0]?.content).toEqual([
      'she and her peers said little about it',
    ]);
    // A list in a relative clause or a participle on the subject stays whole.
    expect(found('Voters who backed Obama and Clinton said they were unhappy.')[0]?.source).toBe(
      'Voters',
    );
    expect(found('Lawyers representing Smith and Jones said the case was weak.')[0]?.source).toBe(
      'Smith and Jones',
    );
    expect(found('Ms. Lee said the mayor and his aides said nothing about it.')[0]).toMatchObject({
      source: 'Ms. Lee',
      content: ['the mayor and his aides said nothing about it'],
    });
  });

  it('before ", and" opening a clause with a subject of its own', () => {
    expect(
      found(
        'The mayor said the two were well known in town, and voters at the school greeted both.',
      )[0]?.content,
    ).toEqual(['the two were well known in town']);
  });

  it('before a clause with its own subject after a complete one', () => {
    expect(
      found('Clinton lamented the border crisis, Clinton then took a moment to greet voters.')[0]
        ?.content,
    ).toEqual(['the border crisis']);
  });

  it('not before the main clause that completes "despite …,"', () => {
    expect(
      found(
        'He told the paper that despite the excitement, he did not think the casino would last.',
      )[0]?.content,
    ).toEqual(['that despite the excitement, he did not think the casino would last']);
  });

  it('at its own verb, not a later "that"', () => {
    expect(
      found('He says the truth is that the country cares about more than one issue.')[0]?.content,
    ).toEqual(['the truth is that the country cares about more than one issue']);
  });

  it('after the preposition that joins the cue to its topic', () => {
    expect(
      found('The Legion has complained about the use of its emblem in ads.')[0]?.content,
    ).toEqual(['the use of its emblem in ads']);
  });

  it('not inside a quotation that runs over several sentences', () => {
    expect(
      found(
        'The chairman called Braynard “a smart guy. He understands the data. It takes time.”',
      )[0]?.content,
    ).toEqual(['Braynard “a smart guy. He understands the data. It takes time.']);
  });

  it('not before a colon that opens a quotation', () => {
    expect(
      found('He adds that the party has two choices: “You either leave or you fight.”')[0]?.content,
    ).toEqual(['that the party has two choices: “You either leave or you fight.”']);
  });

  it('not after a fronted phrase that the next clause completes', () => {
    expect(
      found('He said that by refusing to say the words "radical Islam," Democrats are weak.')[0]
        ?.content,
    ).toEqual(['that by refusing to say the words "radical Islam," Democrats are weak']);
  });

  it('not before a relative clause on its last noun', () => {
    expect(
      found(
        'She said that the criticism, which is set out in a Greenpeace report, is fair game.',
      )[0]?.content,
    ).toEqual(['that the criticism, which is set out in a Greenpeace report, is fair game']);
  });

  it('not before a contrast inside what was said (", but because …")', () => {
    expect(
      found('He said he was prosecuted not for what he did, but because of who he is.')[0]?.content,
    ).toEqual(['he was prosecuted not for what he did, but because of who he is']);
  });

  it('not before ", but that", a second complement of the same cue', () => {
    expect(
      found(
        'He said the country must secure the border, but that he would not support deportation.',
      )[0]?.content,
    ).toEqual(['the country must secure the border, but that he would not support deportation']);
  });

  it('not before "but" and a verb phrase of the same subject', () => {
    expect(found('She said she was elated but still feared the army.')[0]?.content).toEqual([
      'she was elated but still feared the army',
    ]);
  });
});

describe('a quotation and its tag with any verb', () => {
  it.each([
    [
      'subject first, a particle and a participle after',
      '“Never, not once!” the crowd cried out, booing.',
      'the crowd',
      'cried',
    ],
    [
      'the verb first',
      '“For a start, his wife has explained it,” barked Oliver.',
      'Oliver',
      'barked',
    ],
    ['a sign', '“We are still here,” it read.', 'it', 'read'],
  ])('%s', (_name, text, source, cue) => {
    expect(found(text)).toMatchObject([{ source, cue, direct: true }]);
  });

  it('a quote split by its tag', () => {
    expect(
      found('“All that you said and all that I said,” he exclaimed, “has overlapped.”')[0]?.content,
    ).toEqual(['All that you said and all that I said,', 'has overlapped.']);
  });

  it('not a title inside a clause', () => {
    expect(found('The actor gets “Hail, Caesar!,” the studio gambled.')).toEqual([]);
  });
});

describe('verb phrases that share a subject', () => {
  it('a cue after a comma whose content opens on a pronoun and its verb', () => {
    expect(
      found('The pollster is glad to be the gold standard, says she warned about surprises.')[0],
    ).toMatchObject({
      source: 'The pollster',
      cue: 'says',
      content: ['she warned about surprises'],
    });
  });

  it('after a participle opening the sentence', () => {
    // A participle on the subject is no clause of its own.
    expect(
      found('Leading Democrats met on Monday and said they would oppose the bill.')[0],
    ).toMatchObject({ source: 'Leading Democrats', cue: 'said' });
    expect(
      found("Asked on Monday whether he would stay, Mr. Lee shook his head and said, ''No.''"),
    ).toContainEqual({ content: ['No.'], source: 'Mr. Lee', cue: 'said', direct: true });
  });

  it('past a verb the infinitive hangs on', () => {
    expect(
      found('Lee joked about it, but went on to say that the border was closed.'),
    ).toContainEqual({
      content: ['that the border was closed'],
      source: 'Lee',
      cue: 'say',
      direct: false,
    });
    expect(found('Mr. Lee was prompted to say that the vote had been calm.')[0]).toMatchObject({
      source: 'Mr. Lee',
      cue: 'say',
    });
  });

  it('"and" with an adverb before the cue', () => {
    expect(
      found('The colonel raised the bombing and later said, “It is not just one faith.”')[0],
    ).toMatchObject({ source: 'The colonel', content: ['It is not just one faith.'] });
  });

  it('a participle after an object takes the subject of its clause', () => {
    expect(
      found(
        'Clinton spent the run-up to the caucuses portraying Sanders as a man of one issue.',
      )[0],
    ).toMatchObject({ source: 'Clinton', cue: 'portraying' });
    expect(
      found('With most voters saying they want change, the party moved left.')[0],
    ).toMatchObject({ source: 'most voters', cue: 'saying' });
  });

  it('a participle whose subject is out of reach keeps what it says', () => {
    expect(
      found(
        'In a statement released Thursday, the congressman reacted to the news, saying: “He should be in prison.”',
      ).map((a) => a.content),
    ).toContainEqual(['He should be in prison.']);
  });
});

describe('"call"', () => {
  it.each([
    [
      'an object and what it is called',
      'Sanders called the ruling arbitrary.',
      ['the ruling arbitrary'],
    ],
    [
      'an object and a quoted name for it',
      'Graham called both Trump and Clinton “crazy.”',
      ['both Trump and Clinton “crazy.”'],
    ],
    [
      'a particle',
      'The senator called for a new inquiry into the deal.',
      ['a new inquiry into the deal'],
    ],
    [
      'a possessive in what it is called',
      'Lynch calls North Carolina her home state.',
      ['North Carolina her home state'],
    ],
    ['an indefinite speaker', 'Someone called it a quiet revolution.', ['it a quiet revolution']],
    [
      'a possessive opening the object',
      'The mayor called her late aide a hero.',
      ['her late aide a hero'],
    ],
    [
      'the object standing before it',
      'The council backed what the mayor called a fair compromise.',
      ['what', 'a fair compromise'],
    ],
  ])('a cue with %s', (_name, text, content) => {
    expect(found(text)[0]?.content).toEqual(content);
  });

  it.each([
    ['a name given', 'He founded a company called Cambridge Analytica in London.'],
    ['a telephone call', 'She called Sanders after the primary to concede.'],
    ['a name taken', 'A group that calls itself Open Media posted the video.'],
  ])('no cue with %s', (_name, text) => {
    expect(found(text).filter((a) => /call/i.test(a.cue ?? ''))).toEqual([]);
  });
});

describe('questions put', () => {
  it('a relative pronoun before another verb stays out of a quotation after it', () => {
    expect(found('That is what Clinton said: “We will win this race.”')).toMatchObject([
      { source: 'Clinton', content: ['We will win this race.'], direct: true },
    ]);
  });

  it('with a relative pronoun for what it names: the pronoun and the name together', () => {
    expect(found('Russia is a country that Mr. Lee called “our first foe.”')).toMatchObject([
      { source: 'Mr. Lee', content: ['that', 'our first foe.'], direct: false },
    ]);
    expect(found('He put it at $2.9 billion, which Mr. Lee called “a disgrace.”')[0]).toMatchObject(
      { content: ['which', 'a disgrace.'], direct: false },
    );
  });

  it('by someone named after "by"', () => {
    expect(
      found('Sanders was asked by host John Dickerson whether his aim was like Kennedy.'),
    ).toEqual([
      {
        content: ['whether his aim was like Kennedy'],
        source: 'host John Dickerson',
        cue: 'asked',
        direct: false,
      },
    ]);
  });

  it('after a phrase of when and where, fronted before the main clause', () => {
    expect(
      found('Asked on Monday in Ankara whether the border would reopen, the minister shrugged.')[0],
    ).toMatchObject({ cue: 'Asked', source: null, content: ['whether the border would reopen'] });
  });

  it('a question opened by "whom", and the answer of a verb phrase joined by "and"', () => {
    const text = 'When asked whom she backed, Ms. Ruiz smiled and said, “I am still deciding.”';
    expect(found(text)).toMatchObject([
      { cue: 'asked', content: ['whom she backed'], source: null },
      { cue: 'said', source: 'Ms. Ruiz', content: ['I am still deciding.'], direct: true },
    ]);
  });

  it('one attribution for a cue read both as a question put and as a verb of saying', () => {
    expect(found('Ms. Lee, the host, asked Mook if the firm would grow.')).toHaveLength(1);
  });

  it('a question set off by commas ends at its comma', () => {
    expect(
      found('Speaking later, asked whether he would run, the mayor smiled.')[0]?.content,
    ).toEqual(['whether he would run']);
  });

  it('a quoted question after a comma', () => {
    expect(
      found('Blumenthal was asked, “Would you have told her it was a bad idea?”')[0],
    ).toMatchObject({
      source: null,
      direct: true,
    });
  });
});

describe('quotations in the next paragraph', () => {
  it('past a programme named in the tag', () => {
    expect(
      found(
        '“I expect to be questioned,” he said on “Meet the Press.” “But not like this, and not by them.”',
      )[0]?.content,
    ).toEqual(['I expect to be questioned,', 'But not like this, and not by them.']);
  });

  it('a cue and a colon closing a paragraph take the quotation opening the next', () => {
    const text =
      'Head.\n\nReporter Ana Ruiz says:\n\n"The eyewitness describes the town as a front line."';
    expect(found(text)).toMatchObject([
      {
        source: 'Reporter Ana Ruiz',
        content: ['The eyewitness describes the town as a front line.'],
        direct: true,
      },
    ]);
  });

  it('a hearer and an aside before the colon', () => {
    const text =
      'Head.\n\nHe told his audience, to rowdy applause:\n\n“Nobody has been more qualified for this job.”';
    expect(found(text)).toMatchObject([
      { source: 'He', cue: 'told', content: ['Nobody has been more qualified for this job.'] },
    ]);
  });

  it('a participle after the speaker leaves the words before the cue as content', () => {
    expect(
      found(
        'The rival will play the "woman card," Fiorina said, adding that the way to win is to attack her record.',
      )[0],
    ).toMatchObject({ source: 'Fiorina', content: ['The rival will play the "woman card,"'] });
  });

  it('a relative clause on an inverted speaker', () => {
    expect(
      found('The agency "was handled lightly," said a former official who oversaw the inquiry.')[0]
        ?.content,
    ).toEqual(['The agency "was handled lightly,"']);
  });
});

describe('polls and labels', () => {
  it('a sentence that ends by naming the poll it reports', () => {
    expect(
      found('The mayor won 45 percent among older voters in a new Marist poll released Thursday.'),
    ).toEqual([
      {
        content: ['The mayor won 45 percent among older voters'],
        source: 'a new Marist poll released Thursday',
        cue: 'in',
        direct: false,
      },
    ]);
    expect(found('The mayor is still ahead in the polls.')).toEqual([]);
  });

  it('a name closing a clause before a colon and a quotation', () => {
    const text =
      'Headline.\n\nThe surge does not surprise pollster Daron Shaw: “Lesser-known candidates gain the most.”';
    expect(found(text)).toMatchObject([
      { source: 'Daron Shaw', content: ['Lesser-known candidates gain the most.'], direct: true },
    ]);
  });

  it('a speaker after a quotation, tagged as a noun by the tagger', () => {
    expect(
      found('“Some of us thought we could work with them,” Bozell points out.')[0],
    ).toMatchObject({
      source: 'Bozell',
      cue: 'points out',
    });
  });

  it('names and colons before quotations inside a paragraph', () => {
    const text =
      'Headline.\n\nLopez: "Our goal is to fix the roads." Rep. Ann Bell (R-Ohio): "The goal is to cut taxes."';
    expect(found(text).map((a) => [a.source, a.content])).toEqual([
      ['Lopez', ['Our goal is to fix the roads.']],
      ['Rep. Ann Bell (R-Ohio)', ['The goal is to cut taxes.']],
    ]);
  });
});

describe('words between the speaker and the cue', () => {
  it('a phrase of where it was said, set off by commas', () => {
    expect(
      found('Judge Ana Ruiz, in her dissent, said the rule was written to exclude voters.')[0],
    ).toMatchObject({
      source: 'Judge Ana Ruiz, in her dissent',
      content: ['the rule was written to exclude voters'],
    });
  });

  it('the noun a relative clause hangs on, not an object inside it', () => {
    expect(
      found(
        'Even Republicans who have praised his candidacy warned that the party may split.',
      ).find((a) => a.cue === 'warned')?.source,
    ).toBe('Republicans');
  });

  it('a verb the infinitive cue hangs on', () => {
    expect(found('Republicans continue to warn that the deal was a mistake.')[0]?.source).toBe(
      'Republicans',
    );
    expect(found('Voters are more likely to say the senator is honest.')[0]?.source).toBe('Voters');
  });

  it('a parenthesis after the name and before an appositive', () => {
    expect(
      found(
        'Rep. Sander Levin (Mich.), a superdelegate backing Clinton, said he has spoken to many.',
      )[0]?.source,
    ).toBe('Rep. Sander Levin (Mich.), a superdelegate backing Clinton');
  });

  it('"since" between the auxiliary and the cue', () => {
    expect(found('The governor has since said she would veto the bill.')[0]).toMatchObject({
      source: 'The governor',
      content: ['she would veto the bill'],
    });
  });

  it('a contracted "has", but not a contracted "is"', () => {
    expect(found("He's said he will stay in the race until June.")[0]).toMatchObject({
      source: 'He',
      cue: 'said',
      content: ['he will stay in the race until June'],
    });
    expect(found('He’s called for deep cuts to the budget.')[0]).toMatchObject({
      source: 'He',
      cue: 'called for',
    });
    // A preposition after the participle: a passive ("she is quoted in …").
    expect(found("She's quoted in the report.")).toEqual([]);
    // "is expected to": an impression no one named holds, not the subject's expectation.
    expect(found("She's expected to say more about the plan on Monday.")[0]?.source).toBeNull();
    expect(found("The mayor, who's viewed as a moderate by most voters, won easily.")).toEqual([]);
  });

  it('what a relative clause says ends at its closing comma', () => {
    expect(found('The levy, which farmers called unfair, passed on Tuesday.')[0]).toMatchObject({
      source: 'farmers',
      content: ['which', 'unfair'],
    });
  });

  it('a verb that is a cue only before "that"', () => {
    expect(found('The court ruled that the map was drawn unfairly.')[0]).toMatchObject({
      source: 'The court',
      content: ['that the map was drawn unfairly'],
    });
    expect(found('The police maintained order in the square all night.')).toEqual([]);
  });

  it('the means it was said by', () => {
    expect(found('The mayor said by telephone that the vote would go ahead.')[0]).toMatchObject({
      source: 'The mayor',
      content: ['that the vote would go ahead'],
    });
  });

  it('a one-word answer', () => {
    expect(found('Everyone but Hewlett said yes.')[0]?.content).toEqual(['yes']);
  });

  it('an appositive opened by "then" after an inverted speaker', () => {
    expect(
      found(
        'The memoir was to be a "cautionary tale," said Susan Crawford, then her literary agent.',
      )[0],
    ).toMatchObject({
      source: 'Susan Crawford',
      content: ['The memoir was to be a "cautionary tale,"'],
    });
  });

  it('a hyphenated compound before the name', () => {
    expect(found('"Carson is cratering," Texas-based Matt Mackowiak said.')[0]).toMatchObject({
      content: ['Carson is cratering,'],
      direct: true,
    });
  });

  it('a hearer and a phrase with a possessive after the cue', () => {
    expect(
      found('Michigan only did what 40 states do, he told the court in his filing.')[0]?.content,
    ).toEqual(['Michigan only did what 40 states do']);
  });

  it('not a quotation set off by a dash', () => {
    expect(
      found(
        'He lamented her gaffes - "does she have to keep giving them ammunition?" - and voters said they were unfazed.',
      ).find((a) => a.cue === 'said')?.content,
    ).toEqual(['they were unfazed']);
  });

  it('both sides of a cue and its hearer set off by commas', () => {
    expect(
      found(
        'Every Friday, the former executive told The Washington Post, she would lead a meeting.',
      )[0]?.content,
    ).toEqual(['Every Friday', 'she would lead a meeting']);
  });

  it('no content in a phrase of occasion after the cue', () => {
    expect(
      found('A retired teacher in Ohio said in a long interview with the local paper.'),
    ).toEqual([]);
    expect(
      found('The deal is dead, the minister said in a video message to the party.')[0]?.content,
    ).toEqual(['The deal is dead']);
  });

  it('a share of those asked', () => {
    expect(found('On terrorism, 47% say the country should send troops.')[0]).toMatchObject({
      source: '47%',
      content: ['the country should send troops'],
    });
  });

  it.each([
    [
      'a connective',
      'Forbes, however, says that the founder is no longer a billionaire.',
      'Forbes',
    ],
    [
      'a relative clause between dashes',
      'The justice -- who has been in a scuffle with the nominee -- said she regretted her remarks.',
      'The justice -- who has been in a scuffle with the nominee',
    ],
    [
      'a noun the tagger takes for a name',
      'Some 56 percent of Cuban-Americans polled said they would stay home.',
      'Some 56 percent of Cuban-Americans polled',
    ],
  ])('an aside or modifier between speaker and cue: %s', (_name, text, source) => {
    expect(found(text).find((a) => /^(?:says|said)$/.test(a.cue ?? ''))?.source).toBe(source);
  });

  it.each([
    [
      'an appositive, then a participle',
      'Sen. Ada Ortiz, R-N.M., appearing on local radio after the vote, said the bill was dead.',
      'Sen. Ada Ortiz, R-N.M., appearing on local radio after the vote',
    ],
    [
      'a participle whose quotation closes on the comma',
      "Mr. Lund, citing ''the sheer size of the deficit,'' said the budget would fail.",
      "Mr. Lund, citing ''the sheer size of the deficit,",
    ],
    [
      'a list of the same speaker’s verbs',
      'The host praised the crew, said the roads were closed and left early.',
      'The host',
    ],
  ])('more asides and verbs: %s', (_name, text, source) => {
    expect(found(text).find((a) => a.cue === 'said')?.source).toBe(source);
  });

  it('a clause of its own between commas is no aside: the speaker stands after the cue', () => {
    const text =
      'In a year when budgets are tight, towns have more room to cut the program, said Jo Park, a county official.';
    expect(found(text).find((a) => a.cue === 'said')).toMatchObject({
      source: 'Jo Park',
      content: ['In a year when budgets are tight, towns have more room to cut the program'],
    });
  });

  it.each([
    ['a possessive', 'The mill will close in May, according to his biography.', 'his biography'],
    [
      'a noun the tagger reads as a verb',
      'The mill will close in May, according to sources.',
      'sources',
    ],
    [
      'a quantifier',
      'According to some on the council, the mill will close in May.',
      'some on the council',
    ],
    [
      'a quoted title',
      'The mill will close in May, according to the “Rust Belt Renewal” plan he released.',
      'the “Rust Belt Renewal” plan he',
    ],
    [
      'a clause after a colon',
      'It was no surprise: according to the union, the mill will close in May.',
      'the union',
    ],
  ])('according to %s', (_name, text, source) => {
    expect(found(text)[0]).toMatchObject({
      source,
      content: [expect.stringMatching(/the mill will close in May$/i)],
    });
  });

  it('according to a source with an appositive', () => {
    expect(
      found('According to Jo Park, the union’s lawyer, the mill will close in May.')[0],
    ).toMatchObject({ source: 'Jo Park', content: ['the mill will close in May'] });
  });

  it('a speaker after the cue opened by a possessive', () => {
    expect(found('“We were young,” said his oldest friend, Al Roy.')[0]).toMatchObject({
      source: 'his oldest friend',
      content: ['We were young,'],
    });
  });

  it.each([
    [
      'a second cue after "and" and an auxiliary',
      'The senator described herself as a moderate and has often said that taxes are too high.',
      'herself as a moderate',
    ],
    [
      'a relative clause on a subject still waiting for its verb',
      'She said the ruling, which struck down the law, matters a great deal to judges.',
      'the ruling, which struck down the law, matters a great deal to judges',
    ],
    [
      'a fronted "given …" phrase',
      'He said that given the mayor’s popularity, he was sure she would win easily.',
      'that given the mayor’s popularity, he was sure she would win easily',
    ],
  ])('where content ends: %s', (_name, text, content) => {
    expect(found(text)[0]?.content).toEqual([content]);
  });

  it('an appositive on an inverted speaker is no second part of what was said', () => {
    expect(
      found(
        'The strike will last a week, said Jo Park, head of the union, which represents nurses.',
      )[0]?.content,
    ).toEqual(['The strike will last a week']);
  });

  it('a hearer whose name the tagger reads as a verb before "that"', () => {
    expect(
      found('She told The Associated Press on Monday that the inquiry is independent.')[0]?.content,
    ).toEqual(['that the inquiry is independent']);
  });

  it('what a relative clause says ends where the main clause resumes', () => {
    expect(
      found('Mr. Lee, who endorsed the mayor on Thursday, is making his pitch this week.')[0]
        ?.content,
    ).toEqual(['the mayor on Thursday']);
  });

  it('whom a cue urges is part of what it asks', () => {
    expect(
      found('The group urged the candidates to make clean energy a priority.')[0]?.content,
    ).toEqual(['the candidates to make clean energy a priority']);
  });

  it('a past tense after an infinitive is the speaker’s next act', () => {
    expect(
      found('The mayor vowed to keep the clinic open and celebrated the ruling.')[0]?.content,
    ).toEqual(['to keep the clinic open']);
  });

  it('after the person urged, a past tense or a clause with its own cue ends an infinitive', () => {
    expect(
      found(
        'The governor urged the rest of the party to unite behind him and tried to calm donors.',
      )[0]?.content,
    ).toEqual(['the rest of the party to unite behind him']);
    expect(
      found('The agency declined to comment and county aides later said the claim was false.'),
    ).toMatchObject([
      { cue: 'declined', content: ['to comment'] },
      { cue: 'said', source: 'county aides', content: ['the claim was false'] },
    ]);
  });

  it('a verb phrase of the speaker after an object ends it', () => {
    expect(found('The mayor praised the deal and shared a link to the text.')[0]?.content).toEqual([
      'the deal',
    ]);
  });

  it('a participle on the noun of an adverbial before "that"', () => {
    expect(
      found('The ministry said in a statement released late Friday that two soldiers had died.')[0]
        ?.content,
    ).toEqual(['that two soldiers had died']);
  });

  it('the preposition of "responded to" belongs to the cue', () => {
    expect(
      found('The mayor responded to the council’s demands with a long letter.')[0]?.content,
    ).toEqual(['the council’s demands with a long letter']);
  });

  it.each([
    ['Some said the vote was rigged.', 'Some'],
    ['Another wrote, “The count was a farce from the start.”', 'Another'],
  ])('a determiner standing alone for the speakers: %s', (text, source) => {
    expect(found(text)[0]?.source).toBe(source);
  });

  it.each([
    [
      'a noun the tagger takes for an adjective',
      'The Republican incumbent said that her vote is final.',
      'The Republican incumbent',
    ],
    [
      'a person familiar with something',
      'A person familiar with the talks said the deal was close.',
      'A person familiar with the talks',
    ],
    [
      'people close to someone',
      'People close to the mayor said she would run.',
      'People close to the mayor',
    ],
    [
      'people close to someone named by a pronoun',
      'The mayor will run, a source close to her said.',
      'a source close to her',
    ],
    [
      'a name before a phrase of where',
      'Sanders on Twitter wrote that the deal was bad.',
      'Sanders',
    ],
    [
      'a long appositive',
      'Rita Holm, a veteran party organiser who ran the governor’s winning race in the state in 2008 and is now running the senator’s early-vote drive in all of the counties across the state, said the mail-in programme was vital.',
      'Rita Holm, a veteran party organiser who ran the governor’s winning race in the state in 2008 and is now running the senator’s early-vote drive in all of the counties across the state',
    ],
    [
      'a gerund after a possessive',
      'A source familiar with the mayor’s thinking said she would run.',
      'A source familiar with the mayor’s thinking',
    ],
    [
      'an appositive opened by a possessive',
      'Jo Park, its chief executive, said the firm would grow.',
      'Jo Park, its chief executive',
    ],
    [
      'a comma after a parenthesis',
      'Sen. Al Roy (D-R.I.), said that the plan was dead.',
      'Sen. Al Roy',
    ],
    ['a share of those asked', 'One in five say that the plan will fail.', 'One in five'],
    [
      'a modifier opened by "to"',
      'A senior adviser to the mayor said the talks had stalled.',
      'A senior adviser to the mayor',
    ],
    [
      'an appositive name the tagger reads as a verb',
      'The spokesman, Josh Earnest, said the plan was fine.',
      'The spokesman, Josh Earnest',
    ],
    [
      'a standalone word after a semicolon',
      'They were worried; most said they would vote anyway.',
      'most',
    ],
    [
      'an aside opened by a conjunction between dashes',
      'Democrats — and some Republicans — say that the plan will fail.',
      'Democrats — and some Republicans',
    ],
  ])('the speaker before the cue: %s', (_name, text, source) => {
    expect(found(text)[0]?.source).toBe(source);
  });

  it.each([
    ['said with a laugh', '“We never expected this,” Ms. Lane said with a laugh.'],
    [
      'a past tense the tagger reads as an adjective',
      '“They were never serious about it,” Toomey fumed on Tuesday.',
    ],
    ['as someone put it', 'As the mayor put it: “Nobody leaves this town hungry.”'],
  ])('cues beside a quotation: %s', (_name, text) => {
    expect(found(text)[0]).toMatchObject({ direct: true });
  });

  it('a claim inside what someone said is theirs, not a statement of its own', () => {
    expect(
      found('The cleric said the Americans want war with Iran.').map((a) => [a.cue, a.source]),
    ).toEqual([['said', 'The cleric']]);
    expect(
      found('Even Republicans who have praised his candidacy warned that the party may split.').map(
        (a) => a.cue,
      ),
    ).toContain('warned');
  });

  it('"decline" with an object or "to" is a cue', () => {
    expect(
      found('The former vice president declined an interview request from the paper.')[0]?.cue,
    ).toBe('declined');
    expect(found('A spokesman declined to comment on the report.')[0]?.content).toEqual([
      'to comment on the report',
    ]);
  });

  it('only verbs of saying take an inverted speaker', () => {
    const sources = found('The poll, said Jo Park, shows a tie.').map((a) => a.source);
    expect(sources).toContain('Jo Park');
    expect(sources).not.toContain('a tie');
  });

  it('"show up" is no cue; a document named before a speaker of its own is no source', () => {
    expect(found('Hundreds more showed up to hear the senator speak at the park.')).toEqual([]);
    expect(
      found('In a statement, Jo Park, a spokesman for the campaign, said the report was false.'),
    ).toMatchObject([{ cue: 'said', source: 'Jo Park, a spokesman for the campaign' }]);
  });

  it('"put it" is no cue without a quotation, nor "compared with" at all', () => {
    expect(found('He put it on the table before the vote.')).toEqual([]);
    expect(found('Support rose to 48 percent, compared with 40 percent last month.')).toEqual([]);
  });

  it('a name the tagger takes for an auxiliary, after a quotation', () => {
    expect(
      found('“His ideas are far from warm,” columnist Ai Jun wrote in the paper.')[0],
    ).toMatchObject({
      source: 'columnist Ai Jun',
      direct: true,
    });
  });

  it('a standalone word after an inverted cue', () => {
    expect(found('“The count was a farce,” tweeted another.')[0]?.source).toBe('another');
  });

  it('a relative clause with commas of its own between speaker and cue', () => {
    expect(
      found('Ms. Lane, whose town, Dover, is flooding, argues that the levee will fail.')[0],
    ).toMatchObject({
      source: 'Ms. Lane, whose town, Dover, is flooding',
      content: ['that the levee will fail'],
    });
  });

  it('a passive participle between speaker and cue', () => {
    expect(
      found('Ms. Lane, struck by the story, told her she should tell it again.')[0],
    ).toMatchObject({
      source: 'Ms. Lane, struck by the story',
      content: ['she should tell it again'],
    });
  });

  it('a relative pronoun before the speaker is part of what was said', () => {
    expect(
      found('The mayor paid a fine, which she said was no admission of guilt.')[0],
    ).toMatchObject({
      source: 'she',
      content: ['which', 'was no admission of guilt'],
    });
  });

  it('"that" before the speaker is part of what was said when a verb follows the cue', () => {
    expect(found('It was a rally that Ruiz hopes can win back the suburbs.')[0]).toMatchObject({
      source: 'Ruiz',
      content: ['that', 'can win back the suburbs'],
    });
  });

  it('a gerund after "by" or "after" has the clause’s subject', () => {
    expect(
      found('The mayor angered voters last week by saying that the tax would double.')[0],
    ).toMatchObject({ source: 'The mayor', cue: 'saying', content: ['that the tax would double'] });
  });

  it('calling something something: the object and what it is called', () => {
    expect(
      found('The governor calls this a false choice that voters will reject.')[0],
    ).toMatchObject({
      source: 'The governor',
      content: ['this a false choice that voters will reject'],
    });
    expect(
      found('The mayor called those pushing for a new stadium “dreamers.”')[0]?.content,
    ).toEqual(['those pushing for a new stadium “dreamers.”']);
  });

  it('a subordinate phrase after a bare subject stays in the clause', () => {
    expect(
      found('The pollster said Trump, despite his wealth, is better placed to win.')[0]?.content,
    ).toEqual(['Trump, despite his wealth, is better placed to win']);
  });

  it('an aside opened by "including"', () => {
    expect(
      found(
        'Six newspapers in the state, including the Asbury Park Press, said he is unfit to govern.',
      )[0],
    ).toMatchObject({
      source: 'Six newspapers in the state, including the Asbury Park Press',
      content: ['he is unfit to govern'],
    });
  });

  it('the hearer and a time after a cue that names who heard', () => {
    expect(
      found('The union will sit out the election, its director told POLITICO this week.')[0],
    ).toMatchObject({
      source: 'its director',
      content: ['The union will sit out the election'],
    });
  });
});

describe('a noun of saying with its possessor', () => {
  it('says what follows its preposition, up to the verb of its own clause', () => {
    expect(found('His attacks on the clerics have angered the hardliners.')[0]).toEqual({
      content: ['the clerics'],
      source: 'His',
      cue: 'attacks on',
      direct: false,
    });
    // The tagger reads "calls" after a possessive as a verb; a capitalised "verb" is a name.
    expect(found("Mr. Rouhani's calls for new talks went unheeded.")[0]).toMatchObject({
      content: ['new talks'],
      source: 'Mr. Rouhani',
      cue: 'calls for',
    });
    expect(
      found('The envoy kept up his repeated attacks on a former Miss Universe.')[0],
    ).toMatchObject({ content: ['a former Miss Universe'], source: 'his' });
    // "to" opens what was promised, as after a verb.
    expect(found('Her promise to lift the sanctions won the vote.')[0]).toMatchObject({
      content: ['to lift the sanctions'],
      cue: 'promise',
    });
  });

  it('not without a possessor, nor a noun the list leaves out', () => {
    expect(found('The attacks on the embassy continued for a week.')).toEqual([]);
    expect(found('His plan to build a new port was approved.')).toEqual([]);
    // An attack by something, not someone; "'s" as "is"; an infinitive with nothing to say.
    expect(found("The group's attack on the embassy killed 12 people.")).toEqual([]);
    expect(found("There's calls for him to resign.")).toEqual([]);
    expect(found("It's his call to make.")).toEqual([]);
  });

  it('with a list, and a second infinitive after "and"', () => {
    expect(found('His attacks on migrants, Kurds and women.')[0]?.content).toEqual([
      'migrants, Kurds and women',
    ]);
    expect(found('His pledge to lift and review the sanctions was popular.')[0]?.content).toEqual([
      'to lift and review the sanctions',
    ]);
  });
});

describe('stances held', () => {
  it.each([
    [
      'eager to',
      'Many farmers are eager to sell before the tariffs rise.',
      'Many farmers',
      ['sell before the tariffs rise'],
    ],
    [
      'critical of',
      'The senator was critical of the deal with Iran.',
      'The senator',
      ['the deal with Iran'],
    ],
    [
      'hopeful that',
      'Aides are hopeful that the talks will resume.',
      'Aides',
      ['that the talks will resume'],
    ],
    [
      'aware of',
      'The ministry was aware of the risks to the reactor.',
      'The ministry',
      ['the risks to the reactor'],
    ],
  ])('an adjective of stance: %s', (_name, text, source, content) => {
    expect(found(text)[0]).toMatchObject({ source, content });
  });

  it.each([
    ['Sanders pushed for a $15 minimum wage.', 'Sanders', 'a $15 minimum wage'],
    [
      'The council decided to delay the vote until March.',
      'The council',
      'to delay the vote until March',
    ],
    ['Tehran welcomed the offer of talks.', 'Tehran', 'the offer of talks'],
    ['The senator vouched for her former aide.', 'The senator', 'her former aide'],
    ['The senator chided the envoy for his silence.', 'The senator', 'the envoy for his silence'],
    ['The columnist opined that the deal was dead.', 'The columnist', 'that the deal was dead'],
    ['The governor weighed in on the dispute.', 'The governor', 'the dispute'],
    ['Several senators came out against the nominee.', 'Several senators', 'the nominee'],
    ['The mayor threw his support behind the plan.', 'The mayor', 'the plan'],
    ['The bishop spoke out against the new law.', 'The bishop', 'the new law'],
    [
      'The governor looks forward to working with the council.',
      'The governor',
      'working with the council',
    ],
    ['Republicans looked to cut the top tax rate.', 'Republicans', 'cut the top tax rate'],
    [
      'He balked at the changes his aides had asked for.',
      'He',
      'the changes his aides had asked for',
    ],
    ['The Kremlin aims to split the alliance.', 'The Kremlin', 'to split the alliance'],
    [
      'Khamenei doubts that Washington will keep its word.',
      'Khamenei',
      'that Washington will keep its word',
    ],
    [
      'The minister bemoaned the lack of progress in Vienna.',
      'The minister',
      'the lack of progress in Vienna',
    ],
  ])('a verb of stance or intent: %s', (text, source, content) => {
    expect(found(text)).toMatchObject([{ source, content: [content], direct: false }]);
  });

  it('"know" and "support", but not a repute ("known for") nor past the verb of the sentence', () => {
    expect(found('We know that the bureau is investigating the foundation.')).toMatchObject([
      { source: 'We', cue: 'know', content: ['that the bureau is investigating the foundation'] },
    ]);
    expect(found('The group is known for its focus on fulfillment.')).toEqual([]);
    expect(found('Many voters still support the ban on new arrivals.')).toMatchObject([
      { source: 'Many voters', content: ['the ban on new arrivals'] },
    ]);
    expect(
      found('A super PAC supporting the mayor’s campaign, Forward Now, led the spending.')[0],
    ).toMatchObject({ source: 'A super PAC', content: ['the mayor’s campaign'] });
  });

  it('not "named" after the noun it names: "a woman named …"', () => {
    expect(found('A woman named Mary Jones told reporters the car was stolen.')).toMatchObject([
      { source: 'Mary Jones', cue: 'told' },
    ]);
    expect(found('Trump named Pence as his running mate.')).toMatchObject([
      { source: 'Trump', cue: 'named', content: ['Pence as his running mate'] },
    ]);
  });

  it('what another cue introduces goes on past "support"', () => {
    expect(
      found('The senator said the party should not endorse him and instead support his rival.'),
    ).toMatchObject([
      { cue: 'said', content: ['the party should not endorse him and instead support his rival'] },
    ]);
  });

  it('not such a verb in the passive, where no one holds anything', () => {
    expect(found('The factory was pushed into bankruptcy by the sanctions.')).toEqual([]);
  });

  it('a noun of saying before "that": its possessor says it', () => {
    expect(
      found('Voters shrugged off the senator’s assertion that the levy would pay for itself.')[0],
    ).toMatchObject({
      source: 'the senator',
      cue: 'assertion',
      content: ['that the levy would pay for itself'],
    });
  });

  it('a noun of assurance or contention before "that"', () => {
    expect(found('The ministry gave assurances that the plant was safe.')[0]).toMatchObject({
      source: 'The ministry',
      cue: 'assurances',
      content: ['that the plant was safe'],
    });
    expect(found('His contention that the vote was rigged was rejected.')[0]).toMatchObject({
      source: 'His',
      content: ['that the vote was rigged'],
    });
  });

  it('a noun of saying as the object of a verb: the verb’s subject holds it', () => {
    expect(found('The mayor rejected the suggestion that the bridge was unsafe.')[0]).toMatchObject(
      { source: 'The mayor', content: ['that the bridge was unsafe'] },
    );
  });

  it('a noun of saying with a relative "that" is no cue', () => {
    expect(found('The claim that he made was false.')).toEqual([]);
  });

  it('a noun of saying that is the subject: what it says ends before the main verb', () => {
    expect(found('The mayor’s claim that the vote was rigged is false.')[0]).toMatchObject({
      source: 'The mayor',
      content: ['that the vote was rigged'],
    });
  });

  it('a noun before a noun of saying is a modifier, not who holds it', () => {
    expect(found('There are growing health concerns that the virus will spread.')[0]).toMatchObject(
      {
        source: null,
        content: ['that the virus will spread'],
      },
    );
  });

  it('not the same adjective in another sense', () => {
    expect(found('The vote is critical to the effort.')).toEqual([]);
  });
});

describe('cues the tagger takes for nouns', () => {
  it('a participle after a comma read as an adjective', () => {
    expect(
      found('The senator spoke for an hour, promising to cut taxes for families.')[0],
    ).toMatchObject({
      source: 'The senator',
      cue: 'promising',
      content: ['to cut taxes for families'],
    });
    expect(found('It was a promising start for the new coach.')).toEqual([]);
  });

  it('a past tense the lemmatiser leaves as it stands, but not a word that only ends in -ed', () => {
    expect(found('The governor retweeted her statement on the floods.')[0]).toMatchObject({
      source: 'The governor',
      cue: 'retweeted',
    });
    expect(found('Others have gone to seed as they wait for the courts.')).toEqual([]);
  });

  it('a plural subject and a verb without -s', () => {
    expect(found('Federal filings show that the campaign spent $2 million on rent.')).toEqual([
      {
        content: ['that the campaign spent $2 million on rent'],
        source: 'Federal filings',
        cue: 'show',
        direct: false,
      },
    ]);
  });

  it('a cue of several words: "made (it) clear"', () => {
    expect(found('The envoy made it very clear that the talks were over.')).toEqual([
      {
        content: ['that the talks were over'],
        source: 'The envoy',
        cue: 'made it very clear',
        direct: false,
      },
    ]);
  });

  it('a record that shows something, whatever the words between', () => {
    expect(
      found(
        'Surveys in South Carolina show Haley ahead by 12 points. Zoning data show that rents fell.',
      ),
    ).toEqual([
      {
        content: ['Haley ahead by 12 points'],
        source: 'Surveys in South Carolina',
        cue: 'show',
        direct: false,
      },
      { content: ['that rents fell'], source: 'Zoning data', cue: 'show', direct: false },
    ]);
    expect(found('The council spent $3 million on the bridge, county records show.')).toEqual([
      {
        content: ['The council spent $3 million on the bridge'],
        source: 'county records',
        cue: 'show',
        direct: false,
      },
    ]);
  });

  it('a name the tagger reads as an adverb, first in its sentence', () => {
    expect(found('Jolly said he has worked with both parties on the loan bill.')).toEqual([
      {
        content: ['he has worked with both parties on the loan bill'],
        source: 'Jolly',
        cue: 'said',
        direct: false,
      },
    ]);
  });

  it('speaking to someone names who heard, not what was said', () => {
    expect(found('Speaking to reporters in Tehran, the minister left early.')).toEqual([]);
  });
});

describe('not attributions', () => {
  it('a cue verb as the first part of a compound', () => {
    expect(found('Delegates will be sought-after free agents at the convention.')).toEqual([]);
  });

  it('"find" and "finding" without a clause or what something is found to be', () => {
    expect(found('Young graduates often cannot find jobs that pay well.')).toEqual([]);
    expect(found('The mayor is finding a way around the ban.')).toEqual([]);
    expect(found('Many voters find the envoy compelling.')[0]?.content).toEqual([
      'the envoy compelling',
    ]);
    expect(found('The study finds that turnout fell.')[0]?.content).toEqual(['that turnout fell']);
    expect(found('The inquiry found the mayor at fault.')[0]?.source).toBe('The inquiry');
    // A clause without "that" is what was found.
    expect(found('Polls find most voters are still undecided.')[0]?.content).toEqual([
      'most voters are still undecided',
    ]);
    expect(found('New polls find the envoy leading by five points.')[0]?.content).toEqual([
      'the envoy leading by five points',
    ]);
  });

  it.each([
    ['a scare-quoted term', 'The so-called “red line” was never enforced by anyone.'],
    ['a coined term', 'A rising "Khameneist" ideology is spreading among the young.'],
    ['hypothetical speech', 'The ambiguity leaves room to say “I told you so” whatever happens.'],
    ['a passive', 'The plan was endorsed by the cabinet on Sunday.'],
    ['a byline', 'Additional reporting by Ana Ruiz and Tom Bell in Boston.'],
    ['a participle used as an adjective', 'The mayor now has 270 pledged delegates in the race.'],
    ['a turn of phrase', 'That said, a loss in the state would be a sour end to her campaign.'],
    ['an adjective in -ing after "be"', 'His grasp of the budget is worrying.'],
    ['the last part of a compound', 'Value-added taxes weigh on savings and growth.'],
    ['"decline" with no object', 'Despite profits declining and goods piling up, hiring went on.'],
    [
      'a date before a noun of saying',
      'Both died after the Dec. 2 attack that left 14 people dead.',
    ],
    ['a reduced relative clause', 'He stuck to the changes his own aides had asked for.'],
    ['a phrasal verb in its literal sense', 'Thousands of fans came out for the parade.'],
    ['took shots at', 'A gunman took shots at officers from a rooftop.'],
    ['a gerund heading the subject', 'Ignoring the warnings also carries risks.'],
    ['a gerund heading the subject after "but"', 'But criticizing the plan would hurt him.'],
    ['a gerund with a pronoun object heading the subject', 'Criticizing him would hurt the party.'],
    ['sounded off', 'Sirens sounded off across the city as the storm approached.'],
    ['looked to a noun', 'Investors looked to the central bank for guidance as markets fell.'],
    ['spoke out of turn', 'He spoke out of turn during the meeting.'],
    [
      'a name before an appositive whose comma is missing',
      'Jo Park, the spokesman for the county party said in a statement.',
    ],
  ])('%s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});
