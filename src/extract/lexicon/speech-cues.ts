/**
 * Verbs that introduce what someone said, in the forms news text uses. Data, not code: the
 * attribution finder builds its patterns from this list.
 */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'warned', 'warns', 'insisted', 'insists',
  'declared', 'declares', 'stated', 'states', 'wrote', 'writes', 'posted', 'posts', 'asked', 'asks',
  'argued', 'argues', 'explained', 'explains', 'noted', 'notes', 'replied', 'replies', 'continued',
  'vowed', 'vows', 'tweeted', 'announced', 'announces', 'claimed', 'claims', 'stressed', 'stresses',
  'urged', 'urges', 'recalled', 'remarked', 'responded', 'cautioned', 'acknowledged', 'admitted',
  'conceded', 'complained', 'boasted', 'thundered', 'proclaimed', 'repeated', 'reiterated',
  'emphasised', 'emphasized', 'observed', 'suggested', 'predicted', 'promised', 'threatened',
  'countered', 'retorted', 'affirmed', 'confirmed', 'denied', 'shouted', 'chanted', 'added',
];

/** Titles and honorifics that stand before a name and are not part of it. */
export const NAME_TITLES: readonly string[] = [
  'President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'Foreign Minister',
  'Defence Minister', 'Defense Minister', 'Interior Minister', 'Finance Minister', 'Minister',
  'Supreme Leader', 'Ayatollah', 'Grand Ayatollah', 'Hojatoleslam', 'Secretary of State',
  'Defense Secretary', 'Defence Secretary', 'Secretary', 'Secretary-General', 'Secretary General',
  'Special Envoy', 'Envoy', 'Ambassador', 'Chancellor', 'King', 'Queen', 'Prince', 'Crown Prince',
  'Sheikh', 'Emir', 'Sultan', 'Pope', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Governor', 'Gov.',
  'General', 'Gen.', 'Admiral', 'Adm.', 'Colonel', 'Col.', 'Commander', 'Speaker', 'Spokesman',
  'Spokeswoman', 'Spokesperson', 'Director General', 'Director', 'Chairman', 'Chief', 'Judge',
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady', 'Cleric',
];

/** Personal pronouns that can stand for a speaker. */
export const SPEAKER_PRONOUNS: readonly string[] = ['he', 'she', 'they', 'He', 'She', 'They'];
