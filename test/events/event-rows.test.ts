import { describe, expect, it } from 'vitest';
import { createGdeltRowParser, isoDateOfGdeltDay } from '../../src/app/events/gdelt-row.js';
import { parseIcewsHeader } from '../../src/app/events/icews-row.js';
import type { RowResult } from '../../src/app/events/row-result.js';
import type { Event } from '../../src/core/event.js';
import {
  gdelt1BackfileRow,
  gdelt1Row,
  gdelt2Row,
  ICEWS_HEADER,
  icewsRow,
  type GdeltFields,
} from './event-rows.js';

const eventOf = (result: RowResult): Event => {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result.event;
};
const messageOf = (result: RowResult): string => {
  if (result.ok) throw new Error('accepted a row it should refuse');
  return result.message;
};

const threat: GdeltFields = {
  id: '1100000001',
  day: '20260107',
  actor1: { code: 'IRNGOV', name: 'IRAN', country: 'IRN', types: ['GOV'] },
  actor2: { code: 'USAMIL', name: 'UNITED STATES', country: 'USA', types: ['MIL'] },
  eventCode: '1384',
  quadClass: '3',
  goldstein: '-7.0',
  url: 'https://news.example.org/iran-warns.html',
};

describe('GDELT rows', () => {
  it('reads a GDELT 2.0 row: id, date, PLOVER type, actors with ISO countries and sectors', () => {
    const row = gdelt2Row(threat);
    expect(row.split('\t')).toHaveLength(61);
    expect(eventOf(createGdeltRowParser()(row))).toEqual({
      id: 'gdelt_1100000001',
      origin: 'gdelt',
      externalId: '1100000001',
      date: '2026-01-07',
      ploverType: 'THREATEN',
      cameoCode: '1384',
      sourceActor: { name: 'IRAN', country: 'IRN', sector: 'government', actorId: null },
      targetActor: { name: 'UNITED STATES', country: 'USA', sector: 'military', actorId: null },
      quadClass: 3,
      goldstein: -7,
      statementId: null,
      sourceId: null,
      url: 'https://news.example.org/iran-warns.html',
      coder: 'gdelt@2.0',
    });
  });

  it('reads GDELT 1.0 rows of 58 columns (with SOURCEURL) and 57 (without)', () => {
    const parse = createGdeltRowParser();
    const daily = eventOf(parse(gdelt1Row(threat)));
    expect(daily).toMatchObject({
      coder: 'gdelt@1.0',
      url: 'https://news.example.org/iran-warns.html',
      ploverType: 'THREATEN',
      sourceActor: { country: 'IRN', sector: 'government' },
    });
    const back = eventOf(parse(gdelt1BackfileRow({ ...threat, day: '19850312' })));
    expect(back).toMatchObject({ coder: 'gdelt@1.0', url: null, date: '1985-03-12' });
  });

  it('maps CAMEO country codes to ISO, regions to none, and leaves out a missing actor', () => {
    const event = eventOf(
      createGdeltRowParser()(
        gdelt2Row({
          id: '7',
          day: '20260107',
          actor1: { code: 'ROMGOV', name: 'ROMANIA', country: 'ROM', types: ['', 'GOV'] },
          actor2: { code: 'MEA', name: 'MIDDLE EAST', country: 'MEA' },
          eventCode: '010',
          quadClass: '1',
          goldstein: '0',
        }),
      ),
    );
    expect(event.sourceActor).toEqual({
      name: 'ROMANIA',
      country: 'ROU',
      sector: 'government',
      actorId: null,
    });
    expect(event.targetActor).toEqual({
      name: 'MIDDLE EAST',
      country: null,
      sector: null,
      actorId: null,
    });
    expect(event.ploverType).toBeNull(); // CAMEO 01: a public statement
    const alone = eventOf(
      createGdeltRowParser()(
        gdelt2Row({
          id: '8',
          day: '20260107',
          actor1: { code: 'CVL', types: ['CVL'] },
          eventCode: '145',
        }),
      ),
    );
    expect(alone.targetActor).toBeNull();
    expect(alone.sourceActor).toMatchObject({ name: null, sector: 'civilian' });
  });

  it('refuses a row with the wrong number of columns, a bad id, date or CAMEO code', () => {
    const parse = createGdeltRowParser();
    const row = gdelt2Row(threat);
    expect(messageOf(parse(row.split('\t').slice(0, 60).join('\t')))).toMatch(
      /expected 61 .* found 60/,
    );
    expect(messageOf(parse(`${row}\textra\textra`))).toMatch(/found 63/);
    expect(messageOf(parse(gdelt2Row({ ...threat, id: '11000x' })))).toMatch(/GLOBALEVENTID/);
    expect(messageOf(parse(gdelt2Row({ ...threat, day: '20260230' })))).toMatch(
      /bad date in SQLDATE: "20260230"/,
    );
    expect(messageOf(parse(gdelt2Row({ ...threat, day: '2026017' })))).toMatch(/bad date/);
    expect(messageOf(parse(gdelt2Row({ ...threat, eventCode: '999' })))).toMatch(
      /bad CAMEO code in EventCode: "999"/,
    );
    expect(messageOf(parse(gdelt2Row({ ...threat, eventCode: '' })))).toMatch(/bad CAMEO code/);
    expect(messageOf(parse(gdelt2Row({ ...threat, quadClass: '5' })))).toMatch(/QuadClass/);
    expect(messageOf(parse(gdelt2Row({ ...threat, goldstein: 'high' })))).toMatch(/GoldsteinScale/);
    // The parser remembers the last date; a bad row must not poison the next.
    expect(eventOf(parse(row)).date).toBe('2026-01-07');
  });

  it('reads GDELT days', () => {
    expect(isoDateOfGdeltDay('20240229')).toBe('2024-02-29');
    expect(isoDateOfGdeltDay('20230229')).toBeNull();
    expect(isoDateOfGdeltDay('2023-02-2')).toBeNull();
  });
});

describe('ICEWS rows', () => {
  const countries: Record<string, string> = { Iran: 'IRN', 'United States': 'USA' };
  const countryOf = (name: string): string | null => countries[name] ?? null;

  const refusal = {
    id: '40000001',
    date: '2026-02-07',
    source: ['Ali Khamenei', 'Executive,Executive Office,Government,Religious', 'Iran'],
    text: 'Reject proposal to meet, discuss, or negotiate',
    code: '125',
    intensity: '-5',
    target: ['Government (United States)', 'Government', 'United States'],
  } as const;

  const parser = (header = ICEWS_HEADER) => {
    const opened = parseIcewsHeader(header, countryOf);
    if (!opened.ok) throw new Error(opened.message);
    return opened.parse;
  };

  it('reads a row under its header: PLOVER type, ISO countries, sectors, intensity', () => {
    expect(eventOf(parser()(icewsRow(refusal)))).toEqual({
      id: 'icews_40000001',
      origin: 'icews',
      externalId: '40000001',
      date: '2026-02-07',
      ploverType: 'REJECT',
      cameoCode: '125',
      sourceActor: { name: 'Ali Khamenei', country: 'IRN', sector: 'religious', actorId: null },
      targetActor: {
        name: 'Government (United States)',
        country: 'USA',
        sector: 'government',
        actorId: null,
      },
      quadClass: null,
      goldstein: -5,
      statementId: null,
      sourceId: null,
      url: null,
      coder: 'icews',
    });
  });

  it('finds columns by name, reads NA as missing, leaves unknown countries empty', () => {
    const names = ICEWS_HEADER.split('\t');
    const reordered = [...names.slice(10), ...names.slice(0, 10)].join('\t');
    const fields = icewsRow({
      ...refusal,
      source: ['Citizen (Nigeria)', 'General Population / Civilian / Social,Social', 'Nigeria'],
      target: ['NA', 'NA', 'NA'],
    }).split('\t');
    const event = eventOf(
      parser(reordered)([...fields.slice(10), ...fields.slice(0, 10)].join('\t')),
    );
    expect(event.sourceActor).toEqual({
      name: 'Citizen (Nigeria)',
      country: null,
      sector: 'civilian',
      actorId: null,
    });
    expect(event.targetActor).toBeNull();
  });

  it('refuses a header that lacks columns, and malformed rows with the reason', () => {
    const opened = parseIcewsHeader('Event ID\tEvent Date\tCAMEO Code', countryOf);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.message).toMatch(/lacks the columns "Source Name"/);
    const parse = parser();
    const row = icewsRow(refusal);
    expect(messageOf(parse(row.split('\t').slice(0, 19).join('\t')))).toMatch(
      /expected 20 .* found 19/,
    );
    expect(messageOf(parse(icewsRow({ ...refusal, date: '2026-02-30' })))).toMatch(
      /bad date in Event Date: "2026-02-30"/,
    );
    expect(messageOf(parse(icewsRow({ ...refusal, date: '07/02/2026' })))).toMatch(/bad date/);
    expect(messageOf(parse(icewsRow({ ...refusal, code: '12' + '5x' })))).toMatch(
      /bad CAMEO code: "125x"/,
    );
    expect(messageOf(parse(icewsRow({ ...refusal, id: '' })))).toMatch(/Event ID/);
    expect(messageOf(parse(icewsRow({ ...refusal, intensity: 'strong' })))).toMatch(/Intensity/);
  });
});
