import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createActorDirectory,
  type ActorDirectory,
} from '../../src/core/actor-registry/actor-directory.js';
import type { IsoDate } from '../../src/core/partial-date.js';
import {
  ACTORS_FILE,
  defaultGazetteerDir,
  loadGazetteer,
} from '../../src/app/registry/gazetteer-files.js';
import type { Gazetteer } from '../../src/app/registry/gazetteer-format.js';
import { gazetteerDir, smallCountries as countries } from './gazetteer-dir.js';

describe('the shipped gazetteer', () => {
  let gazetteer: Gazetteer;
  let directory: ActorDirectory;
  const on = (date: string) => date as IsoDate;
  const at = (mention: string, date: string | null) =>
    directory.resolveRoleMention(mention, date === null ? null : on(date))?.canonicalName ?? null;

  beforeAll(async () => {
    gazetteer = await loadGazetteer();
    directory = createActorDirectory(gazetteer.actors, gazetteer.countries);
  });

  it('is found at data/gazetteer from src/ (and, by the same relative path, from dist/)', () => {
    expect(defaultGazetteerDir.replace(/\\/g, '/')).toMatch(/\/data\/gazetteer\/$/);
    expect(defaultGazetteerDir).toBe(join(process.cwd(), 'data', 'gazetteer') + '/');
  });

  it('is valid and covers the countries and bodies most in the news', () => {
    expect(gazetteer.actors.length).toBeGreaterThan(300);
    const codes = new Set(gazetteer.countries.map((c) => c.code));
    for (const code of 'USA IRN ISR RUS UKR CHN GBR FRA DEU SAU TUR QAT OMN EGY IND PAK PRK KOR JPN SYR IRQ LBN YEM'.split(
      ' ',
    )) {
      expect(codes, code).toContain(code);
      expect(
        gazetteer.actors.some((a) => a.roles.some((r) => r.country === code)),
        `a role in ${code}`,
      ).toBe(true);
    }
    for (const name of ['United Nations', 'IAEA', 'NATO', 'EU', 'Hezbollah', 'Hamas', 'IRGC'])
      expect(directory.byName(name)?.kind, name).toBe('organisation');
  });

  it("knows who held Iran's and the US presidency, as it changed hands", () => {
    expect(directory.byRole('president', 'IRN', on('2023-05-01'))?.canonicalName).toBe(
      'Ebrahim Raisi',
    );
    expect(directory.byRole('president', 'IRN', on('2025-05-01'))?.canonicalName).toBe(
      'Masoud Pezeshkian',
    );
    expect(directory.byRole('president', 'USA', on('2020-05-01'))?.canonicalName).toBe(
      'Donald Trump',
    );
    expect(directory.byRole('president', 'USA', on('2023-05-01'))?.canonicalName).toBe('Joe Biden');
    expect(directory.byRole('president', 'USA', on('2026-02-07'))?.canonicalName).toBe(
      'Donald Trump',
    );
  });

  it('resolves the role descriptions of the news', () => {
    expect(at("Iran's supreme leader", '2026-02-07')).toBe('Ali Khamenei');
    expect(at('the supreme leader', '2026-01-28')).toBe('Ali Khamenei');
    expect(at('the Iranian president', '2023-05-01')).toBe('Ebrahim Raisi');
    expect(at('the U.S. president', '2026-02-06')).toBe('Donald Trump');
    expect(at('US Secretary of State', '2026-02-06')).toBe('Marco Rubio');
    expect(at("Israel's prime minister", '2026-02-06')).toBe('Benjamin Netanyahu');
    expect(at("Iran's foreign minister", '2026-02-06')).toBe('Abbas Araghchi');
    expect(at('the Iranian foreign minister', '2020-02-06')).toBe('Mohammad Javad Zarif');
    expect(at('the IAEA chief', '2026-02-06')).toBe('Rafael Grossi');
    expect(at('the UN Secretary-General', '2026-02-06')).toBe('António Guterres');
    expect(at('NATO Secretary General', '2023-02-06')).toBe('Jens Stoltenberg');
    expect(at('the Kremlin spokesman', '2026-02-06')).toBe('Dmitry Peskov');
    expect(at('the Russian foreign ministry spokeswoman', '2026-02-06')).toBe('Maria Zakharova');
    expect(at('the Omani foreign minister', '2026-02-06')).toBe('Badr Albusaidi');
    expect(at('the German chancellor', '2024-02-06')).toBe('Olaf Scholz');
    expect(at("Britain's foreign secretary", '2026-02-06')).toBe('Yvette Cooper');
    expect(at('the Saudi crown prince', '2026-02-06')).toBe('Mohammed bin Salman');
    expect(at('Hezbollah leader', '2026-02-06')).toBe('Naim Qassem');
    expect(at('the IRGC commander', '2025-05-01')).toBe('Hossein Salami');
    expect(at('the IRGC commander', '2025-07-01')).toBe('Mohammad Pakpour');
  });

  it('reads the names of countries, their capitals and seats of power', () => {
    expect(directory.countryOf('Tehran')).toBe('IRN');
    expect(directory.countryOf('Washington')).toBe('USA');
    expect(directory.countryOf('the White House')).toBe('USA');
    expect(directory.countryOf('the Kremlin')).toBe('RUS');
    expect(directory.countryOf('Downing Street')).toBe('GBR');
    expect(directory.countryOf('Beijing')).toBe('CHN');
    expect(directory.countryOf('Israeli')).toBe('ISR');
    expect(directory.countryOf('American')).toBe('USA');
    expect(directory.countryOf('U.S.')).toBe('USA');
    expect(directory.countryOf('US')).toBe('USA');
    expect(directory.countryOf('us')).toBeNull();
  });
});

describe('reading gazetteer files', () => {
  it('names the file, line, entry and field of a mistake', async () => {
    const dir = gazetteerDir({
      countries,
      actors: `actors:
  - name: Ebrahim Raisi
    country: IRN
    roles:
      - { title: president, from: 2021-08-03, to: 2024-05-19 }
  - name: Masoud Pezeshkian
    country: IRN
    roles:
      - { title: president, from: 2024-13-28 }
`,
    });
    await expect(loadGazetteer(dir)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining(
        `${join(dir, ACTORS_FILE)}:9: entry 2 (Masoud Pezeshkian): roles[0].from: expected an ISO date`,
      ) as string,
    });
  });

  it('refuses misspelt fields and wrong kinds, naming them', async () => {
    const dir = gazetteerDir({
      countries,
      actors: `actors:
  - name: Ebrahim Raisi
    kind: human
    roles:
      - { title: president, form: 2021-08-03 }
`,
    });
    const error = (await loadGazetteer(dir).catch((e: unknown) => e)) as Error;
    expect(error.message).toContain('entry 1 (Ebrahim Raisi): kind: Invalid option');
    expect(error.message).toContain('entry 1 (Ebrahim Raisi): roles[0]: Unrecognized key: "form"');
  });

  it('refuses YAML that does not parse, and a country it does not know', async () => {
    await expect(loadGazetteer(gazetteerDir({ countries, actors: 'actors: [\n' }))).rejects.toThrow(
      /actors\.yaml: not valid YAML/,
    );
    await expect(
      loadGazetteer(
        gazetteerDir({ countries, actors: 'actors:\n  - { name: X Y, country: FRA }\n' }),
      ),
    ).rejects.toThrow(/actors\.yaml:2: entry 1 \(X Y\): country: unknown country FRA/);
  });

  it('reads roles of international bodies and bare years', async () => {
    const g = await loadGazetteer(
      gazetteerDir({
        countries,
        actors: `actors:
  - name: Someone Else
    country: IRN
    aliases: [Else]
    roles:
      - { title: UN envoy, country: null, from: 2006 }
      - { title: adviser, from: 2019-03 }
`,
      }),
    );
    expect(g.actors[0]?.roles).toEqual([
      { title: 'UN envoy', country: null, from: '2006', to: null },
      { title: 'adviser', country: 'IRN', from: '2019-03', to: null },
    ]);
  });

  it('says which file is missing', async () => {
    await expect(loadGazetteer(join(tmpdir(), 'no-such-gazetteer'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('actors.yaml does not exist') as string,
    });
  });
});
