import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../partial-date.js';
import { createActorDirectory } from './actor-directory.js';
import { testActors, testCountries } from './registry.test-support.js';

const directory = createActorDirectory(testActors, testCountries);
const d = (date: string) => date as IsoDate;
const nameOf = (actor: { canonicalName: string } | null) => actor?.canonicalName ?? null;

describe('byRole', () => {
  it('finds who held an office on a date, as it changed hands', () => {
    expect(nameOf(directory.byRole('president', 'IRN', d('2023-05-01')))).toBe('Ebrahim Raisi');
    expect(nameOf(directory.byRole('president', 'IRN', d('2025-03-01')))).toBe('Masoud Pezeshkian');
    expect(nameOf(directory.byRole('president', 'IRN', d('2019-01-01')))).toBe('Hassan Rouhani');
    expect(nameOf(directory.byRole('president', 'USA', d('2020-06-01')))).toBe('Donald Trump');
    expect(nameOf(directory.byRole('president', 'USA', d('2022-06-01')))).toBe('Joe Biden');
    expect(nameOf(directory.byRole('president', 'USA', d('2026-02-07')))).toBe('Donald Trump');
  });

  it('gives the current holder when no date is given', () => {
    expect(nameOf(directory.byRole('president', 'IRN', null))).toBe('Masoud Pezeshkian');
    expect(nameOf(directory.byRole('supreme leader', 'IRN', null))).toBe('Ali Khamenei');
  });

  it('takes the incoming holder on the day of a handover', () => {
    expect(nameOf(directory.byRole('president', 'USA', d('2021-01-20')))).toBe('Joe Biden');
    expect(nameOf(directory.byRole('president', 'USA', d('2025-01-20')))).toBe('Donald Trump');
    expect(nameOf(directory.byRole('president', 'USA', d('2025-01-19')))).toBe('Joe Biden');
  });

  it('finds nobody in a vacancy, and nobody when a coarse date spans two holders', () => {
    expect(directory.byRole('president', 'IRN', d('2024-06-15'))).toBeNull();
    expect(directory.byRole('president', 'IRN', d('2024'))).toBeNull();
    expect(nameOf(directory.byRole('president', 'IRN', d('2022')))).toBe('Ebrahim Raisi');
    expect(directory.byRole('president', 'LBN', d('2023-06-01'))).toBeNull();
  });

  it('reads titles loosely and across countries that name an office differently', () => {
    expect(nameOf(directory.byRole('Minister of Foreign Affairs', 'IRN', null))).toBe(
      'Abbas Araghchi',
    );
    expect(nameOf(directory.byRole('foreign minister', 'USA', d('2025-06-01')))).toBe(
      'Marco Rubio',
    );
    expect(nameOf(directory.byRole('foreign minister', 'GBR', d('2025-01-01')))).toBe(
      'David Lammy',
    );
    expect(nameOf(directory.byRole('Secretary-General of the United Nations', null, null))).toBe(
      'António Guterres',
    );
  });

  it('needs a country unless one country alone has the title', () => {
    expect(nameOf(directory.byRole('supreme leader', null, d('2026-02-07')))).toBe('Ali Khamenei');
    expect(directory.byRole('president', null, d('2026-02-07'))).toBeNull();
  });

  it('finds nobody when several people share an office at once', () => {
    expect(directory.byRole('foreign ministry spokesperson', 'CHN', d('2025-01-01'))).toBeNull();
    expect(nameOf(directory.byRole('foreign ministry spokesperson', 'CHN', d('2023-01-01')))).toBe(
      'Mao Ning',
    );
  });
});

describe('resolveRoleMention', () => {
  const at = (mention: string, on: string | null) =>
    nameOf(directory.resolveRoleMention(mention, on === null ? null : d(on)));

  it('reads a country as possessive, adjective, abbreviation or "of" phrase', () => {
    expect(at("Iran's supreme leader", '2026-02-07')).toBe('Ali Khamenei');
    expect(at('Iran’s president', '2023-05-01')).toBe('Ebrahim Raisi');
    expect(at('the Iranian president', '2025-05-01')).toBe('Masoud Pezeshkian');
    expect(at('the U.S. president', '2020-05-01')).toBe('Donald Trump');
    expect(at('the US president', '2026-01-10')).toBe('Donald Trump');
    expect(at('the American president', '2022-01-10')).toBe('Joe Biden');
    expect(at('US Secretary of State', '2025-04-01')).toBe('Marco Rubio');
    expect(at('the secretary of state', '2023-04-01')).toBe('Antony Blinken');
    expect(at("Israel's prime minister", '2022-01-01')).toBe('Naftali Bennett');
    expect(at('the Israeli prime minister', '2026-01-01')).toBe('Benjamin Netanyahu');
    expect(at('the president of Iran', '2023-05-01')).toBe('Ebrahim Raisi');
    expect(at('the president of the United States', '2023-05-01')).toBe('Joe Biden');
    expect(at('the British foreign minister', '2025-10-01')).toBe('Yvette Cooper');
  });

  it('resolves a title without a country when only one country has it', () => {
    expect(at('the supreme leader', '2026-02-07')).toBe('Ali Khamenei');
    expect(at('the Supreme Leader', null)).toBe('Ali Khamenei');
    expect(at('the UN Secretary-General', '2024-01-01')).toBe('António Guterres');
    expect(at('the White House press secretary', '2025-06-01')).toBe('Karoline Leavitt');
    expect(at('Kremlin spokesman', '2025-06-01')).toBe('Dmitry Peskov');
    expect(at('the president', '2025-06-01')).toBeNull();
    expect(at('the foreign minister', '2025-06-01')).toBeNull();
  });

  it('maps near titles: a leader to a supreme leader, and back', () => {
    expect(at("Iran's leader", '2026-01-01')).toBe('Ali Khamenei');
    expect(at('the North Korean leader', '2024-01-01')).toBe('Kim Jong Un');
    expect(at("North Korea's supreme leader", '2024-01-01')).toBe('Kim Jong Un');
  });

  it('finds nobody for former, late or future holders, or unknown titles', () => {
    expect(at('the former Iranian president', '2025-05-01')).toBeNull();
    expect(at('the US president-elect', '2024-12-01')).toBeNull();
    expect(at("Iran's chief cook", '2025-05-01')).toBeNull();
    expect(at('', '2025-05-01')).toBeNull();
  });

  it('does not take the pronoun "us" for the United States', () => {
    expect(at('us president', '2025-05-01')).toBeNull();
  });
});

describe('byName', () => {
  it('matches canonical names and aliases ignoring case, accents and punctuation', () => {
    expect(nameOf(directory.byName('ALI KHAMENEI'))).toBe('Ali Khamenei');
    expect(nameOf(directory.byName('Ayatollah Ali Khamenei'))).toBe('Ali Khamenei');
    expect(nameOf(directory.byName('Antonio Guterres'))).toBe('António Guterres');
    expect(nameOf(directory.byName('the United Nations'))).toBe('United Nations');
    expect(nameOf(directory.byName('UN'))).toBe('United Nations');
  });

  it('matches a bare surname only when exactly one person has it', () => {
    expect(nameOf(directory.byName('Pezeshkian'))).toBe('Masoud Pezeshkian');
    expect(nameOf(directory.byName('Araqchi'))).toBe('Abbas Araghchi');
    expect(directory.byName('Aoun')).toBeNull();
    expect(directory.byName('Masoud')).toBeNull();
    expect(directory.byName('Nobody Known')).toBeNull();
    expect(directory.byName('  ')).toBeNull();
  });
});

describe('countryOf', () => {
  it('reads names, adjectives, capitals and seats of power', () => {
    expect(directory.countryOf('Iranian')).toBe('IRN');
    expect(directory.countryOf('Tehran')).toBe('IRN');
    expect(directory.countryOf('the White House')).toBe('USA');
    expect(directory.countryOf('White House')).toBe('USA');
    expect(directory.countryOf('the Kremlin')).toBe('RUS');
    expect(directory.countryOf('Downing Street')).toBe('GBR');
    expect(directory.countryOf('U.S.')).toBe('USA');
    expect(directory.countryOf('the US')).toBe('USA');
    expect(directory.countryOf('Atlantis')).toBeNull();
  });

  it('keeps abbreviations to capitals', () => {
    expect(directory.countryOf('US')).toBe('USA');
    expect(directory.countryOf('us')).toBeNull();
    expect(directory.countryOf('Us')).toBeNull();
    expect(directory.countryOf('UK')).toBe('GBR');
  });

  it('names no country for a form two countries share', () => {
    const shared = createActorDirectory(
      [],
      [
        { code: 'PRK', names: ['North Korea'], adjectives: ['Korean'], capitals: [], seats: [] },
        { code: 'KOR', names: ['South Korea'], adjectives: ['Korean'], capitals: [], seats: [] },
      ],
    );
    expect(shared.countryOf('Korean')).toBeNull();
    expect(shared.countryOf('South Korea')).toBe('KOR');
  });
});
