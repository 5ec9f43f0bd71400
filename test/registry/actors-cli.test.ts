import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli } from '../support/cli.js';
import { gazetteerDir, smallCountries } from './gazetteer-dir.js';

interface ProfileJson {
  id: string;
  canonicalName: string;
  kind: string;
  country: string | null;
  origin: string;
  aliases: string[];
  roles: Array<{
    title: string;
    country: string | null;
    from: string;
    to: string | null;
    origin: string;
  }>;
  statementCount: number;
}

const smallActors = `actors:
  - name: Ali Khamenei
    country: IRN
    aliases: [Khamenei]
    roles:
      - { title: supreme leader, from: 1989-06-04 }
  - name: Ebrahim Raisi
    country: IRN
    roles:
      - { title: president, from: 2021-08-03, to: 2024-05-19 }
  - name: Masoud Pezeshkian
    country: IRN
    roles:
      - { title: president, from: 2024-07-28 }
`;

describe('telltale actors', () => {
  let dir: string;
  let db: string;
  let env: Record<string, string>;
  const actors = (...args: string[]) => runCli(['actors', ...args, '--db', db], { env });
  const json = async <T = ProfileJson>(...args: string[]): Promise<T> => {
    const result = await actors(...args, '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as T;
  };

  beforeAll(() => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), 'telltale-actors-cli-'));
    db = join(dir, 'actors.db');
    env = { TELLTALE_GAZETTEER: gazetteerDir({ actors: smallActors, countries: smallCountries }) };
  });

  it('lists the gazetteer actors with their roles', async () => {
    const result = await actors();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Ali Khamenei');
    expect(result.stdout).toContain('    supreme leader (IRN), since 1989-06-04\n');
    expect(result.stdout).toContain('    president (IRN), 2021-08-03 to 2024-05-19\n');
    expect(result.stdout).toMatch(/\n3 actors\n$/);
    const list = await json<ProfileJson[]>();
    expect(list.map((a) => a.canonicalName)).toEqual([
      'Ali Khamenei',
      'Ebrahim Raisi',
      'Masoud Pezeshkian',
    ]);
    expect(list[0]?.roles).toEqual([
      {
        title: 'supreme leader',
        country: 'IRN',
        from: '1989-06-04',
        to: null,
        origin: 'gazetteer',
      },
    ]);
  });

  it('adds an actor, an alias and a role, and shows it', async () => {
    const added = await json(
      'add',
      'Abbas Araghchi',
      '--country',
      'IRN',
      '--alias',
      'Araghchi',
      '--alias',
      'Araqchi',
    );
    expect(added).toMatchObject({
      canonicalName: 'Abbas Araghchi',
      kind: 'person',
      country: 'IRN',
      origin: 'user',
      aliases: ['Araghchi', 'Araqchi'],
      roles: [],
    });

    const alias = await actors('alias', 'Araqchi', 'Seyed Abbas Araghchi');
    expect(alias.code).toBe(0);
    expect(alias.stdout).toContain('Abbas Araghchi is also "Seyed Abbas Araghchi"');

    const role = await actors(
      'role',
      'araghchi',
      '--title',
      'foreign minister',
      '--from',
      '2024-08-21',
    );
    expect(role.code).toBe(0);
    expect(role.stdout).toContain('roles       foreign minister (IRN), since 2024-08-21  [user]');

    const shown = await json('show', 'Seyed Abbas Araghchi');
    expect(shown).toMatchObject({
      id: added.id,
      aliases: ['Araghchi', 'Araqchi', 'Seyed Abbas Araghchi'],
      roles: [
        { title: 'foreign minister', country: 'IRN', from: '2024-08-21', to: null, origin: 'user' },
      ],
    });
    const text = await actors('show', 'Abbas Araghchi');
    expect(text.stdout).toBe(
      [
        `Abbas Araghchi  (${added.id})`,
        '  kind        person',
        '  country     IRN',
        '  origin      user',
        '  aliases     Araghchi, Araqchi, Seyed Abbas Araghchi',
        '  roles       foreign minister (IRN), since 2024-08-21  [user]',
        '  statements  0',
        '',
      ].join('\n'),
    );
  });

  it('records a role with an end date and another country, and an organisation', async () => {
    const role = await json(
      'role',
      'Pezeshkian',
      '--title',
      'member of parliament',
      '--from',
      '2008',
      '--to',
      '2024-07',
    );
    expect(role.roles[0]).toEqual({
      title: 'member of parliament',
      country: 'IRN',
      from: '2008',
      to: '2024-07',
      origin: 'user',
    });
    const org = await json('add', 'Quds Force', '--kind', 'organisation', '--country', 'Iran');
    expect(org).toMatchObject({ kind: 'organisation', country: 'IRN' });
  });

  it('merges one actor into another', async () => {
    await json('add', 'A. Araghchi', '--alias', 'Minister Araghchi');
    const result = await actors('merge', 'A. Araghchi', 'Abbas Araghchi');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^merged A\. Araghchi \(act_\w+\) into Abbas Araghchi \(act_\w+\): moved 2 aliases, 0 roles and 0 statements\n/,
    );
    expect((await json('show', 'Minister Araghchi')).canonicalName).toBe('Abbas Araghchi');
    const list = await json<ProfileJson[]>();
    expect(list.some((a) => a.canonicalName === 'A. Araghchi')).toBe(false);
  });

  // A dozen processes at once: slower than the other tests on a busy machine.
  it('explains what went wrong, with the exit code for its kind', { timeout: 90_000 }, async () => {
    const cases: Array<[string[], number, string | RegExp]> = [
      [
        ['add', 'ali khamenei'],
        2,
        /^telltale: an actor named "ali khamenei" already exists: Ali Khamenei \(act_\w+\)\n$/,
      ],
      [['alias', 'Raisi', 'Khamenei'], 2, '"Khamenei" is already a name of Ali Khamenei'],
      [
        ['show', 'Mokhber'],
        3,
        'telltale: no actor named "Mokhber" (list actors with `telltale actors`, or add one with `telltale actors add`)\n',
      ],
      [['alias', 'Nobody', 'X'], 3, 'no actor named "Nobody"'],
      [['merge', 'Raisi', 'Ebrahim Raisi'], 2, 'are the same actor'],
      [['merge', 'Raisi', 'Nobody'], 3, 'no actor named "Nobody"'],
      [
        ['role', 'Raisi', '--title', 'president', '--from', '2021-13-01'],
        2,
        'the from date "2021-13-01" is not an ISO date',
      ],
      [
        ['role', 'Raisi', '--title', 'president', '--from', '2024-01-01', '--to', '2023-01-01'],
        2,
        'the role would end (2023-01-01) before it starts (2024-01-01)',
      ],
      [
        ['role', 'Raisi', '--from', '2024-01-01'],
        2,
        "required option '--title <title>' not specified",
      ],
      [
        ['add', 'Someone', '--kind', 'robot'],
        2,
        'unknown kind "robot"; use person, organisation or state',
      ],
      [['add', 'Someone', '--country', 'Atlantis'], 2, '"Atlantis" is not a country'],
      [['rename', 'Raisi'], 2, 'unknown command "actors rename"'],
    ];
    // None of these writes anything, so they may run at once.
    const results = await Promise.all(cases.map(([args]) => actors(...args)));
    cases.forEach(([args, code, message], i) => {
      const result = results[i];
      expect({ args, code: result?.code }).toEqual({ args, code });
      if (typeof message === 'string') expect(result?.stderr).toContain(message);
      else expect(result?.stderr).toMatch(message);
    });
  });

  it('reads the gazetteer shipped with Telltale when TELLTALE_GAZETTEER is not set', async () => {
    const fresh = join(dir, 'shipped.db');
    const result = await runCli(['actors', 'show', 'khamenei', '--db', fresh, '--json']);
    expect(result.code).toBe(0);
    const khamenei = JSON.parse(result.stdout) as ProfileJson;
    expect(khamenei.roles).toContainEqual({
      title: 'supreme leader',
      country: 'IRN',
      from: '1989-06-04',
      to: null,
      origin: 'gazetteer',
    });
    const list = JSON.parse(
      (await runCli(['actors', '--db', fresh, '--json'])).stdout,
    ) as ProfileJson[];
    expect(list.length).toBeGreaterThan(300);
  });

  it('says when TELLTALE_GAZETTEER names no gazetteer', async () => {
    const result = await runCli(['actors', '--db', join(dir, 'other.db')], {
      env: { TELLTALE_GAZETTEER: join(dir, 'nowhere') },
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(
      `the gazetteer file ${join(dir, 'nowhere', 'actors.yaml')} does not exist`,
    );
  });
});
