/**
 * Synthetic GDELT 2.0 event rows in the exact layout (61 tab-separated columns, no header), made
 * up for the import benchmark: deterministic, with actors, codes and dates that vary like the
 * real files' do.
 */
const ACTORS = [
  ['USAGOV', 'UNITED STATES', 'USA', 'GOV'],
  ['IRNGOV', 'IRAN', 'IRN', 'GOV'],
  ['IRNMIL', 'IRANIAN', 'IRN', 'MIL'],
  ['ISR', 'ISRAEL', 'ISR', ''],
  ['RUSGOV', 'MOSCOW', 'RUS', 'GOV'],
  ['CHN', 'CHINA', 'CHN', ''],
  ['GBRMED', 'BRITISH', 'GBR', 'MED'],
  ['SAUBUS', 'SAUDI ARABIA', 'SAU', 'BUS'],
  ['CVL', 'CITIZEN', '', 'CVL'],
  ['REB', 'REBEL', '', 'REB'],
] as const;
const CODES = [
  '010',
  '020',
  '036',
  '040',
  '042',
  '043',
  '051',
  '057',
  '112',
  '1121',
  '120',
  '125',
  '130',
  '138',
  '1384',
  '145',
  '173',
  '190',
  '193',
];

/** CAMEO's quadrant of a code, by its root: 01–05, 06–08, 09–13, 14–20. */
const quadOf = (code: string): number => {
  const root = Number(code.slice(0, 2));
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
};

/** Row `i` of a synthetic GDELT 2.0 file, without its line break. */
export const syntheticGdeltRow = (i: number): string => {
  const a1 = ACTORS[i % ACTORS.length] ?? ACTORS[0];
  const a2 = ACTORS[(i * 7 + 3) % ACTORS.length] ?? ACTORS[1];
  const code = CODES[(i * 13) % CODES.length] ?? '010';
  const day = 1 + ((i >> 12) % 28);
  const sqlDate = `202601${String(day).padStart(2, '0')}`;
  const f: string[] = new Array<string>(61).fill('');
  f[0] = String(1_200_000_000 + i);
  f[1] = sqlDate;
  f[2] = sqlDate.slice(0, 6);
  f[3] = sqlDate.slice(0, 4);
  f[4] = (2026 + day / 365).toFixed(4);
  [f[5], f[6], f[7], f[12]] = a1;
  [f[15], f[16], f[17], f[22]] = a2;
  f[25] = String(i % 2);
  f[26] = code;
  f[27] = code.slice(0, 3);
  f[28] = code.slice(0, 2);
  f[29] = String(quadOf(code));
  f[30] = (((i * 37) % 200) / 10 - 10).toFixed(1);
  f[31] = String(1 + (i % 9));
  f[32] = '1';
  f[33] = String(1 + (i % 9));
  f[34] = (((i * 17) % 2000) / 100 - 10).toFixed(6);
  for (const base of [35, 43, 51]) {
    f[base] = '4';
    f[base + 1] = 'Tehran, Tehran, Iran';
    f[base + 2] = 'IR';
    f[base + 3] = 'IR26';
    f[base + 4] = '';
    f[base + 5] = '35.75';
    f[base + 6] = '51.5148';
    f[base + 7] = '-3116301';
  }
  f[59] = `${sqlDate}154500`;
  f[60] = `https://news.example.org/2026/01/${day}/story-${i}.html`;
  return f.join('\t');
};
