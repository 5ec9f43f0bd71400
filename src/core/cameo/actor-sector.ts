/**
 * The part of society an event's actor belongs to: a small closed set that both GDELT's CAMEO
 * actor type codes (GOV, MIL, REB…) and ICEWS's sector names ("Executive", "Military"…) map to.
 */
export const ActorSector = {
  Government: 'government',
  Military: 'military',
  Police: 'police',
  Intelligence: 'intelligence',
  Judiciary: 'judiciary',
  Legislature: 'legislature',
  Opposition: 'opposition',
  Rebels: 'rebels',
  Civilian: 'civilian',
  Business: 'business',
  Media: 'media',
  Ngo: 'ngo',
  Igo: 'igo',
  Religious: 'religious',
  Criminal: 'criminal',
  Education: 'education',
  Health: 'health',
  Labor: 'labor',
  Elite: 'elite',
} as const;
export type ActorSector = (typeof ActorSector)[keyof typeof ActorSector];

const SECTORS = new Set<string>(Object.values(ActorSector));
export const isActorSector = (value: string): value is ActorSector => SECTORS.has(value);

const S = ActorSector;

/** CAMEO's actor type codes (domestic roles, then international and non-state kinds). */
const CAMEO_TYPE_SECTOR: ReadonlyMap<string, ActorSector> = new Map([
  ['GOV', S.Government],
  ['UIS', S.Government],
  ['MIL', S.Military],
  ['COP', S.Police],
  ['SPY', S.Intelligence],
  ['JUD', S.Judiciary],
  ['LEG', S.Legislature],
  ['OPP', S.Opposition],
  ['REB', S.Rebels],
  ['INS', S.Rebels],
  ['SEP', S.Rebels],
  ['UAF', S.Rebels],
  ['IMG', S.Rebels],
  ['CVL', S.Civilian],
  ['REF', S.Civilian],
  ['BUS', S.Business],
  ['MNC', S.Business],
  ['AGR', S.Business],
  ['MED', S.Media],
  ['NGO', S.Ngo],
  ['NGM', S.Ngo],
  ['HRI', S.Ngo],
  ['AMN', S.Ngo],
  ['IRC', S.Ngo],
  ['GRP', S.Ngo],
  ['ENV', S.Ngo],
  ['DEV', S.Ngo],
  ['IGO', S.Igo],
  ['UNO', S.Igo],
  ['PKO', S.Igo],
  ['CRM', S.Criminal],
  ['EDU', S.Education],
  ['HLH', S.Health],
  ['LAB', S.Labor],
  ['ELI', S.Elite],
]);

/**
 * The sector of a CAMEO actor from its type codes, most important first (GDELT's Type1, Type2,
 * Type3): the first code that names a sector. Orientation codes such as MOD and RAD name none.
 * @example sectorOfCameoTypes(['', 'MIL']) // 'military'
 */
export const sectorOfCameoTypes = (codes: readonly string[]): ActorSector | null => {
  for (const code of codes) {
    const sector = code ? CAMEO_TYPE_SECTOR.get(code) : undefined;
    if (sector) return sector;
  }
  return null;
};

/**
 * ICEWS sector names, by the words they use; the first rule that matches a name wins. IGOs are
 * IGOs whatever their field; ministries are government, except defence (military) and
 * intelligence; a party "out of government" is opposition. Party labels, ideologies and ethnic
 * groups ("Center Right", "(National) Major Party", "Kurd (Ethnic Group)") name no sector.
 */
const ICEWS_RULES: ReadonlyArray<readonly [RegExp, ActorSector]> = [
  [/\bigos?\b|international government organi[sz]ation/, S.Igo],
  [/militar|army|navy|air force|marines|armed forces|defen[cs]e|special forces/, S.Military],
  [/police|law enforcement|border guard/, S.Police],
  [/intelligence|secret service/, S.Intelligence],
  [/ministry/, S.Government],
  [/judicia|court|legal|prosecut/, S.Judiciary],
  [/legislat|parliament|upper house|lower house|unicameral|congress|senate/, S.Legislature],
  [
    /insurgen|rebel|separatist|militia|terror|unidentified forces|paramilitar|organized violent/,
    S.Rebels,
  ],
  [/criminal|gang|smuggl|traffick|narco/, S.Criminal],
  [/\bngos?\b|nongovernmental|non-governmental|activist|human rights/, S.Ngo],
  [/media|news|journalis|broadcast|entertainment/, S.Media],
  [
    /relig|muslim|islam|sunni|shi'?a|christian|catholic|protestant|orthodox|hindu|buddhis|jew|shinto|clergy/,
    S.Religious,
  ],
  [/educat|universit|school|student|academ/, S.Education],
  [/health|medical|hospital/, S.Health],
  [/labou?r|trade union|worker/, S.Labor],
  [/opposition|dissident|protest/, S.Opposition],
  [/executive|cabinet|government|local|provincial|municipal/, S.Government],
  [/business|corporat|enterprise|industr|agricult|commerc|financ|bank/, S.Business],
  [/elite/, S.Elite],
  [/civilian|general population|social|refugee|citizen/, S.Civilian],
];

/** When an ICEWS actor has several sectors, the most specific wins: a military officer in government is military. */
const PRIORITY: readonly ActorSector[] = [
  S.Military,
  S.Police,
  S.Intelligence,
  S.Judiciary,
  S.Legislature,
  S.Rebels,
  S.Criminal,
  S.Igo,
  S.Ngo,
  S.Media,
  S.Religious,
  S.Education,
  S.Health,
  S.Labor,
  S.Business,
  S.Opposition,
  S.Government,
  S.Elite,
  S.Civilian,
];
const RANK = new Map(PRIORITY.map((s, i) => [s, i]));

const sectorOfIcewsName = (name: string): ActorSector | null => {
  const lower = name.toLowerCase();
  for (const [pattern, sector] of ICEWS_RULES) if (pattern.test(lower)) return sector;
  return null;
};

/**
 * The sector of an ICEWS actor from its "Sectors" field: comma-separated sector names, or empty
 * or `NA`. The most specific sector named wins.
 * @example sectorOfIcewsSectors('Military,Government') // 'military'
 * @example sectorOfIcewsSectors('Executive,Foreign Ministry,Government') // 'government'
 */
export const sectorOfIcewsSectors = (field: string): ActorSector | null => {
  let best: ActorSector | null = null;
  for (const name of field.split(',')) {
    const sector = sectorOfIcewsName(name);
    if (sector && (best === null || (RANK.get(sector) ?? 99) < (RANK.get(best) ?? 99)))
      best = sector;
  }
  return best;
};
