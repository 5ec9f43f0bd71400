import { describe, expect, it } from 'vitest';
import { isCameoCode, ploverTypeOfCameo } from './cameo-to-plover.js';
import { PLOVER_TYPES, ploverTypeFrom } from './plover-type.js';

describe('CAMEO codes to PLOVER types', () => {
  it('maps each CAMEO family to its PLOVER type', () => {
    expect(ploverTypeOfCameo('036')).toBe('AGREE');
    expect(ploverTypeOfCameo('042')).toBe('CONSULT');
    expect(ploverTypeOfCameo('057')).toBe('SUPPORT');
    expect(ploverTypeOfCameo('0611')).toBeNull(); // not a CAMEO code
    expect(ploverTypeOfCameo('061')).toBe('COOPERATE');
    expect(ploverTypeOfCameo('073')).toBe('AID');
    expect(ploverTypeOfCameo('0831')).toBe('CONCEDE');
    expect(ploverTypeOfCameo('0871')).toBe('RETREAT');
    expect(ploverTypeOfCameo('092')).toBe('ACCUSE');
    expect(ploverTypeOfCameo('1056')).toBe('REQUEST');
    expect(ploverTypeOfCameo('1121')).toBe('ACCUSE');
    expect(ploverTypeOfCameo('125')).toBe('REJECT');
    expect(ploverTypeOfCameo('1384')).toBe('THREATEN');
    expect(ploverTypeOfCameo('139')).toBe('THREATEN');
    expect(ploverTypeOfCameo('1413')).toBe('PROTEST');
    expect(ploverTypeOfCameo('154')).toBe('MOBILIZE');
    expect(ploverTypeOfCameo('1663')).toBe('SANCTION');
    expect(ploverTypeOfCameo('173')).toBe('COERCE');
    expect(ploverTypeOfCameo('186')).toBe('ASSAULT');
    expect(ploverTypeOfCameo('2042')).toBe('ASSAULT');
  });

  it('follows the codes PLOVER moves across CAMEO roots', () => {
    expect(ploverTypeOfCameo('0813')).toBe('RETREAT');
    expect(ploverTypeOfCameo('0814')).toBe('RETREAT');
    expect(ploverTypeOfCameo('163')).toBe('COERCE');
    expect(ploverTypeOfCameo('1712')).toBe('ASSAULT');
    expect(ploverTypeOfCameo('175')).toBe('ASSAULT');
    expect(ploverTypeOfCameo('191')).toBe('COERCE');
    expect(ploverTypeOfCameo('192')).toBe('COERCE');
    expect(ploverTypeOfCameo('201')).toBe('ASSAULT');
  });

  it('knows public statements and appeals, which PLOVER drops, and gives them no type', () => {
    for (const code of ['010', '019', '020', '0256', '028', '01', '02']) {
      expect(isCameoCode(code), code).toBe(true);
      expect(ploverTypeOfCameo(code), code).toBeNull();
    }
  });

  it('reads root codes as their category, sub-codes of aerial weapons as 195', () => {
    expect(ploverTypeOfCameo('13')).toBe('THREATEN');
    expect(ploverTypeOfCameo('08')).toBe('CONCEDE');
    expect(ploverTypeOfCameo('1951')).toBe('ASSAULT');
  });

  it('knows which strings are CAMEO codes', () => {
    for (const code of ['010', '0214', '138', '1385', '20', '2042', '0874'])
      expect(isCameoCode(code), code).toBe(true);
    for (const code of ['', '40', '0', '21', '999', '1386', '2043', '13a', ' 138', '01234'])
      expect(isCameoCode(code), code).toBe(false);
  });

  it('covers all sixteen PLOVER types and reads their names in any case', () => {
    const types = new Set(
      [
        '036',
        '040',
        '051',
        '060',
        '070',
        '080',
        '084',
        '100',
        '110',
        '120',
        '130',
        '140',
        '150',
        '160',
        '170',
        '180',
      ].map(ploverTypeOfCameo),
    );
    expect([...types].sort()).toEqual([...PLOVER_TYPES].sort());
    expect(ploverTypeFrom(' threaten ')).toBe('THREATEN');
    expect(ploverTypeFrom('bluster')).toBeNull();
  });
});
