import { describe, expect, it } from 'vitest';
import {
  validateCountries,
  validateRegistry,
  type RegistryActorDraft,
  type RegistryIssue,
} from './registry-validation.js';
import { testCountries } from './registry.test-support.js';

const draft = (overrides: Partial<RegistryActorDraft> = {}): RegistryActorDraft => ({
  canonicalName: 'Ebrahim Raisi',
  kind: 'person',
  country: 'IRN',
  aliases: ['Raisi'],
  roles: [{ title: 'president', country: 'IRN', from: '2021-08-03', to: '2024-05-19' }],
  ...overrides,
});

const issuesOf = (drafts: RegistryActorDraft[]): Array<Partial<RegistryIssue>> => {
  const result = validateRegistry(drafts, testCountries);
  return result.valid
    ? []
    : result.issues.map(({ entry, field, message }) => ({ entry, field, message }));
};

describe('validateRegistry', () => {
  it('returns the actors typed when all is well', () => {
    const result = validateRegistry([draft()], testCountries);
    expect(result).toEqual({
      valid: true,
      actors: [
        {
          canonicalName: 'Ebrahim Raisi',
          kind: 'person',
          country: 'IRN',
          aliases: ['Raisi'],
          roles: [{ title: 'president', country: 'IRN', from: '2021-08-03', to: '2024-05-19' }],
        },
      ],
    });
  });

  it('names the entry and field of impossible, malformed and reversed dates', () => {
    expect(
      issuesOf([
        draft({
          roles: [
            { title: 'president', country: 'IRN', from: '2021-02-30', to: null },
            { title: 'head of the judiciary', country: 'IRN', from: '2021', to: '19-03-2019' },
            { title: 'president', country: 'IRN', from: '2024-07-28', to: '2024-05-19' },
          ],
        }),
      ]),
    ).toEqual([
      {
        entry: 0,
        field: 'roles[0].from',
        message: expect.stringContaining('"2021-02-30"') as string,
      },
      {
        entry: 0,
        field: 'roles[1].to',
        message: expect.stringContaining('"19-03-2019"') as string,
      },
      { entry: 0, field: 'roles[2].to', message: '2024-05-19 is before from (2024-07-28)' },
    ]);
  });

  it('accepts month and year precision, and a role ending the month it starts', () => {
    expect(
      issuesOf([
        draft({ roles: [{ title: 'envoy', country: 'IRN', from: '2024-05', to: '2024-05-19' }] }),
      ]),
    ).toEqual([]);
  });

  it('refuses unknown kinds and countries, and empty names', () => {
    expect(
      issuesOf([
        draft({ kind: 'robot', country: 'XXX', aliases: [' '] }),
        draft({
          canonicalName: 'Someone',
          aliases: [],
          roles: [{ title: '', country: 'ir', from: '2020', to: null }],
        }),
      ]),
    ).toEqual([
      { entry: 0, field: 'kind', message: expect.stringContaining('"robot"') as string },
      {
        entry: 0,
        field: 'country',
        message: expect.stringContaining('unknown country XXX') as string,
      },
      { entry: 0, field: 'aliases[0]', message: 'is empty' },
      { entry: 1, field: 'roles[0].title', message: 'is empty' },
      { entry: 1, field: 'roles[0].country', message: expect.stringContaining('"ir"') as string },
    ]);
  });

  it('refuses a name two actors share', () => {
    expect(
      issuesOf([draft(), draft({ canonicalName: 'Ibrahim Raisi', aliases: ['RAISI'], roles: [] })]),
    ).toEqual([
      {
        entry: 1,
        field: 'aliases[0]',
        message: expect.stringContaining('is also a name of Ebrahim Raisi (entry 1)') as string,
      },
    ]);
  });

  it('refuses two people in a one-person office at once, but not a handover', () => {
    const president = (name: string, from: string, to: string | null) =>
      draft({
        canonicalName: name,
        aliases: [],
        roles: [{ title: 'president', country: 'IRN', from, to }],
      });
    expect(
      issuesOf([
        president('Hassan Rouhani', '2013-08-03', '2021-08-03'),
        president('Ebrahim Raisi', '2021-08-03', '2024-05-19'),
        president('Masoud Pezeshkian', '2024-07-28', null),
      ]),
    ).toEqual([]);
    expect(
      issuesOf([
        president('Ebrahim Raisi', '2021-08-03', '2024-05-19'),
        president('Masoud Pezeshkian', '2024-05', null),
      ]),
    ).toEqual([
      {
        entry: 1,
        field: 'roles[0]',
        message: expect.stringContaining(
          "overlaps Ebrahim Raisi's term (2021-08-03 to 2024-05-19)",
        ) as string,
      },
    ]);
  });

  it('lets several people share offices such as spokesperson', () => {
    const spokesperson = (name: string, from: string) =>
      draft({
        canonicalName: name,
        aliases: [],
        country: 'RUS',
        roles: [{ title: 'foreign ministry spokesperson', country: 'RUS', from, to: null }],
      });
    expect(issuesOf([spokesperson('A B', '2020'), spokesperson('C D', '2021')])).toEqual([]);
  });
});

describe('validateCountries', () => {
  it('accepts the test countries', () => {
    expect(validateCountries(testCountries)).toEqual([]);
  });

  it('refuses bad and repeated codes and a form two countries share', () => {
    expect(
      validateCountries([
        { code: 'Iran', names: ['Iran'], adjectives: [], capitals: [], seats: [] },
        { code: 'PRK', names: ['North Korea'], adjectives: ['Korean'], capitals: [], seats: [] },
        { code: 'PRK', names: ['DPRK'], adjectives: [], capitals: [], seats: [] },
        { code: 'KOR', names: [], adjectives: ['Korean'], capitals: [], seats: [] },
      ]).map(({ entry, field, message }) => ({ entry, field, message })),
    ).toEqual([
      { entry: 0, field: 'code', message: expect.stringContaining('"Iran"') as string },
      { entry: 2, field: 'code', message: 'PRK is listed twice (also entry 2)' },
      { entry: 3, field: 'names', message: 'give at least one name' },
      {
        entry: 3,
        field: 'adjectives[0]',
        message: expect.stringContaining('also names PRK') as string,
      },
    ]);
  });
});
