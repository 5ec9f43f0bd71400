import { PloverType } from './plover-type.js';

/**
 * Every CAMEO event code (codebook 0.7b5, with the ICEWS additions), grouped by the PLOVER type
 * it becomes. The grouping follows the CAMEO→PLOVER conversion table of the PLOVER manual
 * (draft 0.8, September 2021), including its moves across CAMEO roots: 0813 and 0814 are a
 * RETREAT, 163 a COERCE, 1712, 175 and 201 an ASSAULT, 191 and 192 a COERCE.
 *
 * CAMEO 01 (public statements: comments, denials, symbolic acts) and 02 (appeals) are not in that
 * table: PLOVER drops them. Their codes are CAMEO codes all the same (GDELT and ICEWS are full
 * of them), so they are known here and map to null. 1951 and 1952 (kinds of aerial weapons)
 * take the type of 195.
 */
const CODES: ReadonlyArray<readonly [PloverType | null, string]> = [
  [
    null,
    '010 011 012 013 014 015 016 017 018 019 ' +
      '020 021 0211 0212 0213 0214 022 023 0231 0232 0233 0234 024 0241 0242 0243 0244 ' +
      '025 0251 0252 0253 0254 0255 0256 026 027 028',
  ],
  [
    PloverType.Request,
    '100 101 1011 1012 1013 1014 102 103 1031 1032 1033 1034 104 1041 1042 1043 1044 ' +
      '105 1051 1052 1053 1054 1055 1056 106 107 108',
  ],
  [
    PloverType.Agree,
    '030 031 0311 0312 0313 0314 032 033 0331 0332 0333 0334 034 0341 0342 0343 0344 ' +
      '035 0351 0352 0353 0354 0355 0356 036 037 038 039',
  ],
  [PloverType.Consult, '040 041 042 043 044 045 046'],
  [PloverType.Support, '050 051 052 053 054 055 056 057'],
  [PloverType.Cooperate, '060 061 062 063 064'],
  [PloverType.Aid, '070 071 072 073 074 075'],
  [PloverType.Concede, '080 081 0811 0812 082 083 0831 0832 0833 0834'],
  [PloverType.Retreat, '0813 0814 084 0841 0842 085 086 0861 0862 0863 087 0871 0872 0873 0874'],
  [PloverType.Accuse, '090 091 092 093 094 110 111 112 1121 1122 1123 1124 1125 113 114 115 116'],
  [
    PloverType.Reject,
    '120 121 1211 1212 1213 1214 122 1221 1222 1223 1224 123 1231 1232 1233 1234 ' +
      '124 1241 1242 1243 1244 1245 1246 125 126 127 128 129',
  ],
  [
    PloverType.Threaten,
    '130 131 1311 1312 1313 132 1321 1322 1323 1324 133 134 135 136 137 138 ' +
      '1381 1382 1383 1384 1385 139',
  ],
  [
    PloverType.Protest,
    '140 141 1411 1412 1413 1414 142 1421 1422 1423 1424 143 1431 1432 1433 1434 ' +
      '144 1441 1442 1443 1444 145 1451 1452 1453 1454',
  ],
  [PloverType.Mobilize, '150 151 152 153 154'],
  [PloverType.Sanction, '160 161 162 1621 1622 1623 164 165 166 1661 1662 1663'],
  [PloverType.Coerce, '163 170 171 1711 172 1721 1722 1723 1724 173 174 191 192'],
  [
    PloverType.Assault,
    '1712 175 180 181 182 1821 1822 1823 183 1831 1832 1833 184 185 186 ' +
      '190 193 194 195 1951 1952 196 200 201 202 203 204 2041 2042',
  ],
];

const TYPE_OF_CODE: ReadonlyMap<string, PloverType | null> = new Map(
  CODES.flatMap(([type, codes]) => codes.split(' ').map((code) => [code, type] as const)),
);

/** A root code ("13") stands for its category's general code ("130"). */
const fullCode = (code: string): string => (code.length === 2 ? `${code}0` : code);

/**
 * Whether a string is a CAMEO event code: a code of the codebook ("0211", "138"), or a root
 * category "01"…"20". Leading zeros matter: "40" is not "040".
 * @example isCameoCode('1384') // true
 * @example isCameoCode('211') // false
 */
export const isCameoCode = (code: string): boolean => TYPE_OF_CODE.has(fullCode(code));

/**
 * The PLOVER type of a CAMEO event code; null for public statements and appeals (CAMEO 01 and
 * 02), which PLOVER drops, and for strings that are not CAMEO codes (check with `isCameoCode`).
 * @example ploverTypeOfCameo('138') // 'THREATEN'
 * @example ploverTypeOfCameo('0874') // 'RETREAT'
 */
export const ploverTypeOfCameo = (code: string): PloverType | null =>
  TYPE_OF_CODE.get(fullCode(code)) ?? null;
