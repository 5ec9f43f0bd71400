/**
 * CAMEO country codes are ISO 3166 alpha-3 codes, with a few older or local ones and codes for
 * regions. These are the ones that differ: the older codes map to today's ISO code, the regions
 * (and the West Bank and Gaza, which ISO counts as one territory) as below.
 */
const CAMEO_TO_ISO: ReadonlyMap<string, string> = new Map([
  ['ROM', 'ROU'], // Romania
  ['ZAR', 'COD'], // Zaire: the Democratic Republic of the Congo
  ['TMP', 'TLS'], // East Timor
  ['WSB', 'PSE'], // West Bank
  ['GZS', 'PSE'], // Gaza Strip
  ['KSV', 'XKX'], // Kosovo (XKX is the code in common use; ISO has assigned none)
]);

/** CAMEO's regional codes: "Africa", "the West", "the Persian Gulf"… not countries. */
const REGIONS: ReadonlySet<string> = new Set([
  'AFR',
  'ASA',
  'BLK',
  'CRB',
  'CAU',
  'CFR',
  'CAS',
  'CEU',
  'EIN',
  'EAF',
  'EEU',
  'EUR',
  'LAM',
  'MEA',
  'MDT',
  'NAF',
  'NMR',
  'PGS',
  'SCN',
  'SAM',
  'SAS',
  'SEA',
  'SAF',
  'WAF',
  'WST',
  'WEU',
]);

/**
 * The ISO 3166 alpha-3 code of a CAMEO country code, or null for a region, an empty field or
 * anything that is not a three-letter code.
 * @example iso3OfCameoCountry('IRN') // 'IRN'
 * @example iso3OfCameoCountry('ROM') // 'ROU'
 * @example iso3OfCameoCountry('MEA') // null
 */
export const iso3OfCameoCountry = (code: string): string | null => {
  if (code.length !== 3 || !/^[A-Z]{3}$/.test(code) || REGIONS.has(code)) return null;
  return CAMEO_TO_ISO.get(code) ?? code;
};
