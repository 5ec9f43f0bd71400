/**
 * The verbs and phrases that introduce what someone said, thought or intends, as data: the
 * attribution finder reads every frame from here, never from scattered conditions.
 *
 * - `object`: the verb usually takes a person before what was said ("told reporters that…").
 * - `particles`: words that belong to the cue when they follow it ("called for", "pointed out",
 *   "made it clear").
 */
export interface CueEntry {
  readonly object?: boolean;
  /**
   * The verb may name whom it addresses before what was said, though it seldom does: a noun
   * phrase before "that" may be that person ("promised the voters that …"), not what was said.
   */
  readonly addressee?: boolean;
  readonly particles?: readonly string[];
  /** The verb is a cue only with one of its particles ("spoke about", not "spoke for an hour"). */
  readonly particleRequired?: boolean;
  /** One-word particles that belong to the cue only before a verb: "looked to cut taxes", not "looked to the Fed". */
  readonly beforeVerb?: readonly string[];
  /** The verb introduces only a quotation beside it ("“…,” he continued"), never reported speech. */
  readonly quoteOnly?: boolean;
  /** Particles that make another verb of it: "show up", "find out" is not "show", "find". */
  readonly notWith?: readonly string[];
  /**
   * The verb is a cue only before "to" or a noun phrase: "declined to comment", "declined the
   * offer", not "profits declining" or "declined sharply".
   */
  readonly needsObject?: boolean;
  /** The verb is a cue only before "that" or "whether": "maintained that …", not "maintained order". */
  readonly needsClause?: boolean;
  /**
   * Forms of the verb that are cues only before "that" or "whether", or before an object and
   * what it is held to be: "I find his message chilling", not "find a job" or "finding a way"
   * (while "polls found" reports a finding).
   */
  readonly framedForms?: readonly string[];
  /**
   * Without its particle, the verb says something only with an object and what it is called
   * ("called him a liar"), not with a name ("a firm called Acme") or alone ("called Sanders").
   */
  readonly predicative?: boolean;
  /** Forms that are no cue: "known" ("known as Bob", "known for his temper") names a repute. */
  readonly notForms?: readonly string[];
  /** Forms that are no cue right after a common noun, which they modify: "a woman named Mary". */
  readonly notAfterNoun?: readonly string[];
  /**
   * A verb of stance more than of saying ("supported the bill"): what another cue introduces
   * goes on past it ("said the group should not endorse him and instead support his rival").
   */
  readonly weak?: boolean;
}

const speech = (lemmas: string, entry: CueEntry = {}): Array<[string, CueEntry]> =>
  lemmas
    .split(/\s+/)
    .filter(Boolean)
    .map((l) => [l, entry]);

/** Lemma → frame. */
export const CUE_VERBS: ReadonlyMap<string, CueEntry> = new Map<string, CueEntry>([
  ...speech(
    `say add state declare announce report note argue claim insist explain suggest tweet post reply
 respond acknowledge admit concede deny confirm reveal predict pledge vow stress emphasize emphasise
 reiterate repeat assert contend mention indicate disclose testify allege recall complain
 boast describe counter retort observe remark comment conclude estimate proclaim cite charge quip joke
 muse caution hint lament question dismiss reject decry denounce blast slam praise
 criticize criticise accuse blame defend endorse propose recommend demand threaten
 shout chant scream whisper murmur thunder fume rail mock tout hail swear
 stipulate specify clarify recount narrate underscore highlight echo insinuate imply
 offer refuse express discuss portray condemn wonder list deem applaud apologize
 apologise voice quote plead outline assail invoke attribute label congratulate disavow speculate
 retweet yell recite dispute deride envision rebut detail unveil interject rebuke liken brag
 characterize characterise reference frame interpret contemplate credit downplay`,
  ),
  ...speech('tell ask warn assure inform remind urge notify convince persuade', {
    object: true,
  }),
  // "promised the voters that …", "wrote the committee that …", "signaled the markets that …".
  ...speech('promise write signal', { addressee: true }),
  ...speech('call', { particles: ['for', 'on', 'upon', 'out'], predicative: true }),
  ...speech('point', { particles: ['out', 'to'] }),
  ...speech('refer', { particles: ['to', 'about', 'of'], particleRequired: true }),
  // "spoke to reporters" names who heard, not what was said.
  ...speech('talk', { particles: ['about', 'of', 'up'], particleRequired: true }),
  // (Not a bare "out": "spoke out of turn".)
  ...speech('speak', {
    particles: ['about', 'of', 'up', 'out against', 'out about', 'out on'],
    particleRequired: true,
  }),
  // (Not "look to" before a noun: "looked to the Fed for guidance".)
  ...speech('look', { particles: ['forward to'], beforeVerb: ['to'], particleRequired: true }),
  ...speech('object', { particles: ['to'], particleRequired: true }),
  ...speech(
    `think believe expect hope fear worry feel suspect assume consider want plan intend seek
 guess reckon prefer agree disagree oppose favor favour`,
  ),
  ...speech(
    `see attack challenge order remember recognize learn press thank understand ignore view
 lay compare`,
  ),
  // Stances and acts that PolNeAR's annotators often count as attributions: each was kept only
  // where its new findings raised both F1@0.5 and exact F1 on PolNeAR train (release, issue,
  // vote, allow, require … found more statements but drew their bounds too loosely).
  ...speech(`push like decide aim embrace welcome encourage realize realise notice reaffirm doubt
 bemoan request protest anticipate wish regret vouch allude approve resist contrast forget
 contradict chide acquiesce lambast affirm demur vent scold foresee posit opine disparage reprimand
 chastise confide query confess belittle fault concur commend exclaim retract castigate`),
  ...speech('balk', { particles: ['at'] }),
  ...speech('know', { notForms: ['known'] }),
  // "A woman named Mary Jones told police …": "named" after a noun is no cue of its own.
  ...speech('support promote', { weak: true }),
  ...speech('name', { weak: true, notAfterNoun: ['named'] }),
  // Phrasal verbs of saying and taking a stand: "weighed in on", "took aim at", "came out against".
  ...speech('weigh', { particles: ['in on', 'in'], particleRequired: true }),
  // (Not a bare "sounded off": "Sirens sounded off across the city".)
  ...speech('sound', { particles: ['off on', 'off about', 'off against'], particleRequired: true }),
  ...speech('open', { particles: ['up about'], particleRequired: true }),
  ...speech('come', {
    // (Not "came out for": "Fans came out for the parade".)
    particles: ['out against', 'out in favor of', 'out in support of'],
    particleRequired: true,
  }),
  ...speech('take', {
    particles: [
      ...['aim at', 'issue with', 'credit for'],
      // (Not "took shots at": "A gunman took shots at officers".)
      ...['a swipe at', 'swipes at', 'a jab at', 'jabs at', 'a dig at'],
    ],
    particleRequired: true,
  }),
  ...speech('pay', { particles: ['tribute to', 'homage to'], particleRequired: true }),
  ...speech('lend', {
    particles: ['support to', 'credence to', 'his support to', 'her support to'],
    particleRequired: true,
  }),
  ...speech('throw', {
    particles: ['his', 'her', 'their', 'its'].flatMap((p) => [
      `${p} support behind`,
      `${p} weight behind`,
    ]),
    particleRequired: true,
  }),
  ...speech('find', { framedForms: ['find', 'finding'] }),
  // "Hundreds showed up", "showed off his plane": phrasal verbs of another sense.
  ...speech('show', { notWith: ['up', 'off'] }),
  // "declined to comment", "declined the offer", not "profits declining".
  ...speech('decline', { needsObject: true }),
  // "maintained that …", "the court ruled that …", not "maintained order", "ruled the country".
  ...speech('maintain rule determine demonstrate', { needsClause: true }),
  ...speech('lash', { particles: ['out'], particleRequired: true }),
  // "made clear that …", "made it very clear: …"; and "make" with a noun of saying: "made the
  // case that …", "made no mention of …", "made comments about …".
  ...speech('make', {
    particles: [
      'clear',
      'it clear',
      'it very clear',
      'very clear',
      'it abundantly clear',
      ...['the case', 'a case', 'the point', 'a point', 'the argument', 'an argument'],
      ...['the claim', 'a claim', 'the observation', 'the suggestion', 'an appeal', 'a plea'],
      ...['no mention of', 'mention of', 'comments', 'remarks', 'a statement', 'statements'],
      'a pitch',
    ],
    particleRequired: true,
  }),
  // "As Professor Foner put it: …"
  ...speech('put', { particles: ['it'], particleRequired: true, quoteOnly: true }),
  ...speech('side spar', { particles: ['with'], particleRequired: true }),
  ...speech('distance', { particles: ['himself', 'herself', 'themselves', 'itself'] }),
  // "…,” the sign read.": what a sign, a banner or a letter reads.
  ...speech('continue read', { quoteOnly: true }),
]);

/**
 * Verbs of saying that may stand before their speaker ("…, said the minister", "…, wrote
 * Goldberg"); others ("…, shows a tie") do not take an inverted subject.
 */
export const INVERTING_CUES: ReadonlySet<string> = new Set(
  `say write add ask tweet explain reply recall declare state report remind tell continue note argue
 insist warn claim observe remark counter quip joke exclaim shout respond post read conclude predict
 caution complain boast acknowledge admit recount concede cheer yell scream chant whisper muse
 retort suggest offer stress emphasize emphasise agree confirm announce assert reiterate lament
 opine posit concur demur`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Verbs that give an impression or an expectation held by no one named: the subject and the
 * infinitive after the verb are together what is held ("The vote seemed to slip away", "The
 * bill is expected to pass"). `passive`: only as a passive participle.
 */
export const RAISING_VERBS: ReadonlyMap<string, { readonly passive: boolean }> = new Map([
  ['seem', { passive: false }],
  ['appear', { passive: false }],
  ['expect', { passive: true }],
  ['believe', { passive: true }],
  ['think', { passive: true }],
  ['say', { passive: true }],
  ['report', { passive: true }],
  ['rumor', { passive: true }],
  ['rumour', { passive: true }],
]);

/**
 * Adjectives of a stance someone holds, with the words that open what they hold: "eager to
 * run", "critical of the deal", "hopeful that talks resume". A cue only with one of them.
 */
export const ATTITUDE_ADJECTIVES: ReadonlyMap<string, readonly string[]> = new Map([
  ['eager', ['to']],
  ['reluctant', ['to']],
  ['critical', ['of']],
  ['supportive', ['of']],
  ['skeptical', ['of', 'about', 'that']],
  ['sceptical', ['of', 'about', 'that']],
  ['wary', ['of', 'about']],
  ['hopeful', ['that', 'about']],
  ['confident', ['that']],
  ['optimistic', ['that', 'about']],
  ['pessimistic', ['that', 'about']],
  ['convinced', ['that']],
  ['aware', ['of', 'that']],
  ['concerned', ['about', 'that']],
  ['angry', ['at', 'about', 'that', 'over']],
  ['furious', ['at', 'about', 'that', 'over']],
  ['proud', ['of', 'that']],
  ['happy', ['to', 'with', 'that']],
  ['pleased', ['with', 'that', 'by']],
  ['excited', ['about', 'by']],
  ['nervous', ['about']],
  ['adamant', ['that']],
  ['sure', ['that']],
  ['open', ['to']],
  ['mindful', ['of']],
]);

/**
 * Nouns of saying and thinking whose "that" opens what is said or thought: "her assertion that
 * the vote was rigged", "concerns that the plan will fail".
 */
export const STANCE_NOUNS: ReadonlySet<string> = new Set(
  `assertion suggestion insistence belief assumption warning warnings complaint
 complaints claim claims allegation allegations concern concerns doubt doubts fear fears
 hope hopes assurance assurances speculation charge charges argument contention admission
 acknowledgment rumor rumors worry worries`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Nouns of saying or acting on a view that take what was said after a preposition, with the
 * speaker as their possessor: "his attacks on billionaires", "her criticism of the vote",
 * "Obama's calls for tighter gun control", "his promise to cut taxes". Only these of the many
 * such nouns: a possessed "plan to", "support for" or "decision to" is PolNeAR's attribution
 * less often than not.
 */
export const POSSESSED_CUE_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['attacks', ['on', 'against']],
  ['attack', ['on', 'against']],
  ['criticism', ['of']],
  ['criticisms', ['of']],
  ['endorsement', ['of']],
  ['call', ['for', 'to']],
  ['calls', ['for', 'to']],
  ['promise', ['to']],
  ['promises', ['to']],
  ['pledge', ['to']],
  ['hopes', ['to']],
  ['proposal', ['for']],
]);

/** Nouns of documents that speak for their authors: "In a statement, …", "In the poll, …". */
export const SOURCE_DOCUMENTS: ReadonlySet<string> = new Set(
  `poll survey statement interview speech sermon tweet post letter memo report study op-ed editorial
 column essay ad advertisement video message email interview testimony filing complaint lawsuit
 ruling opinion remarks address book order`
    .split(/\s+/)
    .filter(Boolean),
);

/** Records and counts that show what their authors found: "polls show", "FEC records show". */
export const EVIDENCE_NOUNS: ReadonlySet<string> = new Set(
  `poll survey record data result figure number study document filing statistic estimate report
 analysis count tally projection finding`
    .split(/\s+/)
    .filter(Boolean),
);

/** The verbs through which such records speak, which the tagger may read as nouns ("show"). */
export const EVIDENCE_VERBS: ReadonlySet<string> = new Set(['show', 'find', 'suggest', 'indicate']);

/** Words that may stand between a subject and its cue verb ("has also said", "did not say"). */
export const BETWEEN_SUBJECT_AND_CUE: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'also',
  'was',
  'is',
  'are',
  'were',
  'will',
  'would',
  'did',
  'does',
  'do',
  'not',
  'could',
  'should',
  'can',
  'may',
  'might',
  'then',
  'later',
  'repeatedly',
  'previously',
  'often',
  'never',
  'publicly',
  'recently',
  'already',
  'just',
  'still',
  'again',
  'first',
  'once',
  'reportedly',
  'privately',
  'flatly',
  'openly',
  'long',
  'always',
  'frequently',
  'quickly',
  'immediately',
  'further',
  'even',
  'n’t',
  "n't",
  'only',
  'explicitly',
  'clearly',
  'strongly',
  'separately',
  'earlier',
  'initially',
  'finally',
  'simply',
  'since',
]);

/** Verbs that tag a quote standing in a sentence of its own before them: "“…” Trump said." */
export const TAGGING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'add',
  'tell',
  'write',
  'tweet',
  'declare',
  'insist',
]);

/** Participles that describe a speaker by a phrase after them: "known as Bob", "based in Geneva". */
export const DESCRIBING_PARTICIPLES: ReadonlySet<string> = new Set([
  'known',
  'based',
  'identified',
  'described',
  'stationed',
  'elected',
  'appointed',
  'employed',
]);

/** Participles that continue the previous clause's speaker: ", adding that…". */
export const CONTINUING_PARTICIPLES: ReadonlySet<string> = new Set([
  'saying',
  'adding',
  'arguing',
  'noting',
  'calling',
  'telling',
  'explaining',
  'insisting',
  'warning',
  'suggesting',
  'claiming',
  'asking',
  'declaring',
  'stressing',
  'describing',
  'accusing',
  'urging',
  'recalling',
  'citing',
  'writing',
  'stating',
  'acknowledging',
  'vowing',
  'promising',
  'predicting',
]);

/** Words of time that stand next to a cue ("Trump on Wednesday said", "said yesterday"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'yesterday',
  'today',
  'tonight',
  'earlier',
  'later',
  'recently',
  'week',
  'month',
  'year',
  'morning',
  'evening',
  'afternoon',
  'night',
]);
