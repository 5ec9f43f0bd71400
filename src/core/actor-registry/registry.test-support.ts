import type { IsoDate } from '../partial-date.js';
import type { CountryNames, RegistryActor, RegistryRole } from './registry-actor.js';

/** A few countries, as the gazetteer writes them. */
export const testCountries: CountryNames[] = [
  {
    code: 'USA',
    names: ['United States', 'America', 'US', 'U.S.'],
    adjectives: ['American'],
    capitals: ['Washington'],
    seats: ['the White House'],
  },
  { code: 'IRN', names: ['Iran'], adjectives: ['Iranian'], capitals: ['Tehran'], seats: [] },
  { code: 'ISR', names: ['Israel'], adjectives: ['Israeli'], capitals: ['Jerusalem'], seats: [] },
  {
    code: 'GBR',
    names: ['United Kingdom', 'Britain', 'UK'],
    adjectives: ['British'],
    capitals: ['London'],
    seats: ['Downing Street'],
  },
  { code: 'PRK', names: ['North Korea'], adjectives: ['North Korean'], capitals: [], seats: [] },
  {
    code: 'RUS',
    names: ['Russia'],
    adjectives: ['Russian'],
    capitals: ['Moscow'],
    seats: ['the Kremlin'],
  },
];

const role = (
  title: string,
  country: string | null,
  from: string,
  to: string | null = null,
): RegistryRole => ({
  title,
  country,
  from: from as IsoDate,
  to: to as IsoDate | null,
});

const person = (
  canonicalName: string,
  country: string,
  roles: RegistryRole[],
  aliases: string[] = [],
): RegistryActor => ({ canonicalName, kind: 'person', country, aliases, roles });

/** A small registry with roles that changed hands. */
export const testActors: RegistryActor[] = [
  person(
    'Ali Khamenei',
    'IRN',
    [
      role('president', 'IRN', '1981-10-13', '1989-08-03'),
      role('supreme leader', 'IRN', '1989-06-04'),
    ],
    ['Khamenei', 'Ayatollah Ali Khamenei'],
  ),
  person('Hassan Rouhani', 'IRN', [role('president', 'IRN', '2013-08-03', '2021-08-03')]),
  person('Ebrahim Raisi', 'IRN', [role('president', 'IRN', '2021-08-03', '2024-05-19')], ['Raisi']),
  person('Masoud Pezeshkian', 'IRN', [role('president', 'IRN', '2024-07-28')]),
  person('Abbas Araghchi', 'IRN', [role('foreign minister', 'IRN', '2024-08-21')], ['Araqchi']),
  person(
    'Donald Trump',
    'USA',
    [role('president', 'USA', '2017-01-20', '2021-01-20'), role('president', 'USA', '2025-01-20')],
    ['Trump'],
  ),
  person('Joe Biden', 'USA', [role('president', 'USA', '2021-01-20', '2025-01-20')], ['Biden']),
  person('Marco Rubio', 'USA', [role('secretary of state', 'USA', '2025-01-21')]),
  person('Antony Blinken', 'USA', [role('secretary of state', 'USA', '2021-01-26', '2025-01-20')]),
  person('Karoline Leavitt', 'USA', [role('White House press secretary', 'USA', '2025-01-20')]),
  person(
    'Benjamin Netanyahu',
    'ISR',
    [
      role('prime minister', 'ISR', '2009-03-31', '2021-06-13'),
      role('prime minister', 'ISR', '2022-12-29'),
    ],
    ['Netanyahu', 'Bibi'],
  ),
  person('Naftali Bennett', 'ISR', [role('prime minister', 'ISR', '2021-06-13', '2022-06-30')]),
  person('Yvette Cooper', 'GBR', [role('foreign secretary', 'GBR', '2025-09-05')]),
  person('David Lammy', 'GBR', [role('foreign secretary', 'GBR', '2024-07-05', '2025-09-05')]),
  person('Kim Jong Un', 'PRK', [role('leader', 'PRK', '2011-12')]),
  person('Sergei Lavrov', 'RUS', [role('foreign minister', 'RUS', '2004-03-09')]),
  person('Dmitry Peskov', 'RUS', [role('Kremlin spokesperson', 'RUS', '2012-05')]),
  person('Michel Aoun', 'LBN', [role('president', 'LBN', '2016-10-31', '2022-10-30')]),
  person('Joseph Aoun', 'LBN', [role('president', 'LBN', '2025-01-09')]),
  person(
    'António Guterres',
    'PRT',
    [role('UN secretary-general', null, '2017-01-01')],
    ['Guterres'],
  ),
  person('Mao Ning', 'CHN', [role('foreign ministry spokesperson', 'CHN', '2022')]),
  person('Lin Jian', 'CHN', [role('foreign ministry spokesperson', 'CHN', '2024')]),
  {
    canonicalName: 'United Nations',
    kind: 'organisation',
    country: null,
    aliases: ['UN'],
    roles: [],
  },
];
