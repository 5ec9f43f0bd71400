/**
 * The sixteen event types of PLOVER (Political Language Ontology for Verifiable Event Records),
 * the successor of CAMEO's twenty root categories. Values are the upper-case names PLOVER uses.
 */
export const PloverType = {
  Agree: 'AGREE',
  Consult: 'CONSULT',
  Support: 'SUPPORT',
  Cooperate: 'COOPERATE',
  Aid: 'AID',
  Concede: 'CONCEDE',
  Retreat: 'RETREAT',
  Request: 'REQUEST',
  Accuse: 'ACCUSE',
  Reject: 'REJECT',
  Threaten: 'THREATEN',
  Protest: 'PROTEST',
  Mobilize: 'MOBILIZE',
  Sanction: 'SANCTION',
  Coerce: 'COERCE',
  Assault: 'ASSAULT',
} as const;
export type PloverType = (typeof PloverType)[keyof typeof PloverType];

export const PLOVER_TYPES: readonly PloverType[] = Object.values(PloverType);

/** What each type covers, in a phrase an analyst can scan. */
export const PLOVER_TYPE_GLOSS: Readonly<Record<PloverType, string>> = {
  AGREE: 'promises or agrees to do something cooperative',
  CONSULT: 'meets, calls, visits or negotiates',
  SUPPORT: 'praises, defends, recognises or signs with',
  COOPERATE: 'works together in practice (economic, military, legal, intelligence)',
  AID: 'gives economic, military or humanitarian aid, protection or asylum',
  CONCEDE: 'yields to a demand: eases restrictions, accepts reform',
  RETREAT: 'backs off: releases, lifts sanctions, lets others in, de-escalates',
  REQUEST: 'asks, appeals for or demands something',
  ACCUSE: 'criticises, accuses, complains, sues or investigates',
  REJECT: 'refuses a request, proposal, mediation or norm',
  THREATEN: 'threatens sanctions, restrictions, force or gives an ultimatum',
  PROTEST: 'demonstrates, strikes, boycotts, blocks or riots',
  MOBILIZE: 'raises the alert or the strength of police or armed forces',
  SANCTION: 'cuts relations or aid, halts talks, expels',
  COERCE: 'seizes, restricts, arrests, deports, blockades or occupies',
  ASSAULT: 'uses violence, from beatings to armed attack and mass killing',
};

const BY_NAME = new Map(PLOVER_TYPES.map((t) => [t, t]));

/**
 * Reads a PLOVER type name in any case, or returns null when it is not one.
 * @example ploverTypeFrom('threaten') // 'THREATEN'
 */
export const ploverTypeFrom = (value: string): PloverType | null =>
  BY_NAME.get(value.trim().toUpperCase() as PloverType) ?? null;

export const isPloverType = (value: string): value is PloverType =>
  BY_NAME.has(value as PloverType);
