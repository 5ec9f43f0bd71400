import { normaliseName } from '../actor.js';

/**
 * Short forms of the international bodies and armed organisations whose offices are written
 * with the body in the title: "Secretary-General of the United Nations" → "un secretary general".
 */
const BODIES: ReadonlyArray<readonly [string, string]> = [
  ['united nations general assembly', 'un general assembly'],
  ['united nations', 'un'],
  ['international atomic energy agency', 'iaea'],
  ['north atlantic treaty organization', 'nato'],
  ['north atlantic treaty organisation', 'nato'],
  ['european union', 'eu'],
  ['islamic revolutionary guard corps', 'irgc'],
  ['islamic revolutionary guards corps', 'irgc'],
  ['revolutionary guard corps', 'irgc'],
  ['revolutionary guards', 'irgc'],
  ['revolutionary guard', 'irgc'],
  ['hezbollah', 'hezbollah'],
  ['hizbollah', 'hezbollah'],
  ['hizballah', 'hezbollah'],
  ['hamas', 'hamas'],
  ['houthis', 'houthi'],
  ['houthi', 'houthi'],
  ['ansar allah', 'houthi'],
  ['idf', 'idf'],
  ['israel defense forces', 'idf'],
  ['mossad', 'mossad'],
  ['cia', 'cia'],
  ['quds force', 'quds force'],
];

/** Other ways news writes a title, by the key of the title the registry uses. */
const SYNONYMS: Readonly<Record<string, string>> = {
  // Foreign affairs.
  'minister of foreign affairs': 'foreign minister',
  'minister for foreign affairs': 'foreign minister',
  'foreign affairs minister': 'foreign minister',
  'external affairs minister': 'foreign minister',
  'minister of external affairs': 'foreign minister',
  'top diplomat': 'foreign minister',
  'chief diplomat': 'foreign minister',
  'secretary of state for foreign commonwealth and development affairs': 'foreign secretary',
  'secretary of state for foreign and commonwealth affairs': 'foreign secretary',
  'secretary of state for foreign affairs': 'foreign secretary',
  'foreign ministry spokesman': 'foreign ministry spokesperson',
  'foreign ministry spokeswoman': 'foreign ministry spokesperson',
  'spokesperson of the foreign ministry': 'foreign ministry spokesperson',
  'spokesman of the foreign ministry': 'foreign ministry spokesperson',
  'spokeswoman of the foreign ministry': 'foreign ministry spokesperson',
  'spokesperson for the foreign ministry': 'foreign ministry spokesperson',
  'spokesman for the foreign ministry': 'foreign ministry spokesperson',
  'spokeswoman for the foreign ministry': 'foreign ministry spokesperson',
  // Defence.
  'defense minister': 'defence minister',
  'minister of defence': 'defence minister',
  'minister of defense': 'defence minister',
  'minister for defence': 'defence minister',
  'minister of national defense': 'defence minister',
  'minister of national defence': 'defence minister',
  'armed forces minister': 'defence minister',
  'minister of the armed forces': 'defence minister',
  'defense secretary': 'secretary of defense',
  'secretary of war': 'secretary of defense',
  'war secretary': 'secretary of defense',
  'pentagon chief': 'secretary of defense',
  'secretary of state for defence': 'defence secretary',
  // Heads of state and government.
  pm: 'prime minister',
  'head of government': 'prime minister',
  'leader of the islamic revolution': 'supreme leader',
  'chief of army staff': 'army chief',
  'army chief of staff': 'army chief',
  'national security advisor': 'national security adviser',
  'white house spokesperson': 'white house press secretary',
  'white house spokeswoman': 'white house press secretary',
  'white house spokesman': 'white house press secretary',
  'kremlin spokesman': 'kremlin spokesperson',
  'kremlin spokeswoman': 'kremlin spokesperson',
  'speaker of parliament': 'parliament speaker',
  'parliamentary speaker': 'parliament speaker',
  'speaker of the parliament': 'parliament speaker',
  'judiciary chief': 'head of the judiciary',
  'armed forces chief of staff': 'chief of staff of the armed forces',
  'military chief of staff': 'chief of staff of the armed forces',
  'chief justice': 'head of the judiciary',
  'nuclear chief': 'head of the atomic energy organization',
  'atomic energy chief': 'head of the atomic energy organization',
  // International bodies, after their names are shortened.
  'un chief': 'un secretary general',
  'un spokesman': 'un spokesperson',
  'un spokeswoman': 'un spokesperson',
  'iaea chief': 'iaea director general',
  'iaea head': 'iaea director general',
  'nato chief': 'nato secretary general',
  'nato head': 'nato secretary general',
  'eu foreign policy chief': 'eu high representative',
  'eu high representative for foreign affairs and security policy': 'eu high representative',
  'eu commission president': 'european commission president',
  'president of the european commission': 'european commission president',
  'president of the european council': 'european council president',
  'hezbollah leader': 'hezbollah secretary general',
  'hezbollah chief': 'hezbollah secretary general',
  'hamas political chief': 'hamas political bureau chief',
  'hamas political leader': 'hamas political bureau chief',
  'head of the hamas political bureau': 'hamas political bureau chief',
  'hamas political bureau head': 'hamas political bureau chief',
  'irgc chief': 'irgc commander in chief',
  'irgc commander': 'irgc commander in chief',
  'irgc head': 'irgc commander in chief',
  'head of the irgc': 'irgc commander in chief',
  'quds force chief': 'quds force commander',
  'houthi chief': 'houthi leader',
  'idf chief': 'idf chief of staff',
  'mossad chief': 'mossad director',
  'mossad head': 'mossad director',
  'cia chief': 'cia director',
};

/**
 * Titles that name the same office in different countries; a role looked up in one country
 * under a title it does not use is looked up under the others ("the British foreign minister"
 * is the foreign secretary, "Iran's leader" the supreme leader).
 */
const EQUIVALENT_TITLES: ReadonlyArray<readonly string[]> = [
  ['foreign minister', 'foreign secretary', 'secretary of state'],
  ['defence minister', 'defence secretary', 'secretary of defense'],
  ['prime minister', 'premier'],
  ['supreme leader', 'leader'],
  ['king', 'queen', 'monarch'],
  ['army chief', 'idf chief of staff', 'military chief'],
];

/**
 * Offices held by one person at a time: two people holding one of them in one country on the
 * same day, beyond a handover, is a mistake in the data.
 */
export const SOLE_HOLDER_TITLES: ReadonlySet<string> = new Set([
  'president',
  'acting president',
  'prime minister',
  'premier',
  'chancellor',
  'supreme leader',
  'leader',
  'king',
  'queen',
  'emir',
  'sultan',
  'emperor',
  'crown prince',
  'first vice president',
  'vice president',
  'foreign minister',
  'foreign secretary',
  'secretary of state',
  'defence minister',
  'defence secretary',
  'secretary of defense',
  'national security adviser',
  'un secretary general',
  'iaea director general',
  'nato secretary general',
  'eu high representative',
  'european commission president',
  'european council president',
  'hezbollah secretary general',
  'irgc commander in chief',
]);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BODY_PATTERN = new RegExp(
  `\\b(?:the )?(${BODIES.map(([long]) => escape(long)).join('|')})\\b`,
  'g',
);
const BODY_SHORT = new Map(BODIES);
const BODY_LAST = new RegExp(
  ` (?:of|for|to) (?:the )?(${[...new Set(BODIES.map(([, short]) => escape(short)))].join('|')})$`,
);

/**
 * The key under which role titles are compared: normalised like names, international bodies
 * shortened and moved to the front, and synonyms replaced by the title the registry uses.
 * @example roleTitleKey('Secretary-General of the United Nations') // 'un secretary general'
 * @example roleTitleKey('Minister of Foreign Affairs') // 'foreign minister'
 */
export const roleTitleKey = (title: string): string => {
  let key = normaliseName(title)
    .replace(/^the /, '')
    .replace(BODY_PATTERN, (_, long: string) => BODY_SHORT.get(long) ?? long);
  // "secretary general of un" → "un secretary general", "ambassador to un" → "un ambassador"
  const of = BODY_LAST.exec(key);
  if (of?.[1]) key = `${of[1]} ${key.slice(0, of.index)}`;
  return SYNONYMS[key] ?? key;
};

/** The title keys that name the same office as this one, itself first. */
export const equivalentTitleKeys = (key: string): readonly string[] => {
  const group = EQUIVALENT_TITLES.find((g) => g.includes(key));
  return group ? [key, ...group.filter((k) => k !== key)] : [key];
};
